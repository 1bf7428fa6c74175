/* styre-dashboard-page.c — the portfolio's health at a glance, in charts
 *
 * A grid of chart cards in a named layout that the file keeps for everyone (Ledermøte,
 * Porteføljeråd); filters for agency, focus area, kind, method and phase; and a date or a
 * held meeting to show the portfolio as it stood then. The charts' data is read on a
 * worker thread (styre_gui_query_async); the page keeps its cards, their order and the
 * scroll position when it reads again after a change to the file. Cards can be added,
 * sized, moved and removed; the layout is saved with the version check of every edit, and
 * a conflict is settled in the conflict dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "styre-chart-card.h"
#include "styre-chart-view.h"
#include "styre-conflict-dialog.h"
#include "styre-dashboard-grid.h"
#include "styre-dashboard-layout.h"
#include "styre-dashboard-page.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-save.h"
#include "styre-merge.h"

/* The smallest text of the charts at 1920 pixels across; more on a bigger window. */
#define BASE_FONT_SIZE 18.0

struct _StyreDashboardPage
{
  AdwBin              parent_instance;

  GSettings          *settings;
  StyreStore         *store;
  StyreChartQuery     query;
  StyreChartChoices   choices;
  GPtrArray          *layouts;          /* of StyreDashboardLayout, as last read */
  char               *layout_name;      /* NULL: the built-in cards */
  StyreRow           *layout_row;       /* the layout's row as read, for a conflict */
  gboolean            modified;
  gboolean            standard;         /* the built-in cards were chosen */
  gboolean            loading;
  gboolean            loaded_once;
  gboolean            disposed;         /* a read or save still running finds it gone */
  guint               generation;       /* of the latest read; older results are dropped */
  guint               n_initiatives;
  double              font_size;
  guint               font_idle;
  gboolean            updating;         /* widgets set from code, not by the person */
  StyreChartCard     *enlarged;
  StyreChartCard     *enlarged_from;
  GtkNativeDialog    *chooser;
  GtkStringList      *layout_names;
  GPtrArray          *agency_codes;     /* per item of the agency filter; [0] NULL */
  GPtrArray          *focus_names;
  GtkDropDown        *agency_dropdown;
  GtkDropDown        *focus_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *method_dropdown;
  GtkDropDown        *phase_dropdown;

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  GtkDropDown        *layout_dropdown;
  GtkMenuButton      *filter_button;
  GtkLabel           *filter_label;
  GtkMenuButton      *as_of_button;
  GtkLabel           *as_of_label;
  GtkWidget          *save_button;
  GtkMenuButton      *add_button;
  GtkRevealer        *as_of_revealer;
  GtkLabel           *as_of_bar_label;
  GtkStack           *view_stack;
  GtkScrolledWindow  *grid_scroller;
  StyreDashboardGrid *grid;
  GtkWidget          *zoom_box;
  AdwBin             *focus_slot;
  GtkPopover         *filter_popover;
  GtkGrid            *filter_grid;
  GtkPopover         *as_of_popover;
  GtkCalendar        *as_of_calendar;
  GtkListBox         *meetings_list;
};

G_DEFINE_FINAL_TYPE (StyreDashboardPage, styre_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_INITIATIVES,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (StyreDashboardPage *self,
                    gboolean            adopt_layout,
                    int                 only);

/* ── reading on a worker thread ──────────────────────────────────────────────────────── */

typedef struct
{
  guint            generation;
  char            *layout_name;
  gboolean         adopt_layout;   /* take the cards of the layout as saved */
  gboolean         standard;       /* the built-in cards, not the first layout */
  GPtrArray       *cards;          /* otherwise these */
  StyreChartQuery  query;
  int              only;           /* prepare only this card, or -1 for all */
} LoadInput;

typedef struct
{
  guint              generation;
  gboolean           adopt_layout;
  int                only;
  StyreChartChoices  choices;
  GPtrArray         *layouts;
  char              *layout_name;
  char              *problem;      /* the layout could not be read: why */
  StyreRow          *row;
  GPtrArray         *cards;
  GPtrArray         *charts;       /* of StyreChart, NULL where it failed */
  GPtrArray         *errors;       /* of char *, NULL where it worked */
  guint              n_initiatives;
} LoadOutput;

static void
load_input_free (gpointer data)
{
  LoadInput *in = data;

  g_free (in->layout_name);
  g_clear_pointer (&in->cards, g_ptr_array_unref);
  styre_chart_query_clear (&in->query);
  g_free (in);
}

static void
load_output_free (gpointer data)
{
  LoadOutput *out = data;

  styre_chart_choices_clear (&out->choices);
  g_clear_pointer (&out->layouts, g_ptr_array_unref);
  g_free (out->layout_name);
  g_free (out->problem);
  g_clear_pointer (&out->row, styre_row_unref);
  g_clear_pointer (&out->cards, g_ptr_array_unref);
  g_clear_pointer (&out->charts, g_ptr_array_unref);
  g_clear_pointer (&out->errors, g_ptr_array_unref);
  g_free (out);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadOutput, load_output_free)

static StyreChart *
prepare_card (StyreStore               *store,
              const StyreDashboardCard *card,
              const StyreChartQuery    *query,
              StyreChartCache          *cache,
              GError                  **error)
{
  g_auto(StyreChartQuery) q = { 0 };
  StyreChartKind kind;

  if (!styre_chart_kind_from_id (card->chart, &kind))
    return NULL;
  styre_chart_query_init (&q);
  styre_chart_query_copy (query, &q);
  if (!styre_chart_query_set_filters_json (&q, card->filters, error))
    return NULL;
  return styre_chart_prepare_cached (store, kind, &q, cache, error);
}

/* Runs on a worker thread. */
static gpointer
query_dashboard (StyreStore  *store,
                 gpointer     data,
                 GError     **error)
{
  LoadInput *in = data;
  g_autoptr(LoadOutput) out = g_new0 (LoadOutput, 1);
  g_autoptr(StyreChartCache) cache = styre_chart_cache_new ();
  const StyreDashboardLayout *layout = NULL;

  out->generation = in->generation;
  out->adopt_layout = in->adopt_layout;
  out->only = in->only;

  if (in->only < 0)
    {
      gint64 n;

      out->layouts = styre_store_list_dashboard_layouts (store, error);
      if (out->layouts == NULL || !styre_store_get_chart_choices (store, &out->choices, error))
        return NULL;
      n = styre_store_count_rows (store, "initiative", error);
      if (n < 0)
        return NULL;
      out->n_initiatives = (guint) n;

      /* The layout asked for, the first there is, or none (the built-in cards). */
      for (guint i = 0; in->layout_name != NULL && i < out->layouts->len; i++)
        {
          const StyreDashboardLayout *l = g_ptr_array_index (out->layouts, i);
          if (g_str_equal (l->name, in->layout_name))
            layout = l;
        }
      if (layout == NULL && in->adopt_layout && !in->standard && out->layouts->len > 0)
        layout = g_ptr_array_index (out->layouts, 0);
      if (layout != NULL)
        {
          out->layout_name = g_strdup (layout->name);
          out->row = styre_store_read_row (store, "dashboard_layout", layout->id, NULL);
        }
    }

  if (!in->adopt_layout && in->cards != NULL)
    out->cards = styre_dashboard_cards_copy (in->cards);
  else if (layout != NULL && layout->cards != NULL)
    out->cards = styre_dashboard_cards_copy (layout->cards);
  else
    {
      if (layout != NULL)
        out->problem = g_strdup (layout->problem);
      out->cards = styre_dashboard_default_cards ();
    }

  out->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_chart_unref);
  out->errors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < out->cards->len; i++)
    {
      g_autoptr(GError) problem = NULL;
      StyreChart *chart = NULL;

      if (in->only < 0 || (guint) in->only == i)
        chart = prepare_card (store, g_ptr_array_index (out->cards, i), &in->query, cache,
                              &problem);
      g_ptr_array_add (out->charts, chart);
      g_ptr_array_add (out->errors, problem ? g_strdup (problem->message) : NULL);
    }
  return g_steal_pointer (&out);
}

/* ── cards ───────────────────────────────────────────────────────────────────────────── */

static GPtrArray *
current_cards (StyreDashboardPage *self)
{
  GPtrArray *cards = styre_dashboard_cards_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (cards, styre_dashboard_card_copy (styre_chart_card_get_card (STYRE_CHART_CARD (child))));
  return cards;
}

static void
update_save_state (StyreDashboardPage *self)
{
  gboolean have_store = self->store != NULL && !styre_store_is_read_only (self->store);
  gboolean saved_layout = self->layout_name != NULL;

  gtk_widget_set_visible (self->save_button, self->modified && have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.save", self->modified && have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.save-as", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.revert", self->modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.delete-layout",
                                 saved_layout && have_store);
}

static void
set_modified (StyreDashboardPage *self,
              gboolean            modified)
{
  self->modified = modified;
  update_save_state (self);
}

static void
show_toast (StyreDashboardPage *self,
            const char         *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_problem (StyreDashboardPage *self,
              const char         *heading,
              const char         *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void card_enlarge_cb (StyreDashboardPage *self, StyreChartCard *card);
static void card_export_cb (StyreDashboardPage *self, StyreChartCard *card);
static void card_move_cb (StyreDashboardPage *self, int delta, StyreChartCard *card);
static void card_remove_cb (StyreDashboardPage *self, StyreChartCard *card);

static void
card_size_cb (StyreDashboardPage *self)
{
  set_modified (self, TRUE);
}

static StyreChartCard *
add_card (StyreDashboardPage       *self,
          const StyreDashboardCard *card)
{
  StyreChartCard *widget = styre_chart_card_new (card);

  styre_chart_card_set_font_size (widget, self->font_size);
  styre_chart_card_set_editable (widget, self->store != NULL
                                         && !styre_store_is_read_only (self->store));
  g_signal_connect_object (widget, "enlarge", G_CALLBACK (card_enlarge_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "export", G_CALLBACK (card_export_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "move", G_CALLBACK (card_move_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "remove", G_CALLBACK (card_remove_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (widget, "notify::size", G_CALLBACK (card_size_cb), self,
                           G_CONNECT_SWAPPED);
  styre_dashboard_grid_append (self->grid, GTK_WIDGET (widget));
  return widget;
}

static void
set_cards (StyreDashboardPage *self,
           GPtrArray          *cards)
{
  g_autoptr(GPtrArray) now = current_cards (self);

  /* The same cards: keep the widgets, so nothing moves under the person's eyes. */
  if (styre_dashboard_cards_equal (now, cards))
    return;
  styre_dashboard_grid_remove_all (self->grid);
  for (guint i = 0; i < cards->len; i++)
    add_card (self, g_ptr_array_index (cards, i));
}

/* ── showing what was read ───────────────────────────────────────────────────────────── */

static void
update_layout_dropdown (StyreDashboardPage *self)
{
  guint selected = 0;

  self->updating = TRUE;
  gtk_string_list_splice (self->layout_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->layout_names)), NULL);
  if (self->layouts == NULL || self->layouts->len == 0 || self->layout_name == NULL)
    /* Translators: the built-in dashboard layout of a file that has none of its own */
    gtk_string_list_append (self->layout_names, _("Standard"));
  for (guint i = 0; self->layouts != NULL && i < self->layouts->len; i++)
    {
      const StyreDashboardLayout *l = g_ptr_array_index (self->layouts, i);

      gtk_string_list_append (self->layout_names, l->name);
      if (g_strcmp0 (l->name, self->layout_name) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (self->layout_names)) - 1;
    }
  gtk_drop_down_set_selected (self->layout_dropdown, selected);
  self->updating = FALSE;
}

static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *all,
               GPtrArray   *labels,
               int          selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (guint i = 0; labels != NULL && i < labels->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (labels, i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected >= 0 ? (guint) selected : 0);
}

static int
index_of (GPtrArray  *values,
          const char *value)
{
  for (guint i = 1; value != NULL && values != NULL && i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), value) == 0)
      return (int) i;
  return 0;
}

static void
update_filter_choices (StyreDashboardPage *self)
{
  g_autoptr(GPtrArray) agency_labels = g_ptr_array_new_with_free_func (g_free);

  self->updating = TRUE;
  g_ptr_array_set_size (self->agency_codes, 0);
  g_ptr_array_add (self->agency_codes, NULL);
  for (guint i = 0; self->choices.agencies && i < self->choices.agencies->len; i++)
    {
      const StyreChartAgency *a = g_ptr_array_index (self->choices.agencies, i);

      g_ptr_array_add (self->agency_codes, g_strdup (a->code));
      g_ptr_array_add (agency_labels, g_strdup (a->name));
    }
  fill_dropdown (self->agency_dropdown, _("All agencies"), agency_labels,
                 index_of (self->agency_codes, self->query.agency));

  g_ptr_array_set_size (self->focus_names, 0);
  g_ptr_array_add (self->focus_names, NULL);
  for (guint i = 0; self->choices.focus_areas && i < self->choices.focus_areas->len; i++)
    g_ptr_array_add (self->focus_names, g_strdup (g_ptr_array_index (self->choices.focus_areas, i)));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();

    for (guint i = 1; i < self->focus_names->len; i++)
      g_ptr_array_add (labels, g_ptr_array_index (self->focus_names, i));
    fill_dropdown (self->focus_dropdown, _("All focus areas"), labels,
                   index_of (self->focus_names, self->query.focus_area));
  }
  self->updating = FALSE;
}

static void
meeting_row_activated_cb (StyreDashboardPage *self,
                          GtkListBoxRow      *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id"));

  gtk_popover_popdown (self->as_of_popover);
  styre_dashboard_page_set_as_of_meeting (self, id);
}

static void
update_meetings (StyreDashboardPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->meetings_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->meetings_list, child);

  for (guint i = 0; self->choices.meetings && i < self->choices.meetings->len; i++)
    {
      const StyreChartMeeting *m = g_ptr_array_index (self->choices.meetings, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->label);
      if (m->has_snapshot)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     _("The portfolio as frozen when it was held"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "meeting-id", GSIZE_TO_POINTER ((gsize) m->id));
      gtk_list_box_append (self->meetings_list, row);
    }
}

static const StyreChartMeeting *
find_meeting (StyreDashboardPage *self,
              gint64              id)
{
  for (guint i = 0; self->choices.meetings && i < self->choices.meetings->len; i++)
    {
      const StyreChartMeeting *m = g_ptr_array_index (self->choices.meetings, i);
      if (m->id == id)
        return m;
    }
  return NULL;
}

static void
update_as_of_labels (StyreDashboardPage *self)
{
  const StyreChartMeeting *meeting = find_meeting (self, self->query.meeting_id);
  g_autofree char *button = NULL;
  g_autofree char *bar = NULL;

  if (meeting != NULL)
    {
      button = g_strdup (meeting->label);
      bar = g_strdup_printf (meeting->has_snapshot
                             /* Translators: the strip above the dashboard when it shows an
                              * earlier meeting, e.g. "The portfolio as the leaders saw it at
                              * Ledergruppen, 12 March 2026: …" */
                             ? _("The portfolio as the leaders saw it at %s: the status, frames "
                                 "and budgets frozen when the meeting was held.")
                             : _("The portfolio as it stood at %s."),
                             meeting->label);
    }
  else if (self->query.as_of != NULL)
    {
      g_autofree char *date = styre_format_date_long (self->query.as_of);

      button = styre_format_date (self->query.as_of);
      /* Translators: the strip above the dashboard when it shows an earlier day */
      bar = g_strdup_printf (_("The portfolio as it stood on %s: reports, frames, budgets and "
                               "decisions made after that day are not shown."), date);
    }
  else
    button = g_strdup (_("Today"));

  gtk_label_set_text (self->as_of_label, button);
  gtk_label_set_text (self->as_of_bar_label, bar ? bar : "");
  gtk_revealer_set_reveal_child (self->as_of_revealer, bar != NULL);
}

static void
update_filter_label (StyreDashboardPage *self)
{
  guint n = (self->query.agency != NULL) + (self->query.focus_area != NULL)
            + (self->query.kind != NULL) + (self->query.method != NULL)
            + (self->query.phase != NULL);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("Filters"));
  else
    /* Translators: the filter button when some are set, e.g. "Filters (2)" */
    text = g_strdup_printf (_("Filters (%u)"), n);
  gtk_label_set_text (self->filter_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.clear-filters", n > 0);
}

static void
set_loading (StyreDashboardPage *self,
             gboolean            loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    styre_chart_card_set_loading (STYRE_CHART_CARD (child), loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
apply (StyreDashboardPage *self,
       LoadOutput         *out)
{
  guint i = 0;

  if (out->only < 0)
    {
      styre_chart_choices_clear (&self->choices);
      self->choices = out->choices;
      memset (&out->choices, 0, sizeof out->choices);
      g_clear_pointer (&self->layouts, g_ptr_array_unref);
      self->layouts = g_steal_pointer (&out->layouts);
      if (out->adopt_layout)
        {
          g_free (self->layout_name);
          self->layout_name = g_steal_pointer (&out->layout_name);
          g_clear_pointer (&self->layout_row, styre_row_unref);
          self->layout_row = g_steal_pointer (&out->row);
          if (self->layout_name != NULL)
            g_settings_set_string (self->settings, "dashboard-layout", self->layout_name);
          set_cards (self, out->cards);
          set_modified (self, FALSE);
        }
      update_layout_dropdown (self);
      update_filter_choices (self);
      update_meetings (self);
      update_as_of_labels (self);
      update_filter_label (self);
      if (out->problem != NULL)
        {
          /* Translators: e.g. "The layout “Ledermøte” cannot be read: …; the standard
           * cards are shown." */
          g_autofree char *text = g_strdup_printf (_("The layout “%s” cannot be read: %s The "
                                                     "standard cards are shown."),
                                                   self->layout_name, out->problem);
          show_toast (self, text);
        }
      if (self->n_initiatives != out->n_initiatives)
        {
          self->n_initiatives = out->n_initiatives;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_INITIATIVES]);
        }
      gtk_stack_set_visible_child_name (self->stack, self->n_initiatives > 0 ? "content"
                                                                             : "empty");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid));
       child != NULL && i < out->charts->len; child = gtk_widget_get_next_sibling (child), i++)
    {
      StyreChartCard *card = STYRE_CHART_CARD (child);
      StyreChart *chart = g_ptr_array_index (out->charts, i);
      const char *error = g_ptr_array_index (out->errors, i);

      if (out->only >= 0 && (guint) out->only != i)
        continue;
      if (chart != NULL)
        styre_chart_card_set_chart (card, chart);
      else if (error != NULL)
        styre_chart_card_set_error (card, error);
      if (card == self->enlarged_from && self->enlarged != NULL)
        {
          if (chart != NULL)
            styre_chart_card_set_chart (self->enlarged, chart);
          else if (error != NULL)
            styre_chart_card_set_error (self->enlarged, error);
        }
    }
  set_loading (self, FALSE);
  self->loaded_once = TRUE;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadOutput) out = styre_gui_query_finish (result, &error);
  StyreDashboardPage *self = g_task_get_source_object (task);

  if (self->disposed)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "closed");
      return;
    }
  if (out == NULL)
    {
      if (self->generation == GPOINTER_TO_UINT (g_task_get_task_data (task)))
        set_loading (self, FALSE);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A newer read is on its way: this one's data is already old. */
  if (out->generation == self->generation)
    apply (self, out);
  g_task_return_boolean (task, TRUE);
}

static void
start_load (StyreDashboardPage  *self,
            gboolean             adopt_layout,
            int                  only,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  LoadInput *in = g_new0 (LoadInput, 1);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, start_load);
  in->generation = ++self->generation;
  g_task_set_task_data (task, GUINT_TO_POINTER (in->generation), NULL);
  in->layout_name = g_strdup (self->layout_name);
  in->adopt_layout = adopt_layout;
  in->standard = self->standard;
  if (!adopt_layout)
    in->cards = current_cards (self);
  styre_chart_query_init (&in->query);
  styre_chart_query_copy (&self->query, &in->query);
  in->only = only;
  if (only < 0)
    set_loading (self, TRUE);
  styre_gui_query_async (self, self->store, query_dashboard, in, load_input_free,
                         load_output_free, cancellable, loaded_cb, task);
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (object);

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, error->message);
}

/* Reads again for the filters, the day or the cards the page has now. */
static void
reload (StyreDashboardPage *self,
        gboolean            adopt_layout,
        int                 only)
{
  if (self->store == NULL)
    return;
  start_load (self, adopt_layout, only, NULL, reloaded_cb, NULL);
}

/* ── filters and the day ─────────────────────────────────────────────────────────────── */

static const char *
vocabulary_choice (GtkDropDown     *dropdown,
                   StyreVocabulary  vocabulary)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char * const *ids = styre_vocabulary_ids (vocabulary);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return ids[selected - 1];
}

static void
filter_changed_cb (StyreDashboardPage *self)
{
  guint agency = gtk_drop_down_get_selected (self->agency_dropdown);
  guint focus = gtk_drop_down_get_selected (self->focus_dropdown);

  if (self->updating)
    return;
  g_free (self->query.agency);
  self->query.agency = agency > 0 && agency < self->agency_codes->len
                       ? g_strdup (g_ptr_array_index (self->agency_codes, agency)) : NULL;
  g_free (self->query.focus_area);
  self->query.focus_area = focus > 0 && focus < self->focus_names->len
                           ? g_strdup (g_ptr_array_index (self->focus_names, focus)) : NULL;
  g_free (self->query.kind);
  self->query.kind = g_strdup (vocabulary_choice (self->kind_dropdown,
                                                  STYRE_VOCAB_INITIATIVE_KIND));
  g_free (self->query.method);
  self->query.method = g_strdup (vocabulary_choice (self->method_dropdown, STYRE_VOCAB_METHOD));
  g_free (self->query.phase);
  self->query.phase = g_strdup (vocabulary_choice (self->phase_dropdown, STYRE_VOCAB_PHASE));
  update_filter_label (self);
  reload (self, FALSE, -1);
}

static GtkDropDown *
add_filter_row (StyreDashboardPage *self,
                int                 row,
                const char         *label,
                StyreVocabulary     vocabulary,
                const char         *all)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkDropDown *dropdown;

  if ((int) vocabulary >= 0)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
      const char * const *ids = styre_vocabulary_ids (vocabulary);

      gtk_string_list_append (list, all);
      for (guint i = 0; ids[i] != NULL; i++)
        gtk_string_list_append (list, styre_vocabulary_label (vocabulary, ids[i]));
      dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
    }
  else
    dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), GTK_WIDGET (dropdown));
  gtk_widget_set_hexpand (GTK_WIDGET (dropdown), TRUE);
  gtk_grid_attach (self->filter_grid, title, 0, row, 1, 1);
  gtk_grid_attach (self->filter_grid, GTK_WIDGET (dropdown), 1, row, 1, 1);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return dropdown;
}

static void
calendar_day_selected_cb (StyreDashboardPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->as_of_calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  if (self->updating)
    return;
  gtk_popover_popdown (self->as_of_popover);
  styre_dashboard_page_set_as_of (self, iso);
}

static void
switch_layout (StyreDashboardPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->layout_dropdown);
  g_autoptr(GtkStringObject) item = NULL;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->layout_names), selected);
  styre_dashboard_page_set_layout_name (self, gtk_string_object_get_string (item));
}

static void
discard_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     StyreDashboardPage *self)
{
  if (g_str_equal (response, "discard"))
    switch_layout (self);
  else
    update_layout_dropdown (self);
}

static void
layout_selected_cb (StyreDashboardPage *self)
{
  GtkWidget *dialog;

  if (self->updating)
    return;
  if (!self->modified)
    {
      switch_layout (self);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Discard Changes to the Layout?"),
                                   _("The cards were added, moved or sized since the layout was "
                                     "saved. Showing another layout drops those changes."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── actions ─────────────────────────────────────────────────────────────────────────── */

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);

  gtk_popover_popdown (self->as_of_popover);
  styre_dashboard_page_set_as_of (self, NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->agency_dropdown, 0);
  gtk_drop_down_set_selected (self->focus_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->method_dropdown, 0);
  gtk_drop_down_set_selected (self->phase_dropdown, 0);
  self->updating = FALSE;
  filter_changed_cb (self);
}

static void
add_chart_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  g_autoptr(StyreDashboardCard) card = NULL;
  StyreChartCard *added;
  guint n = 0;

  card = styre_dashboard_card_new (g_variant_get_string (parameter, NULL),
                                   g_str_equal (g_variant_get_string (parameter, NULL), "kpi")
                                   || g_str_equal (g_variant_get_string (parameter, NULL),
                                                   "roadmap") ? 4 : 2,
                                   1, NULL);
  added = add_card (self, card);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  set_modified (self, TRUE);
  reload (self, FALSE, (int) n - 1);
  gtk_widget_grab_focus (GTK_WIDGET (styre_chart_card_get_chart_widget (added)));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  StyreChartCard *from = self->enlarged_from;

  gtk_stack_set_visible_child_name (self->view_stack, "grid");
  adw_bin_set_child (self->focus_slot, NULL);
  self->enlarged = NULL;
  self->enlarged_from = NULL;
  gtk_widget_action_set_enabled (widget, "dashboard.back", FALSE);
  gtk_widget_action_set_enabled (widget, "dashboard.zoom", FALSE);
  if (from != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (styre_chart_card_get_chart_widget (from)));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  StyreChartWidget *chart;
  int span;

  if (self->enlarged == NULL)
    return;
  chart = styre_chart_card_get_chart_widget (self->enlarged);
  span = styre_chart_widget_get_time_span (chart);
  span = CLAMP ((span > 0 ? span : 36) + g_variant_get_int32 (parameter), 12, 120);
  styre_chart_widget_set_time_span (chart, span);
}

static void
card_enlarge_cb (StyreDashboardPage *self,
                 StyreChartCard     *card)
{
  const StyreDashboardCard *spec = styre_chart_card_get_card (card);
  StyreChartCard *big = styre_chart_card_new (spec);

  styre_chart_card_set_enlarged (big, TRUE);
  styre_chart_card_set_font_size (big, self->font_size);
  if (styre_chart_card_get_chart (card) != NULL)
    styre_chart_card_set_chart (big, styre_chart_card_get_chart (card));
  styre_chart_card_set_show_table (big, styre_chart_card_get_show_table (card));
  g_signal_connect_object (big, "export", G_CALLBACK (card_export_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->focus_slot, GTK_WIDGET (big));
  self->enlarged = big;
  self->enlarged_from = card;
  gtk_widget_set_visible (self->zoom_box, g_str_equal (spec->chart, "roadmap"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.back", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.zoom", TRUE);
  gtk_stack_set_visible_child_name (self->view_stack, "focus");
  gtk_widget_grab_focus (GTK_WIDGET (styre_chart_card_get_chart_widget (big)));
}

static void
card_move_cb (StyreDashboardPage *self,
              int                 delta,
              StyreChartCard     *card)
{
  styre_dashboard_grid_move (self->grid, GTK_WIDGET (card), delta);
  set_modified (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (styre_chart_card_get_chart_widget (card)));
}

static void
card_remove_cb (StyreDashboardPage *self,
                StyreChartCard     *card)
{
  g_autofree char *text = g_strdup_printf (_("“%s” removed; save the layout to keep it so"),
                                           styre_chart_get_title (styre_chart_card_get_card (card)->chart));

  styre_dashboard_grid_remove (self->grid, GTK_WIDGET (card));
  set_modified (self, TRUE);
  show_toast (self, text);
}

/* ── exporting ───────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreChart *chart;
  StyreStore *store;
  GPtrArray  *cards;
  char       *layout_name;
  StyreChartQuery query;
  char       *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_pointer (&job->chart, styre_chart_unref);
  g_clear_object (&job->store);
  g_clear_pointer (&job->cards, g_ptr_array_unref);
  g_free (job->layout_name);
  styre_chart_query_clear (&job->query);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (job->chart != NULL)
    {
      StyreChartFormat format = STYRE_CHART_FORMAT_PNG;
      StyreChartStyle style;

      styre_chart_style_init (&style);
      styre_chart_format_from_path (job->path, &format, NULL);
      /* A picture for a projector or a slide; a PDF page on A4. */
      if (format == STYRE_CHART_FORMAT_PDF)
        ok = styre_chart_export (job->chart, job->path, 842, 595, &style, &error);
      else
        ok = styre_chart_export (job->chart, job->path, 1920, 1080, &style, &error);
    }
  else
    ok = styre_dashboard_export_pdf (job->store, job->layout_name, job->cards, &job->query,
                                     job->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (job->path);

  if (self->disposed)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
      show_problem (self, heading, error->message);
      return;
    }
  {
    /* Translators: a toast after exporting, e.g. "Saved “Veikart.pdf”" */
    g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);
    show_toast (self, text);
  }
}

static char *
with_suffix (const char *path,
             const char *fallback_suffix)
{
  StyreChartFormat format;

  if (styre_chart_format_from_path (path, &format, NULL))
    return g_strdup (path);
  return g_strconcat (path, fallback_suffix, NULL);
}

static void
export_response_cb (StyreDashboardPage   *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  ExportJob *job = g_object_steal_data (G_OBJECT (native), "job");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GTask *task;

  if (response != GTK_RESPONSE_ACCEPT
      || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) == NULL
      || (path = g_file_get_path (file)) == NULL)
    {
      if (job != NULL)
        export_job_free (job);
      g_clear_object (&self->chooser);
      return;
    }
  job->path = with_suffix (path, job->chart != NULL ? ".png" : ".pdf");
  if (job->chart == NULL && !g_str_has_suffix (job->path, ".pdf"))
    {
      char *pdf = g_strconcat (job->path, ".pdf", NULL);
      g_free (job->path);
      job->path = pdf;
    }
  task = g_task_new (self, NULL, exported_cb, NULL);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
  g_object_unref (task);
  g_clear_object (&self->chooser);
}

static void
choose_export_file (StyreDashboardPage *self,
                    ExportJob          *job,
                    const char         *title,
                    const char         *name)
{
  GtkFileChooserNative *native;
  struct { const char *label; const char *suffix; const char *mime; } formats[] = {
    { N_("PNG Image"), "png", "image/png" },
    { N_("SVG Drawing"), "svg", "image/svg+xml" },
    { N_("PDF Document"), "pdf", "application/pdf" },
  };

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  for (guint i = job->chart ? 0 : 2; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[i].label));
      gtk_file_filter_add_mime_type (filter, formats[i].mime);
      gtk_file_filter_add_suffix (filter, formats[i].suffix);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  g_object_set_data (G_OBJECT (native), "job", job);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->chooser);
}

static char *
file_name_for (const char *title,
               const char *suffix)
{
  g_autofree char *name = g_strconcat (title, suffix, NULL);

  /* Characters that file systems on shares refuse. */
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
card_export_cb (StyreDashboardPage *self,
                StyreChartCard     *card)
{
  ExportJob *job;
  g_autofree char *name = NULL;
  const char *title = styre_chart_get_title (styre_chart_card_get_card (card)->chart);

  if (styre_chart_card_get_chart (card) == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->chart = styre_chart_ref (styre_chart_card_get_chart (card));
  styre_chart_query_init (&job->query);
  name = file_name_for (title, ".png");
  choose_export_file (self, job, _("Export Chart"), name);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  ExportJob *job;
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->store = g_object_ref (self->store);
  job->cards = current_cards (self);
  job->layout_name = g_strdup (self->layout_name);
  styre_chart_query_init (&job->query);
  styre_chart_query_copy (&self->query, &job->query);
  name = file_name_for (self->layout_name ? self->layout_name : _("Dashboard"), ".pdf");
  choose_export_file (self, job, _("Export Dashboard"), name);
}

/* ── saving the layout ───────────────────────────────────────────────────────────────── */

static const StyreDashboardLayout *
find_layout (StyreDashboardPage *self,
             const char         *name)
{
  for (guint i = 0; name != NULL && self->layouts != NULL && i < self->layouts->len; i++)
    {
      const StyreDashboardLayout *l = g_ptr_array_index (self->layouts, i);
      if (g_str_equal (l->name, name))
        return l;
    }
  return NULL;
}

static void save_changes (StyreDashboardPage *self, GPtrArray *changes, const char *name);
static void save_as_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

typedef struct
{
  StyreDashboardPage *page;
  GPtrArray          *changes;
  char               *name;
  gboolean            deleting;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->page);
  g_clear_pointer (&job->changes, g_ptr_array_unref);
  g_free (job->name);
  g_free (job);
}

/* For the conflict dialog: the layout's columns and values in words. */
static char *
layout_label (const char       *column,
              const StyreValue *value,
              gpointer          user_data)
{
  if (value == NULL)
    return g_strdup (g_str_equal (column, "name") ? _("Name") : _("Charts"));
  if (g_str_equal (column, "content") && value->type == STYRE_VALUE_TEXT)
    {
      g_autoptr(GPtrArray) cards = styre_dashboard_cards_parse (value->s, NULL);
      GString *out = g_string_new (NULL);

      for (guint i = 0; cards != NULL && i < cards->len; i++)
        {
          const char *id = ((StyreDashboardCard *) g_ptr_array_index (cards, i))->chart;
          const char *title = styre_chart_get_title (id);
          g_string_append_printf (out, "%s%s", i ? ", " : "", title ? title : id);
        }
      return g_string_free (out, FALSE);
    }
  return NULL;
}

static void
conflict_response_cb (StyreConflictDialog *dialog,
                      const char          *response,
                      gpointer             user_data)
{
  StyreChange *rebased = g_object_get_data (G_OBJECT (dialog), "rebased");
  StyreDashboardPage *page = g_object_get_data (G_OBJECT (dialog), "page");
  const char *name = g_object_get_data (G_OBJECT (dialog), "name");

  /* "keep-editing": the cards stay as the person arranged them, unsaved. */
  if (g_str_equal (response, "save"))
    {
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);

      styre_conflict_dialog_apply_choices (dialog, rebased);
      g_ptr_array_add (changes, styre_change_ref (rebased));
      save_changes (page, changes, name);
    }
}

/* Someone saved the layout first: merge what does not collide, ask about what does. */
static void
resolve_conflict (StyreDashboardPage *self,
                  SaveJob            *job,
                  const GError       *error)
{
  StyreChange *mine = g_ptr_array_index (job->changes, 0);
  g_autoptr(GError) read_error = NULL;
  g_autoptr(StyreRow) current = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(StyreChange) rebased = NULL;
  StyreConflictDialog *dialog;

  /* One small row, read here: the person is waiting for this answer. */
  current = styre_store_read_row (self->store, "dashboard_layout", styre_change_get_id (mine),
                                  &read_error);
  if (current == NULL || self->layout_row == NULL)
    {
      show_problem (self, _("Could Not Save the Layout"),
                    read_error ? read_error->message : error->message);
      return;
    }
  rebased = styre_change_rebase (mine, self->layout_row, current, &conflicts);
  if (conflicts == NULL || conflicts->len == 0)
    {
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
      g_ptr_array_add (changes, g_steal_pointer (&rebased));
      save_changes (self, changes, job->name);
      return;
    }
  dialog = styre_conflict_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      error->message, conflicts, layout_label, NULL);
  g_object_set_data_full (G_OBJECT (dialog), "rebased", g_steal_pointer (&rebased),
                          (GDestroyNotify) styre_change_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "name", g_strdup (job->name), g_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveJob *job = user_data;
  StyreDashboardPage *self = job->page;
  g_autoptr(GError) error = NULL;

  if (self->disposed)
    {
      save_job_free (job);
      return;
    }
  if (!styre_gui_apply_finish (result, &error))
    {
      if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT))
        resolve_conflict (self, job, error);
      else if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_DELETED))
        {
          show_toast (self, _("Someone deleted this layout. Save it under a name to keep it."));
          g_clear_pointer (&self->layout_name, g_free);
          save_as_action (GTK_WIDGET (self), NULL, NULL);
        }
      else
        show_problem (self, _("Could Not Save the Layout"), error->message);
      save_job_free (job);
      return;
    }

  if (job->deleting)
    {
      g_autofree char *text = g_strdup_printf (_("Layout “%s” deleted"), job->name);

      show_toast (self, text);
      g_settings_reset (self->settings, "dashboard-layout");
      reload (self, TRUE, -1);
      save_job_free (job);
      return;
    }
  g_free (self->layout_name);
  self->layout_name = g_strdup (job->name);
  self->standard = FALSE;
  g_settings_set_string (self->settings, "dashboard-layout", job->name);
  set_modified (self, FALSE);
  {
    g_autofree char *text = g_strdup_printf (_("Layout “%s” saved"), job->name);
    show_toast (self, text);
  }
  /* The window reads every page again on the file's "changed"; this page then takes the
   * saved layout's new version. */
  save_job_free (job);
}

static void
save_changes (StyreDashboardPage *self,
              GPtrArray          *changes,
              const char         *name)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->page = g_object_ref (self);
  job->changes = g_ptr_array_ref (changes);
  job->name = g_strstrip (g_strdup (name));
  styre_gui_apply_async (self, self->store, changes, NULL, saved_cb, job);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  const StyreDashboardLayout *layout = find_layout (self, self->layout_name);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  if (layout == NULL)
    {
      save_as_action (widget, NULL, NULL);
      return;
    }
  cards = current_cards (self);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_ptr_array_add (changes, styre_dashboard_layout_update (layout, NULL, cards));
  save_changes (self, changes, layout->name);
}

static void
save_as_name_changed_cb (AdwMessageDialog   *dialog,
                         GtkEditable        *entry)
{
  StyreDashboardPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gboolean exists = find_layout (self, name) != NULL;

  adw_message_dialog_set_response_enabled (dialog, "save",
                                           styre_dashboard_layout_check_name (name, NULL));
  adw_message_dialog_set_response_label (dialog, "save", exists ? _("_Replace") : _("_Save"));
  adw_message_dialog_set_response_appearance (dialog, "save",
                                              exists ? ADW_RESPONSE_DESTRUCTIVE
                                                     : ADW_RESPONSE_SUGGESTED);
}

static void
save_as_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     StyreDashboardPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const StyreDashboardLayout *existing;

  if (!g_str_equal (response, "save"))
    return;
  if (!styre_dashboard_layout_check_name (name, &error))
    {
      show_problem (self, _("Could Not Save the Layout"), error->message);
      return;
    }
  cards = current_cards (self);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  existing = find_layout (self, name);
  if (existing != NULL)
    g_ptr_array_add (changes, styre_dashboard_layout_update (existing, NULL, cards));
  else
    g_ptr_array_add (changes, styre_dashboard_layout_insert (name, cards));
  save_changes (self, changes, name);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Save Layout As"),
                                   _("Everyone who opens this file can choose the layout by its "
                                     "name, for example “Ledermøte”."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name of the layout"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name of the layout"), -1);
  if (self->layout_name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), self->layout_name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_signal_connect_object (entry, "changed", G_CALLBACK (save_as_name_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_as_response_cb), self, 0);
  save_as_name_changed_cb (ADW_MESSAGE_DIALOG (dialog), GTK_EDITABLE (entry));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);

  set_modified (self, FALSE);
  reload (self, TRUE, -1);
}

static void
delete_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    StyreDashboardPage *self)
{
  const StyreDashboardLayout *layout = find_layout (self, self->layout_name);
  g_autoptr(GPtrArray) changes = NULL;
  SaveJob *job;

  if (!g_str_equal (response, "delete") || layout == NULL)
    return;
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_ptr_array_add (changes, styre_dashboard_layout_delete (layout));
  job = g_new0 (SaveJob, 1);
  job->page = g_object_ref (self);
  job->changes = g_ptr_array_ref (changes);
  job->name = g_strdup (layout->name);
  job->deleting = TRUE;
  /* After a delete the page shows the first layout left. */
  g_clear_pointer (&self->layout_name, g_free);
  set_modified (self, FALSE);
  styre_gui_apply_async (self, self->store, changes, NULL, saved_cb, job);
}

static void
delete_layout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->layout_name == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), self->layout_name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("The layout is deleted for everyone who uses this file. "
                                     "The charts and their data are not changed."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── size ────────────────────────────────────────────────────────────────────────────── */

static void
font_idle_cb (gpointer data)
{
  StyreDashboardPage *self = data;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  double width = root ? gtk_widget_get_width (root) : 1920;
  double font = BASE_FONT_SIZE * CLAMP (width / 1920.0, 1.0, 2.2);

  self->font_idle = 0;
  font = round (font);
  if (G_APPROX_VALUE (font, self->font_size, 0.5))
    return;
  self->font_size = font;
  styre_dashboard_grid_set_font_size (self->grid, font);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    styre_chart_card_set_font_size (STYRE_CHART_CARD (child), font);
  if (self->enlarged != NULL)
    styre_chart_card_set_font_size (self->enlarged, font);
}

/* The type grows with the window: a 4K projector shows what a 1080p one does, only
 * sharper; never below 18 px, the projector rule. */
static void
styre_dashboard_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (styre_dashboard_page_parent_class)->size_allocate (widget, width, height,
                                                                       baseline);
  if (self->font_idle == 0)
    self->font_idle = g_idle_add_once (font_idle_cb, self);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_dashboard_page_dispose (GObject *object)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->font_idle, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  styre_chart_query_clear (&self->query);
  styre_chart_choices_clear (&self->choices);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->layout_name, g_free);
  g_clear_pointer (&self->layout_row, styre_row_unref);
  g_clear_pointer (&self->agency_codes, g_ptr_array_unref);
  g_clear_pointer (&self->focus_names, g_ptr_array_unref);
  g_clear_object (&self->layout_names);

  G_OBJECT_CLASS (styre_dashboard_page_parent_class)->dispose (object);
}

static void
styre_dashboard_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StyreDashboardPage *self = STYRE_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_INITIATIVES:
      g_value_set_uint (value, self->n_initiatives);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_dashboard_page_class_init (StyreDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = styre_dashboard_page_dispose;
  object_class->get_property = styre_dashboard_page_get_property;
  widget_class->size_allocate = styre_dashboard_page_size_allocate;

  /**
   * StyreDashboardPage:n-initiatives:
   *
   * How many initiatives the file has, as the dashboard last read.
   */
  properties[PROP_N_INITIATIVES] = g_param_spec_uint ("n-initiatives", NULL, NULL, 0, G_MAXUINT,
                                                      0, flags);
  /**
   * StyreDashboardPage:loading:
   *
   * Whether the charts are being read.
   */
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STYRE_TYPE_DASHBOARD_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, layout_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_button);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_bar_label);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, grid_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, grid);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, focus_slot);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_popover);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_calendar);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, meetings_list);

  gtk_widget_class_install_action (widget_class, "dashboard.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "dashboard.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "dashboard.add-chart", "s", add_chart_action);
  gtk_widget_class_install_action (widget_class, "dashboard.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "dashboard.zoom", "i", zoom_action);
  gtk_widget_class_install_action (widget_class, "dashboard.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dashboard.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "dashboard.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "dashboard.delete-layout", NULL,
                                   delete_layout_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export-pdf", NULL,
                                   export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dashboard.back", NULL);
}

static void
styre_dashboard_page_init (StyreDashboardPage *self)
{
  g_autoptr(GMenu) add_menu = g_menu_new ();
  const char * const *ids = styre_chart_list_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = styre_gui_settings_new ();
  self->font_size = BASE_FONT_SIZE;
  self->agency_codes = g_ptr_array_new_with_free_func (g_free);
  self->focus_names = g_ptr_array_new_with_free_func (g_free);
  styre_chart_query_init (&self->query);
  self->layout_name = g_settings_get_string (self->settings, "dashboard-layout");
  if (*self->layout_name == '\0')
    g_clear_pointer (&self->layout_name, g_free);

  self->layout_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->layout_dropdown, G_LIST_MODEL (self->layout_names));
  g_signal_connect_object (self->layout_dropdown, "notify::selected",
                           G_CALLBACK (layout_selected_cb), self, G_CONNECT_SWAPPED);

  self->agency_dropdown = add_filter_row (self, 0, _("_Agency"), -1, NULL);
  self->focus_dropdown = add_filter_row (self, 1, _("_Focus area"), -1, NULL);
  self->kind_dropdown = add_filter_row (self, 2, _("_Kind"), STYRE_VOCAB_INITIATIVE_KIND,
                                        _("All kinds"));
  self->method_dropdown = add_filter_row (self, 3, _("_Method"), STYRE_VOCAB_METHOD,
                                          _("All methods"));
  self->phase_dropdown = add_filter_row (self, 4, _("_Phase"), STYRE_VOCAB_PHASE,
                                         _("All phases"));
  update_filter_choices (self);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (styre_chart_get_title (ids[i]), NULL);

      g_menu_item_set_action_and_target (item, "dashboard.add-chart", "s", ids[i]);
      g_menu_append_item (add_menu, item);
    }
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (add_menu));

  g_signal_connect_object (self->as_of_calendar, "day-selected",
                           G_CALLBACK (calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->meetings_list, "row-activated",
                           G_CALLBACK (meeting_row_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.zoom", FALSE);
  update_filter_label (self);
  update_save_state (self);
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

/**
 * styre_dashboard_page_load_async:
 *
 * Reads the layouts, the filters' choices and the charts from @store on a worker thread
 * and shows them. Called again after a change to the file, it keeps the cards (and an
 * unsaved arrangement of them), the filters, the day and the scroll position.
 */
void
styre_dashboard_page_load_async (StyreDashboardPage  *self,
                                 StyreStore          *store,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  if (self->store != store)
    {
      /* Another file: its own meetings and agencies; start from today, no filters. */
      g_set_object (&self->store, store);
      styre_chart_query_clear (&self->query);
      styre_chart_query_init (&self->query);
      self->modified = FALSE;
      styre_dashboard_grid_remove_all (self->grid);
    }
  update_save_state (self);
  start_load (self, !self->modified, -1, cancellable, callback, user_data);
}

gboolean
styre_dashboard_page_load_finish (StyreDashboardPage  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * styre_dashboard_page_get_n_initiatives:
 *
 * Returns: how many initiatives the file has, as the dashboard shows
 */
guint
styre_dashboard_page_get_n_initiatives (StyreDashboardPage *self)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), 0);
  return self->n_initiatives;
}

gboolean
styre_dashboard_page_get_loading (StyreDashboardPage *self)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), FALSE);
  return self->loading;
}

/**
 * styre_dashboard_page_get_as_of:
 *
 * Returns: (nullable): the day the charts show, 'YYYY-MM-DD', or %NULL for today
 */
const char *
styre_dashboard_page_get_as_of (StyreDashboardPage *self)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), NULL);
  return self->query.as_of;
}

/**
 * styre_dashboard_page_set_as_of:
 * @as_of: (nullable): 'YYYY-MM-DD', or %NULL for today
 *
 * Shows the portfolio as it stood on @as_of, from the history.
 */
void
styre_dashboard_page_set_as_of (StyreDashboardPage *self,
                                const char         *as_of)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_PAGE (self));

  if (g_strcmp0 (self->query.as_of, as_of) == 0 && self->query.meeting_id == 0)
    return;
  g_free (self->query.as_of);
  self->query.as_of = g_strdup (as_of);
  self->query.meeting_id = 0;
  if (as_of != NULL)
    {
      g_autoptr(GDate) date = styre_date_from_iso (as_of);

      if (date != NULL)
        {
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
          g_autoptr(GDateTime) dt = g_date_time_new (utc, g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);
          self->updating = TRUE;
          gtk_calendar_select_day (self->as_of_calendar, dt);
          self->updating = FALSE;
        }
    }
  update_as_of_labels (self);
  reload (self, FALSE, -1);
}

/**
 * styre_dashboard_page_set_as_of_meeting:
 * @meeting_id: a held meeting, or 0 for today
 *
 * Shows the portfolio as the leaders saw it at the meeting: its frozen snapshot where
 * there is one.
 */
void
styre_dashboard_page_set_as_of_meeting (StyreDashboardPage *self,
                                        gint64              meeting_id)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_PAGE (self));

  g_clear_pointer (&self->query.as_of, g_free);
  self->query.meeting_id = meeting_id;
  update_as_of_labels (self);
  reload (self, FALSE, -1);
}

/**
 * styre_dashboard_page_get_layout_name:
 *
 * Returns: (nullable): the layout shown, or %NULL for the built-in one
 */
const char *
styre_dashboard_page_get_layout_name (StyreDashboardPage *self)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), NULL);
  return self->layout_name;
}

/**
 * styre_dashboard_page_set_layout_name:
 * @name: (nullable): a layout's name, or %NULL for the first one
 *
 * Shows another layout. Unsaved changes to the cards are dropped.
 */
void
styre_dashboard_page_set_layout_name (StyreDashboardPage *self,
                                      const char         *name)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_PAGE (self));

  /* "Standard" is the built-in cards when the file has its own layouts too. */
  if (name != NULL && find_layout (self, name) == NULL)
    name = NULL;
  self->standard = name == NULL && self->layouts != NULL && self->layouts->len > 0;
  g_free (self->layout_name);
  self->layout_name = g_strdup (name);
  set_modified (self, FALSE);
  if (self->enlarged != NULL)
    back_action (GTK_WIDGET (self), NULL, NULL);
  reload (self, TRUE, -1);
}

guint
styre_dashboard_page_get_n_cards (StyreDashboardPage *self)
{
  guint n = 0;

  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/**
 * styre_dashboard_page_get_card:
 *
 * Returns: (transfer none) (nullable): the card at @index, in the dashboard's order
 */
StyreChartCard *
styre_dashboard_page_get_card (StyreDashboardPage *self,
                               guint               index)
{
  guint i = 0;

  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    if (i == index)
      return STYRE_CHART_CARD (child);
  return NULL;
}

/**
 * styre_dashboard_page_find_card:
 *
 * Returns: (transfer none) (nullable): the first card showing @chart_id
 */
StyreChartCard *
styre_dashboard_page_find_card (StyreDashboardPage *self,
                                const char         *chart_id)
{
  g_return_val_if_fail (STYRE_IS_DASHBOARD_PAGE (self), NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (styre_chart_card_get_card (STYRE_CHART_CARD (child))->chart, chart_id) == 0)
      return STYRE_CHART_CARD (child);
  return NULL;
}
