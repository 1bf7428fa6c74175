/* styre-status-grid.c — an initiative's status history: periods across, the seven
 * steering parameters down
 *
 * Each cell is the colour with its shape, and a button: its tooltip and its accessible
 * name say the parameter, the month and the colour, whether the author chose another
 * colour than the one the tolerances suggested and why, and the comment; activating it
 * selects it, and the detail pane shows the same in full below the grid ("cell-selected").
 * Drafts are marked in their column's heading. The newest period is scrolled into view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-status-grid"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "styre-format.h"
#include "styre-gui.h"
#include "styre-row.h"
#include "styre-status-grid.h"

static const char *const dimensions[STYRE_N_DIMENSIONS] = {
  "time", "cost", "benefits", "quality", "scope", "sustainability", "risk",
};

struct _StyreStatusGrid
{
  AdwBin              parent_instance;

  GtkScrolledWindow  *scroller;
  GtkGrid            *headings;    /* the parameters' names, which do not scroll */
  GtkGrid            *grid;
  GPtrArray          *size_groups; /* a row's heading and cells are one height */
  GHashTable         *cells;      /* "period/dimension" → GtkButton */
  GtkWidget          *selected;
  guint               n_periods;
  guint               scroll_idle;
  gboolean            want_end;    /* scroll to the newest once the width is known */
};

G_DEFINE_FINAL_TYPE (StyreStatusGrid, styre_status_grid, ADW_TYPE_BIN)

enum {
  CELL_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
short_month (const char *period)
{
  g_autofree char *whole = styre_format_month (period);
  guint y, m;
  g_autofree char *name = NULL;
  char *space;

  if (sscanf (period, "%4u-%2u", &y, &m) != 2)
    return g_strdup (period);
  /* The month's name as the long form writes it, cut to three letters: "nov". */
  space = strrchr (whole, ' ');
  name = space ? g_strndup (whole, space - whole) : g_strdup (whole);
  if (g_utf8_strlen (name, -1) > 3)
    {
      char *cut = g_utf8_substring (name, 0, 3);
      g_free (name);
      name = cut;
    }
  return g_strdup_printf ("%s\n%u", name, y);
}

static void
cell_clicked_cb (GtkButton       *button,
                 StyreStatusGrid *self)
{
  if (self->selected != NULL)
    gtk_widget_remove_css_class (self->selected, "selected");
  self->selected = GTK_WIDGET (button);
  gtk_widget_add_css_class (self->selected, "selected");
  g_signal_emit (self, signals[CELL_SELECTED], 0,
                 g_object_get_data (G_OBJECT (button), "report"),
                 g_object_get_data (G_OBJECT (button), "dimension-row"));
}

static GtkWidget *
cell_new (StyreStatusGrid *self,
          StyreRow        *report,
          StyreRow        *dimension,
          const char      *dimension_id)
{
  const char *rag_id = dimension ? styre_row_get_text (dimension, "rag")
                                 : styre_row_get_text (report, "overall_rag");
  StyreRag rag = styre_rag_from_id (rag_id);
  const StyreValue *suggested = dimension ? styre_row_get (dimension, "suggested_rag") : NULL;
  gboolean overridden = suggested && suggested->type == STYRE_VALUE_TEXT
                        && g_strcmp0 (suggested->s, rag_id) != 0;
  const char *reason = dimension ? styre_row_get_text (dimension, "override_reason") : NULL;
  const char *comment = dimension ? styre_row_get_text (dimension, "comment")
                                  : styre_row_get_text (report, "summary");
  g_autofree char *month = styre_format_month (styre_row_get_text (report, "period"));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *badge = styre_gui_rag_badge_new ();
  g_autoptr(GString) words = g_string_new (NULL);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "status-cell");
  styre_gui_rag_badge_set (badge, rag);
  gtk_button_set_child (GTK_BUTTON (button), badge);
  if (overridden)
    gtk_widget_add_css_class (button, "overridden");

  /* Translators: a cell of the status history, e.g. "Cost, November 2026: Yellow" */
  g_string_printf (words, _("%s, %s: %s"),
                   dimension_id ? styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dimension_id)
                                : _("Overall"),
                   month, styre_vocabulary_label (STYRE_VOCAB_RAG, rag_id));
  if (overridden)
    {
      g_string_append_c (words, '\n');
      /* Translators: the author chose another colour than the suggested one */
      g_string_append_printf (words, _("Suggested %s. Why not: %s"),
                              styre_vocabulary_label (STYRE_VOCAB_RAG, suggested->s),
                              reason ? reason : "");
    }
  if (comment != NULL && *comment != '\0')
    g_string_append_printf (words, "\n%s", comment);
  if (g_strcmp0 (styre_row_get_text (report, "state"), "draft") == 0)
    g_string_append_printf (words, "\n%s", _("Draft, not published"));
  gtk_widget_set_tooltip_text (button, words->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  words->str, -1);

  g_object_set_data_full (G_OBJECT (button), "report", styre_row_ref (report),
                          (GDestroyNotify) styre_row_unref);
  if (dimension != NULL)
    g_object_set_data_full (G_OBJECT (button), "dimension-row", styre_row_ref (dimension),
                            (GDestroyNotify) styre_row_unref);
  g_object_set_data (G_OBJECT (button), "rag", GINT_TO_POINTER (rag));
  g_object_set_data (G_OBJECT (button), "overridden", GINT_TO_POINTER (overridden));
  g_signal_connect_object (button, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
  return button;
}

static gboolean
scroll_to_end_cb (gpointer data)
{
  StyreStatusGrid *self = data;
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scroller);

  self->scroll_idle = 0;
  gtk_adjustment_set_value (h, gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));
  return G_SOURCE_REMOVE;
}

/* The grid gets its width when its section is first shown; the newest months are what
 * a reader looks at, so the view starts at the end. */
static void
adjustment_changed_cb (StyreStatusGrid *self,
                       GParamSpec      *pspec,
                       GtkAdjustment   *h)
{
  if (!self->want_end || gtk_adjustment_get_page_size (h) <= 0)
    return;
  self->want_end = FALSE;
  /* Not now: this is called while the grid is allocated, and a scroll made then is not
   * drawn until the next allocation. */
  if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_to_end_cb, self);
}

static void
styre_status_grid_dispose (GObject *object)
{
  StyreStatusGrid *self = (StyreStatusGrid *) object;

  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->size_groups, g_ptr_array_unref);
  G_OBJECT_CLASS (styre_status_grid_parent_class)->dispose (object);
}

static void
styre_status_grid_class_init (StyreStatusGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_status_grid_dispose;

  /**
   * StyreStatusGrid::cell-selected:
   * @report: the report (a #StyreRow of status_report)
   * @dimension: (nullable): the steering parameter's row, or %NULL for the overall colour
   */
  signals[CELL_SELECTED] = g_signal_new ("cell-selected", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                         STYRE_TYPE_ROW, STYRE_TYPE_ROW);
  gtk_widget_class_set_css_name (widget_class, "statusgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
styre_status_grid_init (StyreStatusGrid *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->headings = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->headings, 2);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->headings));
  self->size_groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (self->scroller, TRUE);
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 2);
  gtk_grid_set_column_spacing (self->grid, 2);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->grid));
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "notify::upper",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller),
                           "notify::page-size", G_CALLBACK (adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scroller));
  adw_bin_set_child (ADW_BIN (self), box);
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status history"), -1);
}

GtkWidget *
styre_status_grid_new (void)
{
  return g_object_new (STYRE_TYPE_STATUS_GRID, NULL);
}

static GtkWidget *
heading_label (const char *text,
               gboolean    row_heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, row_heading ? "status-row-heading" : "status-column-heading");
  gtk_label_set_xalign (GTK_LABEL (label), row_heading ? 0 : 0.5);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return label;
}

/**
 * styre_status_grid_set_reports:
 * @reports: (element-type StyreRow): status_report rows, oldest first
 * @dimensions: (element-type StyreRow): their status_dimension rows
 */
void
styre_status_grid_set_reports (StyreStatusGrid *self,
                               GPtrArray       *reports,
                               GPtrArray       *dims)
{
  GtkWidget *child;
  g_autoptr(GHashTable) by_report = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_if_fail (STYRE_IS_STATUS_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->headings))) != NULL)
    gtk_grid_remove (self->headings, child);
  g_ptr_array_set_size (self->size_groups, 0);
  for (guint row = 0; row < STYRE_N_DIMENSIONS + 2; row++)
    g_ptr_array_add (self->size_groups, gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL));
  g_hash_table_remove_all (self->cells);
  self->selected = NULL;
  self->n_periods = reports->len;

  for (guint i = 0; i < dims->len; i++)
    {
      StyreRow *d = g_ptr_array_index (dims, i);
      const StyreValue *id = styre_row_get (d, "status_report_id");
      GPtrArray *list = g_hash_table_lookup (by_report, &id->i);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_report, (gpointer) &id->i, list);
        }
      g_ptr_array_add (list, d);
    }

  for (guint row = 0; row < STYRE_N_DIMENSIONS + 2; row++)
    {
      const char *name = row == 0 ? "" : row == 1 ? _("Overall")
                         : styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dimensions[row - 2]);
      GtkWidget *label = heading_label (name, TRUE);

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_grid_attach (self->headings, label, 0, (int) row, 1, 1);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, row), label);
    }

  for (guint r = 0; r < reports->len; r++)
    {
      StyreRow *report = g_ptr_array_index (reports, r);
      const char *period = styre_row_get_text (report, "period");
      gint64 id = styre_row_get_int (report, "id");
      GPtrArray *list = g_hash_table_lookup (by_report, &id);
      g_autofree char *month = short_month (period);
      GtkWidget *heading = heading_label (month, FALSE);
      GtkWidget *overall;

      if (g_strcmp0 (styre_row_get_text (report, "state"), "draft") == 0)
        {
          /* Translators: a column heading of the status history for a draft report */
          g_autofree char *draft = g_strdup_printf (_("%s\ndraft"), month);
          gtk_label_set_text (GTK_LABEL (heading), draft);
          gtk_widget_add_css_class (heading, "draft");
        }
      gtk_grid_attach (self->grid, heading, (int) r, 0, 1, 1);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 0), heading);

      overall = cell_new (self, report, NULL, NULL);
      gtk_grid_attach (self->grid, overall, (int) r, 1, 1, 1);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 1), overall);
      g_hash_table_insert (self->cells, g_strdup_printf ("%s/overall", period), overall);

      for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
        {
          StyreRow *dim = NULL;
          GtkWidget *cell;

          for (guint k = 0; list != NULL && k < list->len; k++)
            if (g_strcmp0 (styre_row_get_text (g_ptr_array_index (list, k), "dimension"),
                           dimensions[d]) == 0)
              dim = g_ptr_array_index (list, k);
          if (dim == NULL)
            {
              GtkWidget *empty = gtk_label_new ("·");
              gtk_widget_add_css_class (empty, "dim-label");
              gtk_grid_attach (self->grid, empty, (int) r, (int) d + 2, 1, 1);
              gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, d + 2), empty);
              continue;
            }
          cell = cell_new (self, report, dim, dimensions[d]);
          gtk_grid_attach (self->grid, cell, (int) r, (int) d + 2, 1, 1);
          gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, d + 2), cell);
          g_hash_table_insert (self->cells, g_strdup_printf ("%s/%s", period, dimensions[d]),
                               cell);
        }
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, by_report);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_unref (value);
  }

  self->want_end = TRUE;
}

/**
 * styre_status_grid_get_cell:
 * @dimension: a steering parameter, or "overall"
 *
 * Returns: whether the grid has a cell for @period and @dimension; its colour and whether
 *   the author chose another than suggested
 */
gboolean
styre_status_grid_get_cell (StyreStatusGrid *self,
                            const char      *period,
                            const char      *dimension,
                            StyreRag        *rag,
                            gboolean        *overridden)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", period, dimension);
  GtkWidget *cell;

  g_return_val_if_fail (STYRE_IS_STATUS_GRID (self), FALSE);

  cell = g_hash_table_lookup (self->cells, key);
  if (cell == NULL)
    return FALSE;
  if (rag != NULL)
    *rag = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "rag"));
  if (overridden != NULL)
    *overridden = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "overridden"));
  return TRUE;
}

/**
 * styre_status_grid_select:
 *
 * Selects a cell as if it were clicked.
 */
void
styre_status_grid_select (StyreStatusGrid *self,
                          const char      *period,
                          const char      *dimension)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", period, dimension);
  GtkWidget *cell = g_hash_table_lookup (self->cells, key);

  if (cell != NULL)
    cell_clicked_cb (GTK_BUTTON (cell), self);
}

guint
styre_status_grid_get_n_periods (StyreStatusGrid *self)
{
  g_return_val_if_fail (STYRE_IS_STATUS_GRID (self), 0);
  return self->n_periods;
}
