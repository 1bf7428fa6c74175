/* styre-kpi-tile.c — one big number on the dashboard
 *
 * A card with a heading, a number big enough for the back of a meeting room, an optional
 * RAG badge beside the number, an optional bar (how much of a whole), a line of detail
 * and an optional warning that says in words what needs attention.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-kpi-tile"

#include "config.h"

#include "styre-gui.h"
#include "styre-kpi-tile.h"

struct _StyreKpiTile
{
  AdwBin       parent_instance;

  char        *rag;
  double       fraction;

  GtkLabel    *title_label;
  GtkLabel    *badge;
  GtkLabel    *value_label;
  GtkLevelBar *level_bar;
  GtkLabel    *detail_label;
  GtkWidget   *warning_box;
  GtkLabel    *warning_label;
};

G_DEFINE_FINAL_TYPE (StyreKpiTile, styre_kpi_tile, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VALUE,
  PROP_DETAIL,
  PROP_WARNING,
  PROP_RAG,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets a label's text and shows it only when there is something to say. */
static gboolean
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text ? text : "") == 0)
    return FALSE;
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
  return TRUE;
}

static void
styre_kpi_tile_finalize (GObject *object)
{
  StyreKpiTile *self = (StyreKpiTile *)object;

  g_clear_pointer (&self->rag, g_free);

  G_OBJECT_CLASS (styre_kpi_tile_parent_class)->finalize (object);
}

static void
styre_kpi_tile_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StyreKpiTile *self = STYRE_KPI_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, styre_kpi_tile_get_title (self));
      break;
    case PROP_VALUE:
      g_value_set_string (value, styre_kpi_tile_get_value (self));
      break;
    case PROP_DETAIL:
      g_value_set_string (value, styre_kpi_tile_get_detail (self));
      break;
    case PROP_WARNING:
      g_value_set_string (value, styre_kpi_tile_get_warning (self));
      break;
    case PROP_RAG:
      g_value_set_string (value, styre_kpi_tile_get_rag (self));
      break;
    case PROP_FRACTION:
      g_value_set_double (value, styre_kpi_tile_get_fraction (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_kpi_tile_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StyreKpiTile *self = STYRE_KPI_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      styre_kpi_tile_set_title (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      styre_kpi_tile_set_value (self, g_value_get_string (value));
      break;
    case PROP_DETAIL:
      styre_kpi_tile_set_detail (self, g_value_get_string (value));
      break;
    case PROP_WARNING:
      styre_kpi_tile_set_warning (self, g_value_get_string (value));
      break;
    case PROP_RAG:
      styre_kpi_tile_set_rag (self, g_value_get_string (value));
      break;
    case PROP_FRACTION:
      styre_kpi_tile_set_fraction (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_kpi_tile_class_init (StyreKpiTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = styre_kpi_tile_finalize;
  object_class->get_property = styre_kpi_tile_get_property;
  object_class->set_property = styre_kpi_tile_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, flags);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties[PROP_WARNING] = g_param_spec_string ("warning", NULL, NULL, NULL, flags);
  /**
   * StyreKpiTile:rag:
   *
   * A stored RAG id ("green", …) to show as a badge beside the value, or %NULL for none.
   */
  properties[PROP_RAG] = g_param_spec_string ("rag", NULL, NULL, NULL, flags);
  /**
   * StyreKpiTile:fraction:
   *
   * How much of a whole the value is, drawn as a bar (clamped to 1); negative for no bar.
   */
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL,
                                                   -1.0, G_MAXDOUBLE, -1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-kpi-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, badge);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, level_bar);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, detail_label);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, warning_box);
  gtk_widget_class_bind_template_child (widget_class, StyreKpiTile, warning_label);
  gtk_widget_class_set_css_name (widget_class, "kpitile");
}

static void
styre_kpi_tile_init (StyreKpiTile *self)
{
  self->fraction = -1.0;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One colour for the bar: "full" is not "good" here (a budget can be overspent). */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

GtkWidget *
styre_kpi_tile_new (void)
{
  return g_object_new (STYRE_TYPE_KPI_TILE, NULL);
}

const char *
styre_kpi_tile_get_title (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->title_label);
}

void
styre_kpi_tile_set_title (StyreKpiTile *self,
                          const char   *title)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));
  if (set_label (self->title_label, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
styre_kpi_tile_get_value (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->value_label);
}

void
styre_kpi_tile_set_value (StyreKpiTile *self,
                          const char   *value)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));
  if (set_label (self->value_label, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
styre_kpi_tile_get_detail (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->detail_label);
}

void
styre_kpi_tile_set_detail (StyreKpiTile *self,
                           const char   *detail)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));
  if (set_label (self->detail_label, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

const char *
styre_kpi_tile_get_warning (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), NULL);
  return gtk_label_get_text (self->warning_label);
}

void
styre_kpi_tile_set_warning (StyreKpiTile *self,
                            const char   *warning)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));
  if (!set_label (self->warning_label, warning))
    return;
  gtk_widget_set_visible (self->warning_box, warning != NULL && *warning != '\0');
  if (warning != NULL && *warning != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-warning");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
}

const char *
styre_kpi_tile_get_rag (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), NULL);
  return self->rag;
}

void
styre_kpi_tile_set_rag (StyreKpiTile *self,
                        const char   *rag)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));

  if (g_strcmp0 (self->rag, rag) == 0)
    return;
  g_free (self->rag);
  self->rag = g_strdup (rag);
  if (rag != NULL)
    styre_gui_rag_badge_set (GTK_WIDGET (self->badge), styre_rag_from_id (rag));
  gtk_widget_set_visible (GTK_WIDGET (self->badge), rag != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RAG]);
}

double
styre_kpi_tile_get_fraction (StyreKpiTile *self)
{
  g_return_val_if_fail (STYRE_IS_KPI_TILE (self), -1.0);
  return self->fraction;
}

void
styre_kpi_tile_set_fraction (StyreKpiTile *self,
                             double        fraction)
{
  g_return_if_fail (STYRE_IS_KPI_TILE (self));

  if (fraction < 0)
    fraction = -1.0;
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  gtk_widget_set_visible (GTK_WIDGET (self->level_bar), fraction >= 0);
  if (fraction >= 0)
    gtk_level_bar_set_value (self->level_bar, MIN (fraction, 1.0));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
