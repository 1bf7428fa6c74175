/* styre-presence-button.c — who else has the file open, in the header bar
 *
 * A button with the number of others who have the file open, and a popover that names
 * them: since when, on which computer, and what they are editing (STORAGE.md rule 8). In
 * single-editor mode it names the one who edits. Hidden when nobody else is there. It
 * reads nothing itself: the store's change feed says when who is here has changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-presence-button"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-format.h"
#include "styre-presence-button.h"

struct _StyrePresenceButton
{
  AdwBin          parent_instance;

  StyreStore     *store;
  guint           count;

  GtkMenuButton  *button;
  GtkLabel       *count_label;
  GtkLabel       *heading_label;
  GtkListBox     *list;
  GtkLabel       *note_label;
};

G_DEFINE_FINAL_TYPE (StyrePresenceButton, styre_presence_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
person_row (const char *name,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, name, TRUE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static char *
describe_session (StyreSession *s,
                  const char   *today)
{
  g_autofree char *since = styre_format_timestamp (s->started_at, today);
  /* Translators: under a person's name: the computer and when they opened the file, e.g.
   * "On ws-17 since 09:12" */
  g_autofree char *where = g_strdup_printf (_("On %s since %s"), s->host, since);

  if (s->editing != NULL && *s->editing != '\0')
    /* Translators: the second line: what the person is editing now */
    return g_strdup_printf (_("%s\nEditing “%s”"), where, s->editing);
  return g_steal_pointer (&where);
}

static void
set_count (StyrePresenceButton *self,
           guint                count,
           const char          *tooltip)
{
  g_autofree char *number = g_strdup_printf ("%u", count);

  gtk_label_set_text (self->count_label, number);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip ? tooltip : "", -1);
  gtk_widget_set_visible (GTK_WIDGET (self), count > 0);
  if (self->count != count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
    }
}

static void
update (StyrePresenceButton *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(StyreOwner) owner = NULL;
  g_autofree char *today = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (self->store == NULL)
    {
      set_count (self, 0, NULL);
      return;
    }

  today = styre_store_today (self->store);
  if (styre_store_get_sharing (self->store) == STYRE_SHARING_SINGLE_EDITOR)
    {
      g_autofree char *where = styre_location_describe (styre_store_get_location (self->store));
      g_autofree char *note = NULL;

      owner = styre_store_dup_owner (self->store);
      /* Translators: %s is where the file is, e.g. "a folder kept by a sync client (OneDrive)" */
      note = g_strdup_printf (_("The file is in %s, where only one person at a time can make "
                                "changes."), where);
      gtk_label_set_text (self->note_label, note);
      if (owner == NULL || styre_store_get_read_only_kind (self->store) != STYRE_READ_ONLY_OTHER_EDITOR)
        {
          set_count (self, 0, NULL);
          return;
        }
      {
        const char *name = *owner->display_name ? owner->display_name : _("Someone");
        g_autofree char *since = styre_format_timestamp (owner->since, today);
        g_autofree char *subtitle =
          /* Translators: under the name of the one person who may edit the file: "On ws-17,
           * editing since 09:12" */
          g_strdup_printf (_("On %s, editing since %s"), owner->host, since);

        gtk_list_box_append (self->list, person_row (name, subtitle));
        gtk_label_set_text (self->heading_label, _("The File’s Editor"));
        /* Translators: tooltip of the button in the header bar */
        tooltip = g_strdup_printf (_("%s has this file open for editing"), name);
        set_count (self, 1, tooltip);
      }
      return;
    }

  sessions = styre_store_get_sessions (self->store);
  for (guint i = 0; i < sessions->len; i++)
    {
      StyreSession *s = g_ptr_array_index (sessions, i);
      g_autofree char *subtitle = describe_session (s, today);

      gtk_list_box_append (self->list, person_row (s->display_name, subtitle));
    }

  if (sessions->len == 1)
    tooltip = g_strdup_printf (_("%s also has this file open"),
                               ((StyreSession *) g_ptr_array_index (sessions, 0))->display_name);
  else if (sessions->len > 1)
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u other has this file open",
                                            "%u others have this file open", sessions->len),
                               sessions->len);
  gtk_label_set_text (self->heading_label, _("Also in This File"));
  gtk_label_set_text (self->note_label,
                      _("What they save appears here by itself within a few seconds. If you "
                        "both change the same thing, the one who saves last chooses what to "
                        "keep."));
  set_count (self, sessions->len, tooltip);
}

static void
styre_presence_button_dispose (GObject *object)
{
  StyrePresenceButton *self = (StyrePresenceButton *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (styre_presence_button_parent_class)->dispose (object);
}

static void
styre_presence_button_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StyrePresenceButton *self = STYRE_PRESENCE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_presence_button_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  StyrePresenceButton *self = STYRE_PRESENCE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      styre_presence_button_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_presence_button_class_init (StyrePresenceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_presence_button_dispose;
  object_class->get_property = styre_presence_button_get_property;
  object_class->set_property = styre_presence_button_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STYRE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * StyrePresenceButton:count:
   *
   * How many others have the file open.
   */
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-presence-button.ui");
  gtk_widget_class_bind_template_child (widget_class, StyrePresenceButton, button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenceButton, count_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenceButton, heading_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenceButton, list);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenceButton, note_label);
}

static void
styre_presence_button_init (StyrePresenceButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
styre_presence_button_new (void)
{
  return g_object_new (STYRE_TYPE_PRESENCE_BUTTON, NULL);
}

/**
 * styre_presence_button_get_store:
 *
 * Returns: (transfer none) (nullable): the file whose presence is shown
 */
StyreStore *
styre_presence_button_get_store (StyrePresenceButton *self)
{
  g_return_val_if_fail (STYRE_IS_PRESENCE_BUTTON (self), NULL);
  return self->store;
}

/**
 * styre_presence_button_set_store:
 * @store: (nullable): the open file, watched by its change feed
 */
void
styre_presence_button_set_store (StyrePresenceButton *self,
                                 StyreStore          *store)
{
  g_return_if_fail (STYRE_IS_PRESENCE_BUTTON (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "presence-changed", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::read-only", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * styre_presence_button_get_count:
 *
 * Returns: how many others have the file open, as the button shows
 */
guint
styre_presence_button_get_count (StyrePresenceButton *self)
{
  g_return_val_if_fail (STYRE_IS_PRESENCE_BUTTON (self), 0);
  return self->count;
}

/**
 * styre_presence_button_get_list:
 *
 * Returns: (transfer none): the list of people in the popover (for tests)
 */
GtkWidget *
styre_presence_button_get_list (StyrePresenceButton *self)
{
  g_return_val_if_fail (STYRE_IS_PRESENCE_BUTTON (self), NULL);
  return GTK_WIDGET (self->list);
}
