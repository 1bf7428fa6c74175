/* styre-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-error.h"

G_DEFINE_QUARK (styre-error-quark, styre_error)
