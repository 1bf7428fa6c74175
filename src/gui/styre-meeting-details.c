/* styre-meeting-details.c — a meeting's time, place and people
 *
 * The meeting's own fields (saved as you type, with the conflict rules), the participants
 * with role and attendance (absent with the reason, substitute for whom), what changed
 * since the notice was sent, and whether the portfolio was frozen with the meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-meeting-details"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-format.h"
#include "styre-meeting-details.h"
#include "styre-window.h"
#include "styre-row-binding.h"

struct _StyreMeetingDetails
{
  AdwBin               parent_instance;

  StyreMeetingContext *context;
  StyreRowBinding     *editor;
  GArray              *people_ids;
  GPtrArray           *participant_rows;
  GPtrArray           *change_rows;
  GtkWidget           *add_button;
  gboolean             bound;
  gboolean             typing;

  GtkScrolledWindow   *scroller;
  AdwPreferencesGroup *changes_group;
  AdwEntryRow         *title_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *start_row;
  AdwEntryRow         *end_row;
  AdwEntryRow         *place_row;
  AdwEntryRow         *video_row;
  AdwComboRow         *chair_row;
  AdwComboRow         *secretary_row;
  GtkLabel            *invalid_label;
  AdwPreferencesGroup *participants_group;
  GtkLabel            *snapshot_label;
};

G_DEFINE_FINAL_TYPE (StyreMeetingDetails, styre_meeting_details, ADW_TYPE_BIN)

static gboolean
can_edit (StyreMeetingDetails *self)
{
  return self->context != NULL && styre_meeting_context_can_edit (self->context);
}

static void
toast (StyreMeetingDetails *self,
       const char          *message)
{
  styre_meeting_toast (GTK_WIDGET (self), message);
}

/* ── date and time ───────────────────────────────────────────────────────────────────── */

/* "9", "09", "9.30", "09:30", "0930", "kl. 9.30" → hour and minute. */
static gboolean
parse_clock (const char *text,
             int        *hour,
             int        *minute)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  const char *p = t;
  int h = 0, m = 0, digits = 0;

  if (g_str_has_prefix (p, "kl."))
    p += 3;
  while (*p == ' ')
    p++;
  while (g_ascii_isdigit (*p) && digits < 4)
    {
      if (digits < 2)
        h = h * 10 + (*p - '0');
      else
        m = m * 10 + (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0)
    return FALSE;
  if (digits == 3)
    {
      /* "930" */
      m = h % 10 * 10 + m;
      h /= 10;
    }
  if ((*p == ':' || *p == '.') && digits <= 2)
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      m = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  if (*p != '\0' || h > 23 || m > 59)
    return FALSE;
  *hour = h;
  *minute = m;
  return TRUE;
}

static void
set_error (GtkWidget *row,
           gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_invalid (StyreMeetingDetails *self,
              const char          *message)
{
  gtk_label_set_text (self->invalid_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->invalid_label), message != NULL);
}

static void
time_edited_cb (StyreMeetingDetails *self)
{
  g_autofree char *date = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  int h1, m1, h2, m2;
  gboolean date_ok, start_ok, end_ok;

  if (self->typing || self->context == NULL)
    return;
  date_ok = styre_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date, NULL);
  start_ok = parse_clock (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), &h1, &m1);
  end_ok = parse_clock (gtk_editable_get_text (GTK_EDITABLE (self->end_row)), &h2, &m2);
  set_error (GTK_WIDGET (self->date_row), !date_ok);
  set_error (GTK_WIDGET (self->start_row), !start_ok);
  set_error (GTK_WIDGET (self->end_row), !end_ok);
  if (!date_ok || !start_ok || !end_ok)
    {
      show_invalid (self, _("Write the date as dd.mm.yyyy and the times as hh:mm."));
      return;
    }
  if (h2 * 60 + m2 <= h1 * 60 + m1)
    {
      set_error (GTK_WIDGET (self->end_row), TRUE);
      show_invalid (self, _("The meeting must end after it starts."));
      return;
    }
  show_invalid (self, NULL);

  starts = g_strdup_printf ("%sT%02d:%02d", date, h1, m1);
  ends = g_strdup_printf ("%sT%02d:%02d", date, h2, m2);
  self->typing = TRUE;
  {
    StyreValue s = { .type = STYRE_VALUE_TEXT, .s = starts };
    StyreValue e = { .type = STYRE_VALUE_TEXT, .s = ends };
    styre_row_binding_set_value (self->editor, "starts_at", &s);
    styre_row_binding_set_value (self->editor, "ends_at", &e);
  }
  self->typing = FALSE;
}

/* The record editor shows a stored time: in the rows, unless the person is typing there. */
static void
show_time (GtkWidget        *widget,
           const StyreValue *value,
           gpointer          user_data)
{
  StyreMeetingDetails *self = user_data;
  const char *text = value && value->type == STYRE_VALUE_TEXT ? value->s : NULL;
  int h, m;

  if (self->typing || text == NULL || strlen (text) < 16)
    return;
  self->typing = TRUE;
  if (widget == GTK_WIDGET (self->start_row))
    {
      g_autofree char *date = g_strndup (text, 10);
      g_autofree char *shown = styre_format_date (date);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
    }
  if (sscanf (text + 11, "%2d:%2d", &h, &m) == 2)
    {
      g_autofree char *clock = g_strdup_printf ("%02d:%02d", h, m);
      gtk_editable_set_text (GTK_EDITABLE (widget), clock);
    }
  self->typing = FALSE;
}

/* ── participants ────────────────────────────────────────────────────────────────────── */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(StyreMeetingDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_save_change_finish (result, &error);

  if (change == NULL)
    toast (self, error->message);
}

static void
save (StyreMeetingDetails *self,
      StyreChange         *change)
{
  g_autoptr(StyreChange) owned = change;

  styre_save_change_async (GTK_WIDGET (self), self->context->store, owned, NULL,
                           styre_meeting_label_column, NULL, saved_cb, g_object_ref (self));
}

static StyreParticipant *
participant_of (GObject *object)
{
  return g_object_get_data (object, "participant");
}

static void
attendance_selected_cb (GtkDropDown         *drop_down,
                        GParamSpec          *pspec,
                        StyreMeetingDetails *self)
{
  StyreParticipant *p = participant_of (G_OBJECT (drop_down));
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ATTENDANCE);
  guint i = gtk_drop_down_get_selected (drop_down);
  StyreChange *change;

  if (p == NULL || i >= g_strv_length ((char **) ids) || g_str_equal (ids[i], p->attendance))
    return;
  change = styre_change_new_update ("participant", p->id, p->version);
  styre_change_set_text (change, "attendance", ids[i]);
  save (self, change);
}

static void
role_selected_cb (AdwComboRow         *row,
                  GParamSpec          *pspec,
                  StyreMeetingDetails *self)
{
  StyreParticipant *p = participant_of (G_OBJECT (row));
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_PARTICIPANT_ROLE);
  guint i = adw_combo_row_get_selected (row);
  StyreChange *change;

  if (p == NULL || i >= g_strv_length ((char **) ids) || g_str_equal (ids[i], p->role))
    return;
  change = styre_change_new_update ("participant", p->id, p->version);
  styre_change_set_text (change, "role", ids[i]);
  save (self, change);
}

static void
substitute_selected_cb (AdwComboRow         *row,
                        GParamSpec          *pspec,
                        StyreMeetingDetails *self)
{
  StyreParticipant *p = participant_of (G_OBJECT (row));
  GArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint i = adw_combo_row_get_selected (row);
  gint64 id;
  StyreChange *change;

  if (p == NULL || i >= ids->len)
    return;
  id = g_array_index (ids, gint64, i);
  if (id == p->substitute_for_id)
    return;
  change = styre_change_new_update ("participant", p->id, p->version);
  if (id > 0)
    styre_change_set_int (change, "substitute_for_id", id);
  else
    styre_change_set_null (change, "substitute_for_id");
  save (self, change);
}

static void
reason_applied_cb (AdwEntryRow         *row,
                   StyreMeetingDetails *self)
{
  StyreParticipant *p = participant_of (G_OBJECT (row));
  StyreChange *change;

  if (p == NULL)
    return;
  change = styre_change_new_update ("participant", p->id, p->version);
  styre_change_set_text (change, "absence_reason", gtk_editable_get_text (GTK_EDITABLE (row)));
  save (self, change);
}

static void
remove_participant_cb (GtkButton           *button,
                       StyreMeetingDetails *self)
{
  StyreParticipant *p = participant_of (G_OBJECT (button));

  if (p != NULL)
    save (self, styre_change_new_delete ("participant", p->id, p->version));
}

static void
add_participant (StyreMeetingDetails *self,
                 gint64               person_id)
{
  StyreAgenda *agenda = self->context->agenda;
  StyreChange *change;

  for (guint i = 0; i < agenda->participants->len; i++)
    if (((StyreParticipant *) agenda->participants->pdata[i])->person_id == person_id)
      return;
  change = styre_change_new_insert ("participant");
  styre_change_set_int (change, "meeting_id", agenda->id);
  styre_change_set_int (change, "person_id", person_id);
  styre_change_set_text (change, "role", "guest");
  styre_change_set_int (change, "position", (gint64) agenda->participants->len);
  save (self, change);
}

static GtkWidget *
participant_row (StyreMeetingDetails *self,
                 StyreParticipant    *p)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *attendance = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_ATTENDANCE)), NULL);
  GtkWidget *role = adw_combo_row_new ();
  GtkWidget *reason = adw_entry_row_new ();
  GtkWidget *substitute = adw_combo_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove from the Meeting"));
  g_autoptr(GtkStringList) roles = styre_vocabulary_string_list (STYRE_VOCAB_PARTICIPANT_ROLE);
  g_autoptr(GtkStringList) others = NULL;
  GArray *other_ids = NULL;
  const char * const *attendance_ids = styre_vocabulary_ids (STYRE_VOCAB_ATTENDANCE);
  const char * const *role_ids = styre_vocabulary_ids (STYRE_VOCAB_PARTICIPANT_ROLE);
  g_autoptr(GString) subtitle = g_string_new (styre_vocabulary_label (STYRE_VOCAB_PARTICIPANT_ROLE,
                                                                      p->role));
  gboolean editable = can_edit (self);

  if (p->substitute_for_name != NULL)
    /* Translators: a substitute in the participants list, Norwegian "vara for %s" */
    g_string_append_printf (subtitle, _(", substitute for %s"), p->substitute_for_name);
  if (p->agency != NULL && *p->agency != '\0')
    g_string_append_printf (subtitle, " · %s", p->agency);
  if (g_str_equal (p->attendance, "absent") && *p->absence_reason != '\0')
    g_string_append_printf (subtitle, " · %s", p->absence_reason);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);

  for (guint i = 0; attendance_ids[i] != NULL; i++)
    if (g_str_equal (attendance_ids[i], p->attendance))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (attendance), i);
  gtk_widget_set_valign (attendance, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (attendance, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (attendance), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attendance"), -1);
  g_object_set_data (G_OBJECT (attendance), "participant", p);
  g_signal_connect (attendance, "notify::selected", G_CALLBACK (attendance_selected_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), attendance);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (role), G_LIST_MODEL (roles));
  for (guint i = 0; role_ids[i] != NULL; i++)
    if (g_str_equal (role_ids[i], p->role))
      adw_combo_row_set_selected (ADW_COMBO_ROW (role), i);
  gtk_widget_set_sensitive (role, editable);
  g_object_set_data (G_OBJECT (role), "participant", p);
  g_signal_connect (role, "notify::selected", G_CALLBACK (role_selected_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), role);

  /* Translators: Norwegian "Forfall (grunn)" */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason for absence"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (reason), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (reason), p->absence_reason);
  gtk_editable_set_editable (GTK_EDITABLE (reason), editable);
  g_object_set_data (G_OBJECT (reason), "participant", p);
  g_signal_connect (reason, "apply", G_CALLBACK (reason_applied_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reason);

  others = styre_options_string_list (self->context->people, _("Nobody"), &other_ids);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (substitute), _("Substitute for"));
  adw_combo_row_set_model (ADW_COMBO_ROW (substitute), G_LIST_MODEL (others));
  for (guint i = 0; i < other_ids->len; i++)
    if (g_array_index (other_ids, gint64, i) == p->substitute_for_id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (substitute), i);
  gtk_widget_set_sensitive (substitute, editable);
  g_object_set_data (G_OBJECT (substitute), "participant", p);
  g_object_set_data_full (G_OBJECT (substitute), "ids", other_ids, (GDestroyNotify) g_array_unref);
  g_signal_connect (substitute, "notify::selected", G_CALLBACK (substitute_selected_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), substitute);

  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (remove, editable && !g_str_equal (self->context->agenda->state, "held"));
  g_object_set_data (G_OBJECT (remove), "participant", p);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_participant_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);
  return row;
}

static void
rebuild_participants (StyreMeetingDetails *self)
{
  StyreAgenda *agenda = self->context->agenda;
  g_autoptr(GPtrArray) expanded = g_ptr_array_new_with_free_func (g_free);

  /* Keep open what the person had open. */
  for (guint i = 0; i < self->participant_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->participant_rows, i);
      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_ptr_array_add (expanded, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
      adw_preferences_group_remove (self->participants_group, row);
    }
  g_ptr_array_set_size (self->participant_rows, 0);

  for (guint i = 0; i < agenda->participants->len; i++)
    {
      StyreParticipant *p = g_ptr_array_index (agenda->participants, i);
      GtkWidget *row = participant_row (self, p);

      if (g_ptr_array_find_with_equal_func (expanded, p->name, g_str_equal, NULL))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      adw_preferences_group_add (self->participants_group, row);
      g_ptr_array_add (self->participant_rows, row);
    }

  if (self->add_button != NULL)
    adw_preferences_group_set_header_suffix (self->participants_group, NULL);
  self->add_button = styre_meeting_chooser_button (_("_Add Participant…"), self->context->people,
                                                   (StyreChosenFunc) add_participant, self,
                                                   can_edit (self), self->context->store);
  adw_preferences_group_set_header_suffix (self->participants_group, self->add_button);
}

static void
rebuild_changes (StyreMeetingDetails *self)
{
  GPtrArray *changes = self->context->changes;
  gboolean show = g_str_equal (self->context->agenda->state, "notice_sent") && changes->len > 0;

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), show);
  if (!show)
    return;

  for (guint i = 0; i < changes->len; i++)
    {
      StyreAgendaChangeNote *note = g_ptr_array_index (changes, i);
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (note->at, NULL);
      g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
      g_autoptr(GDateTime) local = at && oslo ? g_date_time_to_timezone (at, oslo) : NULL;
      g_autofree char *day = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;
      g_autofree char *date = day ? styre_format_date (day) : g_strdup ("");
      g_autofree char *time = local ? styre_format_time (g_date_time_get_hour (local),
                                                         g_date_time_get_minute (local))
                                    : g_strdup ("");
      /* Translators: who changed something after the notice, and when: "Åse Ødegård,
       * 21.11.2026 09:00" */
      g_autofree char *subtitle = g_strdup_printf (_("%s, %s %s"), note->who, date, time);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), note->description);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
bind_people (StyreMeetingDetails *self)
{
  GArray *ids = NULL;
  g_autoptr(GtkStringList) chairs = styre_options_string_list (self->context->people, _("Nobody"), &ids);
  g_autoptr(GtkStringList) secretaries = NULL;
  GArray *ids2 = NULL;

  if (self->people_ids != NULL && self->people_ids->len == ids->len
      && memcmp (self->people_ids->data, ids->data, sizeof (gint64) * ids->len) == 0)
    {
      g_array_unref (ids);
      return;
    }
  secretaries = styre_options_string_list (self->context->people, _("Nobody"), &ids2);
  g_clear_pointer (&self->people_ids, g_array_unref);
  self->people_ids = ids;
  styre_row_binding_unbind (self->editor, GTK_WIDGET (self->chair_row));
  styre_row_binding_unbind (self->editor, GTK_WIDGET (self->secretary_row));
  adw_combo_row_set_model (self->chair_row, G_LIST_MODEL (chairs));
  adw_combo_row_set_model (self->secretary_row, G_LIST_MODEL (secretaries));
  styre_row_binding_bind_id_drop_down (self->editor, GTK_WIDGET (self->chair_row), "chair_id", ids);
  styre_row_binding_bind_id_drop_down (self->editor, GTK_WIDGET (self->secretary_row),
                                       "secretary_id", ids2);
  g_array_unref (ids2);
}

static void
save_failed_cb (StyreMeetingDetails *self,
                const char          *message)
{
  toast (self, message);
}

static void
styre_meeting_details_dispose (GObject *object)
{
  StyreMeetingDetails *self = (StyreMeetingDetails *)object;

  /* What was typed is saved on its own; the editor lets go of the widgets now. */
  if (self->editor != NULL)
    {
      styre_row_binding_flush (self->editor);
      g_signal_handlers_disconnect_by_data (self->editor, self);
      g_object_run_dispose (G_OBJECT (self->editor));
    }
  g_clear_object (&self->editor);
  g_clear_pointer (&self->context, styre_meeting_context_unref);
  g_clear_pointer (&self->people_ids, g_array_unref);
  g_clear_pointer (&self->participant_rows, g_ptr_array_unref);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_meeting_details_parent_class)->dispose (object);
}

static void
styre_meeting_details_class_init (StyreMeetingDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_meeting_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-meeting-details.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, changes_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, date_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, start_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, end_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, place_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, video_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, chair_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, secretary_row);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, invalid_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, participants_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingDetails, snapshot_label);
}

static void
styre_meeting_details_init (StyreMeetingDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editor = styre_row_binding_new ("meeting");
  /* Translators: what Undo undoes */
  styre_row_binding_set_undo_label (self->editor, C_("undo", "Edit meeting"));
  self->participant_rows = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  styre_row_binding_set_label_func (self->editor, styre_meeting_label_column, NULL);
  g_signal_connect_swapped (self->editor, "save-failed", G_CALLBACK (save_failed_cb), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (time_edited_cb), self);
  g_signal_connect_swapped (self->start_row, "changed", G_CALLBACK (time_edited_cb), self);
  g_signal_connect_swapped (self->end_row, "changed", G_CALLBACK (time_edited_cb), self);
}

/**
 * styre_meeting_details_set_context:
 *
 * Shows the meeting of @context; what is being typed is kept when the meeting is read
 * again (StyreRowBinding).
 */
void
styre_meeting_details_set_context (StyreMeetingDetails *self,
                                   StyreMeetingContext *context)
{
  StyreAgenda *agenda;

  g_return_if_fail (STYRE_IS_MEETING_DETAILS (self));

  g_clear_pointer (&self->context, styre_meeting_context_unref);
  self->context = styre_meeting_context_ref (context);
  agenda = context->agenda;

  styre_row_binding_set_store (self->editor, context->store);
  if (!self->bound)
    {
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->title_row), "title", FALSE);
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->place_row), "place", FALSE);
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->video_row), "video_link",
                                    FALSE);
      styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->start_row), "starts_at",
                                     show_time, self);
      styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->end_row), "ends_at",
                                     show_time, self);
      self->bound = TRUE;
    }
  bind_people (self);
  styre_row_binding_set_editable (self->editor, can_edit (self));
  gtk_editable_set_editable (GTK_EDITABLE (self->date_row), can_edit (self));
  styre_row_binding_set_row (self->editor, context->meeting_row);
  /* Others see that the person has the meeting's details open: "Ledergruppen 12. mars". */
  styre_window_track_editing (GTK_WIDGET (self), "meeting", agenda->id,
                              agenda->title != NULL && *agenda->title != '\0'
                                ? agenda->title : agenda->forum_name);

  rebuild_changes (self);
  rebuild_participants (self);

  if (agenda->has_snapshot)
    gtk_label_set_text (self->snapshot_label,
                        _("The portfolio was frozen when the meeting was held; the dashboard can "
                          "show it as it stood then."));
  else if (g_str_equal (agenda->state, "draft") || g_str_equal (agenda->state, "notice_sent"))
    gtk_label_set_text (self->snapshot_label,
                        _("When the meeting is marked as held, the portfolio is frozen with it."));
  else
    gtk_label_set_text (self->snapshot_label, "");
}

void
styre_meeting_details_flush (StyreMeetingDetails *self)
{
  g_return_if_fail (STYRE_IS_MEETING_DETAILS (self));
  styre_row_binding_flush (self->editor);
}
