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

#include "styre-detail.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-initiative-view.h"
#include "styre-portfolio-filter.h"
#include "styre-portfolio-page.h"
#include "styre-queries.h"
#include "styre-record-editor.h"
#include "styre-window.h"

struct _StyrePortfolioPage
{
  AdwBin               parent_instance;

  GListModel          *initiatives;   /* what the file has, in the query's order */
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSelectionModel   *selection;     /* given to the table when it is first shown */
  GtkCustomFilter     *custom_filter;
  StyrePortfolioFilter *filter;       /* the search and the chips */
  StyreStore          *store;
  GPtrArray           *focus_areas;   /* of StyreChoice, for the chip */
  GtkWidget           *chips[STYRE_N_FACETS];
  gint64               pending_id;    /* to show once the table has it */
  gboolean             want_detail;   /* the person chose one: show it, folded or not */
  guint                fold_idle;
  double               saved_scroll;
  guint                restore_idle;
  guint                scroll_idle;      /* scrolls to the selected row */
  gulong               scroll_on_map;    /* …once the table is shown */
  int                  width_class;   /* which columns fit; -1 before the first allocation */
  int                  allocated_width;
  guint                columns_idle;

  GtkWidget           *toolbar;
  AdwLeaflet          *leaflet;
  GtkWidget           *list_box;
  GtkWidget           *separator;
  StyreInitiativeView *detail_view;
  GtkBox              *chips_box;
  GtkWidget           *clear_button;
  GtkWidget           *new_button;
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
filter_changed (StyrePortfolioPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (self->clear_button,
                          styre_portfolio_filter_has_choices (self->filter));
}

static void
search_changed_cb (StyrePortfolioPage *self,
                   GtkSearchEntry     *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (styre_portfolio_filter_set_text (self->filter, text))
    filter_changed (self);
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  StyrePortfolioPage *self = user_data;

  return styre_portfolio_filter_match (self->filter, item);
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

/* ── filter chips ────────────────────────────────────────────────────────────────────── */

static const char *
facet_name (StyrePortfolioFacet facet)
{
  switch (facet)
    {
    case STYRE_FACET_AGENCY: return C_("filter", "Agency");
    case STYRE_FACET_FOCUS_AREA: return C_("filter", "Focus Area");
    case STYRE_FACET_KIND: return C_("filter", "Kind");
    case STYRE_FACET_METHOD: return C_("filter", "Method");
    case STYRE_FACET_PHASE: return C_("filter", "Phase");
    case STYRE_FACET_RAG: return C_("filter", "Status");
    case STYRE_FACET_LIFECYCLE: return C_("filter", "State");
    case STYRE_N_FACETS:
    default:
      g_assert_not_reached ();
    }
}

/* The choices a chip offers: (value, label) pairs. */
static GPtrArray *
facet_choices (StyrePortfolioPage  *self,
               StyrePortfolioFacet  facet)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  StyreVocabulary vocabulary = styre_portfolio_facet_vocabulary (facet);

  if (vocabulary != STYRE_N_VOCABULARIES)
    {
      const char * const *ids = styre_vocabulary_ids (vocabulary);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_ptr_array_add (pairs, g_strdup (ids[i]));
          if (vocabulary == STYRE_VOCAB_RAG)
            g_ptr_array_add (pairs, g_strdup_printf ("%s %s",
                                                     styre_rag_symbol (styre_rag_from_id (ids[i])),
                                                     styre_vocabulary_label (vocabulary, ids[i])));
          else
            g_ptr_array_add (pairs, g_strdup (styre_vocabulary_label (vocabulary, ids[i])));
        }
    }
  else if (facet == STYRE_FACET_AGENCY)
    {
      /* The agencies that own an initiative, by name. */
      g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      guint n = g_list_model_get_n_items (self->initiatives);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyreInitiative) initiative = g_list_model_get_item (self->initiatives, i);
          gint64 id = styre_initiative_get_agency_id (initiative);

          if (g_hash_table_contains (seen, &id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
          g_ptr_array_add (found, g_object_ref (initiative));
        }
      for (guint i = 0; i < found->len; i++)
        for (guint j = i + 1; j < found->len; j++)
          if (g_utf8_collate (styre_initiative_get_agency_name (found->pdata[j]),
                              styre_initiative_get_agency_name (found->pdata[i])) < 0)
            {
              gpointer t = found->pdata[i];
              found->pdata[i] = found->pdata[j];
              found->pdata[j] = t;
            }
      for (guint i = 0; i < found->len; i++)
        {
          g_ptr_array_add (pairs, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   styre_initiative_get_agency_id (found->pdata[i])));
          g_ptr_array_add (pairs, g_strdup (styre_initiative_get_agency_name (found->pdata[i])));
          g_object_unref (found->pdata[i]);
        }
    }
  else if (self->focus_areas != NULL)
    for (guint i = 0; i < self->focus_areas->len; i++)
      {
        StyreChoice *c = g_ptr_array_index (self->focus_areas, i);
        g_ptr_array_add (pairs, g_strdup_printf ("%" G_GINT64_FORMAT, c->id));
        g_ptr_array_add (pairs, g_strdup (c->label));
      }
  return pairs;
}

static void
update_chip (StyrePortfolioPage  *self,
             StyrePortfolioFacet  facet)
{
  GtkWidget *chip = self->chips[facet];
  guint n = styre_portfolio_filter_count_chosen (self->filter, facet);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (facet_name (facet));
  else if (n == 1)
    {
      g_autoptr(GPtrArray) pairs = facet_choices (self, facet);

      for (guint i = 0; i + 1 < pairs->len; i += 2)
        if (styre_portfolio_filter_get_chosen (self->filter, facet, pairs->pdata[i]))
          /* Translators: a filter chip with one value chosen, e.g. "Phase: Execution" */
          label = g_strdup_printf (_("%s: %s"), facet_name (facet), (char *) pairs->pdata[i + 1]);
    }
  if (label == NULL)
    /* Translators: a filter chip with several values chosen, e.g. "Phase (2)" */
    label = g_strdup_printf (_("%s (%u)"), facet_name (facet), n);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (chip), label);
  if (n > 0)
    gtk_widget_add_css_class (chip, "chosen");
  else
    gtk_widget_remove_css_class (chip, "chosen");
}

static void
choice_toggled_cb (GtkCheckButton     *check,
                   StyrePortfolioPage *self)
{
  StyrePortfolioFacet facet = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "facet"));
  const char *value = g_object_get_data (G_OBJECT (check), "value");

  if (styre_portfolio_filter_set_chosen (self->filter, facet, value,
                                         gtk_check_button_get_active (check)))
    {
      update_chip (self, facet);
      filter_changed (self);
    }
}

static void
create_popup_cb (GtkMenuButton *chip,
                 gpointer       user_data)
{
  StyrePortfolioPage *self = user_data;
  StyrePortfolioFacet facet = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chip), "facet"));
  g_autoptr(GPtrArray) pairs = facet_choices (self, facet);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      GtkWidget *check = gtk_check_button_new_with_label (pairs->pdata[i + 1]);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   styre_portfolio_filter_get_chosen (self->filter, facet,
                                                                      pairs->pdata[i]));
      g_object_set_data (G_OBJECT (check), "facet", GINT_TO_POINTER (facet));
      g_object_set_data_full (G_OBJECT (check), "value", g_strdup (pairs->pdata[i]), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  if (pairs->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("Nothing to choose from"));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  gtk_widget_add_css_class (box, "chip-choices");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_menu_button_set_popover (chip, popover);
}

static void
make_chips (StyrePortfolioPage *self)
{
  for (StyrePortfolioFacet f = 0; f < STYRE_N_FACETS; f++)
    {
      GtkWidget *chip = gtk_menu_button_new ();

      gtk_widget_add_css_class (chip, "filter-chip");
      g_object_set_data (G_OBJECT (chip), "facet", GINT_TO_POINTER (f));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (chip), create_popup_cb, self, NULL);
      gtk_box_insert_child_after (self->chips_box, chip, f == 0 ? NULL : self->chips[f - 1]);
      self->chips[f] = chip;
      update_chip (self, f);
    }
}

static void
clear_filters_cb (StyrePortfolioPage *self)
{
  for (StyrePortfolioFacet f = 0; f < STYRE_N_FACETS; f++)
    {
      styre_portfolio_filter_clear_facet (self->filter, f);
      update_chip (self, f);
    }
  filter_changed (self);
}

static void
clear_all_cb (StyrePortfolioPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  styre_portfolio_filter_set_text (self->filter, "");
  clear_filters_cb (self);
}

/* ── the detail beside the table ─────────────────────────────────────────────────────── */

static GtkWidget *
list_view_of (GtkColumnView *column_view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static void
show_detail (StyrePortfolioPage *self,
             gint64              id)
{
  gtk_widget_set_visible (GTK_WIDGET (self->detail_view), TRUE);
  gtk_widget_set_visible (self->separator, TRUE);
  if (self->store != NULL)
    styre_initiative_view_show (self->detail_view, self->store, id);
  self->want_detail = TRUE;
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_view));
}

static void
hide_detail (StyrePortfolioPage *self)
{
  self->want_detail = FALSE;
  gtk_selection_model_unselect_all (self->selection);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_view), FALSE);
  gtk_widget_set_visible (self->separator, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

static void
selection_changed_cb (StyrePortfolioPage *self)
{
  StyreInitiative *initiative =
    gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection));

  if (initiative != NULL)
    show_detail (self, styre_initiative_get_id (initiative));
}

static gboolean
show_detail_folded_cb (gpointer data)
{
  StyrePortfolioPage *self = data;

  self->fold_idle = 0;
  if (adw_leaflet_get_folded (self->leaflet) && self->want_detail)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail_view));
  return G_SOURCE_REMOVE;
}

static void
folded_changed_cb (StyrePortfolioPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  styre_initiative_view_set_folded (self->detail_view, folded);
  /* Showing the detail may be what made the page too narrow for both; the leaflet
   * folds while it is allocated, so it is told which to show after that. */
  if (folded && self->want_detail && gtk_widget_get_visible (GTK_WIDGET (self->detail_view))
      && self->fold_idle == 0)
    self->fold_idle = g_idle_add (show_detail_folded_cb, self);
}

static void
detail_back_cb (StyrePortfolioPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    {
      self->want_detail = FALSE;
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }
  else
    hide_detail (self);
}

static void
detail_deleted_cb (StyrePortfolioPage *self)
{
  hide_detail (self);
}

static gboolean
scroll_to_selected_cb (gpointer data)
{
  StyrePortfolioPage *self = data;
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (self->selection));
  GtkWidget *list = list_view_of (self->column_view);

  self->scroll_idle = 0;
  if (list != NULL && selected != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", selected);
  return G_SOURCE_REMOVE;
}

static void
scroll_on_map_cb (StyrePortfolioPage *self,
                  GtkWidget          *list)
{
  g_clear_signal_handler (&self->scroll_on_map, list);
  /* After the first allocation, so the row heights are known. */
  if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_to_selected_cb, self);
}

/* Selects the initiative in the table, and scrolls to it; FALSE when it is not there. */
static gboolean
select_id (StyrePortfolioPage *self,
           gint64              id)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreInitiative) initiative = g_list_model_get_item (model, i);

      if (styre_initiative_get_id (initiative) != id)
        continue;
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), i);
      {
        GtkWidget *list = list_view_of (self->column_view);
        if (list != NULL && gtk_widget_get_mapped (list))
          gtk_widget_activate_action (list, "list.scroll-to-item", "u", i);
        else if (list != NULL && self->scroll_on_map == 0)
          /* Opened from another page: scrolled to once the table is on screen. */
          self->scroll_on_map = g_signal_connect_object (list, "map",
                                                         G_CALLBACK (scroll_on_map_cb), self,
                                                         G_CONNECT_SWAPPED);
      }
      show_detail (self, id);
      return TRUE;
    }
  return FALSE;
}

static void
editor_saved_cb (StyreRecordEditor  *editor,
                 gint64              id,
                 StyrePortfolioPage *self)
{
  /* The file's change signal reloads the table; then the new initiative is shown. */
  self->pending_id = id;
}

/* A code for a new initiative that follows the file's pattern: "DF-2026-07". */
static char *
suggest_code (StyrePortfolioPage *self)
{
  g_autofree char *today = self->store ? styre_store_today (self->store) : g_strdup ("2026");
  g_autofree char *year = g_strndup (today, 4);
  g_autofree char *prefix = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (self->initiatives);
  int best = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreInitiative) initiative = g_list_model_get_item (self->initiatives, i);
      const char *code = styre_initiative_get_code (initiative);
      const char *at = strstr (code, year);

      g_hash_table_add (used, g_strdup (code));
      if (at != NULL && at[4] == '-' && strspn (at + 5, "0123456789") == strlen (at + 5)
          && at[5] != '\0')
        {
          int number = atoi (at + 5);
          if (number > best || prefix == NULL)
            {
              best = MAX (best, number);
              g_free (prefix);
              prefix = g_strndup (code, at - code);
            }
        }
    }
  for (int k = best + 1;; k++)
    {
      char *code = g_strdup_printf ("%s%s-%02d", prefix ? prefix : "", year, k);
      if (!g_hash_table_contains (used, code))
        return code;
      g_free (code);
    }
}

/* ── columns that fit ────────────────────────────────────────────────────────────────── */

/* On a 1024 px projector the table keeps what a leadership group reads (code, title,
 * status, trend, phase, owner, money); kind, method, agency and the last report come back
 * when there is room. Widths are the page's, in logical pixels. */
#define WIDTH_FOR_ALL_COLUMNS  1400
#define WIDTH_FOR_KIND_COLUMNS 1150
/* Beside an initiative's detail the table is narrower still: code, title, status, trend
 * and the money; then only what says how it goes. */
#define WIDTH_FOR_OWNER_COLUMN 980
#define WIDTH_FOR_MONEY_COLUMNS 760

static int
width_class_for (int width)
{
  if (width >= WIDTH_FOR_ALL_COLUMNS)
    return 0;
  if (width >= WIDTH_FOR_KIND_COLUMNS)
    return 1;
  if (width >= WIDTH_FOR_OWNER_COLUMN)
    return 2;
  if (width >= WIDTH_FOR_MONEY_COLUMNS)
    return 3;
  return 4;
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
  gtk_column_view_column_set_visible (self->owner_column, self->width_class < 3);
  gtk_column_view_column_set_visible (self->phase_column, self->width_class < 3);
  gtk_column_view_column_set_visible (self->budget_column, self->width_class < 4);
  gtk_column_view_column_set_visible (self->forecast_column, self->width_class < 4);
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

typedef struct
{
  GListModel *initiatives;
  GPtrArray  *focus_areas;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *l = data;

  g_clear_object (&l->initiatives);
  g_clear_pointer (&l->focus_areas, g_ptr_array_unref);
  g_free (l);
}

/* Runs on a worker thread. */
static gpointer
query_initiatives (StyreStore  *store,
                   gpointer     data,
                   GError     **error)
{
  g_autofree char *today = styre_store_today (store);
  Loaded *l = g_new0 (Loaded, 1);

  l->initiatives = styre_store_list_initiatives (store, atoi (today), error);
  if (l->initiatives != NULL)
    l->focus_areas = styre_store_list_choices (store, "focus_area", error);
  if (l->initiatives == NULL || l->focus_areas == NULL)
    {
      loaded_free (l);
      return NULL;
    }
  return l;
}

static gboolean
restore_scroll_cb (gpointer data)
{
  StyrePortfolioPage *self = data;
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  self->restore_idle = 0;
  if (v != NULL)
    gtk_adjustment_set_value (v, self->saved_scroll);
  return G_SOURCE_REMOVE;
}

static void
initiatives_loaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StyrePortfolioPage *self = g_task_get_source_object (task);
  StyreStore *store = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  Loaded *loaded = styre_gui_query_finish (result, &error);
  StyreInitiative *selected;
  gint64 keep = 0;
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  if (loaded == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Reading again after a change keeps what the person was looking at. */
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection));
  if (selected != NULL && store == self->store)
    keep = styre_initiative_get_id (selected);
  self->saved_scroll = v ? gtk_adjustment_get_value (v) : 0;
  if (store != self->store)
    {
      /* Another file: nothing of the last one stays on screen. */
      g_set_object (&self->store, store);
      keep = 0;
      self->saved_scroll = 0;
      gtk_widget_set_visible (GTK_WIDGET (self->detail_view), FALSE);
      gtk_widget_set_visible (self->separator, FALSE);
    }

  g_set_object (&self->initiatives, loaded->initiatives);
  g_clear_pointer (&self->focus_areas, g_ptr_array_unref);
  self->focus_areas = g_steal_pointer (&loaded->focus_areas);
  gtk_filter_list_model_set_model (self->filtered, self->initiatives);
  for (StyrePortfolioFacet f = 0; f < STYRE_N_FACETS; f++)
    update_chip (self, f);
  update_state (self);
  loaded_free (loaded);

  if (self->pending_id > 0 && select_id (self, self->pending_id))
    self->pending_id = 0;
  else if (keep > 0)
    {
      if (!select_id (self, keep))
        {
          /* Filtered away by someone's change: the detail stays, the table has no row. */
          if (gtk_widget_get_visible (GTK_WIDGET (self->detail_view)))
            styre_initiative_view_reload (self->detail_view);
        }
    }
  else if (gtk_widget_get_visible (GTK_WIDGET (self->detail_view)))
    styre_initiative_view_reload (self->detail_view);
  if (self->restore_idle == 0 && self->saved_scroll > 0)
    self->restore_idle = g_idle_add (restore_scroll_cb, self);
  g_task_return_boolean (task, TRUE);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_portfolio_page_dispose (GObject *object)
{
  StyrePortfolioPage *self = (StyrePortfolioPage *)object;

  g_clear_handle_id (&self->columns_idle, g_source_remove);
  g_clear_handle_id (&self->restore_idle, g_source_remove);
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->focus_areas, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_portfolio_page_parent_class)->dispose (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->initiatives);
  g_clear_object (&self->custom_filter);
  g_clear_pointer (&self->filter, styre_portfolio_filter_free);
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
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, separator);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, detail_view);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, chips_box);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePortfolioPage, new_button);
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
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_deleted_cb);

  g_type_ensure (STYRE_TYPE_INITIATIVE_VIEW);
}

static void
styre_portfolio_page_init (StyrePortfolioPage *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->width_class = -1;
  self->initiatives = G_LIST_MODEL (g_list_store_new (STYRE_TYPE_INITIATIVE));
  self->filter = styre_portfolio_filter_new ();
  self->custom_filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->initiatives),
                                              g_object_ref (GTK_FILTER (self->custom_filter)));
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
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  make_chips (self);
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
  g_task_set_task_data (task, g_object_ref (store), g_object_unref);
  styre_gui_query_async (self, store, query_initiatives, NULL, NULL, loaded_free,
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

/**
 * styre_portfolio_page_show_initiative:
 *
 * Shows initiative @id: selects it in the table (clearing a search or filter that hides
 * it) and opens its detail. If the table does not have it yet, it is shown when the
 * table has read it.
 */
void
styre_portfolio_page_show_initiative (StyrePortfolioPage *self,
                                      gint64              id)
{
  g_return_if_fail (STYRE_IS_PORTFOLIO_PAGE (self));

  if (select_id (self, id))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (self->initiatives); i++)
    {
      g_autoptr(StyreInitiative) initiative = g_list_model_get_item (self->initiatives, i);

      if (styre_initiative_get_id (initiative) == id)
        {
          clear_all_cb (self);
          select_id (self, id);
          return;
        }
    }
  self->pending_id = id;
  if (self->store != NULL)
    show_detail (self, id);
}

/**
 * styre_portfolio_page_new_initiative:
 *
 * Opens the form for a new initiative; once saved, it is shown.
 *
 * Returns: (transfer none) (nullable): the form
 */
GtkWidget *
styre_portfolio_page_new_initiative (StyrePortfolioPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  StyreRecordEditor *editor;
  g_autofree char *code = NULL;

  g_return_val_if_fail (STYRE_IS_PORTFOLIO_PAGE (self), NULL);

  if (self->store == NULL || styre_store_is_read_only (self->store))
    return NULL;
  code = suggest_code (self);
  editor = styre_record_editor_new (GTK_WINDOW (root), self->store,
                                    STYRE_IS_WINDOW (root)
                                    ? styre_window_get_undo_stack (STYRE_WINDOW (root)) : NULL,
                                    "initiative", NULL);
  styre_record_editor_set_default_text (editor, "code", code);
  styre_record_editor_set_default_text (editor, "kind", "project");
  styre_record_editor_set_default_text (editor, "method", "hybrid");
  styre_record_editor_set_default_text (editor, "phase", "idea");
  styre_record_editor_set_default_text (editor, "lifecycle", "proposed");
  styre_record_editor_set_default_text (editor, "confidentiality", "open");
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

/**
 * styre_portfolio_page_get_detail:
 *
 * Returns: (transfer none): the initiative shown beside the table
 */
StyreInitiativeView *
styre_portfolio_page_get_detail (StyrePortfolioPage *self)
{
  g_return_val_if_fail (STYRE_IS_PORTFOLIO_PAGE (self), NULL);
  return self->detail_view;
}

/**
 * styre_portfolio_page_set_chosen:
 *
 * Chooses @value in the chip of @facet, as a person ticking it.
 */
void
styre_portfolio_page_set_chosen (StyrePortfolioPage  *self,
                                 StyrePortfolioFacet  facet,
                                 const char          *value,
                                 gboolean             chosen)
{
  g_return_if_fail (STYRE_IS_PORTFOLIO_PAGE (self));

  if (styre_portfolio_filter_set_chosen (self->filter, facet, value, chosen))
    {
      update_chip (self, facet);
      filter_changed (self);
    }
}
