/* styre-cli.h — the command-line tool, callable in-process by tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int styre_cli_run (int    argc,
                   char **argv);

G_END_DECLS
