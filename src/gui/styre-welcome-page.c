/* styre-welcome-page.c — what a window shows when no file is open
 *
 * New file, open a file, open the demo, and the .styre files opened recently. The buttons
 * and rows activate the window's actions (win.new, win.open, win.open-demo, win.open-uri).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-gui.h"
#include "styre-welcome-page.h"

struct _StyreWelcomePage
{
  AdwBin      parent_instance;

  guint       n_recent;

  GtkWidget  *recent_group;
  GtkListBox *recent_list;
};

G_DEFINE_FINAL_TYPE (StyreWelcomePage, styre_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *folder = styre_gui_describe_file (file);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  return row;
}

static void
reload_recent (StyreWelcomePage *self)
{
  g_autoptr(GPtrArray) recent = styre_gui_list_recent_files (STYRE_N_RECENT_FILES);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; i < recent->len; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (recent, i)));

  self->n_recent = recent->len;
  gtk_widget_set_visible (self->recent_group, recent->len > 0);
}

static void
recent_changed_cb (StyreWelcomePage *self,
                   GtkRecentManager *manager)
{
  reload_recent (self);
}

static void
styre_welcome_page_class_init (StyreWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, StyreWelcomePage, recent_list);
}

static void
styre_welcome_page_init (StyreWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  reload_recent (self);
}

/**
 * styre_welcome_page_get_n_recent:
 *
 * Returns: how many recent files the page lists
 */
guint
styre_welcome_page_get_n_recent (StyreWelcomePage *self)
{
  g_return_val_if_fail (STYRE_IS_WELCOME_PAGE (self), 0);
  return self->n_recent;
}
