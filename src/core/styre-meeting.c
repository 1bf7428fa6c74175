/* styre-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-meeting.h"

struct _StyreMeeting
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  gint64   forum_id;
  char    *forum_name;
  char    *title;
  char    *starts_at;
  char    *ends_at;
  char    *place;
  char    *state;
  char    *chair_name;
  guint    n_items;
  guint    n_exempt;
};

G_DEFINE_FINAL_TYPE (StyreMeeting, styre_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FORUM_NAME,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_STATE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styre_meeting_finalize (GObject *object)
{
  StyreMeeting *self = (StyreMeeting *)object;

  g_clear_pointer (&self->forum_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->starts_at, g_free);
  g_clear_pointer (&self->ends_at, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->chair_name, g_free);

  G_OBJECT_CLASS (styre_meeting_parent_class)->finalize (object);
}

static void
styre_meeting_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StyreMeeting *self = STYRE_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_FORUM_NAME: g_value_set_string (value, self->forum_name); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_STARTS_AT: g_value_set_string (value, self->starts_at); break;
    case PROP_STATE: g_value_set_string (value, self->state); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->n_items); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_meeting_class_init (StyreMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = styre_meeting_finalize;
  object_class->get_property = styre_meeting_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FORUM_NAME] = g_param_spec_string ("forum-name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_STARTS_AT] = g_param_spec_string ("starts-at", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_meeting_init (StyreMeeting *self)
{
}

StyreMeeting *
styre_meeting_new (const StyreMeetingData *data)
{
  StyreMeeting *self = g_object_new (STYRE_TYPE_MEETING, NULL);

  self->id = data->id;
  self->version = data->version;
  self->forum_id = data->forum_id;
  self->forum_name = g_strdup (data->forum_name ? data->forum_name : "");
  self->title = g_strdup (data->title ? data->title : "");
  self->starts_at = g_strdup (data->starts_at);
  self->ends_at = g_strdup (data->ends_at);
  self->place = g_strdup (data->place ? data->place : "");
  self->state = g_strdup (data->state);
  self->chair_name = g_strdup (data->chair_name ? data->chair_name : "");
  self->n_items = data->n_items;
  self->n_exempt = data->n_exempt;
  return self;
}

gint64 styre_meeting_get_id (StyreMeeting *self) { return self->id; }
gint64 styre_meeting_get_version (StyreMeeting *self) { return self->version; }
gint64 styre_meeting_get_forum_id (StyreMeeting *self) { return self->forum_id; }
const char *styre_meeting_get_forum_name (StyreMeeting *self) { return self->forum_name; }
const char *styre_meeting_get_title (StyreMeeting *self) { return self->title; }
const char *styre_meeting_get_starts_at (StyreMeeting *self) { return self->starts_at; }
const char *styre_meeting_get_ends_at (StyreMeeting *self) { return self->ends_at; }
const char *styre_meeting_get_place (StyreMeeting *self) { return self->place; }
const char *styre_meeting_get_state (StyreMeeting *self) { return self->state; }
const char *styre_meeting_get_chair_name (StyreMeeting *self) { return self->chair_name; }
guint styre_meeting_get_n_items (StyreMeeting *self) { return self->n_items; }
guint styre_meeting_get_n_exempt (StyreMeeting *self) { return self->n_exempt; }
