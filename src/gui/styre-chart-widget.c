/* styre-chart-widget.c — a chart on screen: hover, tooltips, keys, clicks
 *
 * The chart's body is drawn once into a render node and kept until the chart, the size,
 * the type size, the first row or the style (dark, high contrast) changes; hover and the
 * keyboard focus are drawn on top of it each frame (STYLE.md, sysprof's charts). The
 * marks the drawing returned are what the pointer and the arrow keys move between; a
 * mark with an initiative opens it (win.show-initiative). To assistive technology the
 * widget is an image with the chart's title and a description in words, and the focused
 * mark's words while the arrow keys move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-chart-widget"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "styre-chart-widget.h"

struct _StyreChartWidget
{
  GtkWidget          parent_instance;

  StyreChart        *chart;
  char              *description;
  double             font_size;
  guint              first_row;
  int                time_span;
  gboolean           scrollable;

  GskRenderNode     *body;        /* the chart as drawn, for this size and style */
  int                body_width;
  int                body_height;
  StyreChartLayout  *layout;      /* the marks of that drawing */
  int                hover;       /* mark under the pointer, or -1 */
  int                focused;     /* mark the keys are on, or -1 */
};

G_DEFINE_FINAL_TYPE (StyreChartWidget, styre_chart_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_FONT_SIZE,
  PROP_FIRST_ROW,
  PROP_SCROLLABLE,
  PROP_TIME_SPAN,
  N_PROPS
};

enum {
  SIGNAL_LAYOUT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
invalidate (StyreChartWidget *self)
{
  g_clear_pointer (&self->body, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static const StyreChartMark *
mark_at (StyreChartWidget *self,
         int               index)
{
  if (self->layout == NULL || index < 0 || (guint) index >= self->layout->marks->len)
    return NULL;
  return &g_array_index (self->layout->marks, StyreChartMark, index);
}

static int
mark_index (StyreChartWidget     *self,
            const StyreChartMark *mark)
{
  if (mark == NULL)
    return -1;
  return (int) (mark - &g_array_index (self->layout->marks, StyreChartMark, 0));
}

static void
update_description (StyreChartWidget *self)
{
  const StyreChartMark *mark = mark_at (self, self->focused);

  if (mark != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s. %s", mark->label, mark->tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      text, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->description ? self->description : "", -1);
}

static StyreChartTheme
current_theme (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? STYRE_CHART_THEME_HIGH_CONTRAST_DARK : STYRE_CHART_THEME_HIGH_CONTRAST;
  return dark ? STYRE_CHART_THEME_DARK : STYRE_CHART_THEME_LIGHT;
}

static void
render_body (StyreChartWidget *self,
             int               width,
             int               height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  StyreChartStyle style;
  cairo_t *cr;
  guint marks_before = self->layout ? self->layout->marks->len : 0;

  styre_chart_style_init (&style);
  style.theme = current_theme ();
  style.show_title = FALSE;
  style.transparent = TRUE;
  style.font_size = self->font_size;
  style.time_span_months = self->time_span;
  style.more_hint = self->scrollable ? STYRE_CHART_MORE_SCROLL : STYRE_CHART_MORE_ENLARGE;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->layout, styre_chart_layout_free);
  self->layout = styre_chart_draw (self->chart, cr, width, height, &style, self->first_row);
  cairo_destroy (cr);
  self->body = gtk_snapshot_free_to_node (snapshot);
  self->body_width = width;
  self->body_height = height;

  /* The marks moved: what was hovered or focused is no longer where it was. */
  if (self->layout->marks->len != marks_before || (guint) MAX (self->focused, 0) >= self->layout->marks->len)
    {
      self->hover = -1;
      if (self->focused >= (int) self->layout->marks->len)
        self->focused = self->layout->marks->len > 0 ? (int) self->layout->marks->len - 1 : -1;
    }
  g_signal_emit (self, signals[SIGNAL_LAYOUT_CHANGED], 0);
}

static void
outline_mark (StyreChartWidget     *self,
              GtkSnapshot          *snapshot,
              const StyreChartMark *mark,
              const GdkRGBA        *colour,
              double                width)
{
  GskRoundedRect rect;
  float radius = mark->shape == STYRE_CHART_MARK_CIRCLE ? MIN (mark->width, mark->height) / 2 + 3
                                                        : 4;
  GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };
  float widths[4] = { width, width, width, width };
  GdkRGBA fill = *colour;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (mark->x - 3, mark->y - 3,
                                                               mark->width + 6,
                                                               mark->height + 6), radius);
  fill.alpha = 0.12f;
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &fill, &rect.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &rect, widths, colours);
}

static void
styre_chart_widget_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA accent = { 0.21f, 0.52f, 0.89f, 1.0f };

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  if (self->body == NULL || self->body_width != width || self->body_height != height)
    {
      g_clear_pointer (&self->body, gsk_render_node_unref);
      render_body (self, width, height);
    }
  gtk_snapshot_append_node (snapshot, self->body);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (mark_at (self, self->hover) != NULL && self->hover != self->focused)
    outline_mark (self, snapshot, mark_at (self, self->hover), &accent, 2);
  if (mark_at (self, self->focused) != NULL && gtk_widget_has_focus (widget))
    outline_mark (self, snapshot, mark_at (self, self->focused), &accent, 3);
}

static void
styre_chart_widget_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (widget);
  double font = self->font_size > 0 ? self->font_size : 18;

  /* Room for a few lines of the chart's smallest text. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int) (font * 12);
  else
    *minimum = *natural = (int) (font * 8);
}

static void
styre_chart_widget_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (widget);

  if (width != self->body_width || height != self->body_height)
    self->hover = -1;
}

static gboolean
activate_mark (StyreChartWidget     *self,
               const StyreChartMark *mark)
{
  if (mark == NULL || mark->initiative_id <= 0)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "win.show-initiative", "x",
                                     mark->initiative_id);
}

static void
motion_cb (StyreChartWidget *self,
           double            x,
           double            y)
{
  const StyreChartMark *mark = styre_chart_layout_hit (self->layout, x, y);
  int index = mark_index (self, mark);

  if (index != self->hover)
    {
      self->hover = index;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       mark && mark->initiative_id > 0 ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (StyreChartWidget *self)
{
  if (self->hover != -1)
    {
      self->hover = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
released_cb (StyreChartWidget *self,
             int               n_press,
             double            x,
             double            y,
             GtkGestureClick  *gesture)
{
  const StyreChartMark *mark = styre_chart_layout_hit (self->layout, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (mark != NULL)
    {
      self->focused = mark_index (self, mark);
      update_description (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  if (activate_mark (self, mark))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
move_focus (StyreChartWidget *self,
            int               index)
{
  guint n = self->layout ? self->layout->marks->len : 0;

  if (n == 0)
    return;
  self->focused = CLAMP (index, 0, (int) n - 1);
  update_description (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
scroll_rows (StyreChartWidget *self,
             int               delta)
{
  guint total = self->layout ? self->layout->n_rows_total : 0;
  int first = (int) self->first_row + delta;

  if (!self->scrollable || total == 0)
    return;
  if (delta > 0 && !styre_chart_layout_has_more (self->layout))
    return;
  styre_chart_widget_set_first_row (self, (guint) CLAMP (first, 0, (int) total - 1));
}

static gboolean
key_pressed_cb (StyreChartWidget *self,
                guint             keyval,
                guint             keycode,
                GdkModifierType   state)
{
  guint n = self->layout ? self->layout->marks->len : 0;
  guint page = self->layout ? MAX (1, self->layout->n_rows) : 1;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      move_focus (self, self->focused + 1);
      return n > 0;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      move_focus (self, self->focused < 0 ? 0 : self->focused - 1);
      return n > 0;
    case GDK_KEY_Home:
      move_focus (self, 0);
      return n > 0;
    case GDK_KEY_End:
      move_focus (self, (int) n - 1);
      return n > 0;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      return activate_mark (self, mark_at (self, self->focused));
    case GDK_KEY_Page_Down:
      if (!self->scrollable)
        return FALSE;
      scroll_rows (self, (int) page);
      return TRUE;
    case GDK_KEY_Page_Up:
      if (!self->scrollable)
        return FALSE;
      scroll_rows (self, -(int) page);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->focused < 0)
        return FALSE;
      self->focused = -1;
      update_description (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
scroll_cb (StyreChartWidget *self,
           double            dx,
           double            dy)
{
  if (!self->scrollable || self->layout == NULL || self->layout->n_rows_total == 0
      || (dy > 0 && !styre_chart_layout_has_more (self->layout))
      || (dy < 0 && self->first_row == 0))
    return FALSE;
  scroll_rows (self, dy > 0 ? 3 : -3);
  return TRUE;
}

static gboolean
query_tooltip_cb (StyreChartWidget *self,
                  int               x,
                  int               y,
                  gboolean          keyboard_mode,
                  GtkTooltip       *tooltip)
{
  const StyreChartMark *mark = keyboard_mode ? mark_at (self, self->focused)
                                             : styre_chart_layout_hit (self->layout, x, y);
  GdkRectangle area;

  if (mark == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, mark->tooltip);
  area.x = (int) mark->x;
  area.y = (int) mark->y;
  area.width = MAX (1, (int) mark->width);
  area.height = MAX (1, (int) mark->height);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
focus_changed_cb (StyreChartWidget *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
styre_chart_widget_dispose (GObject *object)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (object);

  g_clear_pointer (&self->chart, styre_chart_unref);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->body, gsk_render_node_unref);
  g_clear_pointer (&self->layout, styre_chart_layout_free);

  G_OBJECT_CLASS (styre_chart_widget_parent_class)->dispose (object);
}

static void
styre_chart_widget_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    case PROP_FONT_SIZE:
      g_value_set_double (value, self->font_size);
      break;
    case PROP_FIRST_ROW:
      g_value_set_uint (value, self->first_row);
      break;
    case PROP_SCROLLABLE:
      g_value_set_boolean (value, self->scrollable);
      break;
    case PROP_TIME_SPAN:
      g_value_set_int (value, self->time_span);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_chart_widget_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StyreChartWidget *self = STYRE_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CHART:
      styre_chart_widget_set_chart (self, g_value_get_boxed (value));
      break;
    case PROP_FONT_SIZE:
      styre_chart_widget_set_font_size (self, g_value_get_double (value));
      break;
    case PROP_FIRST_ROW:
      styre_chart_widget_set_first_row (self, g_value_get_uint (value));
      break;
    case PROP_SCROLLABLE:
      styre_chart_widget_set_scrollable (self, g_value_get_boolean (value));
      break;
    case PROP_TIME_SPAN:
      styre_chart_widget_set_time_span (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_chart_widget_class_init (StyreChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = styre_chart_widget_dispose;
  object_class->get_property = styre_chart_widget_get_property;
  object_class->set_property = styre_chart_widget_set_property;
  widget_class->snapshot = styre_chart_widget_snapshot;
  widget_class->measure = styre_chart_widget_measure;
  widget_class->size_allocate = styre_chart_widget_size_allocate;

  properties[PROP_CHART] = g_param_spec_boxed ("chart", NULL, NULL, STYRE_TYPE_CHART, flags);
  /**
   * StyreChartWidget:font-size:
   *
   * The chart's smallest text in pixels; 0 sizes it from the widget's size.
   */
  properties[PROP_FONT_SIZE] = g_param_spec_double ("font-size", NULL, NULL, 0, 200, 18, flags);
  /**
   * StyreChartWidget:first-row:
   *
   * For a chart that is a list, the first row shown.
   */
  properties[PROP_FIRST_ROW] = g_param_spec_uint ("first-row", NULL, NULL, 0, G_MAXUINT, 0,
                                                  flags);
  /**
   * StyreChartWidget:scrollable:
   *
   * Whether the wheel and Page Up/Down move through the rows of a long list.
   */
  properties[PROP_SCROLLABLE] = g_param_spec_boolean ("scrollable", NULL, NULL, FALSE, flags);
  /**
   * StyreChartWidget:time-span:
   *
   * How many months a time line spans; 0 for the chart's own choice.
   */
  properties[PROP_TIME_SPAN] = g_param_spec_int ("time-span", NULL, NULL, 0, 240, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StyreChartWidget::layout-changed:
   *
   * The chart was drawn again: its marks and the rows that fitted may have changed.
   */
  signals[SIGNAL_LAYOUT_CHANGED] = g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
styre_chart_widget_init (StyreChartWidget *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL
                                                                | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->font_size = 18;
  self->hover = -1;
  self->focused = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  /* Light, dark and high contrast draw differently. */
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (invalidate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (invalidate), self,
                           G_CONNECT_SWAPPED);
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

GtkWidget *
styre_chart_widget_new (void)
{
  return g_object_new (STYRE_TYPE_CHART_WIDGET, NULL);
}

/**
 * styre_chart_widget_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
StyreChart *
styre_chart_widget_get_chart (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), NULL);
  return self->chart;
}

/**
 * styre_chart_widget_set_chart:
 * @chart: (nullable): a prepared chart
 *
 * Shows @chart: the same kind as before keeps the row the list was scrolled to.
 */
void
styre_chart_widget_set_chart (StyreChartWidget *self,
                              StyreChart       *chart)
{
  g_return_if_fail (STYRE_IS_CHART_WIDGET (self));

  if (self->chart == chart)
    return;
  if (chart == NULL || self->chart == NULL
      || styre_chart_get_kind (chart) != styre_chart_get_kind (self->chart))
    {
      self->first_row = 0;
      self->focused = -1;
    }
  g_clear_pointer (&self->chart, styre_chart_unref);
  self->chart = chart ? styre_chart_ref (chart) : NULL;
  g_clear_pointer (&self->description, g_free);
  if (chart != NULL)
    {
      self->description = styre_chart_describe (chart);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      styre_chart_kind_get_title (styre_chart_get_kind (chart)),
                                      -1);
    }
  self->hover = -1;
  update_description (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

double
styre_chart_widget_get_font_size (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), 0);
  return self->font_size;
}

void
styre_chart_widget_set_font_size (StyreChartWidget *self,
                                  double            font_size)
{
  g_return_if_fail (STYRE_IS_CHART_WIDGET (self));

  if (G_APPROX_VALUE (self->font_size, font_size, 0.01))
    return;
  self->font_size = font_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SIZE]);
}

gboolean
styre_chart_widget_get_scrollable (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), FALSE);
  return self->scrollable;
}

void
styre_chart_widget_set_scrollable (StyreChartWidget *self,
                                   gboolean          scrollable)
{
  g_return_if_fail (STYRE_IS_CHART_WIDGET (self));

  scrollable = !!scrollable;
  if (self->scrollable == scrollable)
    return;
  self->scrollable = scrollable;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCROLLABLE]);
}

guint
styre_chart_widget_get_first_row (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), 0);
  return self->first_row;
}

void
styre_chart_widget_set_first_row (StyreChartWidget *self,
                                  guint             first_row)
{
  g_return_if_fail (STYRE_IS_CHART_WIDGET (self));

  if (self->first_row == first_row)
    return;
  self->first_row = first_row;
  self->focused = -1;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_ROW]);
}

int
styre_chart_widget_get_time_span (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), 0);
  return self->time_span;
}

void
styre_chart_widget_set_time_span (StyreChartWidget *self,
                                  int               months)
{
  g_return_if_fail (STYRE_IS_CHART_WIDGET (self));

  if (self->time_span == months)
    return;
  self->time_span = months;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_SPAN]);
}

/**
 * styre_chart_widget_get_layout:
 *
 * Returns: (transfer none) (nullable): the marks of the last drawing
 */
const StyreChartLayout *
styre_chart_widget_get_layout (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), NULL);
  return self->layout;
}

int
styre_chart_widget_get_focused_mark (StyreChartWidget *self)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), -1);
  return self->focused;
}

/**
 * styre_chart_widget_activate_mark:
 * @index: a mark of the last drawing
 *
 * Does what clicking the mark does: opens its initiative.
 *
 * Returns: whether the mark had an initiative to open
 */
gboolean
styre_chart_widget_activate_mark (StyreChartWidget *self,
                                  guint             index)
{
  g_return_val_if_fail (STYRE_IS_CHART_WIDGET (self), FALSE);
  return activate_mark (self, mark_at (self, (int) index));
}
