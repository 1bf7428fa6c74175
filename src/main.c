/* main.c — the Styre application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "styre-application.h"
#include "styre-gui.h"

/* Run from the build tree (`_build/src/styre`), the schema is not installed yet: use the
 * one compiled in <builddir>/data. Only there, never when installed. */
static void
use_build_tree_schemas (void)
{
  g_autofree char *exe = NULL;
  g_autofree char *exe_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *meson_private = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *compiled = NULL;

  if (g_getenv ("GSETTINGS_SCHEMA_DIR") != NULL)
    return;
  if ((exe = g_file_read_link ("/proc/self/exe", NULL)) == NULL)
    return;
  exe_dir = g_path_get_dirname (exe);
  build_dir = g_path_get_dirname (exe_dir);
  meson_private = g_build_filename (build_dir, "meson-private", NULL);
  data_dir = g_build_filename (build_dir, "data", NULL);
  compiled = g_build_filename (data_dir, "gschemas.compiled", NULL);
  if (g_file_test (meson_private, G_FILE_TEST_IS_DIR)
      && g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", data_dir, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  gint64 start_time = g_get_monotonic_time ();
  g_autoptr(StyreApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Styre"));
  use_build_tree_schemas ();
  styre_gui_init ();

  app = styre_application_new (start_time);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
