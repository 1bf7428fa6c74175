/* styre-preferences-window.c — the application's preferences
 *
 * Whether to reopen the last file at start, and the name others see beside your changes
 * and in the list of who has the file open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-gui.h"
#include "styre-preferences-window.h"

struct _StyrePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSwitch            *reopen_switch;
  AdwEntryRow          *display_name_row;
  AdwPreferencesGroup  *identity_group;
};

G_DEFINE_FINAL_TYPE (StyrePreferencesWindow, styre_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
styre_preferences_window_dispose (GObject *object)
{
  StyrePreferencesWindow *self = (StyrePreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (styre_preferences_window_parent_class)->dispose (object);
}

static void
styre_preferences_window_class_init (StyrePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyrePreferencesWindow, reopen_switch);
  gtk_widget_class_bind_template_child (widget_class, StyrePreferencesWindow, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, StyrePreferencesWindow, identity_group);
}

static void
styre_preferences_window_init (StyrePreferencesWindow *self)
{
  const char *real_name = g_get_real_name ();
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = styre_gui_settings_new ();
  g_settings_bind (self->settings, "reopen-last-file", self->reopen_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "display-name", self->display_name_row, "text",
                   G_SETTINGS_BIND_DEFAULT);

  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    real_name = g_get_user_name ();
  /* Translators: %s is the name from the system, e.g. "Kari Nordmann" */
  description = g_strdup_printf (_("Shown beside your changes and to others who have the same "
                                   "file open. When empty, your name from the system is used: "
                                   "%s."),
                                 real_name);
  adw_preferences_group_set_description (self->identity_group, description);
}

/**
 * styre_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 */
GtkWidget *
styre_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (STYRE_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
