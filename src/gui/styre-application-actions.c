/* styre-application-actions.c — the actions of the primary menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-application-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-application-private.h"
#include "styre-gui.h"
#include "styre-preferences-window.h"

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  StyreWindow *window = styre_application_get_window (STYRE_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  styre_window_choose_new_file (window);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  StyreWindow *window = styre_application_get_window (STYRE_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  styre_window_choose_file_to_open (window);
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  g_autoptr(GFile) file = styre_gui_get_demo_file ();

  styre_application_open (STYRE_APPLICATION (user_data), file, STYRE_OPEN_MODE_DEMO, NULL, NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *preferences = styre_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  StyreWindow *window = styre_application_get_window (STYRE_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  /* GtkApplication gives every application window the shortcuts window from
   * gtk/help-overlay.ui in the resources, and this action to show it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  styre_gui_show_help (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Styre developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                         "application-name", _("Styre"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Styre developers"),
                         "developers", developers,
                         "comments", _("Portfolio, dashboards and leadership meetings for "
                                       "governing digital development in the public sector."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/styreapp/styre",
                         "issue-url", "https://github.com/styreapp/styre/issues",
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing (not destroying) lets each window remember its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
  g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "open-demo", open_demo_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "help", help_action },
  { "about", about_action },
  { "quit", quit_action },
};

/**
 * styre_application_install_actions:
 *
 * Adds the app.* actions of the primary menu and their keyboard shortcuts. The window's
 * own shortcuts (Ctrl+N, Ctrl+O, Ctrl+1…4, Ctrl+W, F1) are bound in StyreWindow.
 */
void
styre_application_install_actions (StyreApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
}
