/* styre-audience-view.c — the audience screen on a widget, or its preview on the console
 *
 * On the audience window it draws the screen at the window's real size (every pixel of a
 * 4K projector, at the device's scale), so charts are laid out for the screen rather than
 * scaled. The drawing is kept as a render node and made again only when what is shown,
 * the size or the style changes; the clock's corner is drawn on top of it once a second.
 *
 * As a preview on the presenter console it draws the same screen at the audience
 * window's size, scaled down, so the chair sees exactly what the room sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-audience-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "styre-audience-view.h"

#define HIDE_CURSOR_SECONDS 2

struct _StyreAudienceView
{
  GtkWidget            parent_instance;

  StyreAudience       *audience;
  StyreProjector      *projector;
  int                  preview_width;   /* 0: the screen itself, not a preview */
  int                  preview_height;

  GskRenderNode       *body;            /* everything but the clock, for this size and style */
  int                  body_width;
  int                  body_height;
  StyreAudienceFrame  *frame;           /* what the body showed */
  guint                hide_cursor_source;
};

G_DEFINE_FINAL_TYPE (StyreAudienceView, styre_audience_view, GTK_TYPE_WIDGET)

static StyreChartTheme
current_theme (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? STYRE_CHART_THEME_HIGH_CONTRAST_DARK : STYRE_CHART_THEME_HIGH_CONTRAST;
  return dark ? STYRE_CHART_THEME_DARK : STYRE_CHART_THEME_LIGHT;
}

/* Where the screen is drawn on the widget: the whole of it, or a preview letterboxed in it. */
static void
geometry (StyreAudienceView *self,
          double            *screen_w,
          double            *screen_h,
          double            *scale,
          double            *ox,
          double            *oy)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->preview_width <= 0 || self->preview_height <= 0)
    {
      *screen_w = w;
      *screen_h = h;
      *scale = 1;
      *ox = *oy = 0;
      return;
    }
  *screen_w = self->preview_width;
  *screen_h = self->preview_height;
  *scale = MIN (w / *screen_w, h / *screen_h);
  *ox = round ((w - *screen_w * *scale) / 2);
  *oy = round ((h - *screen_h * *scale) / 2);
}

static void
update_accessible (StyreAudienceView *self)
{
  g_autofree char *text = self->frame ? styre_audience_frame_get_text (self->frame) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

static void
render_body (StyreAudienceView *self,
             GDateTime         *now)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  StyreAudienceStyle style = { .theme = current_theme (), .without_clock = TRUE };
  double sw, sh, scale, ox, oy;
  cairo_t *cr;

  geometry (self, &sw, &sh, &scale, &ox, &oy);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (scale != 1 || ox != 0 || oy != 0)
    {
      /* Around a preview: the frame of a screen. */
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
      cairo_paint (cr);
    }
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, sw, sh);
  cairo_clip (cr);
  g_clear_pointer (&self->frame, styre_audience_frame_free);
  self->frame = styre_audience_draw (self->audience, self->projector, now, cr, sw, sh, &style);
  cairo_destroy (cr);

  g_clear_pointer (&self->body, gsk_render_node_unref);
  self->body = gtk_snapshot_free_to_node (snapshot);
  self->body_width = width;
  self->body_height = height;

  /* Only the room's screen decides where a long chart's next page starts. */
  if (self->preview_width <= 0)
    styre_projector_set_chart_continues (self->projector, self->frame->chart_next_row);
  update_accessible (self);
}

static void
styre_audience_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  StyreAudienceView *self = STYRE_AUDIENCE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GDateTime) now = styre_projector_now ();
  StyreAudienceStyle style = { .theme = current_theme () };
  g_autoptr(StyreAudienceFrame) clock = NULL;
  double sw, sh, scale, ox, oy;
  cairo_t *cr;

  if (self->audience == NULL || self->projector == NULL || width <= 0 || height <= 0)
    return;
  if (self->body == NULL || self->body_width != width || self->body_height != height)
    render_body (self, now);
  gtk_snapshot_append_node (snapshot, self->body);

  if (self->frame->clock_width <= 0)
    return;
  geometry (self, &sw, &sh, &scale, &ox, &oy);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (floor (ox + self->frame->clock_x * scale),
                                                       floor (oy + self->frame->clock_y * scale),
                                                       ceil (self->frame->clock_width * scale) + 2,
                                                       ceil (self->frame->clock_height * scale) + 2));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale, scale);
  clock = styre_audience_draw_clock (self->audience, self->projector, now, cr, sw, sh, &style);
  cairo_destroy (cr);
}

static void
styre_audience_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  StyreAudienceView *self = STYRE_AUDIENCE_VIEW (widget);

  if (self->preview_width > 0 && self->preview_height > 0)
    {
      /* A preview keeps the screen's shape: as high as its width asks. */
      if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0)
        *minimum = *natural = (int) ceil (for_size * (double) self->preview_height
                                          / self->preview_width);
      else if (orientation == GTK_ORIENTATION_VERTICAL)
        *minimum = *natural = 160;
      else
        {
          *minimum = 200;
          *natural = 400;
        }
      return;
    }
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 1024 : 768;
}

static GtkSizeRequestMode
styre_audience_view_get_request_mode (GtkWidget *widget)
{
  StyreAudienceView *self = STYRE_AUDIENCE_VIEW (widget);

  return self->preview_width > 0 ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
                                 : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
projector_changed_cb (StyreAudienceView *self)
{
  styre_audience_view_invalidate (self);
}

static void
style_changed_cb (StyreAudienceView *self)
{
  styre_audience_view_invalidate (self);
}

/* ── the pointer stays out of the room's way ─────────────────────────────────────────── */

static gboolean
hide_cursor_cb (gpointer data)
{
  StyreAudienceView *self = data;

  self->hide_cursor_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
motion_cb (StyreAudienceView *self)
{
  if (self->preview_width > 0)
    return;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_clear_handle_id (&self->hide_cursor_source, g_source_remove);
  self->hide_cursor_source = g_timeout_add_seconds (HIDE_CURSOR_SECONDS, hide_cursor_cb, self);
}

static void
styre_audience_view_dispose (GObject *object)
{
  StyreAudienceView *self = (StyreAudienceView *)object;

  if (self->projector != NULL)
    g_signal_handlers_disconnect_by_data (self->projector, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_handle_id (&self->hide_cursor_source, g_source_remove);
  g_clear_object (&self->audience);
  g_clear_object (&self->projector);
  g_clear_pointer (&self->body, gsk_render_node_unref);
  g_clear_pointer (&self->frame, styre_audience_frame_free);

  G_OBJECT_CLASS (styre_audience_view_parent_class)->dispose (object);
}

static void
styre_audience_view_class_init (StyreAudienceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_audience_view_dispose;
  widget_class->snapshot = styre_audience_view_snapshot;
  widget_class->measure = styre_audience_view_measure;
  widget_class->get_request_mode = styre_audience_view_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "audienceview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
styre_audience_view_init (StyreAudienceView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Audience screen"), -1);
}

GtkWidget *
styre_audience_view_new (void)
{
  return g_object_new (STYRE_TYPE_AUDIENCE_VIEW, NULL);
}

/**
 * styre_audience_view_set_audience:
 *
 * What to draw: @audience (the meeting and its charts) as @projector has it.
 */
void
styre_audience_view_set_audience (StyreAudienceView *self,
                                  StyreAudience     *audience,
                                  StyreProjector    *projector)
{
  g_return_if_fail (STYRE_IS_AUDIENCE_VIEW (self));

  if (self->projector != NULL)
    g_signal_handlers_disconnect_by_data (self->projector, self);
  g_set_object (&self->audience, audience);
  g_set_object (&self->projector, projector);
  if (projector != NULL)
    {
      g_signal_connect_swapped (projector, "notify::screen", G_CALLBACK (projector_changed_cb),
                                self);
      g_signal_connect_swapped (projector, "notify::current", G_CALLBACK (projector_changed_cb),
                                self);
    }
  styre_audience_view_invalidate (self);
}

/**
 * styre_audience_view_set_preview_size:
 * @width: the audience screen's width, or 0 when this is the screen itself
 *
 * Makes the view a preview of a screen of @width × @height.
 */
void
styre_audience_view_set_preview_size (StyreAudienceView *self,
                                      int                width,
                                      int                height)
{
  g_return_if_fail (STYRE_IS_AUDIENCE_VIEW (self));

  if (self->preview_width == width && self->preview_height == height)
    return;
  self->preview_width = width;
  self->preview_height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  styre_audience_view_invalidate (self);
}

/* What is shown changed (the meeting, a chart, the style): draw it all again. */
void
styre_audience_view_invalidate (StyreAudienceView *self)
{
  g_return_if_fail (STYRE_IS_AUDIENCE_VIEW (self));

  g_clear_pointer (&self->body, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A second went by: the clock's corner is drawn again (the rest is kept). */
void
styre_audience_view_tick (StyreAudienceView *self)
{
  g_return_if_fail (STYRE_IS_AUDIENCE_VIEW (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * styre_audience_view_get_frame:
 *
 * Returns: (transfer none) (nullable): what the view drew last, for tests
 */
StyreAudienceFrame *
styre_audience_view_get_frame (StyreAudienceView *self)
{
  g_return_val_if_fail (STYRE_IS_AUDIENCE_VIEW (self), NULL);
  return self->frame;
}
