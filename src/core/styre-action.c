/* styre-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-action.h"

struct _StyreAction
{
  GObject   parent_instance;

  gint64    id;
  gint64    version;
  char     *title;
  char     *owner_name;
  char     *due_on;
  char     *status;
  char     *latest_note;
  char     *origin_meeting;
  char     *origin_forum;
  char     *case_number;
  char     *confidentiality;
  char     *legal_basis;
  gboolean  overdue;
  gint64    owner_id;
  gint64    forum_id;
  gint64    origin_item_id;
  gint64    origin_meeting_id;
  gboolean  origin_exempt;
  char     *origin_legal_basis;
  char     *closed_on;
  char     *closed_in_meeting;
  char     *created_on;
};

G_DEFINE_FINAL_TYPE (StyreAction, styre_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OWNER_NAME,
  PROP_DUE_ON,
  PROP_STATUS,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styre_action_finalize (GObject *object)
{
  StyreAction *self = (StyreAction *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->latest_note, g_free);
  g_clear_pointer (&self->origin_meeting, g_free);
  g_clear_pointer (&self->origin_forum, g_free);
  g_clear_pointer (&self->case_number, g_free);
  g_clear_pointer (&self->confidentiality, g_free);
  g_clear_pointer (&self->legal_basis, g_free);
  g_clear_pointer (&self->origin_legal_basis, g_free);
  g_clear_pointer (&self->closed_on, g_free);
  g_clear_pointer (&self->closed_in_meeting, g_free);
  g_clear_pointer (&self->created_on, g_free);

  G_OBJECT_CLASS (styre_action_parent_class)->finalize (object);
}

static void
styre_action_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StyreAction *self = STYRE_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_OWNER_NAME: g_value_set_string (value, self->owner_name); break;
    case PROP_DUE_ON: g_value_set_string (value, self->due_on); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_OVERDUE: g_value_set_boolean (value, self->overdue); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_action_class_init (StyreActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = styre_action_finalize;
  object_class->get_property = styre_action_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_OWNER_NAME] = g_param_spec_string ("owner-name", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_action_init (StyreAction *self)
{
}

StyreAction *
styre_action_new (const StyreActionData *data)
{
  StyreAction *self = g_object_new (STYRE_TYPE_ACTION, NULL);

  self->id = data->id;
  self->version = data->version;
  self->title = g_strdup (data->title);
  self->owner_name = g_strdup (data->owner_name ? data->owner_name : "");
  self->due_on = g_strdup (data->due_on);
  self->status = g_strdup (data->status);
  self->latest_note = g_strdup (data->latest_note ? data->latest_note : "");
  self->origin_meeting = g_strdup (data->origin_meeting);
  self->origin_forum = g_strdup (data->origin_forum ? data->origin_forum : "");
  self->case_number = g_strdup (data->case_number ? data->case_number : "");
  self->confidentiality = g_strdup (data->confidentiality ? data->confidentiality : "open");
  self->legal_basis = g_strdup (data->legal_basis);
  self->overdue = data->overdue;
  self->owner_id = data->owner_id;
  self->forum_id = data->forum_id;
  self->origin_item_id = data->origin_item_id;
  self->origin_meeting_id = data->origin_meeting_id;
  self->origin_exempt = data->origin_exempt;
  self->origin_legal_basis = g_strdup (data->origin_legal_basis);
  self->closed_on = g_strdup (data->closed_on);
  self->closed_in_meeting = g_strdup (data->closed_in_meeting);
  self->created_on = g_strdup (data->created_on);
  return self;
}

gint64 styre_action_get_id (StyreAction *self) { return self->id; }
gint64 styre_action_get_version (StyreAction *self) { return self->version; }
const char *styre_action_get_title (StyreAction *self) { return self->title; }
const char *styre_action_get_owner_name (StyreAction *self) { return self->owner_name; }
const char *styre_action_get_due_on (StyreAction *self) { return self->due_on; }
const char *styre_action_get_status (StyreAction *self) { return self->status; }
const char *styre_action_get_latest_note (StyreAction *self) { return self->latest_note; }
const char *styre_action_get_origin_meeting (StyreAction *self) { return self->origin_meeting; }
const char *styre_action_get_origin_forum (StyreAction *self) { return self->origin_forum; }
const char *styre_action_get_case_number (StyreAction *self) { return self->case_number; }
const char *styre_action_get_confidentiality (StyreAction *self) { return self->confidentiality; }
const char *styre_action_get_legal_basis (StyreAction *self) { return self->legal_basis; }
gboolean styre_action_get_overdue (StyreAction *self) { return self->overdue; }
gint64 styre_action_get_owner_id (StyreAction *self) { return self->owner_id; }
gint64 styre_action_get_forum_id (StyreAction *self) { return self->forum_id; }
gint64 styre_action_get_origin_item_id (StyreAction *self) { return self->origin_item_id; }
gint64 styre_action_get_origin_meeting_id (StyreAction *self) { return self->origin_meeting_id; }
gboolean styre_action_get_origin_exempt (StyreAction *self) { return self->origin_exempt; }
const char *styre_action_get_origin_legal_basis (StyreAction *self) { return self->origin_legal_basis; }
const char *styre_action_get_closed_on (StyreAction *self) { return self->closed_on; }
const char *styre_action_get_closed_in_meeting (StyreAction *self) { return self->closed_in_meeting; }
const char *styre_action_get_created_on (StyreAction *self) { return self->created_on; }

/* Whether a public list must leave the action out: it, or the item it came from, is
 * exempt from public access. */
gboolean
styre_action_is_exempt (StyreAction *self)
{
  return g_strcmp0 (self->confidentiality, "exempt") == 0 || self->origin_exempt;
}
