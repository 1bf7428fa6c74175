/* styre-portfolio-page.c — the table of initiatives
 *
 * Every initiative with what a leader asks first: what kind it is, where it is, who owns
 * it, its latest status and which way it moved, and this year's money. Sortable by every
 * column, searchable by code and title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-portfolio-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "styre-format.h"
#include "styre-gui.h"
#include "styre-portfolio-page.h"
#include "styre-queries.h"

struct _StyrePortfolioPage
{
  AdwBin               parent_instance;

  GListModel          *initiatives;   /* what the file has, in the query's order */
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSelectionModel   *selection;     /* given to the table when it is first shown */
  GtkStringFilter     *code_filter;
  GtkStringFilter     *title_filter;
  int                  width_class;   /* which columns fit; -1 before the first allocation */
  int                  allocated_width;
  guint                columns_idle;

  GtkWidget           *toolbar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *method_column;
  GtkColumnViewColumn *phase_column;
  GtkColumnViewColumn *agency_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *rag_column;
  GtkColumnViewColumn *trend_column;
  GtkColumnViewColumn *budget_column;
  GtkColumnViewColumn *forecast_column;
  GtkColumnViewColumn *last_report_column;
};

G_DEFINE_FINAL_TYPE (StyrePortfolioPage, styre_portfolio_page, ADW_TYPE_BIN)

/* ── sorting ─────────────────────────────────────────────────────────────────────────── */

static int
collate (const char *a,
         const char *b)
{
  return g_utf8_collate (a ? a : "", b ? b : "");
}

static int
vocabulary_position (StyreVocabulary  vocabulary,
                     const char      *id)
{
  const char * const *ids = styre_vocabulary_ids (vocabulary);

  for (int i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return G_MAXINT;
}

#define COMPARE_NUMBERS(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

typedef enum
{
  SORT_CODE,
  SORT_TITLE,
  SORT_KIND,
  SORT_METHOD,
  SORT_PHASE,
  SORT_AGENCY,
  SORT_OWNER,
  SORT_RAG,
  SORT_TREND,
  SORT_BUDGET,
  SORT_FORECAST,
  SORT_LAST_REPORT,
} SortKey;

static int
compare_initiatives (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  StyreInitiative *x = (StyreInitiative *) a;
  StyreInitiative *y = (StyreInitiative *) b;
  SortKey key = GPOINTER_TO_INT (user_data);

  switch (key)
    {
    case SORT_CODE:
      return collate (styre_initiative_get_code (x), styre_initiative_get_code (y));
    case SORT_TITLE:
      return collate (styre_initiative_get_title (x), styre_initiative_get_title (y));
    case SORT_KIND:
      return COMPARE_NUMBERS (vocabulary_position (STYRE_VOCAB_INITIATIVE_KIND,
                                                   styre_initiative_get_kind (x)),
                              vocabulary_position (STYRE_VOCAB_INITIATIVE_KIND,
                                                   styre_initiative_get_kind (y)));
    case SORT_METHOD:
      return COMPARE_NUMBERS (vocabulary_position (STYRE_VOCAB_METHOD,
                                                   styre_initiative_get_method (x)),
                              vocabulary_position (STYRE_VOCAB_METHOD,
                                                   styre_initiative_get_method (y)));
    case SORT_PHASE:
      return COMPARE_NUMBERS (vocabulary_position (STYRE_VOCAB_PHASE,
                                                   styre_initiative_get_phase (x)),
                              vocabulary_position (STYRE_VOCAB_PHASE,
                                                   styre_initiative_get_phase (y)));
    case SORT_AGENCY:
      return collate (styre_initiative_get_agency_name (x), styre_initiative_get_agency_name (y));
    case SORT_OWNER:
      return collate (styre_initiative_get_owner_name (x), styre_initiative_get_owner_name (y));
    case SORT_RAG:
      return COMPARE_NUMBERS (styre_rag_severity (styre_rag_from_id (styre_initiative_get_overall_rag (x))),
                              styre_rag_severity (styre_rag_from_id (styre_initiative_get_overall_rag (y))));
    case SORT_TREND:
      return COMPARE_NUMBERS (styre_initiative_get_trend (x), styre_initiative_get_trend (y));
    case SORT_BUDGET:
      return COMPARE_NUMBERS (styre_initiative_get_budget (x), styre_initiative_get_budget (y));
    case SORT_FORECAST:
      return COMPARE_NUMBERS (styre_initiative_get_forecast (x), styre_initiative_get_forecast (y));
    case SORT_LAST_REPORT:
      return g_strcmp0 (styre_initiative_get_last_period (x), styre_initiative_get_last_period (y));
    default:
      g_assert_not_reached ();
    }
}

/* ── cells ───────────────────────────────────────────────────────────────────────────── */

static StyreInitiative *
item_initiative (GtkListItem *item)
{
  return STYRE_INITIATIVE (gtk_list_item_get_item (item));
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 20, 60));
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 10, 22));
}

/* Short words that must be read whole: a kind, a phase, a month. */
static void
setup_word_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, -1, 0));
}

static void
setup_code_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = styre_gui_cell_label_new (0, -1, 0);

  gtk_widget_add_css_class (label, "initiative-code");
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = styre_gui_cell_label_new (1, -1, 0);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
setup_forecast_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = styre_gui_cell_label_new (1, -1, 0);

  gtk_widget_add_css_class (icon, "over-budget");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
setup_rag_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_box_append (GTK_BOX (box), styre_gui_rag_badge_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
setup_trend_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = styre_gui_cell_label_new (0, -1, 0);

  gtk_widget_add_css_class (label, "trend");
  gtk_list_item_set_child (item, label);
}

static void
set_text (GtkListItem *item,
          const char  *text,
          gboolean     with_tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_tooltip_text (label, with_tooltip ? text : NULL);
}

static void
bind_code_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_text (item, styre_initiative_get_code (item_initiative (item)), FALSE);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  StyreInitiative *initiative = item_initiative (item);
  const char *title = styre_initiative_get_title (initiative);
  const char *what = styre_initiative_get_what (initiative);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *tooltip = NULL;

  if (what != NULL && *what != '\0')
    tooltip = g_strdup_printf ("%s\n%s", title, what);
  gtk_label_set_text (GTK_LABEL (label), title);
  gtk_widget_set_tooltip_text (label, tooltip ? tooltip : title);
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_text (item, styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND,
                                          styre_initiative_get_kind (item_initiative (item))),
            TRUE);
}

static void
bind_method_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_text (item, styre_vocabulary_label (STYRE_VOCAB_METHOD,
                                          styre_initiative_get_method (item_initiative (item))),
            FALSE);
}

static void
bind_phase_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  set_text (item, styre_vocabulary_label (STYRE_VOCAB_PHASE,
                                          styre_initiative_get_phase (item_initiative (item))),
            FALSE);
}

static void
bind_agency_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_text (item, styre_initiative_get_agency_name (item_initiative (item)), TRUE);
}

static void
bind_owner_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  set_text (item, styre_initiative_get_owner_name (item_initiative (item)), TRUE);
}

static void
bind_rag_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *badge = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (badge);
  const char *rag = styre_initiative_get_overall_rag (item_initiative (item));

  styre_gui_rag_badge_set (badge, styre_rag_from_id (rag));
  gtk_label_set_text (GTK_LABEL (label), styre_vocabulary_label (STYRE_VOCAB_RAG, rag));
}

static void
bind_trend_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  StyreInitiative *initiative = item_initiative (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  int trend = styre_initiative_get_trend (initiative);
  gboolean known = styre_rag_from_id (styre_initiative_get_overall_rag (initiative)) != STYRE_RAG_GREY
                   && styre_rag_from_id (styre_initiative_get_previous_rag (initiative)) != STYRE_RAG_GREY;
  const char *arrow = "";
  const char *words = NULL;

  gtk_widget_remove_css_class (label, "better");
  gtk_widget_remove_css_class (label, "worse");
  gtk_widget_remove_css_class (label, "dim-label");
  if (trend < 0)
    {
      arrow = "↑";
      words = _("Better than the previous report");
      gtk_widget_add_css_class (label, "better");
    }
  else if (trend > 0)
    {
      arrow = "↓";
      words = _("Worse than the previous report");
      gtk_widget_add_css_class (label, "worse");
    }
  else if (known)
    {
      arrow = "→";
      words = _("Unchanged since the previous report");
      gtk_widget_add_css_class (label, "dim-label");
    }

  gtk_label_set_text (GTK_LABEL (label), arrow);
  gtk_widget_set_tooltip_text (label, words);
  if (words != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, words,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
set_amount (GtkListItem *item,
            gint64       amount)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = amount >= 0 ? styre_format_nok_short (amount) : g_strdup ("–");

  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
bind_budget_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  set_amount (item, styre_initiative_get_budget (item_initiative (item)));
}

/* A forecast more than this much over the year's budget is pointed out; smaller
 * deviations are within the tolerances initiatives usually have, and the RAG says the rest. */
#define OVER_BUDGET_PERCENT 5.0

static void
bind_forecast_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  StyreInitiative *initiative = item_initiative (item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  gint64 budget = styre_initiative_get_budget (initiative);
  gint64 forecast = styre_initiative_get_forecast (initiative);
  double over = budget > 0 && forecast >= 0 ? 100.0 * (forecast - budget) / budget : 0.0;
  g_autofree char *text = forecast >= 0 ? styre_format_nok_short (forecast) : g_strdup ("–");
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_visible (icon, over > OVER_BUDGET_PERCENT);
  if (over > OVER_BUDGET_PERCENT)
    {
      g_autofree char *percent = styre_format_percent (over, 0);

      /* Translators: e.g. "12 % over this year’s budget" */
      tooltip = g_strdup_printf (_("%s over this year’s budget"), percent);
      gtk_widget_add_css_class (label, "over-budget");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
    }
  else
    {
      gtk_widget_remove_css_class (label, "over-budget");
    }
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), tooltip);
}

static void
bind_last_report_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  const char *period = styre_initiative_get_last_period (item_initiative (item));
  g_autofree char *text = period ? styre_format_month (period) : g_strdup ("–");

  set_text (item, text, FALSE);
}

/* ── search and counts ───────────────────────────────────────────────────────────────── */

static void
update_state (StyrePortfolioPage *self)
{
  guint total = g_list_model_get_n_items (self->initiatives);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  if (shown == total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u initiative", "%u initiatives",
                                          total),
                             total);
  else
    /* Translators: how many initiatives the search found, e.g. "5 of 42 initiatives" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u initiative",
                                          "%u of %u initiatives", total),
                             shown, total);
  gtk_label_set_text (self->count_label, count);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "table");
  gtk_widget_set_visible (self->toolbar, total > 0);
}

static void
search_changed_cb (StyrePortfolioPage *self,
                   GtkSearchEntry     *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_string_filter_set_search (self->code_filter, text);
  gtk_string_filter_set_search (self->title_filter, text);
}

static void
stop_search_cb (StyrePortfolioPage *self,
                GtkSearchEntry     *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
items_changed_cb (StyrePortfolioPage *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *model)
{
  update_state (self);
}

/* ── columns that fit ────────────────────────────────────────────────────────────────── */

/* On a 1024 px projector the table keeps what a leadership group reads (code, title,
 * status, trend, phase, owner, money); kind, method, agency and the last report come back
 * when there is room. Widths are the page's, in logical pixels. */
#define WIDTH_FOR_ALL_COLUMNS  1400
#define WIDTH_FOR_KIND_COLUMNS 1150

static int
width_class_for (int width)
{
  if (width >= WIDTH_FOR_ALL_COLUMNS)
    return 0;
  if (width >= WIDTH_FOR_KIND_COLUMNS)
    return 1;
  return 2;
}

static gboolean
apply_width_class_cb (gpointer data)
{
  StyrePortfolioPage *self = data;

  self->columns_idle = 0;
  self->width_class = width_class_for (self->allocated_width);
  gtk_column_view_column_set_visible (self->method_column, self->width_class < 1);
  gtk_column_view_column_set_visible (self->last_report_column, self->width_class < 1);
  gtk_column_view_column_set_visible (self->kind_column, self->width_class < 2);
  gtk_column_view_column_set_visible (self->agency_column, self->width_class < 2);
  return G_SOURCE_REMOVE;
}

/* The table's visible width is its horizontal adjustment's page size, set while the
 * table is allocated; columns are shown or hidden after that allocation, not during it. */
static void
page_size_changed_cb (StyrePortfolioPage *self,
                      GParamSpec         *pspec,
                      GtkAdjustment      *adjustment)
{
  int width = (int) gtk_adjustment_get_page_size (adjustment);

  if (width <= 0)
    return;
  self->allocated_width = width;
  if (width_class_for (width) != self->width_class && self->columns_idle == 0)
    self->columns_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_width_class_cb, self, NULL);
}

/* The table makes its row widgets when it gets its model; a page that is not shown need
 * not pay for that while the file opens. */
static void
styre_portfolio_page_map (GtkWidget *widget)
{
  StyrePortfolioPage *self = (StyrePortfolioPage *) widget;

  if (gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, self->selection);

  GTK_WIDGET_CLASS (styre_portfolio_page_parent_class)->map (widget);
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

/* Runs on a worker thread. */
static gpointer
query_initiatives (StyreStore  *store,
                   gpointer     data,
                   GError     **error)
{
  g_autofree char *today = styre_store_today (store);

  return styre_store_list_initiatives (store, atoi (today), error);
}

static void
initiatives_loaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StyrePortfolioPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = styre_gui_query_finish (result, &error);

  if (model == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Read again after a change (someone else's, perhaps): the table keeps its place. */
  styre_gui_list_store_sync (G_LIST_STORE (self->initiatives), model,
                             GTK_SINGLE_SELECTION (self->selection));
  update_state (self);
  g_task_return_boolean (task, TRUE);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_portfolio_page_dispose (GObject *object)
{
  StyrePortfolioPage *self = (StyrePortfolioPage *)object;

  g_clear_object (&self->code_filter);
  g_clear_object (&self->title_filter);
  g_clear_handle_id (&self->columns_idle, g_source_remove);

  G_OBJECT_CLASS (styre_portfolio_page_parent_class)->dispose (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->initiatives);
}

static void
styre_portfolio_page_class_init (StyrePortfolioPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_portfolio_page_dispose;

  widget_class->map = styre_portfolio_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-portfolio-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, method_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, phase_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, agency_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, rag_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, trend_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, budget_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, forecast_column);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, last_report_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_word_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_forecast_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_rag_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_trend_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_method_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_phase_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_agency_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_rag_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_trend_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_budget_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_forecast_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_last_report_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static GtkStringFilter *
string_filter_new (const char *property)
{
  GtkStringFilter *filter =
    gtk_string_filter_new (gtk_property_expression_new (STYRE_TYPE_INITIATIVE, NULL, property));

  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, TRUE);
  return filter;
}

static void
styre_portfolio_page_init (StyrePortfolioPage *self)
{
  GtkAnyFilter *any = gtk_any_filter_new ();
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->width_class = -1;
  self->initiatives = G_LIST_MODEL (g_list_store_new (STYRE_TYPE_INITIATIVE));
  self->code_filter = string_filter_new ("code");
  self->title_filter = string_filter_new ("title");
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (self->code_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (self->title_filter)));
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->initiatives),
                                              GTK_FILTER (any));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  self->selection = GTK_SELECTION_MODEL (g_steal_pointer (&selection));

  styre_gui_column_set_sorter (self->code_column, compare_initiatives, SORT_CODE);
  styre_gui_column_set_sorter (self->title_column, compare_initiatives, SORT_TITLE);
  styre_gui_column_set_sorter (self->kind_column, compare_initiatives, SORT_KIND);
  styre_gui_column_set_sorter (self->method_column, compare_initiatives, SORT_METHOD);
  styre_gui_column_set_sorter (self->phase_column, compare_initiatives, SORT_PHASE);
  styre_gui_column_set_sorter (self->agency_column, compare_initiatives, SORT_AGENCY);
  styre_gui_column_set_sorter (self->owner_column, compare_initiatives, SORT_OWNER);
  styre_gui_column_set_sorter (self->rag_column, compare_initiatives, SORT_RAG);
  styre_gui_column_set_sorter (self->trend_column, compare_initiatives, SORT_TREND);
  styre_gui_column_set_sorter (self->budget_column, compare_initiatives, SORT_BUDGET);
  styre_gui_column_set_sorter (self->forecast_column, compare_initiatives, SORT_FORECAST);
  styre_gui_column_set_sorter (self->last_report_column, compare_initiatives, SORT_LAST_REPORT);
  gtk_column_view_sort_by_column (self->column_view, self->code_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                           "notify::page-size", G_CALLBACK (page_size_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  update_state (self);
}

/**
 * styre_portfolio_page_load_async:
 *
 * Reads the initiatives from @store on a worker thread and shows them.
 */
void
styre_portfolio_page_load_async (StyrePortfolioPage  *self,
                                 StyreStore          *store,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (STYRE_IS_PORTFOLIO_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_portfolio_page_load_async);
  styre_gui_query_async (self, store, query_initiatives, NULL, NULL, g_object_unref,
                         cancellable, initiatives_loaded_cb, task);
}

gboolean
styre_portfolio_page_load_finish (StyrePortfolioPage  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (STYRE_IS_PORTFOLIO_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * styre_portfolio_page_get_model:
 *
 * Returns: (transfer none): the rows the table shows, searched and sorted
 */
GListModel *
styre_portfolio_page_get_model (StyrePortfolioPage *self)
{
  g_return_val_if_fail (STYRE_IS_PORTFOLIO_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/**
 * styre_portfolio_page_set_search:
 *
 * Shows only the initiatives whose code or title contain @text.
 */
void
styre_portfolio_page_set_search (StyrePortfolioPage *self,
                                 const char         *text)
{
  g_return_if_fail (STYRE_IS_PORTFOLIO_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Now, not after the entry's typing delay. */
  search_changed_cb (self, self->search_entry);
}

/**
 * styre_portfolio_page_focus_search:
 *
 * Puts the keyboard in the search entry, its text selected.
 */
void
styre_portfolio_page_focus_search (StyrePortfolioPage *self)
{
  g_return_if_fail (STYRE_IS_PORTFOLIO_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
