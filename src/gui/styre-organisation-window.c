/* styre-organisation-window.c — the file's reference data: agencies, people, strategy,
 * the 5 % rule's overspend arrangements and competence capacity
 *
 * One page per kind of reference data; each list is read on a worker thread and read
 * again whenever the file changes. A row opens its form (StyreRecordEditor), where it can
 * also be deleted; "Add" opens an empty one. In a read-only file the lists can be read
 * but nothing can be added or changed.
 *
 * Two lists are made of several tables, once all are read: each overspend arrangement
 * with its repayment plan and the initiatives' shares of it (the shares are edited on the
 * initiative), and each competence with the full-time equivalents available per quarter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-organisation-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "styre-detail.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-organisation-window.h"
#include "styre-record-editor.h"
#include "styre-status.h"

/* The tables, in the order of the pages. */
static const char *const tables[] = {
  "agency", "person", "focus_area", "goal", "competence", "national_component", "tolerance",
};

/* Read with them, for the lists made of several tables. */
static const char *const other_tables[] = {
  "overspend_arrangement", "overspend_repayment", "overspend_share", "competence_capacity",
};

struct _StyreOrganisationWindow
{
  AdwPreferencesWindow  parent_instance;

  StyreStore           *store;
  StyreUndoStack       *undo;
  GCancellable         *cancellable;
  GHashTable           *rows;        /* table → GPtrArray of row widgets shown */
  GHashTable           *read;        /* table → GPtrArray of StyreRow, as last read */
  GHashTable           *expanded;    /* "table:id" of the expander rows open */
  guint                 reload_source;
  guint                 n_loading;

  AdwPreferencesGroup  *agency_group;
  AdwPreferencesGroup  *person_group;
  AdwPreferencesGroup  *focus_area_group;
  AdwPreferencesGroup  *goal_group;
  AdwPreferencesGroup  *competence_group;
  AdwPreferencesGroup  *national_component_group;
  AdwPreferencesGroup  *tolerance_group;
  AdwPreferencesGroup  *overspend_group;
  AdwPreferencesGroup  *capacity_group;
};

G_DEFINE_FINAL_TYPE (StyreOrganisationWindow, styre_organisation_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static AdwPreferencesGroup *
group_for (StyreOrganisationWindow *self,
           const char              *table)
{
  AdwPreferencesGroup *groups[] = {
    self->agency_group, self->person_group, self->focus_area_group, self->goal_group,
    self->competence_group, self->national_component_group, self->tolerance_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i], table))
      return groups[i];
  if (g_str_equal (table, "overspend_arrangement"))
    return self->overspend_group;
  if (g_str_equal (table, "competence_capacity"))
    return self->capacity_group;
  g_assert_not_reached ();
}

static const char *
text (StyreRow   *row,
      const char *column)
{
  const char *s = styre_row_get_text (row, column);

  return s ? s : "";
}

static void
join (GString    *out,
      const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

/* ── editing ─────────────────────────────────────────────────────────────────────────── */

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *parent)
{
  gtk_widget_activate_action (parent, "win.undo", NULL);
}

static void
deleted_cb (StyreRecordEditor       *editor,
            gint64                   id,
            StyreEdit               *edit,
            StyreOrganisationWindow *self)
{
  AdwToast *toast = adw_toast_new (_("Deleted"));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* Undo is the main window's: the delete is on its stack. */
  if (parent != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), parent, 0);
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* A form, not shown yet: its defaults are set before it is. */
static StyreRow *find_read_row (StyreOrganisationWindow *self,
                                const char              *table,
                                gint64                   id);

/* A repayment plan's years are the five after the overspend (the 5 % rule). */
static void
check_repayment (const StyreRow *row,
                 GHashTable     *problems,
                 gpointer        user_data)
{
  StyreOrganisationWindow *self = g_weak_ref_get (user_data);
  const StyreValue *year = styre_row_get (row, "year");
  StyreRow *o;
  char *why;

  if (self == NULL)
    return;
  o = find_read_row (self, "overspend_arrangement", styre_row_get_int (row, "arrangement_id"));
  if (o != NULL && year != NULL && year->type == STYRE_VALUE_INT
      && (why = styre_repayment_year_problem (styre_row_get_int (o, "budget_year"),
                                              year->i)) != NULL)
    g_hash_table_insert (problems, g_strdup ("year"), why);
  g_object_unref (self);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static StyreRecordEditor *
new_editor (StyreOrganisationWindow *self,
            const char              *table,
            StyreRow                *row)
{
  StyreRecordEditor *editor = styre_record_editor_new (GTK_WINDOW (self), self->store,
                                                       self->undo, table, row);

  g_signal_connect_object (editor, "deleted", G_CALLBACK (deleted_cb), self, 0);
  if (g_str_equal (table, "overspend_repayment"))
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (ref, self);
      styre_record_editor_set_check (editor, check_repayment, ref, weak_ref_free);
    }
  return editor;
}

static StyreRecordEditor *
open_editor (StyreOrganisationWindow *self,
             const char              *table,
             StyreRow                *row)
{
  StyreRecordEditor *editor = new_editor (self, table, row);

  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
row_activated_cb (AdwActionRow            *row,
                  StyreOrganisationWindow *self)
{
  StyreRow *data = g_object_get_data (G_OBJECT (row), "row");
  const char *table = g_object_get_data (G_OBJECT (row), "table");

  if (data != NULL)
    open_editor (self, table, data);
  else
    {
      /* A tolerance the portfolio does not have yet. */
      StyreRecordEditor *editor = styre_record_editor_new (GTK_WINDOW (self), self->store,
                                                           self->undo, "tolerance", NULL);
      const char *dimension = g_object_get_data (G_OBJECT (row), "dimension");
      const StyreTolerance *t = styre_tolerance_built_in (dimension);

      styre_record_editor_set_default_text (editor, "dimension", dimension);
      styre_record_editor_set_default_int (editor, "yellow_at", t->yellow_at);
      styre_record_editor_set_default_int (editor, "red_at", t->red_at);
      gtk_window_present (GTK_WINDOW (editor));
    }
}

/**
 * styre_organisation_window_edit_new:
 * @table: one of the window's tables
 *
 * Opens an empty form for a new row of @table.
 *
 * Returns: (transfer none): the form
 */
GtkWidget *
styre_organisation_window_edit_new (StyreOrganisationWindow *self,
                                    const char              *table)
{
  StyreRecordEditor *editor;

  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), NULL);

  editor = new_editor (self, table, NULL);
  if (g_str_equal (table, "agency"))
    styre_record_editor_set_default_text (editor, "kind", "municipality");
  else if (g_str_equal (table, "overspend_arrangement"))
    {
      /* Arrangements are made for the budget year at hand. */
      g_autofree char *today = styre_store_today (self->store);
      styre_record_editor_set_default_int (editor, "budget_year", g_ascii_strtoll (today, NULL, 10));
    }
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

static void
add_clicked_cb (GtkButton               *button,
                StyreOrganisationWindow *self)
{
  styre_organisation_window_edit_new (self, g_object_get_data (G_OBJECT (button), "table"));
}

/* ── showing ─────────────────────────────────────────────────────────────────────────── */

static char *
describe_row (const char *table,
              StyreRow   *row,
              int        *depth)
{
  GString *out = g_string_new (NULL);

  *depth = 0;
  if (g_str_equal (table, "agency"))
    {
      join (out, styre_vocabulary_label (STYRE_VOCAB_AGENCY_KIND, text (row, "kind")));
      join (out, text (row, "short_name"));
      join (out, text (row, "org_number"));
      if (styre_row_get_int (row, "five_percent_rule"))
        join (out, _("under the 5 % rule"));
      if (styre_row_get_int (row, "is_host"))
        join (out, _("hosts this file"));
    }
  else if (g_str_equal (table, "person"))
    {
      join (out, text (row, "job_title"));
      join (out, text (row, "agency_name"));
      join (out, text (row, "email"));
    }
  else if (g_str_equal (table, "goal"))
    {
      join (out, styre_vocabulary_label (STYRE_VOCAB_GOAL_LEVEL, text (row, "level")));
      join (out, text (row, "focus_area_name"));
    }
  else if (g_str_equal (table, "national_component"))
    {
      join (out, text (row, "provider"));
      join (out, text (row, "description"));
    }
  else
    join (out, text (row, "description"));
  return g_string_free (out, FALSE);
}

static char *
tolerance_words (const char *dimension,
                 int         yellow,
                 int         red)
{
  if (g_str_equal (dimension, "time"))
    /* Translators: a tolerance for time */
    return g_strdup_printf (_("Yellow from %d days late, red from %d"), yellow, red);
  if (g_str_equal (dimension, "cost"))
    return g_strdup_printf (_("Yellow from %d %% over P50, red from %d %% or above P85"),
                            yellow, red);
  return g_strdup_printf (_("Yellow from %d %% of the plan missing, red from %d %%"), yellow,
                          red);
}

static GtkWidget *
make_row (StyreOrganisationWindow *self,
          const char              *table,
          const char              *title,
          const char              *subtitle,
          StyreRow                *data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "table", g_strdup (table), g_free);
  if (data != NULL)
    g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (data),
                            (GDestroyNotify) styre_row_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
  return row;
}

/* Goals as a tree: each goal under the goal it serves. */
static void
order_goals (GPtrArray *rows,
             GPtrArray *ordered,
             GArray    *depths,
             gint64     parent,
             int        depth)
{
  for (guint i = 0; i < rows->len; i++)
    {
      StyreRow *row = g_ptr_array_index (rows, i);
      const StyreValue *p = styre_row_get (row, "parent_id");
      gint64 parent_id = p && p->type == STYRE_VALUE_INT ? p->i : 0;

      if (parent_id != parent || g_ptr_array_find (ordered, row, NULL) || depth > 8)
        continue;
      g_ptr_array_add (ordered, row);
      g_array_append_val (depths, depth);
      order_goals (rows, ordered, depths, styre_row_get_int (row, "id"), depth + 1);
    }
}

static void
show_rows (StyreOrganisationWindow *self,
           const char              *table,
           GPtrArray               *rows)
{
  AdwPreferencesGroup *group = group_for (self, table);
  GPtrArray *shown = g_hash_table_lookup (self->rows, table);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < shown->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (shown, i));
  g_ptr_array_set_size (shown, 0);

  if (g_str_equal (table, "goal"))
    {
      order_goals (rows, ordered, depths, 0, 0);
      /* Goals whose parent is missing still show, at the top level. */
      for (guint i = 0; i < rows->len; i++)
        if (!g_ptr_array_find (ordered, g_ptr_array_index (rows, i), NULL))
          {
            int zero = 0;
            g_ptr_array_add (ordered, g_ptr_array_index (rows, i));
            g_array_append_val (depths, zero);
          }
    }
  else
    for (guint i = 0; i < rows->len; i++)
      {
        int zero = 0;
        g_ptr_array_add (ordered, g_ptr_array_index (rows, i));
        g_array_append_val (depths, zero);
      }

  if (g_str_equal (table, "tolerance"))
    {
      static const char *dims[] = { "time", "cost", "benefits" };

      for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
        {
          StyreRow *found = NULL;
          g_autofree char *words = NULL;
          GtkWidget *row;

          for (guint i = 0; i < rows->len; i++)
            if (g_strcmp0 (text (g_ptr_array_index (rows, i), "dimension"), dims[d]) == 0)
              found = g_ptr_array_index (rows, i);
          if (found != NULL)
            words = tolerance_words (dims[d], (int) styre_row_get_int (found, "yellow_at"),
                                     (int) styre_row_get_int (found, "red_at"));
          else
            {
              const StyreTolerance *t = styre_tolerance_built_in (dims[d]);
              g_autofree char *built = tolerance_words (dims[d], t->yellow_at, t->red_at);
              /* Translators: a tolerance the file does not set, so Styre's own is used */
              words = g_strdup_printf (_("%s (Styre’s default)"), built);
            }
          row = make_row (self, "tolerance",
                          styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[d]), words, found);
          g_object_set_data (G_OBJECT (row), "dimension", (gpointer) dims[d]);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          if (found == NULL && styre_store_is_read_only (self->store))
            gtk_widget_set_sensitive (row, FALSE);
          adw_preferences_group_add (group, row);
          g_ptr_array_add (shown, row);
        }
      return;
    }

  for (guint i = 0; i < ordered->len; i++)
    {
      StyreRow *data = g_ptr_array_index (ordered, i);
      const StyreTableForm *form = styre_table_form_lookup (table);
      g_autofree char *subtitle = NULL;
      int depth = g_array_index (depths, int, i), ignored;
      GtkWidget *row;
      gint64 uses = styre_row_get (data, "uses") ? styre_row_get_int (data, "uses") : 0;

      subtitle = describe_row (table, data, &ignored);
      row = make_row (self, table, text (data, form->name_column), subtitle, data);
      if (depth > 0)
        gtk_widget_set_margin_start (gtk_widget_get_first_child (row), 24 * depth);
      if (uses > 0)
        {
          /* Translators: how many initiatives (and the like) use a row of reference data */
          g_autofree char *used = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used %ld time",
                                                                "Used %ld times", (gulong) uses),
                                                   (long) uses);
          GtkWidget *label = gtk_label_new (used);

          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "caption");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (group, row);
      g_ptr_array_add (shown, row);
    }
  if (ordered->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("None yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (group, row);
      g_ptr_array_add (shown, row);
    }
}

/* ── the 5 % rule and competence capacity ───────────────────────────────────────────── */

static GPtrArray *
read_rows (StyreOrganisationWindow *self,
           const char              *table)
{
  return g_hash_table_lookup (self->read, table);
}

static StyreRow *
find_read_row (StyreOrganisationWindow *self,
               const char              *table,
               gint64                   id)
{
  GPtrArray *rows = read_rows (self, table);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    if (styre_row_get_int (g_ptr_array_index (rows, i), "id") == id)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static void
clear_shown (StyreOrganisationWindow *self,
             const char              *table)
{
  AdwPreferencesGroup *group = group_for (self, table);
  GPtrArray *shown = g_hash_table_lookup (self->rows, table);

  for (guint i = 0; i < shown->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (shown, i));
  g_ptr_array_set_size (shown, 0);
}

static void
add_shown (StyreOrganisationWindow *self,
           const char              *table,
           GtkWidget               *row)
{
  adw_preferences_group_add (group_for (self, table), row);
  g_ptr_array_add (g_hash_table_lookup (self->rows, table), row);
}

/* A row that says there is nothing yet, and what to do about it. */
static GtkWidget *
hint_row_new (const char *title,
              const char *hint)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (hint != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hint);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
amount_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* A row inside an expander that opens a new row's form, "Add a Year …". */
static GtkWidget *
add_row_new (StyreOrganisationWindow *self,
             const char              *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_sensitive (row, !styre_store_is_read_only (self->store));
  return row;
}

static void
expanded_cb (AdwExpanderRow          *row,
             GParamSpec              *pspec,
             StyreOrganisationWindow *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "key");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (key));
  else
    g_hash_table_remove (self->expanded, key);
}

/* An expander row that stays open when the list is read again after a change. */
static GtkWidget *
expander_row_new (StyreOrganisationWindow *self,
                  const char              *table,
                  gint64                   id,
                  const char              *title,
                  const char              *subtitle)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded, key));
  g_object_set_data_full (G_OBJECT (row), "key", g_steal_pointer (&key), g_free);
  g_object_set_data_full (G_OBJECT (row), "row-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);
  return row;
}

static char *
arrangement_title (StyreRow *o)
{
  const char *chapter_post = text (o, "chapter_post");

  if (*chapter_post == '\0')
    return g_strdup_printf ("%s %d", text (o, "agency_name"),
                            (int) styre_row_get_int (o, "budget_year"));
  /* Translators: an overspend arrangement, e.g. "Statens kartverk 2026, kap. 1600 post 01" */
  return g_strdup_printf (_("%s %d, %s"), text (o, "agency_name"),
                          (int) styre_row_get_int (o, "budget_year"), chapter_post);
}

static void
edit_arrangement_cb (GtkWidget               *widget,
                     StyreOrganisationWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), "row-id");
  StyreRow *o = find_read_row (self, "overspend_arrangement", *id);

  if (o != NULL)
    open_editor (self, "overspend_arrangement", o);
}

static void
edit_read_row_cb (AdwActionRow            *row,
                  StyreOrganisationWindow *self)
{
  StyreRow *data = g_object_get_data (G_OBJECT (row), "row");
  StyreRecordEditor *editor = open_editor (self, g_object_get_data (G_OBJECT (row), "table"),
                                           data);
  const char *heading = g_object_get_data (G_OBJECT (row), "heading");

  if (heading != NULL)
    styre_record_editor_set_heading (editor, NULL, heading);
}

static GtkWidget *
edit_row_new (StyreOrganisationWindow *self,
              const char              *table,
              StyreRow                *data,
              const char              *title,
              const char              *subtitle,
              const char              *heading)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "table", g_strdup (table), g_free);
  g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (data),
                          (GDestroyNotify) styre_row_unref);
  g_object_set_data_full (G_OBJECT (row), "heading", g_strdup (heading), g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (edit_read_row_cb), self, 0);
  return row;
}

/**
 * styre_organisation_window_add_repayment:
 * @arrangement_id: the overspend arrangement whose repayment plan gets a year
 *
 * Opens an empty form for a year of @arrangement_id's repayment plan: the year after the
 * last one planned, or after the budget year.
 *
 * Returns: (transfer none): the form
 */
GtkWidget *
styre_organisation_window_add_repayment (StyreOrganisationWindow *self,
                                         gint64                   arrangement_id)
{
  StyreRecordEditor *editor;
  StyreRow *o;
  GPtrArray *years;
  gint64 next = 0;

  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), NULL);

  o = find_read_row (self, "overspend_arrangement", arrangement_id);
  years = read_rows (self, "overspend_repayment");
  if (o != NULL)
    next = styre_row_get_int (o, "budget_year") + 1;
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      StyreRow *y = g_ptr_array_index (years, i);
      if (styre_row_get_int (y, "arrangement_id") == arrangement_id)
        next = MAX (next, styre_row_get_int (y, "year") + 1);
    }

  editor = new_editor (self, "overspend_repayment", NULL);
  styre_record_editor_set_default_int (editor, "arrangement_id", arrangement_id);
  if (next > 0)
    styre_record_editor_set_default_int (editor, "year", next);
  if (o != NULL)
    {
      g_autofree char *title = arrangement_title (o);
      styre_record_editor_set_heading (editor, NULL, title);
    }
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

static void
add_repayment_cb (GtkWidget               *row,
                  StyreOrganisationWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "row-id");

  styre_organisation_window_add_repayment (self, *id);
}

static void
share_activated_cb (AdwActionRow            *row,
                    StyreOrganisationWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "initiative-id"));

  if (parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-initiative", "x", id);
  gtk_window_present (parent);
}

static void
show_arrangements (StyreOrganisationWindow *self)
{
  GPtrArray *arrangements = read_rows (self, "overspend_arrangement");
  GPtrArray *repayments = read_rows (self, "overspend_repayment");
  GPtrArray *shares = read_rows (self, "overspend_share");
  gboolean writable = !styre_store_is_read_only (self->store);

  if (arrangements == NULL || repayments == NULL || shares == NULL)
    return;
  clear_shown (self, "overspend_arrangement");

  for (guint i = 0; i < arrangements->len; i++)
    {
      StyreRow *o = g_ptr_array_index (arrangements, i);
      gint64 id = styre_row_get_int (o, "id");
      gint64 appropriation = styre_row_get_int (o, "appropriation");
      gint64 overspend = styre_row_get_int (o, "overspend");
      gint64 planned = 0, repaid = 0, shared = 0;
      guint n_years = 0, n_shares = 0;
      g_autofree char *title = arrangement_title (o);
      g_autofree char *a = styre_format_nok (appropriation);
      g_autofree char *b = styre_format_nok (overspend);
      g_autofree char *percent = styre_format_percent (appropriation > 0
                                                       ? 100.0 * overspend / appropriation : 0,
                                                       1);
      g_autoptr(GString) sub = g_string_new (NULL);
      GtkWidget *row, *edit, *details;

      /* Translators: e.g. "Appropriation 50 000 000 kr · overspend 2 000 000 kr (4,0 %)" */
      g_string_printf (sub, _("Appropriation %s · overspend %s (%s)"), a, b, percent);
      if (styre_row_get (o, "decided_on") != NULL
          && styre_row_get (o, "decided_on")->type == STYRE_VALUE_TEXT)
        {
          g_autofree char *day = styre_format_date (text (o, "decided_on"));
          /* Translators: when an overspend arrangement was decided, e.g. "decided 15.01.2026" */
          g_autofree char *decided = g_strdup_printf (_("decided %s"), day);

          g_string_append_printf (sub, " · %s", decided);
        }
      row = expander_row_new (self, "overspend_arrangement", id, title, sub->str);

      edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_add_css_class (edit, "flat");
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (edit, _("Edit Arrangement"));
      g_object_set_data_full (G_OBJECT (edit), "row-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_arrangement_cb), self, 0);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), edit);

      /* The decision itself, which also opens the form. */
      {
        g_autoptr(GString) what = g_string_new (NULL);

        join (what, text (o, "reference"));
        join (what, text (o, "description"));
        details = edit_row_new (self, "overspend_arrangement", o, _("Decision"),
                                what->len ? what->str
                                          : _("No reference or description yet"), NULL);
        adw_action_row_add_suffix (ADW_ACTION_ROW (details),
                                   gtk_image_new_from_icon_name ("go-next-symbolic"));
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), details);
      }

      /* The repayment plan, year by year, and its totals. */
      for (guint k = 0; k < repayments->len; k++)
        {
          StyreRow *y = g_ptr_array_index (repayments, k);
          const StyreValue *actual = styre_row_get (y, "actual");
          g_autofree char *year = NULL;
          g_autofree char *p = NULL;
          g_autofree char *name = NULL;
          g_autofree char *line = NULL;
          GtkWidget *child;

          if (styre_row_get_int (y, "arrangement_id") != id)
            continue;
          n_years++;
          planned += styre_row_get_int (y, "planned");
          year = g_strdup_printf ("%" G_GINT64_FORMAT, styre_row_get_int (y, "year"));
          p = styre_format_nok (styre_row_get_int (y, "planned"));
          if (actual != NULL && actual->type == STYRE_VALUE_INT)
            {
              g_autofree char *r = styre_format_nok (actual->i);
              repaid += actual->i;
              /* Translators: a year of a repayment plan, e.g. "Planned 1 000 000 kr · repaid 800 000 kr" */
              line = g_strdup_printf (_("Planned %s · repaid %s"), p, r);
            }
          else
            /* Translators: a year of a repayment plan with nothing repaid yet */
            line = g_strdup_printf (_("Planned %s · nothing repaid yet"), p);
          /* Translators: a year of a repayment plan, e.g. "Repayment 2027" */
          name = g_strdup_printf (_("Repayment %s"), year);
          child = edit_row_new (self, "overspend_repayment", y, name, line, title);
          adw_action_row_add_suffix (ADW_ACTION_ROW (child),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      if (n_years > 0)
        {
          g_autofree char *p = styre_format_nok (planned);
          g_autofree char *r = styre_format_nok (repaid);
          g_autoptr(GString) line = g_string_new (NULL);
          GtkWidget *total;

          /* Translators: the totals of a repayment plan */
          g_string_printf (line, _("Planned %s of the overspend %s · repaid %s"), p, b, r);
          total = hint_row_new (_("Total Repayment"), NULL);
          gtk_widget_remove_css_class (total, "dim-label");
          if (planned < overspend)
            {
              g_autofree char *gap = styre_format_nok (overspend - planned);
              /* Translators: how much of an overspend no year of the plan repays yet */
              g_autofree char *missing = g_strdup_printf (_("Not yet in the plan: %s"), gap);

              g_string_append_printf (line, "\n%s", missing);
              adw_action_row_add_suffix (ADW_ACTION_ROW (total),
                                         gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
            }
          adw_action_row_set_subtitle (ADW_ACTION_ROW (total), line->str);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (total), 3);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), total);
        }
      else
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  hint_row_new (_("No repayment plan yet"),
                                                _("Add the years in which savings repay the "
                                                  "overspend, at most five.")));
      {
        GtkWidget *add = add_row_new (self, _("_Add a Year to the Repayment Plan"));
        g_object_set_data_full (G_OBJECT (add), "row-id", g_memdup2 (&id, sizeof id), g_free);
        g_signal_connect_object (add, "activated", G_CALLBACK (add_repayment_cb), self, 0);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add);
      }

      /* The initiatives that use it: edited on each initiative, under Money. */
      for (guint k = 0; k < shares->len; k++)
        {
          StyreRow *s = g_ptr_array_index (shares, k);
          g_autofree char *who = NULL;
          g_autofree char *amount = NULL;
          GtkWidget *child;

          if (styre_row_get_int (s, "arrangement_id") != id)
            continue;
          n_shares++;
          shared += styre_row_get_int (s, "amount");
          who = g_strdup_printf ("%s %s", text (s, "initiative_code"), text (s, "initiative_title"));
          amount = styre_format_nok (styre_row_get_int (s, "amount"));
          child = hint_row_new (who, _("Share of the overspend, edited on the initiative"));
          gtk_widget_remove_css_class (child, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (child), amount_label_new (amount));
          /* It opens the initiative in the main window, where the share is edited. */
          adw_action_row_add_suffix (ADW_ACTION_ROW (child),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (child), TRUE);
          g_object_set_data (G_OBJECT (child), "initiative-id",
                             GSIZE_TO_POINTER (styre_row_get_int (s, "initiative_id")));
          g_signal_connect_object (child, "activated", G_CALLBACK (share_activated_cb), self, 0);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      if (n_shares == 0)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                  hint_row_new (_("No initiative has a share of it yet"),
                                                _("Give an initiative its share on the "
                                                  "initiative, under Money.")));
      else if (shared > overspend)
        {
          g_autofree char *sum = styre_format_nok (shared);
          g_autofree char *line = g_strdup_printf (_("The initiatives’ shares add up to %s, "
                                                     "more than the overspend %s."), sum, b);
          GtkWidget *warn = hint_row_new (_("Shares Exceed the Overspend"), line);

          gtk_widget_remove_css_class (warn, "dim-label");
          adw_action_row_add_prefix (ADW_ACTION_ROW (warn),
                                     gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), warn);
        }

      add_shown (self, "overspend_arrangement", row);
    }

  if (arrangements->len == 0)
    add_shown (self, "overspend_arrangement",
               hint_row_new (_("No overspend arrangements yet"),
                             writable
                             ? _("When an agency may overspend an appropriation under the 5 % "
                                 "rule, add the arrangement with +, then its repayment plan.")
                             : NULL));
}

/**
 * styre_organisation_window_add_capacity:
 * @competence_id: the competence, or 0 to choose it in the form
 *
 * Opens an empty form for a quarter's capacity of @competence_id: the quarter after the
 * last one given.
 *
 * Returns: (transfer none): the form
 */
GtkWidget *
styre_organisation_window_add_capacity (StyreOrganisationWindow *self,
                                        gint64                   competence_id)
{
  StyreRecordEditor *editor;
  GPtrArray *capacity;
  const char *last = NULL;

  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), NULL);

  editor = new_editor (self, "competence_capacity", NULL);
  capacity = read_rows (self, "competence_capacity");
  if (competence_id != 0)
    {
      styre_record_editor_set_default_int (editor, "competence_id", competence_id);
      for (guint i = 0; capacity != NULL && i < capacity->len; i++)
        {
          StyreRow *k = g_ptr_array_index (capacity, i);
          if (styre_row_get_int (k, "competence_id") == competence_id
              && g_strcmp0 (text (k, "quarter"), last) > 0)
            last = text (k, "quarter");
        }
    }
  if (last != NULL && strlen (last) == 7)
    {
      int year = atoi (last), quarter = last[6] - '0';
      g_autofree char *next = quarter >= 4 ? g_strdup_printf ("%04d-Q1", year + 1)
                                           : g_strdup_printf ("%04d-Q%d", year, quarter + 1);
      styre_record_editor_set_default_text (editor, "quarter", next);
    }
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

static void
add_capacity_cb (GtkWidget               *row,
                 StyreOrganisationWindow *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "row-id");

  styre_organisation_window_add_capacity (self, *id);
}

static void
show_capacity (StyreOrganisationWindow *self)
{
  GPtrArray *competences = read_rows (self, "competence");
  GPtrArray *capacity = read_rows (self, "competence_capacity");
  const StyreField *quarter_field = styre_field_lookup ("competence_capacity", "quarter");
  const StyreField *fte_field = styre_field_lookup ("competence_capacity", "fte");

  if (competences == NULL || capacity == NULL)
    return;
  clear_shown (self, "competence_capacity");

  for (guint i = 0; i < competences->len; i++)
    {
      StyreRow *c = g_ptr_array_index (competences, i);
      gint64 id = styre_row_get_int (c, "id");
      const char *first = NULL, *last = NULL;
      g_autoptr(GPtrArray) quarters = g_ptr_array_new ();
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *add;

      for (guint k = 0; k < capacity->len; k++)
        {
          StyreRow *x = g_ptr_array_index (capacity, k);

          if (styre_row_get_int (x, "competence_id") != id)
            continue;
          g_ptr_array_add (quarters, x);
          first = first ? first : text (x, "quarter");
          last = text (x, "quarter");
        }
      if (quarters->len == 0)
        subtitle = g_strdup (_("No capacity given"));
      else
        {
          g_autofree char *from = styre_field_format (quarter_field,
                                                      styre_row_get (g_ptr_array_index (quarters, 0),
                                                                     "quarter"));
          g_autofree char *to = styre_field_format (quarter_field,
                                                    styre_row_get (g_ptr_array_index (quarters,
                                                                                      quarters->len - 1),
                                                                   "quarter"));
          if (g_strcmp0 (first, last) == 0)
            subtitle = g_strdup (from);
          else
            /* Translators: the quarters a competence's capacity is given for, e.g. "Q1 2026 – Q4 2026" */
            subtitle = g_strdup_printf (_("%s – %s"), from, to);
        }
      row = expander_row_new (self, "competence_capacity", id, text (c, "name"), subtitle);

      for (guint k = 0; k < quarters->len; k++)
        {
          StyreRow *x = g_ptr_array_index (quarters, k);
          g_autofree char *quarter = styre_field_format (quarter_field, styre_row_get (x, "quarter"));
          g_autofree char *fte = styre_field_format (fte_field, styre_row_get (x, "fte"));
          /* Translators: full-time equivalents, e.g. "1,5 FTE" */
          g_autofree char *amount = g_strdup_printf (_("%s FTE"), fte);
          const char *who = styre_row_get (x, "agency_id") != NULL
                            && styre_row_get (x, "agency_id")->type == STYRE_VALUE_INT
                            ? text (x, "agency_name") : _("Whole organisation");
          GtkWidget *child = edit_row_new (self, "competence_capacity", x, quarter, who,
                                           text (c, "name"));

          adw_action_row_add_suffix (ADW_ACTION_ROW (child), amount_label_new (amount));
          adw_action_row_add_suffix (ADW_ACTION_ROW (child),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      add = add_row_new (self, _("_Add a Quarter"));
      g_object_set_data_full (G_OBJECT (add), "row-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (add, "activated", G_CALLBACK (add_capacity_cb), self, 0);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add);
      add_shown (self, "competence_capacity", row);
    }

  if (competences->len == 0)
    add_shown (self, "competence_capacity",
               hint_row_new (_("No competences yet"),
                             _("Add the competences above first; then give what is available "
                               "of each per quarter.")));
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

static gpointer
query_rows (StyreStore  *store,
            gpointer     data,
            GError     **error)
{
  return styre_store_list_reference_rows (store, data, error);
}

static void
rows_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autofree char *table = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = styre_gui_query_finish (result, &error);
  StyreOrganisationWindow *self;

  if (rows == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_ORGANISATION_WINDOW (object);
  self->n_loading--;
  if (rows == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  g_hash_table_insert (self->read, g_strdup (table), g_ptr_array_ref (rows));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i], table))
      show_rows (self, table, rows);
  /* The lists of several tables show when all of this reading has come in. */
  if (self->n_loading == 0)
    {
      show_arrangements (self);
      show_capacity (self);
    }
}

static void
reload (StyreOrganisationWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_loading = 0;
  for (guint i = 0; i < G_N_ELEMENTS (tables) + G_N_ELEMENTS (other_tables); i++)
    {
      const char *table = i < G_N_ELEMENTS (tables) ? tables[i]
                                                    : other_tables[i - G_N_ELEMENTS (tables)];

      self->n_loading++;
      styre_gui_query_async (self, self->store, query_rows, g_strdup (table), g_free,
                             (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                             rows_loaded_cb, g_strdup (table));
    }
}

static gboolean
reload_cb (gpointer data)
{
  StyreOrganisationWindow *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (StyreStore              *store,
                  char                   **changed,
                  gboolean                 local,
                  StyreOrganisationWindow *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (150, reload_cb, self);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_organisation_window_dispose (GObject *object)
{
  StyreOrganisationWindow *self = (StyreOrganisationWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->read, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (styre_organisation_window_parent_class)->dispose (object);
}

static void
styre_organisation_window_class_init (StyreOrganisationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_organisation_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-organisation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, agency_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, person_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, focus_area_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, goal_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, competence_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow,
                                        national_component_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, tolerance_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, overspend_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, capacity_group);
}

static void
styre_organisation_window_init (StyreOrganisationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_hash_table_insert (self->rows, (gpointer) tables[i], g_ptr_array_new ());
  g_hash_table_insert (self->rows, (gpointer) "overspend_arrangement", g_ptr_array_new ());
  g_hash_table_insert (self->rows, (gpointer) "competence_capacity", g_ptr_array_new ());
  self->read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * styre_organisation_window_new:
 * @undo: the main window's undo stack: edits here are undone there
 */
StyreOrganisationWindow *
styre_organisation_window_new (GtkWindow      *parent,
                               StyreStore     *store,
                               StyreUndoStack *undo)
{
  StyreOrganisationWindow *self;
  gboolean writable;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  self = g_object_new (STYRE_TYPE_ORGANISATION_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->undo = undo ? g_object_ref (undo) : NULL;
  writable = !styre_store_is_read_only (store);

  for (guint i = 0; i < G_N_ELEMENTS (tables) + 2; i++)
    {
      static const char *const composite[] = { "overspend_arrangement", "competence_capacity" };
      const char *table = i < G_N_ELEMENTS (tables) ? tables[i]
                                                    : composite[i - G_N_ELEMENTS (tables)];
      GtkWidget *add;

      if (g_str_equal (table, "tolerance"))
        continue;
      add = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add, _("Add"));
      gtk_widget_set_sensitive (add, writable);
      g_object_set_data (G_OBJECT (add), "table", (gpointer) table);
      g_signal_connect_object (add, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
      adw_preferences_group_set_header_suffix (group_for (self, table), add);
    }

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
  return self;
}

/**
 * styre_organisation_window_get_loaded:
 *
 * Returns: whether every list has been read
 */
gboolean
styre_organisation_window_get_loaded (StyreOrganisationWindow *self)
{
  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), FALSE);
  return self->n_loading == 0;
}

/**
 * styre_organisation_window_find_row:
 * @table: "overspend_arrangement", or "competence_capacity" for a competence's row
 * @id: the arrangement's id, or the competence's
 *
 * Returns: (transfer none) (nullable): the row shown for it (an #AdwExpanderRow whose
 *   rows are its repayment plan and shares, or its quarters), or %NULL
 */
GtkWidget *
styre_organisation_window_find_row (StyreOrganisationWindow *self,
                                    const char              *table,
                                    gint64                   id)
{
  GPtrArray *shown;

  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), NULL);

  shown = g_hash_table_lookup (self->rows, table);
  for (guint i = 0; shown != NULL && i < shown->len; i++)
    {
      gint64 *row_id = g_object_get_data (g_ptr_array_index (shown, i), "row-id");

      if (row_id != NULL && *row_id == id)
        return g_ptr_array_index (shown, i);
    }
  return NULL;
}
