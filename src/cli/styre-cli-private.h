/* styre-cli-private.h — what the command files of styre-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STYRE_CLI_EXIT_USAGE 2

int  styre_cli_parse_options (const char    *command,
                              const char    *parameter,
                              GOptionEntry  *entries,
                              int           *argc,
                              char        ***argv,
                              int            n_positional);
int  styre_cli_fail_literal  (const char    *message);

/* The meeting commands (styre-cli-meetings.c). */
int  styre_cli_meetings      (int            argc,
                              char         **argv);
int  styre_cli_notice        (int            argc,
                              char         **argv);
int  styre_cli_minutes       (int            argc,
                              char         **argv);
int  styre_cli_boardpack     (int            argc,
                              char         **argv);
int  styre_cli_ics           (int            argc,
                              char         **argv);
int  styre_cli_followup      (int            argc,
                              char         **argv);

G_END_DECLS
