/* styre-dashboard-grid.c — chart cards in columns that follow the window
 *
 * As many columns as fit (one to four), each card spanning the columns and rows its
 * layout asks for (never more columns than there are), placed in order, each in the
 * first place it fits so no hole is left that a later card could fill. Rows are as tall
 * as a chart needs to be read at the dashboard's type size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-dashboard-grid"

#include "config.h"

#include "styre-chart-card.h"
#include "styre-dashboard-grid.h"

struct _StyreDashboardGrid
{
  GtkWidget  parent_instance;

  double     font_size;
  int        spacing;
};

G_DEFINE_FINAL_TYPE (StyreDashboardGrid, styre_dashboard_grid, GTK_TYPE_WIDGET)

typedef struct
{
  int column;
  int row;
  int columns;
  int rows;
} Place;

static int
columns_for (StyreDashboardGrid *self,
             int                 width)
{
  /* A column needs about 20 characters' worth of the smallest text. One, two or four
   * columns, so that cards of two columns never leave a hole beside them. */
  int min_column = (int) (self->font_size * 20);
  int fits = (width + self->spacing) / (min_column + self->spacing);

  return fits >= 4 ? 4 : fits >= 2 ? 2 : 1;
}

static int
row_height_for (StyreDashboardGrid *self,
                int                 column_width)
{
  return MAX ((int) (self->font_size * 16), column_width * 7 / 10);
}

/* Places the children in @columns columns; returns how many rows that takes. */
static int
place (StyreDashboardGrid *self,
       int                 columns,
       GArray             *places)
{
  GArray *used = g_array_new (FALSE, TRUE, sizeof (guint8));
  int rows = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Place p = { 0, 0, 1, 1 };
      gboolean found = FALSE;

      if (STYRE_IS_CHART_CARD (child))
        {
          const StyreDashboardCard *card = styre_chart_card_get_card (STYRE_CHART_CARD (child));

          p.columns = MIN (card->width, columns);
          p.rows = card->height;
        }
      /* A card that needs the whole width where there are few columns: not tall too. */
      if (columns == 1)
        p.rows = MIN (p.rows, 2);

      for (int r = 0; !found; r++)
        for (int c = 0; c + p.columns <= columns && !found; c++)
          {
            gboolean free = TRUE;

            for (int dr = 0; dr < p.rows && free; dr++)
              for (int dc = 0; dc < p.columns && free; dc++)
                {
                  guint index = (guint) ((r + dr) * columns + c + dc);
                  free = index >= used->len || g_array_index (used, guint8, index) == 0;
                }
            if (free)
              {
                p.column = c;
                p.row = r;
                found = TRUE;
              }
          }
      for (int dr = 0; dr < p.rows; dr++)
        for (int dc = 0; dc < p.columns; dc++)
          {
            guint index = (guint) ((p.row + dr) * columns + p.column + dc);

            if (index >= used->len)
              g_array_set_size (used, index + 1);
            g_array_index (used, guint8, index) = 1;
          }
      rows = MAX (rows, p.row + p.rows);
      g_array_append_val (places, p);
    }
  g_array_unref (used);
  return rows;
}

static void
styre_dashboard_grid_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  StyreDashboardGrid *self = STYRE_DASHBOARD_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min_child = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int m;

          gtk_widget_measure (child, orientation, -1, &m, NULL, NULL, NULL);
          min_child = MAX (min_child, m);
        }
      *minimum = min_child;
      *natural = MAX (min_child, (int) (self->font_size * 20 * 4 + self->spacing * 3));
    }
  else
    {
      g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
      int width = for_size > 0 ? for_size : (int) (self->font_size * 20 * 4);
      int columns = columns_for (self, width);
      int column_width = (width - (columns - 1) * self->spacing) / columns;
      int rows = place (self, columns, places);
      int row_height = row_height_for (self, column_width);

      *minimum = *natural = rows > 0 ? rows * row_height + (rows - 1) * self->spacing : 0;
    }
}

static void
styre_dashboard_grid_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  StyreDashboardGrid *self = STYRE_DASHBOARD_GRID (widget);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  int columns = columns_for (self, width);
  int column_width = (width - (columns - 1) * self->spacing) / columns;
  int row_height = row_height_for (self, column_width);
  guint i = 0;

  place (self, columns, places);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      const Place *p = &g_array_index (places, Place, i);
      GtkAllocation a;
      int min_w, min_h;

      a.x = p->column * (column_width + self->spacing);
      a.y = p->row * (row_height + self->spacing);
      a.width = p->columns * column_width + (p->columns - 1) * self->spacing;
      a.height = p->rows * row_height + (p->rows - 1) * self->spacing;
      if (p->column + p->columns == columns)
        a.width = width - a.x;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, a.width, &min_h, NULL, NULL, NULL);
      a.width = MAX (a.width, min_w);
      a.height = MAX (a.height, min_h);
      gtk_widget_size_allocate (child, &a, -1);
    }
}

static GtkSizeRequestMode
styre_dashboard_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
styre_dashboard_grid_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (styre_dashboard_grid_parent_class)->dispose (object);
}

static void
styre_dashboard_grid_class_init (StyreDashboardGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_dashboard_grid_dispose;
  widget_class->measure = styre_dashboard_grid_measure;
  widget_class->size_allocate = styre_dashboard_grid_size_allocate;
  widget_class->get_request_mode = styre_dashboard_grid_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "dashboardgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
styre_dashboard_grid_init (StyreDashboardGrid *self)
{
  self->font_size = 18;
  self->spacing = 18;
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

GtkWidget *
styre_dashboard_grid_new (void)
{
  return g_object_new (STYRE_TYPE_DASHBOARD_GRID, NULL);
}

/**
 * styre_dashboard_grid_set_font_size:
 *
 * The dashboard's smallest text: the columns and rows grow with it, so a projector at
 * 4K shows what a 1080p one does, only sharper.
 */
void
styre_dashboard_grid_set_font_size (StyreDashboardGrid *self,
                                    double              font_size)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_GRID (self));

  if (G_APPROX_VALUE (self->font_size, font_size, 0.01))
    return;
  self->font_size = font_size;
  self->spacing = (int) (font_size);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * styre_dashboard_grid_append:
 * @child: (transfer none): a card
 */
void
styre_dashboard_grid_append (StyreDashboardGrid *self,
                             GtkWidget          *child)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_GRID (self));
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
styre_dashboard_grid_remove (StyreDashboardGrid *self,
                             GtkWidget          *child)
{
  g_return_if_fail (STYRE_IS_DASHBOARD_GRID (self));
  g_return_if_fail (gtk_widget_get_parent (child) == GTK_WIDGET (self));
  gtk_widget_unparent (child);
}

/**
 * styre_dashboard_grid_move:
 * @delta: how many places earlier (negative) or later
 *
 * Moves a card in the order; the keyboard focus and reading order follow.
 */
void
styre_dashboard_grid_move (StyreDashboardGrid *self,
                           GtkWidget          *child,
                           int                 delta)
{
  GtkWidget *sibling = child;

  g_return_if_fail (STYRE_IS_DASHBOARD_GRID (self));

  if (delta < 0)
    {
      for (int i = 0; i > delta && gtk_widget_get_prev_sibling (sibling); i--)
        sibling = gtk_widget_get_prev_sibling (sibling);
      if (sibling != child)
        gtk_widget_insert_before (child, GTK_WIDGET (self), sibling);
    }
  else
    {
      for (int i = 0; i < delta && gtk_widget_get_next_sibling (sibling); i++)
        sibling = gtk_widget_get_next_sibling (sibling);
      if (sibling != child)
        gtk_widget_insert_after (child, GTK_WIDGET (self), sibling);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
styre_dashboard_grid_remove_all (StyreDashboardGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (STYRE_IS_DASHBOARD_GRID (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
