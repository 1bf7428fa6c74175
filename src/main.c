/* main.c — the Styre application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "styre-application.h"
#include "styre-gui.h"

/* Whether this is `_build/src/styre` in a meson build tree, not an installed Styre. */
static gboolean
running_from_build_tree (char **build_dir)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exe_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *meson_private = NULL;

  if (exe == NULL)
    return FALSE;
  exe_dir = g_path_get_dirname (exe);
  dir = g_path_get_dirname (exe_dir);
  meson_private = g_build_filename (dir, "meson-private", NULL);
  if (!g_file_test (meson_private, G_FILE_TEST_IS_DIR))
    return FALSE;
  *build_dir = g_steal_pointer (&dir);
  return TRUE;
}

/* Run from the build tree, the schema and the translations are not installed yet: use
 * the ones built in <builddir>/data and <builddir>/po. */
static const char *
use_build_tree (void)
{
  g_autofree char *build_dir = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *compiled = NULL;

  if (!running_from_build_tree (&build_dir))
    return LOCALEDIR;

  data_dir = g_build_filename (build_dir, "data", NULL);
  compiled = g_build_filename (data_dir, "gschemas.compiled", NULL);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL && g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    g_setenv ("GSETTINGS_SCHEMA_DIR", data_dir, TRUE);
  return BUILD_LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  gint64 start_time = g_get_monotonic_time ();
  g_autoptr(StyreApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, use_build_tree ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Styre"));
  styre_gui_init ();

  app = styre_application_new (start_time);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
