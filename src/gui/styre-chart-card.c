/* styre-chart-card.c — one chart on the dashboard, with its title and menu
 *
 * A card shows its chart, or the same numbers as a table, or why it could not be drawn.
 * Its menu enlarges, exports, sizes, moves and removes it; the page does those (signals
 * "enlarge", "export", "move", "remove", and notify::size), so a card knows nothing of
 * the others. A card is also moved by dragging its title onto another card: it takes that
 * card's place ("move" by the distance between them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-chart-card"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "styre-chart-card.h"
#include "styre-chart-view.h"
#include "styre-gui.h"

struct _StyreChartCard
{
  AdwBin              parent_instance;

  StyreDashboardCard *card;
  StyreChart         *chart;
  StyreChartTable    *table;
  char               *error;
  gboolean            show_table;
  gboolean            loading;
  gboolean            enlarged;
  gboolean            editable;

  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkWidget          *table_button;
  GtkWidget          *enlarge_button;
  GtkStack           *stack;
  StyreChartWidget   *chart_widget;
  GtkScrolledWindow  *table_window;
  GtkSpinner         *spinner;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (StyreChartCard, styre_chart_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SHOW_TABLE,
  PROP_SIZE,
  N_PROPS
};

enum {
  SIGNAL_ENLARGE,
  SIGNAL_EXPORT,
  SIGNAL_MOVE,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
card_title (StyreChartCard *self)
{
  const char *title = styre_chart_get_title (self->card->chart);

  return title ? title : self->card->chart;
}

static void
update_subtitle (StyreChartCard *self)
{
  const StyreChartLayout *layout = styre_chart_widget_get_layout (self->chart_widget);
  const StyreChartData *data = self->chart ? styre_chart_get_data (self->chart) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->card->filters != NULL && data != NULL && data->filter_label != NULL)
    g_string_append (text, data->filter_label);
  if (self->card->filters != NULL && data != NULL && data->group != NULL)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, g_str_equal (data->group, "agency") ? _("Grouped by agency")
                                                                  : _("Grouped by focus area"));
    }
  if (self->enlarged && !self->show_table && layout != NULL
      && (layout->first_row > 0 || styre_chart_layout_has_more (layout)) && layout->n_rows > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: which rows of a long chart are shown, e.g. "Rows 13–24 of 38" */
      g_string_append_printf (text, _("Rows %u–%u of %u"), layout->first_row + 1,
                              layout->first_row + layout->n_rows, layout->n_rows_total);
    }
  gtk_label_set_text (self->subtitle_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), text->len > 0);
}

static void
update_stack (StyreChartCard *self)
{
  const char *page;

  if (self->error != NULL)
    page = "error";
  else if (self->chart == NULL)
    page = "loading";
  else if (self->show_table)
    page = "table";
  else
    page = "chart";
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.export", self->chart != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.show-table", self->chart != NULL);
  gtk_widget_set_opacity (GTK_WIDGET (self->stack), self->loading && self->chart ? 0.6 : 1.0);
  update_subtitle (self);
}

/* ── the table ───────────────────────────────────────────────────────────────────────── */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  numeric)
{
  GtkWidget *label = styre_gui_cell_label_new (numeric ? 1.0f : 0.0f, 4, 48);

  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              StyreChartCard           *self)
{
  GtkStringObject *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (row), NULL, 10);
  const char *text = "";

  if (self->table != NULL && index < self->table->rows->len)
    text = ((StyreChartTableRow *) g_ptr_array_index (self->table->rows, index))->cells[column];
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
table_activate_cb (StyreChartCard *self,
                   guint           position,
                   GtkColumnView  *view)
{
  const StyreChartTableRow *row;

  if (self->table == NULL || position >= self->table->rows->len)
    return;
  row = g_ptr_array_index (self->table->rows, position);
  if (row->initiative_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-initiative", "x",
                                row->initiative_id);
}

static void
build_table (StyreChartCard *self)
{
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  GtkColumnView *view;

  g_clear_pointer (&self->table, styre_chart_table_free);
  gtk_scrolled_window_set_child (self->table_window, NULL);
  if (self->chart == NULL)
    return;
  self->table = styre_chart_get_table (self->chart);
  for (guint i = 0; i < self->table->rows->len; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (rows, index);
    }
  view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (
           gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&rows))))));
  gtk_column_view_set_show_row_separators (view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (view), "chart-table");
  gtk_widget_add_css_class (GTK_WIDGET (view), "data-table");
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb),
                        GINT_TO_POINTER (self->table->numeric[c]));
      g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind_cb), self, 0);
      column = gtk_column_view_column_new (self->table->headers[c], factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (c == 1 || (self->table->n_columns == 2 && c == 0))
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }
  g_signal_connect_object (view, "activate", G_CALLBACK (table_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  card_title (self), -1);
  gtk_scrolled_window_set_child (self->table_window, GTK_WIDGET (view));
}

/* ── actions ─────────────────────────────────────────────────────────────────────────── */

static void
enlarge_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_ENLARGE], 0);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_EXPORT], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_MOVE], 0, g_variant_get_int32 (parameter));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_REMOVE], 0);
}

/* ── drag and drop ───────────────────────────────────────────────────────────────────── */

static gboolean
can_arrange (StyreChartCard *self)
{
  return self->editable && !self->enlarged;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 StyreChartCard *self)
{
  if (!can_arrange (self))
    return NULL;
  return gdk_content_provider_new_typed (STYRE_TYPE_CHART_CARD, self);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               StyreChartCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (self->header);

  gtk_drag_source_set_icon (source, paintable, 24, 16);
}

static int
index_of (GtkWidget *widget)
{
  int index = 0;

  for (GtkWidget *w = gtk_widget_get_prev_sibling (widget); w != NULL;
       w = gtk_widget_get_prev_sibling (w))
    index++;
  return index;
}

/**
 * styre_chart_card_take_drop:
 * @dragged: a card of the same dashboard, dropped on this one
 *
 * Moves @dragged to this card's place, as dropping it here does.
 *
 * Returns: whether @dragged moved
 */
gboolean
styre_chart_card_take_drop (StyreChartCard *self,
                            StyreChartCard *dragged)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  g_return_val_if_fail (STYRE_IS_CHART_CARD (self), FALSE);
  g_return_val_if_fail (STYRE_IS_CHART_CARD (dragged), FALSE);

  if (dragged == self || parent == NULL || gtk_widget_get_parent (GTK_WIDGET (dragged)) != parent
      || !can_arrange (self) || !can_arrange (dragged))
    return FALSE;
  g_signal_emit (dragged, signals[SIGNAL_MOVE], 0,
                 index_of (GTK_WIDGET (self)) - index_of (GTK_WIDGET (dragged)));
  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         StyreChartCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
  return styre_chart_card_take_drop (self, g_value_get_object (value));
}

static GdkDragAction
drop_enter_cb (GtkDropTarget  *target,
               double          x,
               double          y,
               StyreChartCard *self)
{
  if (!can_arrange (self))
    return 0;
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget  *target,
               StyreChartCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

static void
layout_changed_cb (StyreChartCard *self)
{
  update_subtitle (self);
}

static void
update_actions (StyreChartCard *self)
{
  gboolean arrange = self->editable && !self->enlarged;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.size", arrange);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.move", arrange);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.remove", arrange);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.enlarge", !self->enlarged);
  gtk_widget_set_visible (self->enlarge_button, !self->enlarged);
  /* The title is where a card is taken to move it. */
  gtk_widget_set_cursor_from_name (self->header, arrange ? "grab" : NULL);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_chart_card_dispose (GObject *object)
{
  StyreChartCard *self = STYRE_CHART_CARD (object);

  g_clear_pointer (&self->card, styre_dashboard_card_free);
  g_clear_pointer (&self->chart, styre_chart_unref);
  g_clear_pointer (&self->table, styre_chart_table_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (styre_chart_card_parent_class)->dispose (object);
}

static void
styre_chart_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyreChartCard *self = STYRE_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, self->show_table);
      break;
    case PROP_SIZE:
      g_value_take_string (value, g_strdup_printf ("%dx%d", self->card->width,
                                                   self->card->height));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_chart_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StyreChartCard *self = STYRE_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLE:
      styre_chart_card_set_show_table (self, g_value_get_boolean (value));
      break;
    case PROP_SIZE:
      {
        int w = 0, h = 0;

        if (sscanf (g_value_get_string (value), "%dx%d", &w, &h) == 2)
          styre_chart_card_set_card_size (self, w, h);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_chart_card_class_init (StyreChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_chart_card_dispose;
  object_class->get_property = styre_chart_card_get_property;
  object_class->set_property = styre_chart_card_set_property;

  /**
   * StyreChartCard:show-table:
   *
   * Whether the card shows its numbers as a table instead of the chart.
   */
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * StyreChartCard:size:
   *
   * The columns and rows of the dashboard the card spans, written "2x1".
   */
  properties[PROP_SIZE] =
    g_param_spec_string ("size", NULL, NULL, "2x1",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ENLARGE] = g_signal_new ("enlarge", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * StyreChartCard::move:
   * @delta: -1 to move it earlier, 1 later
   */
  signals[SIGNAL_MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (STYRE_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, header);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, enlarge_button);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, chart_widget);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, table_window);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, spinner);
  gtk_widget_class_bind_template_child (widget_class, StyreChartCard, error_label);

  gtk_widget_class_install_action (widget_class, "card.enlarge", NULL, enlarge_action);
  gtk_widget_class_install_action (widget_class, "card.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "card.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "card.remove", NULL, remove_action);
  gtk_widget_class_install_property_action (widget_class, "card.show-table", "show-table");
  gtk_widget_class_install_property_action (widget_class, "card.size", "size");

  gtk_widget_class_set_css_name (widget_class, "chartcard");
}

static void
styre_chart_card_init (StyreChartCard *self)
{
  /* The template's property actions ask for the size before styre_chart_card_new(). */
  self->card = styre_dashboard_card_new ("kpi", 2, 1, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;
  g_signal_connect_object (self->chart_widget, "layout-changed", G_CALLBACK (layout_changed_cb),
                           self, G_CONNECT_SWAPPED);

  {
    GtkDragSource *source = gtk_drag_source_new ();
    GtkDropTarget *target = gtk_drop_target_new (STYRE_TYPE_CHART_CARD, GDK_ACTION_MOVE);

    gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
    g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
    g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
    gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (source));
    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), self);
    g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }
  update_actions (self);
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

/**
 * styre_chart_card_new:
 * @card: which chart, how big, with which filters of its own (copied)
 */
StyreChartCard *
styre_chart_card_new (const StyreDashboardCard *card)
{
  StyreChartCard *self = g_object_new (STYRE_TYPE_CHART_CARD, NULL);

  styre_dashboard_card_free (self->card);
  self->card = styre_dashboard_card_copy (card);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
  gtk_label_set_text (self->title_label, card_title (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), card_title (self));
  if (!styre_chart_kind_from_id (card->chart, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("This version of Styre does not know the chart “%s”. It stays in "
                           "the layout for those who have a newer version."), card->chart);
      styre_chart_card_set_error (self, message);
    }
  update_actions (self);
  update_stack (self);
  return self;
}

/**
 * styre_chart_card_get_card:
 *
 * Returns: (transfer none): the chart, size and filters of the card, as the layout keeps
 *   them
 */
const StyreDashboardCard *
styre_chart_card_get_card (StyreChartCard *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_CARD (self), NULL);
  return self->card;
}

void
styre_chart_card_set_card_size (StyreChartCard *self,
                                int             width,
                                int             height)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  width = CLAMP (width, 1, STYRE_DASHBOARD_MAX_WIDTH);
  height = CLAMP (height, 1, STYRE_DASHBOARD_MAX_HEIGHT);
  if (self->card->width == width && self->card->height == height)
    return;
  self->card->width = width;
  self->card->height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

/**
 * styre_chart_card_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
StyreChart *
styre_chart_card_get_chart (StyreChartCard *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_CARD (self), NULL);
  return self->chart;
}

/**
 * styre_chart_card_set_chart:
 * @chart: (nullable): freshly prepared data for the card's chart
 */
void
styre_chart_card_set_chart (StyreChartCard *self,
                            StyreChart     *chart)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  if (chart != NULL)
    styre_chart_ref (chart);
  g_clear_pointer (&self->chart, styre_chart_unref);
  self->chart = chart;
  g_clear_pointer (&self->error, g_free);
  self->loading = FALSE;
  styre_chart_widget_set_chart (self->chart_widget, chart);
  if (self->show_table)
    build_table (self);
  else
    g_clear_pointer (&self->table, styre_chart_table_free);
  update_stack (self);
}

/**
 * styre_chart_card_set_error:
 * @message: (nullable): why the chart cannot be shown, for a person
 */
void
styre_chart_card_set_error (StyreChartCard *self,
                            const char     *message)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  g_free (self->error);
  self->error = g_strdup (message);
  self->loading = FALSE;
  gtk_label_set_text (self->error_label, message ? message : "");
  update_stack (self);
}

void
styre_chart_card_set_loading (StyreChartCard *self,
                              gboolean        loading)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  self->loading = loading;
  update_stack (self);
}

gboolean
styre_chart_card_get_show_table (StyreChartCard *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_CARD (self), FALSE);
  return self->show_table;
}

void
styre_chart_card_set_show_table (StyreChartCard *self,
                                 gboolean        show_table)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  show_table = !!show_table;
  if (self->show_table == show_table)
    return;
  self->show_table = show_table;
  if (show_table && self->table == NULL)
    build_table (self);
  gtk_button_set_icon_name (GTK_BUTTON (self->table_button),
                            show_table ? "x-office-presentation-symbolic" : "view-list-symbolic");
  gtk_widget_set_tooltip_text (self->table_button,
                               show_table ? _("Show as Chart") : _("Show as Table"));
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

/**
 * styre_chart_card_set_enlarged:
 *
 * A card enlarged to the whole page scrolls through long lists and cannot be sized,
 * moved or removed.
 */
void
styre_chart_card_set_enlarged (StyreChartCard *self,
                               gboolean        enlarged)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  self->enlarged = enlarged;
  styre_chart_widget_set_scrollable (self->chart_widget, enlarged);
  update_actions (self);
  update_subtitle (self);
}

void
styre_chart_card_set_editable (StyreChartCard *self,
                               gboolean        editable)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));

  self->editable = editable;
  update_actions (self);
}

static void
set_label_size (GtkLabel *label,
                double    pixels)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute ((int) (pixels * PANGO_SCALE)));
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

/**
 * styre_chart_card_set_font_size:
 *
 * The chart's smallest text; the card's title is a little larger, so that nothing on a
 * card on the projector is smaller than the chart's text.
 */
void
styre_chart_card_set_font_size (StyreChartCard *self,
                                double          font_size)
{
  g_return_if_fail (STYRE_IS_CHART_CARD (self));
  styre_chart_widget_set_font_size (self->chart_widget, font_size);
  set_label_size (self->title_label, font_size * 1.15);
  set_label_size (self->subtitle_label, font_size);
}

/**
 * styre_chart_card_get_chart_widget:
 *
 * Returns: (transfer none): the widget that draws the chart
 */
StyreChartWidget *
styre_chart_card_get_chart_widget (StyreChartCard *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_CARD (self), NULL);
  return self->chart_widget;
}
