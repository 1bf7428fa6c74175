/* styre-demo.h — a realistic, reproducible demo portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-store.h"

G_BEGIN_DECLS

/* The seed "Open the demo" uses, so everyone sees the same Fjordvik kommune. */
#define STYRE_DEMO_DEFAULT_SEED 20261127

/**
 * StyreDemoOptions:
 * @scale: how many times the base portfolio of 42 initiatives is copied; at least 1.
 *   125 gives more than 5,000 initiatives and 200,000 status reports.
 * @seed: the seed of the generator; the same seed and @today give the same content
 * @today: (nullable): the day the portfolio is "as of", 'YYYY-MM-DD', or %NULL for today
 *   in Europe/Oslo. Every date in the file is derived from it, never from the clock.
 */
typedef struct
{
  guint       scale;
  guint64     seed;
  const char *today;
} StyreDemoOptions;

void        styre_demo_options_init (StyreDemoOptions       *options);
StyreStore *styre_demo_create       (const char             *path,
                                     const StyreDemoOptions *options,
                                     GError                **error);
StyreStore *styre_demo_open         (const char             *path,
                                     GError                **error);

G_END_DECLS
