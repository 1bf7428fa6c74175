/* styre-new-meeting-dialog.c — a new meeting from the forum's template
 *
 * The forum's default time and place are filled in; the initiatives due for a decision
 * point by about two months after the date are offered as items (read on a worker thread
 * whenever the forum or the date changes). The meeting is made by
 * styre_store_create_meeting(), also on a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-new-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-meeting-context.h"
#include "styre-new-meeting-dialog.h"
#include "styre-save.h"

struct _StyreNewMeetingDialog
{
  AdwMessageDialog  parent_instance;

  StyreStore       *store;
  GPtrArray        *forums;        /* of StyreOption */
  GPtrArray        *candidates;    /* of StyreGateCandidate, as offered */
  GPtrArray        *checks;        /* of GtkCheckButton, one per candidate */
  GCancellable     *cancellable;
  char             *today;
  gint64            created_id;

  GtkDropDown      *forum_drop_down;
  GtkEntry         *date_entry;
  GtkEntry         *start_entry;
  GtkEntry         *end_entry;
  GtkEntry         *place_entry;
  GtkLabel         *problem_label;
  GtkLabel         *gates_heading;
  GtkBox           *gates_box;
};

G_DEFINE_FINAL_TYPE (StyreNewMeetingDialog, styre_new_meeting_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static StyreOption *
current_forum (StyreNewMeetingDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->forum_drop_down);

  if (self->forums == NULL || i >= self->forums->len)
    return NULL;
  return g_ptr_array_index (self->forums, i);
}

/* "09:00", "9.00", "0900" → minutes since midnight, or -1. */
static int
parse_minute (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  int h, m;

  if (sscanf (t, "%d:%d", &h, &m) == 2 || sscanf (t, "%d.%d", &h, &m) == 2)
    ;
  else if (strlen (t) == 4 && sscanf (t, "%2d%2d", &h, &m) == 2)
    ;
  else if (sscanf (t, "%d", &h) == 1 && strlen (t) <= 2)
    m = 0;
  else
    return -1;
  if (h < 0 || h > 23 || m < 0 || m > 59)
    return -1;
  return h * 60 + m;
}

/* The times and date as stored, or a reason they cannot be. */
static char *
read_times (StyreNewMeetingDialog  *self,
            char                  **starts,
            char                  **ends,
            char                  **date)
{
  g_autofree char *iso = NULL;
  int start = parse_minute (gtk_editable_get_text (GTK_EDITABLE (self->start_entry)));
  int end = parse_minute (gtk_editable_get_text (GTK_EDITABLE (self->end_entry)));

  if (!styre_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &iso, NULL))
    return g_strdup (_("Write the date as dd.mm.yyyy."));
  if (start < 0 || end < 0)
    return g_strdup (_("Write the times as hh:mm."));
  if (end <= start)
    return g_strdup (_("The meeting must end after it starts."));
  if (starts != NULL)
    *starts = g_strdup_printf ("%sT%02d:%02d", iso, start / 60, start % 60);
  if (ends != NULL)
    *ends = g_strdup_printf ("%sT%02d:%02d", iso, end / 60, end % 60);
  if (date != NULL)
    *date = g_steal_pointer (&iso);
  return NULL;
}

/* Offered decision points */

typedef struct
{
  gint64  forum_id;
  char   *date;
} GateQuery;

static void
gate_query_free (gpointer data)
{
  GateQuery *q = data;

  g_free (q->date);
  g_free (q);
}

/* Runs on a worker thread. */
static gpointer
query_gates (StyreStore  *store,
             gpointer     data,
             GError     **error)
{
  GateQuery *q = data;

  return styre_store_list_gate_candidates (store, q->forum_id, q->date, error);
}

static void
gates_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = styre_gui_query_finish (result, &error);
  StyreNewMeetingDialog *self;
  GtkWidget *child;

  if (candidates == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_NEW_MEETING_DIALOG (object);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->gates_box))) != NULL)
    gtk_box_remove (self->gates_box, child);
  g_ptr_array_set_size (self->checks, 0);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  self->candidates = candidates ? g_ptr_array_ref (candidates) : NULL;

  if (candidates == NULL || candidates->len == 0)
    {
      GtkWidget *none = gtk_label_new (candidates ? _("No initiative is due for a decision point.")
                                                  : error->message);
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->gates_box, none);
      return;
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      StyreGateCandidate *c = g_ptr_array_index (candidates, i);
      g_autofree char *due = styre_format_date (c->due_on);
      /* Translators: an offered decision point: "BP3 for SAK-1 Nytt sak-/arkivsystem (due
       * 01.12.2026)" */
      g_autofree char *text = g_strdup_printf (_("%s for %s %s (due %s)"), c->gate, c->code,
                                               c->title, due);
      GtkWidget *check = gtk_check_button_new_with_label (text);

      gtk_box_append (self->gates_box, check);
      g_ptr_array_add (self->checks, check);
    }
}

static void
validate (StyreNewMeetingDialog *self)
{
  g_autofree char *problem = read_times (self, NULL, NULL, NULL);
  g_autofree char *date = NULL;
  StyreOption *forum = current_forum (self);

  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           problem == NULL && forum != NULL);

  if (problem != NULL || forum == NULL || self->store == NULL)
    return;
  read_times (self, NULL, NULL, &date);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  {
    GateQuery *q = g_new0 (GateQuery, 1);
    q->forum_id = forum->id;
    q->date = g_steal_pointer (&date);
    styre_gui_query_async (self, self->store, query_gates, q, gate_query_free,
                           (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                           gates_loaded_cb, NULL);
  }
}

/* The forum's defaults: "09:00|120|Møterom Fjorden". */
static void
forum_changed_cb (StyreNewMeetingDialog *self)
{
  StyreOption *forum = current_forum (self);
  g_auto(GStrv) parts = NULL;
  int start, minutes;

  if (forum == NULL || forum->extra == NULL)
    return;
  parts = g_strsplit (forum->extra, "|", 3);
  if (g_strv_length (parts) < 3)
    return;
  start = parse_minute (parts[0]);
  minutes = atoi (parts[1]);
  if (start >= 0)
    {
      g_autofree char *s = g_strdup_printf ("%02d:%02d", start / 60, start % 60);
      int end = MIN (start + minutes, 23 * 60 + 59);
      g_autofree char *e = g_strdup_printf ("%02d:%02d", end / 60, end % 60);

      gtk_editable_set_text (GTK_EDITABLE (self->start_entry), s);
      gtk_editable_set_text (GTK_EDITABLE (self->end_entry), e);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->place_entry), parts[2]);
  validate (self);
}

/* Creating */

typedef struct
{
  StyreMeetingSpec  spec;
  char             *starts_at;
  char             *ends_at;
  char             *place;
  GPtrArray        *gates;
  gint64            id;
} CreateData;

static void
create_data_free (gpointer data)
{
  CreateData *d = data;

  g_free (d->starts_at);
  g_free (d->ends_at);
  g_free (d->place);
  g_clear_pointer (&d->gates, g_ptr_array_unref);
  g_free (d);
}

static gboolean
create_op (StyreStore  *store,
           gpointer     data,
           GError     **error)
{
  CreateData *d = data;

  d->id = styre_store_create_meeting (store, &d->spec, error);
  return d->id > 0;
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  StyreNewMeetingDialog *self = STYRE_NEW_MEETING_DIALOG (object);
  CreateData *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!styre_meeting_run_finish (result, &error) && !styre_save_error_is_explained (error))
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Create the Meeting"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else if (error == NULL)
    g_signal_emit (self, signals[CREATED], 0, d->id);
  create_data_free (d);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
styre_new_meeting_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  StyreNewMeetingDialog *self = STYRE_NEW_MEETING_DIALOG (dialog);
  StyreOption *forum = current_forum (self);
  CreateData *d;
  g_autofree char *problem = NULL;
  g_autofree char *place = NULL;

  if (g_strcmp0 (response, "create") != 0 || forum == NULL)
    return;

  d = g_new0 (CreateData, 1);
  problem = read_times (self, &d->starts_at, &d->ends_at, NULL);
  if (problem != NULL)
    {
      create_data_free (d);
      return;
    }
  place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_entry))));
  d->place = g_steal_pointer (&place);
  /* Copies: the dialog closes (and lets go of its list) while the worker runs. */
  d->gates = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_gate_candidate_free);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        StyreGateCandidate *c = g_ptr_array_index (self->candidates, i);
        StyreGateCandidate *copy = g_new0 (StyreGateCandidate, 1);

        copy->initiative_id = c->initiative_id;
        copy->code = g_strdup (c->code);
        copy->title = g_strdup (c->title);
        copy->gate = g_strdup (c->gate);
        copy->due_on = g_strdup (c->due_on);
        copy->owner_id = c->owner_id;
        g_ptr_array_add (d->gates, copy);
      }
  d->spec.forum_id = forum->id;
  d->spec.starts_at = d->starts_at;
  d->spec.ends_at = d->ends_at;
  d->spec.place = d->place;
  d->spec.gate_items = d->gates;

  styre_meeting_run_async (g_object_ref (self), self->store, create_op, d, NULL, created_cb, d);
}

static void
styre_new_meeting_dialog_dispose (GObject *object)
{
  StyreNewMeetingDialog *self = (StyreNewMeetingDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->forums, g_ptr_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (styre_new_meeting_dialog_parent_class)->dispose (object);
}

static void
styre_new_meeting_dialog_class_init (StyreNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = styre_new_meeting_dialog_dispose;
  dialog_class->response = styre_new_meeting_dialog_response;

  /**
   * StyreNewMeetingDialog::created:
   * @meeting_id: the new meeting
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, forum_drop_down);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, gates_heading);
  gtk_widget_class_bind_template_child (widget_class, StyreNewMeetingDialog, gates_box);
}

static void
styre_new_meeting_dialog_init (StyreNewMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  g_signal_connect_swapped (self->forum_drop_down, "notify::selected",
                            G_CALLBACK (forum_changed_cb), self);
  g_signal_connect_swapped (self->date_entry, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->start_entry, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->end_entry, "changed", G_CALLBACK (validate), self);
}

/**
 * styre_new_meeting_dialog_new:
 * @forums: (element-type StyreOption): the forums, with their defaults
 * @forum_id: the forum to start with, or 0
 * @date: the date to offer, 'YYYY-MM-DD'
 */
StyreNewMeetingDialog *
styre_new_meeting_dialog_new (GtkWindow  *parent,
                              StyreStore *store,
                              GPtrArray  *forums,
                              gint64      forum_id,
                              const char *date)
{
  StyreNewMeetingDialog *self = g_object_new (STYRE_TYPE_NEW_MEETING_DIALOG,
                                              "transient-for", parent, "modal", TRUE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *shown = styre_format_date (date);
  guint selected = 0;

  self->store = g_object_ref (store);
  self->forums = g_ptr_array_ref (forums);
  for (guint i = 0; i < forums->len; i++)
    {
      StyreOption *c = g_ptr_array_index (forums, i);
      gtk_string_list_append (names, c->name);
      if (c->id == forum_id)
        selected = i;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), shown);
  gtk_drop_down_set_model (self->forum_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->forum_drop_down, selected);
  forum_changed_cb (self);
  return self;
}
