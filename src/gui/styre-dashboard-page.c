/* styre-dashboard-page.c — the portfolio's health at a glance
 *
 * Big numbers a leadership group can read from the back of the room: the initiatives by
 * their latest overall colour, this year's money and benefits, the follow-up list and the
 * gate decisions coming up. The charts come on top of this in a later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-dashboard-page.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-kpi-tile.h"
#include "styre-queries.h"

struct _StyreDashboardPage
{
  AdwBin        parent_instance;

  guint         n_initiatives;

  GtkStack     *stack;
  GtkLabel     *as_of_label;
  StyreKpiTile *tile_green;
  StyreKpiTile *tile_yellow;
  StyreKpiTile *tile_red;
  StyreKpiTile *tile_grey;
  GtkLabel     *year_heading;
  StyreKpiTile *tile_budget;
  StyreKpiTile *tile_benefits;
  StyreKpiTile *tile_actions;
  GtkListBox   *gates_list;
};

G_DEFINE_FINAL_TYPE (StyreDashboardPage, styre_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_INITIATIVES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char                  *today;
  StyrePortfolioSummary  summary;
} DashboardData;

static void
dashboard_data_free (gpointer data)
{
  DashboardData *d = data;

  styre_portfolio_summary_clear (&d->summary);
  g_free (d->today);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DashboardData, dashboard_data_free)

/* Runs on a worker thread. */
static gpointer
query_summary (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  g_autoptr(DashboardData) d = g_new0 (DashboardData, 1);

  d->today = styre_store_today (store);
  if (!styre_store_get_portfolio_summary (store, d->today, &d->summary, error))
    return NULL;
  return g_steal_pointer (&d);
}

static void
show_rag (StyreDashboardPage          *self,
          StyreKpiTile                *tile,
          StyreRag                     rag,
          const StyrePortfolioSummary *s)
{
  g_autofree char *value = styre_format_integer (s->by_rag[rag]);
  g_autofree char *percent = NULL;
  g_autofree char *detail = NULL;

  if (s->n_active > 0)
    {
      percent = styre_format_percent (100.0 * s->by_rag[rag] / s->n_active, 0);
      /* Translators: under the number of initiatives with one status colour, e.g. "45 % of
       * the active initiatives" */
      detail = g_strdup_printf (_("%s of the active initiatives"), percent);
    }
  styre_kpi_tile_set_title (tile, styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag)));
  styre_kpi_tile_set_rag (tile, styre_rag_to_id (rag));
  styre_kpi_tile_set_value (tile, value);
  styre_kpi_tile_set_detail (tile, detail);
}

static void
show_budget (StyreDashboardPage          *self,
             const StyrePortfolioSummary *s)
{
  g_autofree char *title = g_strdup_printf (_("Budget forecast %d"), s->year);
  g_autofree char *forecast = styre_format_nok_short (s->budget_forecast);
  g_autofree char *approved = styre_format_nok_short (s->budget_approved);
  g_autofree char *actual = styre_format_nok_short (s->budget_actual);
  g_autofree char *detail = NULL;
  g_autofree char *warning = NULL;

  /* Translators: under the year's budget forecast: the approved budget and what has been
   * spent so far, e.g. "Approved 398 m kr · spent so far 120,5 m kr" */
  detail = g_strdup_printf (_("Approved %s · spent so far %s"), approved, actual);
  if (s->budget_approved > 0 && s->budget_forecast > s->budget_approved)
    {
      g_autofree char *over = styre_format_percent (100.0 * (s->budget_forecast
                                                              - s->budget_approved)
                                                    / s->budget_approved, 1);
      /* Translators: e.g. "3,6 % over the approved budget" */
      warning = g_strdup_printf (_("%s over the approved budget"), over);
    }

  styre_kpi_tile_set_title (self->tile_budget, title);
  styre_kpi_tile_set_value (self->tile_budget, forecast);
  styre_kpi_tile_set_detail (self->tile_budget, detail);
  styre_kpi_tile_set_warning (self->tile_budget, warning);
  styre_kpi_tile_set_fraction (self->tile_budget,
                               s->budget_approved > 0
                               ? (double) s->budget_forecast / s->budget_approved : -1.0);
}

static void
show_benefits (StyreDashboardPage          *self,
               const StyrePortfolioSummary *s)
{
  /* Translators: "benefits" are nyttevirkninger (gevinster) */
  g_autofree char *title = g_strdup_printf (_("Benefits realised %d"), s->year);
  g_autofree char *realised = styre_format_nok_short (s->benefits_realised);
  g_autofree char *planned = styre_format_nok_short (s->benefits_planned);
  g_autofree char *detail = NULL;

  if (s->benefits_planned > 0)
    {
      g_autofree char *percent = styre_format_percent (100.0 * s->benefits_realised
                                                       / s->benefits_planned, 0);
      /* Translators: under the benefits realised this year, e.g. "62 % of 40 m kr planned" */
      detail = g_strdup_printf (_("%s of %s planned"), percent, planned);
    }
  else
    {
      detail = g_strdup (_("No priced benefits are planned this year"));
    }

  styre_kpi_tile_set_title (self->tile_benefits, title);
  styre_kpi_tile_set_value (self->tile_benefits, realised);
  styre_kpi_tile_set_detail (self->tile_benefits, detail);
  styre_kpi_tile_set_fraction (self->tile_benefits,
                               s->benefits_planned > 0
                               ? (double) s->benefits_realised / s->benefits_planned : -1.0);
}

static void
show_actions (StyreDashboardPage          *self,
              const StyrePortfolioSummary *s)
{
  g_autofree char *value = styre_format_integer (s->open_actions);
  g_autofree char *warning = NULL;
  const char *detail;

  detail = g_dngettext (GETTEXT_PACKAGE, "open action from the meetings",
                        "open actions from the meetings", s->open_actions);
  if (s->overdue_actions > 0)
    warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u is overdue", "%u are overdue",
                                            s->overdue_actions),
                               s->overdue_actions);

  styre_kpi_tile_set_title (self->tile_actions, _("Follow-up"));
  styre_kpi_tile_set_value (self->tile_actions, value);
  styre_kpi_tile_set_detail (self->tile_actions, detail);
  styre_kpi_tile_set_warning (self->tile_actions, warning);
}

static GtkWidget *
create_gate_row (const StyreGateDue *gate)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *code = gtk_label_new (gate->code);
  GtkWidget *pill = gtk_label_new (styre_vocabulary_label (STYRE_VOCAB_GATE, gate->gate));
  g_autofree char *date_text = styre_format_date_long (gate->date);
  GtkWidget *date = gtk_label_new (date_text);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gate->title);
  gtk_widget_set_tooltip_text (row, gate->title);

  gtk_widget_add_css_class (code, "gate-code");
  gtk_widget_add_css_class (code, "numeric");
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_width_chars (GTK_LABEL (code), 8);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), code);

  gtk_widget_add_css_class (pill, "gate-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  gtk_widget_add_css_class (date, "gate-date");
  gtk_widget_add_css_class (date, "numeric");
  gtk_label_set_xalign (GTK_LABEL (date), 1);
  gtk_label_set_width_chars (GTK_LABEL (date), 17);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), date);

  return row;
}

static void
show_gates (StyreDashboardPage          *self,
            const StyrePortfolioSummary *s)
{
  GtkWidget *child;

  /* The placeholder is a child too, but not a row. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->gates_list)); child != NULL;)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->gates_list, child);
      child = next;
    }

  for (guint i = 0; s->next_gates != NULL && i < s->next_gates->len; i++)
    gtk_list_box_append (self->gates_list, create_gate_row (g_ptr_array_index (s->next_gates, i)));
}

static void
apply (StyreDashboardPage  *self,
       const DashboardData *d)
{
  const StyrePortfolioSummary *s = &d->summary;
  g_autofree char *date = styre_format_date_long (d->today);
  g_autofree char *counts = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *year = g_strdup_printf (_("This Year (%d)"), s->year);

  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u initiative, %u active",
                                         "%u initiatives, %u active", s->n_initiatives),
                            s->n_initiatives, s->n_active);
  /* Translators: under the dashboard's heading: the date and the size of the portfolio,
   * e.g. "27 November 2026 · 42 initiatives, 38 active" */
  as_of = g_strdup_printf (_("%s · %s"), date, counts);
  gtk_label_set_text (self->as_of_label, as_of);
  gtk_label_set_text (self->year_heading, year);

  show_rag (self, self->tile_green, STYRE_RAG_GREEN, s);
  show_rag (self, self->tile_yellow, STYRE_RAG_YELLOW, s);
  show_rag (self, self->tile_red, STYRE_RAG_RED, s);
  show_rag (self, self->tile_grey, STYRE_RAG_GREY, s);
  show_budget (self, s);
  show_benefits (self, s);
  show_actions (self, s);
  show_gates (self, s);

  gtk_stack_set_visible_child_name (self->stack, s->n_initiatives > 0 ? "content" : "empty");

  if (self->n_initiatives != s->n_initiatives)
    {
      self->n_initiatives = s->n_initiatives;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_INITIATIVES]);
    }
}

static void
summary_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DashboardData) data = styre_gui_query_finish (result, &error);

  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  apply (g_task_get_source_object (task), data);
  g_task_return_boolean (task, TRUE);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_dashboard_page_class_init (StyreDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = styre_dashboard_page_get_property;

  /**
   * StyreDashboardPage:n-initiatives:
   *
   * How many initiatives the file has, as the dashboard last showed.
   */
  properties[PROP_N_INITIATIVES] =
    g_param_spec_uint ("n-initiatives", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STYRE_TYPE_KPI_TILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_green);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_yellow);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_red);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_grey);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, year_heading);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_budget);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_benefits);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, tile_actions);
  gtk_widget_class_bind_template_child (widget_class, StyreDashboardPage, gates_list);
}

static void
styre_dashboard_page_init (StyreDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * styre_dashboard_page_load_async:
 *
 * Reads the portfolio summary from @store on a worker thread and shows it.
 */
void
styre_dashboard_page_load_async (StyreDashboardPage  *self,
                                 StyreStore          *store,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (STYRE_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_dashboard_page_load_async);
  styre_gui_query_async (self, store, query_summary, NULL, NULL, dashboard_data_free,
                         cancellable, summary_loaded_cb, task);
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
