/* styre-projection.c — projector mode for one meeting
 *
 * Two windows: the audience window, full screen on the projector (by default the monitor
 * that is not the one Styre's window is on; another can be chosen on the console), and
 * the presenter console on the laptop. With one monitor (or a mirrored projector) the
 * audience window takes it and the console is an overlay on it, shown and hidden with Tab.
 *
 * The keys presentation clickers send work in both windows: Page Down, Right, Space,
 * Enter — next; Page Up, Left, Backspace — previous; B or . — black; W — white;
 * A — agenda; 1…9 — the item's charts; Escape leaves. Page Up and Page Down work even
 * while the console's note field has the focus.
 *
 * The meeting is read on a worker thread, and read again when the file changes (an edit
 * here, or someone else's that the store reports), without moving the room off what it
 * sees (styre_projector_set_items()). Charts are prepared on a worker thread, item by
 * item from the current one, as of the meeting's snapshot when the meeting was held.
 *
 * The clock: each item's actual start and end go into the minutes
 * (styre_store_record_item_times(), on a worker thread, in order) while the minutes are
 * open and on the meeting's day — a rehearsal the day before records nothing, and the
 * console says so and lets the secretary switch it on. Restarted in the middle of a
 * meeting, the projector picks up the times already recorded and goes on from there.
 *
 * Exempt items stay hidden on the audience screen until the chair unlocks one on the
 * console; the unlock is confirmed, written to the audit log first, and lasts while
 * projector mode does. The session is kept from going idle while projecting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-projection"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "styre-agenda-edit.h"
#include "styre-audience-view.h"
#include "styre-chart-view.h"
#include "styre-gui.h"
#include "styre-meeting-context.h"
#include "styre-presenter-console.h"
#include "styre-projection.h"

#define DATA_KEY "styre-projection"
/* Someone's edits are read again this long after the last one (a burst of saves). */
#define RELOAD_DELAY_MS 250

struct _StyreProjection
{
  GObject              parent_instance;

  GtkWindow           *main_window;     /* weak */
  StyreStore          *store;
  gint64               meeting_id;
  StyreProjector      *projector;
  StyreAudience       *audience;
  StyreAgenda         *agenda;
  GHashTable          *item_rows;       /* item id → StyreRow, the editors' starting point */
  char                *minutes_closed;  /* why the minutes cannot be written, or NULL */
  gboolean             recording;
  gboolean             loaded;
  gboolean             stopped;
  gboolean             single;          /* the console is an overlay on the audience window */
  GCancellable        *cancellable;

  GtkWindow           *audience_window;
  GtkWindow           *console_window;
  GtkWidget           *overlay_revealer;
  StyreAudienceView   *audience_view;
  StyrePresenterConsole *console;
  GdkMonitor          *audience_monitor;
  GdkMonitor          *chosen_monitor;  /* chosen on the console, or NULL */
  GSimpleActionGroup  *actions;

  guint                tick_source;
  guint                inhibit_cookie;
  guint                reload_source;
  gboolean             reloading;
  gboolean             reload_again;
  gboolean             charts_stale;    /* the portfolio changed: prepare the charts again */
  guint                chart_generation;

  GPtrArray           *times_to_write;  /* of StyreProjectorTimes */
  gboolean             writing_times;
};

G_DEFINE_FINAL_TYPE (StyreProjection, styre_projection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_RECORDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void arrange_windows (StyreProjection *self);
static void refresh (StyreProjection *self);

/* ── reading the meeting ─────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreAgenda *agenda;
  GHashTable  *rows;
  gboolean     read_only;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *l = data;

  g_clear_pointer (&l->agenda, styre_agenda_unref);
  g_clear_pointer (&l->rows, g_hash_table_unref);
  g_free (l);
}

/* Runs on a worker thread. */
static gpointer
load_query (StyreStore  *store,
            gpointer     data,
            GError     **error)
{
  gint64 meeting_id = *(gint64 *) data;
  Loaded *l = g_new0 (Loaded, 1);

  l->agenda = styre_store_load_agenda (store, meeting_id, error);
  if (l->agenda == NULL)
    {
      loaded_free (l);
      return NULL;
    }
  l->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                   (GDestroyNotify) styre_row_unref);
  for (guint i = 0; i < l->agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (l->agenda->items, i);
      StyreRow *row = styre_store_read_row (store, "agenda_item", item->id, NULL);

      if (row != NULL)
        g_hash_table_insert (l->rows, g_memdup2 (&item->id, sizeof item->id), row);
    }
  l->read_only = styre_store_is_read_only (store);
  return l;
}

static gboolean
is_held (StyreAgenda *agenda)
{
  return g_strcmp0 (agenda->state, "held") == 0
         || g_strcmp0 (agenda->state, "minutes_approved") == 0;
}

/* Why the clock and the note field cannot write into the minutes, or NULL. */
static char *
minutes_closed_reason (StyreAgenda *agenda,
                       gboolean     read_only)
{
  if (read_only)
    return g_strdup (_("The file is open read-only: nothing can be written into the minutes."));
  if (g_strcmp0 (agenda->state, "draft") == 0)
    return g_strdup (_("The minutes open when the notice has been sent. Nothing is recorded "
                       "in this rehearsal."));
  if (g_strcmp0 (agenda->state, "minutes_approved") == 0)
    return g_strdup (_("The minutes are approved and locked."));
  return NULL;
}

/* Whether the meeting is today (times are recorded on the meeting's day). */
static gboolean
is_meeting_day (StyreAgenda *agenda)
{
  g_autoptr(GDateTime) start = styre_agenda_parse_time (agenda->starts_at);
  g_autoptr(GDateTime) now = styre_projector_now ();
  g_autoptr(GDateTime) local = start ? styre_projector_to_meeting_time (start) : NULL;

  return local != NULL && g_date_time_get_year (local) == g_date_time_get_year (now)
         && g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now);
}

/* The actual times already in the minutes: a restarted projector goes on from them. */
static void
restore_times (StyreProjection *self)
{
  int last_started = -1;
  gboolean last_ended = FALSE;

  for (guint i = 0; i < self->agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->agenda->items, i);
      g_autoptr(GDateTime) start = styre_agenda_parse_time (item->actual_start);
      g_autoptr(GDateTime) end = styre_agenda_parse_time (item->actual_end);
      int index = styre_projector_find_item (self->projector, item->id);

      if (start == NULL || index < 0)
        continue;
      styre_projector_restore_times (self->projector, index, start, end);
      if (index > last_started)
        {
          last_started = index;
          last_ended = end != NULL;
        }
    }
  if (last_started < 0)
    return;
  if (last_ended)
    styre_projector_resume_after (self->projector, last_started);
  else
    {
      g_autoptr(GDateTime) now = styre_projector_now ();
      styre_projector_go_to (self->projector, last_started, now);
    }
}

/* ── charts ──────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64  item_id;
  guint   index;
  char   *chart_id;
  char   *filters;
  char   *as_of;
} ViewJob;

typedef struct
{
  gint64      meeting_id;      /* a held meeting: its snapshot */
  guint       generation;
  GPtrArray  *views;           /* of ViewJob: one item's */
} ChartJob;

typedef struct
{
  gint64      item_id;
  guint       index;
  StyreChart *chart;
  char       *error;
} ChartResult;

static void
view_job_free (gpointer data)
{
  ViewJob *v = data;

  g_free (v->chart_id);
  g_free (v->filters);
  g_free (v->as_of);
  g_free (v);
}

static void
chart_job_free (gpointer data)
{
  ChartJob *job = data;

  g_clear_pointer (&job->views, g_ptr_array_unref);
  g_free (job);
}

static void
chart_result_free (gpointer data)
{
  ChartResult *r = data;

  g_clear_pointer (&r->chart, styre_chart_unref);
  g_free (r->error);
  g_free (r);
}

/* Runs on a worker thread: one item's charts. */
static gpointer
charts_query (StyreStore  *store,
              gpointer     data,
              GError     **error)
{
  ChartJob *job = data;
  GPtrArray *results = g_ptr_array_new_with_free_func (chart_result_free);

  for (guint i = 0; i < job->views->len; i++)
    {
      ViewJob *v = g_ptr_array_index (job->views, i);
      ChartResult *r = g_new0 (ChartResult, 1);
      g_autoptr(GError) local_error = NULL;

      r->item_id = v->item_id;
      r->index = v->index;
      r->chart = styre_chart_view_prepare_for_meeting (store, v->chart_id, v->filters, v->as_of,
                                                       job->meeting_id, &local_error);
      if (r->chart == NULL)
        r->error = g_strdup (local_error ? local_error->message : "");
      g_ptr_array_add (results, r);
    }
  return results;
}

static void prepare_charts_from (StyreProjection *self,
                                 guint            generation,
                                 guint            start,
                                 guint            done);

typedef struct
{
  StyreProjection *self;
  guint            generation;
  guint            start;
  guint            done;
} ChainStep;

static void
charts_prepared_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ChainStep *step = user_data;
  StyreProjection *self = step->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = styre_gui_query_finish (result, &error);

  if (!self->stopped && step->generation == self->chart_generation && results != NULL)
    {
      gint64 current_id = 0;
      const StyreProjectorItem *pi =
        styre_projector_get_item (self->projector, styre_projector_get_current (self->projector));

      if (pi != NULL)
        current_id = pi->id;
      for (guint i = 0; i < results->len; i++)
        {
          ChartResult *r = g_ptr_array_index (results, i);
          styre_audience_set_chart (self->audience, r->item_id, r->index, r->chart, r->error);
          if (r->item_id == current_id || current_id == 0)
            {
              styre_audience_view_invalidate (self->audience_view);
              if (self->console != NULL)
                styre_presenter_console_refresh (self->console);
            }
        }
      prepare_charts_from (self, step->generation, step->start, step->done + 1);
    }
  g_object_unref (step->self);
  g_free (step);
}

/* Prepares the charts of item (@start + @done) mod n, then the next; the current item's
 * first, so what is on the screen is ready soonest. */
static void
prepare_charts_from (StyreProjection *self,
                     guint            generation,
                     guint            start,
                     guint            done)
{
  guint n = self->agenda ? self->agenda->items->len : 0;
  StyreAgendaItem *item;
  ChartJob *job;
  ChainStep *step;

  if (self->stopped || generation != self->chart_generation || done >= n)
    return;
  item = g_ptr_array_index (self->agenda->items, (start + done) % n);
  if (item->views->len == 0)
    {
      prepare_charts_from (self, generation, start, done + 1);
      return;
    }

  job = g_new0 (ChartJob, 1);
  job->generation = generation;
  job->meeting_id = is_held (self->agenda) ? self->agenda->id : 0;
  job->views = g_ptr_array_new_with_free_func (view_job_free);
  for (guint k = 0; k < item->views->len; k++)
    {
      StyreItemView *v = g_ptr_array_index (item->views, k);
      ViewJob *vj = g_new0 (ViewJob, 1);

      vj->item_id = item->id;
      vj->index = k;
      vj->chart_id = g_strdup (v->chart);
      vj->filters = g_strdup (v->filters);
      vj->as_of = g_strdup (v->as_of);
      g_ptr_array_add (job->views, vj);
    }
  step = g_new0 (ChainStep, 1);
  step->self = g_object_ref (self);
  step->generation = generation;
  step->start = start;
  step->done = done;
  styre_gui_query_async (self, self->store, charts_query, job, chart_job_free,
                         (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                         charts_prepared_cb, step);
}

static void
prepare_charts (StyreProjection *self)
{
  int current = MAX (0, styre_projector_get_current (self->projector));

  self->chart_generation++;
  self->charts_stale = FALSE;
  prepare_charts_from (self, self->chart_generation, (guint) current, 0);
}

/* ── the clock into the minutes ──────────────────────────────────────────────────────── */

/* Runs on a worker thread. */
static gboolean
write_times_op (StyreStore  *store,
                gpointer     data,
                GError     **error)
{
  GPtrArray *times = data;

  for (guint i = 0; i < times->len; i++)
    {
      StyreProjectorTimes *t = g_ptr_array_index (times, i);

      if (!styre_store_record_item_times (store, t->item_id, t->start, t->end, error))
        return FALSE;
    }
  return TRUE;
}

static void write_times (StyreProjection *self);

static void
times_written_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GError) error = NULL;

  self->writing_times = FALSE;
  if (!styre_meeting_run_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The meeting clock could not write the "
                                                    "times into the minutes: %s"),
                                                  error->message);
      styre_projection_toast (self, message);
    }
  write_times (self);
  g_object_unref (self);
}

/* Writes what is waiting, one batch at a time so the minutes get the times in order. */
static void
write_times (StyreProjection *self)
{
  GPtrArray *batch;

  if (self->writing_times || self->times_to_write->len == 0)
    return;
  batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_projector_times_free);
  g_ptr_array_extend_and_steal (batch, g_steal_pointer (&self->times_to_write));
  self->times_to_write = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_projector_times_free);
  self->writing_times = TRUE;
  styre_meeting_run_async (self, self->store, write_times_op, batch,
                           (GDestroyNotify) g_ptr_array_unref, times_written_cb,
                           g_object_ref (self));
}

/* After every step: the times that changed go to the minutes, when they are recorded. */
static void
record_times (StyreProjection *self)
{
  g_autoptr(GPtrArray) times = NULL;

  if (!self->recording || self->minutes_closed != NULL)
    return;
  times = styre_projector_take_unrecorded (self->projector);
  g_ptr_array_extend_and_steal (self->times_to_write, g_steal_pointer (&times));
  write_times (self);
}

/* ── actions ─────────────────────────────────────────────────────────────────────────── */

static void
stepped (StyreProjection *self)
{
  record_times (self);
  refresh (self);
}

static void
next_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GDateTime) now = styre_projector_now ();

  if (styre_projector_next (self->projector, now))
    stepped (self);
}

static void
previous_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GDateTime) now = styre_projector_now ();

  if (styre_projector_previous (self->projector, now))
    stepped (self);
}

static void
go_to_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GDateTime) now = styre_projector_now ();

  if (styre_projector_go_to (self->projector, g_variant_get_int32 (parameter), now))
    stepped (self);
}

static void
black_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  StyreProjection *self = user_data;

  styre_projector_toggle_black (self->projector);
  refresh (self);
}

static void
white_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  StyreProjection *self = user_data;

  styre_projector_toggle_white (self->projector);
  refresh (self);
}

static void
agenda_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StyreProjection *self = user_data;

  styre_projector_toggle_agenda (self->projector);
  refresh (self);
}

static void
chart_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  StyreProjection *self = user_data;
  int n = g_variant_get_int32 (parameter);

  if (n >= 1 && styre_projector_show_chart (self->projector, (guint) n))
    refresh (self);
}

typedef struct
{
  StyreProjection *self;
  gint64           item_id;
  gboolean         answered;
} UnlockJob;

static void
unlock_job_free (gpointer data,
                 GClosure *closure)
{
  UnlockJob *job = data;

  g_clear_object (&job->self);
  g_free (job);
}

/* Runs on a worker thread. */
static gboolean
unlock_op (StyreStore  *store,
           gpointer     data,
           GError     **error)
{
  return styre_store_audit_unlock (store, *(gint64 *) data, error);
}

static void
unlocked_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StyreProjection *self = STYRE_PROJECTION (object);
  gint64 item_id = GPOINTER_TO_SIZE (user_data);
  g_autoptr(GError) error = NULL;

  if (styre_meeting_run_finish (result, &error))
    {
      /* Shown only once the audit log has it. */
      if (!self->stopped)
        {
          styre_projector_unlock (self->projector, item_id);
          refresh (self);
        }
    }
  else if (!self->stopped)
    {
      g_autofree char *message = g_strdup_printf (_("The item stays hidden: %s"), error->message);
      styre_projection_toast (self, message);
    }
}

static GtkWindow *
console_toplevel (StyreProjection *self)
{
  return self->console_window ? self->console_window : self->audience_window;
}

static void
unlock_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  UnlockJob *job = user_data;

  /* One answer: closing the dialog afterwards is not another. */
  if (job->answered)
    return;
  job->answered = TRUE;
  if (g_str_equal (response, "show") && !job->self->stopped)
    {
      gint64 *id = g_memdup2 (&job->item_id, sizeof job->item_id);
      styre_meeting_run_async (job->self, job->self->store, unlock_op, id, g_free, unlocked_cb,
                               GSIZE_TO_POINTER ((gsize) job->item_id));
    }
}

/* The chair shows the current exempt item: confirmed, then logged, then shown. */
static void
unlock_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StyreProjection *self = user_data;
  int current = styre_projector_get_current (self->projector);
  const StyreProjectorItem *pi = styre_projector_get_item (self->projector, current);
  StyreAgendaItem *item = pi && self->agenda ? styre_agenda_find_item (self->agenda, pi->id) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  UnlockJob *job;

  if (item == NULL || styre_projector_is_visible (self->projector, current))
    return;
  name = item->case_number ? g_strdup_printf ("%s %s", item->case_number, item->title)
                           : g_strdup (item->title);
  body = g_strdup_printf (_("“%s” is exempt from public access (%s). Everyone who can see the "
                            "projector will see it, until you leave projector mode. That you "
                            "showed it is recorded in the file’s log."),
                          name, item->legal_basis ? item->legal_basis : "");
  dialog = adw_message_dialog_new (console_toplevel (self),
                                   _("Show the Exempt Item on the Projector?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Hidden"),
                                    "show", _("_Show on Projector"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "show",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  job = g_new0 (UnlockJob, 1);
  job->self = g_object_ref (self);
  job->item_id = item->id;
  g_signal_connect_data (dialog, "response", G_CALLBACK (unlock_response_cb), job,
                         unlock_job_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
leave_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  styre_projection_stop (user_data);
}

static void
toggle_console_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  StyreProjection *self = user_data;
  gboolean show;

  if (self->overlay_revealer == NULL)
    {
      if (self->console_window != NULL)
        gtk_window_present (self->console_window);
      return;
    }
  show = !gtk_revealer_get_reveal_child (GTK_REVEALER (self->overlay_revealer));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->overlay_revealer), show);
  gtk_widget_set_can_target (self->overlay_revealer, show);
  if (show)
    gtk_widget_grab_focus (GTK_WIDGET (self->console));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->audience_view));
}

static void
screen_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StyreProjection *self = user_data;
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  guint index = (guint) g_variant_get_int32 (parameter);
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, index);

  if (monitor == NULL)
    return;
  g_set_object (&self->chosen_monitor, monitor);
  arrange_windows (self);
}

static void
record_change_state (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  StyreProjection *self = user_data;
  gboolean on = g_variant_get_boolean (state);

  if (self->minutes_closed != NULL)
    on = FALSE;
  g_simple_action_set_state (action, g_variant_new_boolean (on));
  if (self->recording == on)
    return;
  self->recording = on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDING]);
  /* Switched on: what happened since the start goes in too. */
  record_times (self);
  refresh (self);
}

static const GActionEntry action_entries[] = {
  { "next", next_action },
  { "previous", previous_action },
  { "go-to", go_to_action, "i" },
  { "black", black_action },
  { "white", white_action },
  { "agenda", agenda_action },
  { "chart", chart_action, "i" },
  { "unlock", unlock_action },
  { "leave", leave_action },
  { "toggle-console", toggle_console_action },
  { "screen", screen_action, "i" },
  { "record", NULL, NULL, "false", record_change_state },
};

static void
update_actions (StyreProjection *self)
{
  int current = styre_projector_get_current (self->projector);
  const StyreProjectorItem *pi = styre_projector_get_item (self->projector, current);
  GAction *unlock = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "unlock");
  GAction *record = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "record");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (unlock),
                               pi != NULL && !styre_projector_is_visible (self->projector, current));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (record), self->minutes_closed == NULL);
}

/* ── keys ────────────────────────────────────────────────────────────────────────────── */

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        modifiers,
         const char            *action,
         GVariant              *argument)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (argument != NULL)
    gtk_shortcut_set_arguments (shortcut, argument);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The keys that presentation clickers and people use, on @window. */
static void
add_keys (StyreProjection *self,
          GtkWidget       *window)
{
  GtkEventController *capture = gtk_shortcut_controller_new ();
  GtkEventController *bubble = gtk_shortcut_controller_new ();
  GtkShortcutController *c = GTK_SHORTCUT_CONTROLLER (capture);
  GtkShortcutController *b = GTK_SHORTCUT_CONTROLLER (bubble);

  /* Clickers send Page Up and Page Down: they work even while someone types a note. */
  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (c, GTK_SHORTCUT_SCOPE_LOCAL);
  add_key (c, GDK_KEY_Page_Down, 0, "projector.next", NULL);
  add_key (c, GDK_KEY_Page_Up, 0, "projector.previous", NULL);
  add_key (c, GDK_KEY_KP_Page_Down, 0, "projector.next", NULL);
  add_key (c, GDK_KEY_KP_Page_Up, 0, "projector.previous", NULL);
  add_key (c, GDK_KEY_Tab, 0, "projector.toggle-console", NULL);

  /* The rest only when no text field takes the key. */
  gtk_event_controller_set_propagation_phase (bubble, GTK_PHASE_BUBBLE);
  add_key (b, GDK_KEY_Right, 0, "projector.next", NULL);
  add_key (b, GDK_KEY_space, 0, "projector.next", NULL);
  add_key (b, GDK_KEY_Return, 0, "projector.next", NULL);
  add_key (b, GDK_KEY_KP_Enter, 0, "projector.next", NULL);
  add_key (b, GDK_KEY_Down, 0, "projector.next", NULL);
  add_key (b, GDK_KEY_Left, 0, "projector.previous", NULL);
  add_key (b, GDK_KEY_BackSpace, 0, "projector.previous", NULL);
  add_key (b, GDK_KEY_Up, 0, "projector.previous", NULL);
  add_key (b, GDK_KEY_b, 0, "projector.black", NULL);
  add_key (b, GDK_KEY_B, GDK_SHIFT_MASK, "projector.black", NULL);
  add_key (b, GDK_KEY_period, 0, "projector.black", NULL);
  add_key (b, GDK_KEY_KP_Decimal, 0, "projector.black", NULL);
  add_key (b, GDK_KEY_w, 0, "projector.white", NULL);
  add_key (b, GDK_KEY_W, GDK_SHIFT_MASK, "projector.white", NULL);
  add_key (b, GDK_KEY_a, 0, "projector.agenda", NULL);
  add_key (b, GDK_KEY_A, GDK_SHIFT_MASK, "projector.agenda", NULL);
  add_key (b, GDK_KEY_Escape, 0, "projector.leave", NULL);
  for (int n = 1; n <= 9; n++)
    {
      add_key (b, GDK_KEY_0 + n, 0, "projector.chart", g_variant_new_int32 (n));
      add_key (b, GDK_KEY_KP_0 + n, 0, "projector.chart", g_variant_new_int32 (n));
    }

  gtk_widget_add_controller (window, capture);
  gtk_widget_add_controller (window, bubble);
}

/* ── the windows ─────────────────────────────────────────────────────────────────────── */

static gboolean
window_close_request_cb (GtkWindow       *window,
                         StyreProjection *self)
{
  styre_projection_stop (self);
  return TRUE;
}

/* The monitor Styre's own window is on: the laptop's, where the console goes. */
static GdkMonitor *
laptop_monitor (StyreProjection *self)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = NULL;
  g_autoptr(GdkMonitor) first = g_list_model_get_item (monitors, 0);

  if (self->main_window != NULL && gtk_widget_get_realized (GTK_WIDGET (self->main_window)))
    surface = gtk_native_get_surface (GTK_NATIVE (self->main_window));
  if (surface != NULL)
    {
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (display, surface);
      if (monitor != NULL)
        return monitor;
    }
  /* Not shown yet: a built-in panel is the laptop's. */
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) m = g_list_model_get_item (monitors, i);
      const char *connector = gdk_monitor_get_connector (m);

      if (connector != NULL && (g_str_has_prefix (connector, "eDP")
                                || g_str_has_prefix (connector, "LVDS")
                                || g_str_has_prefix (connector, "DSI")))
        return m;
    }
  return first;
}

static gboolean
monitor_present (GdkMonitor *monitor)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  for (guint i = 0; monitor != NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) m = g_list_model_get_item (monitors, i);
      if (m == monitor)
        return TRUE;
    }
  return FALSE;
}

/* The projector: the one chosen, or the first monitor that is not the laptop's. */
static GdkMonitor *
audience_monitor (StyreProjection *self,
                  GdkMonitor      *laptop)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  if (monitor_present (self->chosen_monitor))
    return self->chosen_monitor;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) m = g_list_model_get_item (monitors, i);
      if (m != laptop)
        return m;
    }
  return laptop;
}

static char *
describe_monitor (GdkMonitor *monitor,
                  GdkMonitor *laptop)
{
  GdkRectangle geometry;
  const char *name = gdk_monitor_get_model (monitor);

  gdk_monitor_get_geometry (monitor, &geometry);
  if (name == NULL || *name == '\0')
    name = gdk_monitor_get_connector (monitor);
  if (monitor == laptop)
    /* Translators: a screen in the projector's Screen menu: "Built-in display, 1280 × 800
     * (this screen)" */
    return g_strdup_printf (_("%s, %d × %d (this screen)"), name ? name : "", geometry.width,
                            geometry.height);
  /* Translators: a screen in the projector's Screen menu: "HDMI-1, 1920 × 1080" */
  return g_strdup_printf (_("%s, %d × %d"), name ? name : "", geometry.width, geometry.height);
}

static void
update_screen_menu (StyreProjection *self,
                    GdkMonitor      *laptop)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *current = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) m = g_list_model_get_item (monitors, i);
      g_autofree char *label = describe_monitor (m, laptop);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "projector.screen",
                                               g_variant_new_int32 ((int) i));
      g_menu_append_item (menu, item);
      if (m == self->audience_monitor)
        current = g_steal_pointer (&label);
    }
  styre_presenter_console_set_screens (self->console, G_MENU_MODEL (menu), current);
}

static GtkWindow *
make_console_window (StyreProjection *self,
                     GdkMonitor      *laptop)
{
  GtkWidget *window = adw_window_new ();
  GdkRectangle geometry;

  gdk_monitor_get_geometry (laptop, &geometry);
  gtk_window_set_title (GTK_WINDOW (window), _("Presenter Console"));
  gtk_window_set_default_size (GTK_WINDOW (window), MIN (1280, geometry.width),
                               MIN (800, geometry.height));
  if (self->main_window != NULL)
    gtk_window_set_application (GTK_WINDOW (window),
                                gtk_window_get_application (self->main_window));
  gtk_widget_insert_action_group (window, "projector", G_ACTION_GROUP (self->actions));
  add_keys (self, window);
  g_signal_connect (window, "close-request", G_CALLBACK (window_close_request_cb), self);
  return GTK_WINDOW (window);
}

/* Puts the audience window full screen on its monitor and the console where it belongs:
 * its own window on another monitor, or an overlay toggled with Tab when they share one. */
static void
arrange_windows (StyreProjection *self)
{
  GdkMonitor *laptop = laptop_monitor (self);
  GdkMonitor *target = audience_monitor (self, laptop);
  gboolean single = target == laptop;
  GdkRectangle geometry;

  if (self->stopped || self->audience_window == NULL)
    return;

  g_set_object (&self->audience_monitor, target);
  gdk_monitor_get_geometry (target, &geometry);
  gtk_window_set_default_size (self->audience_window, geometry.width, geometry.height);
  gtk_window_fullscreen_on_monitor (self->audience_window, target);

  if (single != self->single || gtk_widget_get_parent (GTK_WIDGET (self->console)) == NULL)
    {
      GtkWidget *console = g_object_ref (GTK_WIDGET (self->console));
      GtkWidget *parent = gtk_widget_get_parent (console);

      if (GTK_IS_REVEALER (parent))
        gtk_revealer_set_child (GTK_REVEALER (parent), NULL);
      else if (ADW_IS_WINDOW (parent))
        adw_window_set_content (ADW_WINDOW (parent), NULL);

      if (single)
        {
          if (self->console_window != NULL)
            gtk_window_destroy (g_steal_pointer (&self->console_window));
          gtk_revealer_set_child (GTK_REVEALER (self->overlay_revealer), console);
          gtk_revealer_set_reveal_child (GTK_REVEALER (self->overlay_revealer), FALSE);
          gtk_widget_set_can_target (self->overlay_revealer, FALSE);
          gtk_widget_set_visible (self->overlay_revealer, TRUE);
        }
      else
        {
          gtk_widget_set_visible (self->overlay_revealer, FALSE);
          self->console_window = make_console_window (self, laptop);
          adw_window_set_content (ADW_WINDOW (self->console_window), console);
          gtk_window_present (self->console_window);
          gtk_window_maximize (self->console_window);
        }
      styre_presenter_console_set_in_overlay (self->console, single);
      g_object_unref (console);
      self->single = single;
    }
  gtk_window_present (self->audience_window);
  update_screen_menu (self, laptop);
  refresh (self);
}

static void
monitors_changed_cb (GListModel      *monitors,
                     guint            position,
                     guint            removed,
                     guint            added,
                     StyreProjection *self)
{
  /* A projector plugged in or out: the windows go where they can. */
  arrange_windows (self);
}

static void
make_windows (StyreProjection *self)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *view = styre_audience_view_new ();
  GtkWidget *revealer = gtk_revealer_new ();
  g_autofree char *title = styre_agenda_get_display_title (self->agenda);
  g_autofree char *window_title = NULL;

  /* Translators: the audience window's title, in window lists: "Møte i Porteføljerådet —
   * projector" */
  window_title = g_strdup_printf (_("%s — Projector"), title);
  gtk_window_set_title (GTK_WINDOW (window), window_title);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_widget_add_css_class (window, "audience-window");
  if (self->main_window != NULL)
    gtk_window_set_application (GTK_WINDOW (window),
                                gtk_window_get_application (self->main_window));
  gtk_widget_insert_action_group (window, "projector", G_ACTION_GROUP (self->actions));
  add_keys (self, window);
  g_signal_connect (window, "close-request", G_CALLBACK (window_close_request_cb), self);

  styre_audience_view_set_audience (STYRE_AUDIENCE_VIEW (view), self->audience, self->projector);
  gtk_widget_set_focusable (view, TRUE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), view);
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_visible (revealer, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), revealer);
  gtk_window_set_child (GTK_WINDOW (window), overlay);

  self->audience_window = GTK_WINDOW (window);
  self->audience_view = STYRE_AUDIENCE_VIEW (view);
  self->overlay_revealer = revealer;
  self->console = STYRE_PRESENTER_CONSOLE (g_object_ref_sink (styre_presenter_console_new (self)));

  g_signal_connect_object (gdk_display_get_monitors (gdk_display_get_default ()), "items-changed",
                           G_CALLBACK (monitors_changed_cb), self, 0);
  arrange_windows (self);
  gtk_widget_grab_focus (view);
}

/* ── keeping up ──────────────────────────────────────────────────────────────────────── */

static void
refresh (StyreProjection *self)
{
  if (self->stopped || !self->loaded)
    return;
  update_actions (self);
  if (self->audience_view != NULL)
    styre_audience_view_invalidate (self->audience_view);
  if (self->console != NULL)
    styre_presenter_console_refresh (self->console);
}

static gboolean
tick_cb (gpointer data)
{
  StyreProjection *self = data;

  if (self->audience_view != NULL)
    styre_audience_view_tick (self->audience_view);
  if (self->console != NULL)
    styre_presenter_console_tick (self->console);
  return G_SOURCE_CONTINUE;
}

static void
take_loaded (StyreProjection *self,
             Loaded          *l)
{
  g_clear_pointer (&self->agenda, styre_agenda_unref);
  self->agenda = styre_agenda_ref (l->agenda);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  self->item_rows = g_hash_table_ref (l->rows);
  g_clear_pointer (&self->minutes_closed, g_free);
  self->minutes_closed = minutes_closed_reason (l->agenda, l->read_only);
  styre_audience_set_agenda (self->audience, self->agenda);
}

static void reload (StyreProjection *self);

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *l = styre_gui_query_finish (result, &error);
  gboolean views_changed = FALSE;

  self->reloading = FALSE;
  if (self->stopped)
    {
      g_clear_pointer (&l, loaded_free);
      g_object_unref (self);
      return;
    }
  if (l == NULL)
    {
      /* The meeting was deleted, or the file went away: say so, keep what is shown. */
      g_autofree char *message = g_strdup_printf (_("The meeting could not be read again: %s"),
                                                  error->message);
      styre_projection_toast (self, message);
    }
  else
    {
      g_autoptr(GDateTime) now = styre_projector_now ();

      /* Another chart on an item is another list of charts to prepare. */
      for (guint i = 0; i < l->agenda->items->len && !views_changed; i++)
        {
          StyreAgendaItem *item = g_ptr_array_index (l->agenda->items, i);
          StyreAgendaItem *was = styre_agenda_find_item (self->agenda, item->id);

          if (was == NULL || was->views->len != item->views->len)
            views_changed = TRUE;
          for (guint k = 0; was != NULL && k < item->views->len && !views_changed; k++)
            {
              StyreItemView *a = g_ptr_array_index (item->views, k);
              StyreItemView *b = g_ptr_array_index (was->views, k);
              views_changed = g_strcmp0 (a->chart, b->chart) != 0
                              || g_strcmp0 (a->filters, b->filters) != 0
                              || g_strcmp0 (a->as_of, b->as_of) != 0;
            }
        }
      if (g_strcmp0 (l->agenda->state, self->agenda->state) != 0)
        views_changed = TRUE;   /* held now: its snapshot */
      take_loaded (self, l);
      styre_projector_update_from_agenda (self->projector, self->agenda, now);
      if (views_changed)
        {
          styre_audience_clear_charts (self->audience);
          self->charts_stale = TRUE;
        }
      if (self->charts_stale)
        prepare_charts (self);
      if (self->minutes_closed != NULL && self->recording)
        g_action_group_change_action_state (G_ACTION_GROUP (self->actions), "record",
                                            g_variant_new_boolean (FALSE));
      /* Removing the current item moved the projector on: its start goes in too. */
      record_times (self);
      refresh (self);
      loaded_free (l);
    }
  if (self->reload_again)
    {
      self->reload_again = FALSE;
      reload (self);
    }
  g_object_unref (self);
}

static void
reload (StyreProjection *self)
{
  gint64 *id;

  if (self->reloading)
    {
      self->reload_again = TRUE;
      return;
    }
  self->reloading = TRUE;
  id = g_memdup2 (&self->meeting_id, sizeof self->meeting_id);
  styre_gui_query_async (self, self->store, load_query, id, g_free, loaded_free,
                         self->cancellable, reloaded_cb, g_object_ref (self));
}

static void
reload_timeout_cb (gpointer data)
{
  StyreProjection *self = data;

  self->reload_source = 0;
  reload (self);
}

/* Tables a meeting's record is kept in: a change there does not change a chart. */
static gboolean
only_meeting_tables (char **tables)
{
  static const char * const meeting_tables[] = {
    "agenda_item", "meeting", "participant", "agenda_item_guest", "attachment", "audit_log",
    "session", NULL
  };

  for (guint i = 0; tables != NULL && tables[i] != NULL; i++)
    if (!g_strv_contains (meeting_tables, tables[i]))
      return FALSE;
  return TRUE;
}

static void
store_changed_cb (StyreStore      *store,
                  char           **tables,
                  gboolean         local,
                  StyreProjection *self)
{
  if (self->stopped || !self->loaded)
    return;
  if (!only_meeting_tables (tables))
    self->charts_stale = TRUE;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add_once (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* ── starting ────────────────────────────────────────────────────────────────────────── */

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Projector Mode Could Not Start"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  StyreProjection *self = user_data;
  g_autoptr(GError) error = NULL;
  Loaded *l = styre_gui_query_finish (result, &error);
  GtkApplication *app;

  if (self->stopped)
    {
      g_clear_pointer (&l, loaded_free);
      g_object_unref (self);
      return;
    }
  if (l == NULL)
    {
      GtkWindow *parent = self->main_window;

      styre_projection_stop (self);
      /* After the stop, which brings Styre's window forward: the dialog goes on top. */
      if (parent != NULL)
        show_error (parent, error->message);
      g_object_unref (self);
      return;
    }

  take_loaded (self, l);
  loaded_free (l);
  self->projector = styre_projector_new_for_agenda (self->agenda);
  self->recording = self->minutes_closed == NULL && is_meeting_day (self->agenda);
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                          "record")),
                             g_variant_new_boolean (self->recording));
  /* On the meeting's day, a restarted projector goes on where the minutes say; a meeting
   * looked at another day starts from its agenda. */
  if (self->recording)
    restore_times (self);
  self->loaded = TRUE;

  make_windows (self);
  prepare_charts (self);
  self->tick_source = g_timeout_add_seconds (1, tick_cb, self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, 0);

  /* The screen must not go dark or lock while the room is looking at it. */
  app = self->main_window ? gtk_window_get_application (self->main_window) : NULL;
  if (app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, self->audience_window,
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Showing a meeting on the projector"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  g_object_unref (self);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_projection_dispose (GObject *object)
{
  StyreProjection *self = (StyreProjection *)object;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_weak_pointer (&self->main_window);
  g_clear_object (&self->console);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->projector);
  g_clear_object (&self->audience);
  g_clear_object (&self->audience_monitor);
  g_clear_object (&self->chosen_monitor);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->agenda, styre_agenda_unref);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  g_clear_pointer (&self->minutes_closed, g_free);
  g_clear_pointer (&self->times_to_write, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_projection_parent_class)->dispose (object);
}

static void
styre_projection_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyreProjection *self = STYRE_PROJECTION (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_RECORDING:
      g_value_set_boolean (value, self->recording);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_projection_class_init (StyreProjectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = styre_projection_dispose;
  object_class->get_property = styre_projection_get_property;

  /**
   * StyreProjection:loaded:
   *
   * The meeting has been read and the windows are shown.
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * StyreProjection:recording:
   *
   * Whether the items' actual times are written into the minutes.
   */
  properties[PROP_RECORDING] =
    g_param_spec_boolean ("recording", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_projection_init (StyreProjection *self)
{
  self->cancellable = g_cancellable_new ();
  self->audience = styre_audience_new ();
  self->times_to_write = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_projector_times_free);
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

static void
main_window_destroyed_cb (StyreProjection *self)
{
  g_clear_weak_pointer (&self->main_window);
  styre_projection_stop (self);
}

/**
 * styre_projection_start:
 * @main_window: Styre's window with the file; the console goes on its monitor
 * @meeting_id: the meeting to show
 *
 * Starts projector mode: reads the meeting on a worker thread, then opens the audience
 * window and the console. A projection already running from @main_window is stopped
 * first.
 *
 * Returns: (transfer none): the projection; it lives until it is stopped
 */
StyreProjection *
styre_projection_start (GtkWindow  *main_window,
                        StyreStore *store,
                        gint64      meeting_id)
{
  StyreProjection *running;
  StyreProjection *self;
  gint64 *id;

  g_return_val_if_fail (GTK_IS_WINDOW (main_window), NULL);
  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  running = styre_projection_get_for_window (main_window);
  if (running != NULL && running->meeting_id == meeting_id && !running->stopped)
    {
      if (running->audience_window != NULL)
        gtk_window_present (running->audience_window);
      if (running->console_window != NULL)
        gtk_window_present (running->console_window);
      return running;
    }
  if (running != NULL)
    styre_projection_stop (running);

  self = g_object_new (STYRE_TYPE_PROJECTION, NULL);
  g_set_weak_pointer (&self->main_window, main_window);
  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  g_object_set_data_full (G_OBJECT (main_window), DATA_KEY, self, g_object_unref);
  g_signal_connect_object (main_window, "destroy", G_CALLBACK (main_window_destroyed_cb), self,
                           G_CONNECT_SWAPPED);

  id = g_memdup2 (&meeting_id, sizeof meeting_id);
  styre_gui_query_async (self, store, load_query, id, g_free, loaded_free, self->cancellable,
                         loaded_cb, g_object_ref (self));
  return self;
}

/**
 * styre_projection_get_for_window:
 *
 * Returns: (transfer none) (nullable): the projection started from @main_window
 */
StyreProjection *
styre_projection_get_for_window (GtkWindow *main_window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (main_window), NULL);
  return g_object_get_data (G_OBJECT (main_window), DATA_KEY);
}

/**
 * styre_projection_stop:
 *
 * Leaves projector mode: the current item ends now (in the minutes), the note being
 * typed is saved, the windows close and Styre's window comes forward.
 */
void
styre_projection_stop (StyreProjection *self)
{
  g_autoptr(StyreProjection) keep = NULL;
  GtkApplication *app;

  g_return_if_fail (STYRE_IS_PROJECTION (self));

  if (self->stopped)
    return;
  keep = g_object_ref (self);

  if (self->loaded)
    {
      g_autoptr(GDateTime) now = styre_projector_now ();

      styre_projector_finish (self->projector, now);
      record_times (self);
    }
  if (self->console != NULL)
    styre_presenter_console_flush (self->console);
  self->stopped = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->store, self);
  g_signal_handlers_disconnect_by_data (gdk_display_get_monitors (gdk_display_get_default ()),
                                        self);

  app = self->main_window ? gtk_window_get_application (self->main_window) : NULL;
  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (self->console_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->console_window));
  if (self->audience_window != NULL)
    gtk_window_destroy (g_steal_pointer (&self->audience_window));
  self->audience_view = NULL;
  self->overlay_revealer = NULL;

  if (self->main_window != NULL)
    {
      gtk_window_present (self->main_window);
      if (g_object_get_data (G_OBJECT (self->main_window), DATA_KEY) == self)
        g_object_set_data (G_OBJECT (self->main_window), DATA_KEY, NULL);
    }
}

gint64
styre_projection_get_meeting_id (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), 0);
  return self->meeting_id;
}

/**
 * styre_projection_get_store:
 *
 * Returns: (transfer none): the file
 */
StyreStore *
styre_projection_get_store (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->store;
}

/**
 * styre_projection_get_projector:
 *
 * Returns: (transfer none) (nullable): the item and clock state, once loaded
 */
StyreProjector *
styre_projection_get_projector (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->projector;
}

/**
 * styre_projection_get_audience:
 *
 * Returns: (transfer none): what the audience screen draws
 */
StyreAudience *
styre_projection_get_audience (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->audience;
}

/**
 * styre_projection_get_agenda:
 *
 * Returns: (transfer none) (nullable): the meeting as last read
 */
StyreAgenda *
styre_projection_get_agenda (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->agenda;
}

/**
 * styre_projection_get_item_row:
 *
 * Returns: (transfer none) (nullable): the item's row as last read, for editing
 */
StyreRow *
styre_projection_get_item_row (StyreProjection *self,
                               gint64           item_id)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->item_rows ? g_hash_table_lookup (self->item_rows, &item_id) : NULL;
}

/* Whether the decision and notes can be written into the minutes now. */
gboolean
styre_projection_get_minutes_open (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), FALSE);
  return self->loaded && self->minutes_closed == NULL;
}

/**
 * styre_projection_get_minutes_closed_reason:
 *
 * Returns: (nullable): why nothing can be written into the minutes, or %NULL
 */
const char *
styre_projection_get_minutes_closed_reason (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->minutes_closed;
}

gboolean
styre_projection_get_recording (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), FALSE);
  return self->recording;
}

/* Whether the console is an overlay on the audience window (one monitor). */
gboolean
styre_projection_get_single_screen (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), FALSE);
  return self->single;
}

/* The audience monitor's size, for the console's preview. */
void
styre_projection_get_screen_size (StyreProjection *self,
                                  int             *width,
                                  int             *height)
{
  GdkRectangle geometry = { 0, 0, 1920, 1080 };

  g_return_if_fail (STYRE_IS_PROJECTION (self));

  if (self->audience_monitor != NULL)
    gdk_monitor_get_geometry (self->audience_monitor, &geometry);
  *width = geometry.width;
  *height = geometry.height;
}

/**
 * styre_projection_get_audience_monitor:
 *
 * Returns: (transfer none) (nullable): the monitor the audience window is on
 */
GdkMonitor *
styre_projection_get_audience_monitor (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->audience_monitor;
}

/**
 * styre_projection_get_audience_window:
 *
 * Returns: (transfer none) (nullable): the audience window
 */
GtkWindow *
styre_projection_get_audience_window (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->audience_window;
}

/**
 * styre_projection_get_console_window:
 *
 * Returns: (transfer none) (nullable): the console's window; %NULL when the console is an
 *   overlay on the audience window
 */
GtkWindow *
styre_projection_get_console_window (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->console_window;
}

/**
 * styre_projection_get_console:
 *
 * Returns: (transfer none) (nullable): the presenter console
 */
GtkWidget *
styre_projection_get_console (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->console ? GTK_WIDGET (self->console) : NULL;
}

/**
 * styre_projection_get_audience_view:
 *
 * Returns: (transfer none) (nullable): what draws the audience window
 */
GtkWidget *
styre_projection_get_audience_view (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), NULL);
  return self->audience_view ? GTK_WIDGET (self->audience_view) : NULL;
}

gboolean
styre_projection_get_loaded (StyreProjection *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTION (self), FALSE);
  return self->loaded && !self->stopped;
}

/* Tells the chair something on the console (never on the audience screen). */
void
styre_projection_toast (StyreProjection *self,
                        const char      *message)
{
  g_return_if_fail (STYRE_IS_PROJECTION (self));

  if (self->console != NULL)
    styre_presenter_console_toast (self->console, message);
}
