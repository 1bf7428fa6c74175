/* styre-initiative-view.c — everything about one initiative, beside the portfolio table
 *
 * Six sections: Overview (what, who, where it belongs), Status (the history grid and
 * the reports, and the tolerances the suggestions come from), Money (cost frame,
 * descoping list, budget per year, the 5 % rule), Benefits, Delivery (milestones, gate
 * decisions, risks, dependencies, competence, pilot) and History (the audit trail in
 * words). Everything is read on a worker thread in one go (styre_store_get_initiative_
 * detail()) and read again when the file changes, keeping the section and the scroll
 * position. Rows open their form; "+" adds one. In a read-only file the forms only show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-initiative-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-history.h"
#include "styre-initiative-view.h"
#include "styre-record-editor.h"
#include "styre-save.h"
#include "styre-status.h"
#include "styre-status-editor.h"
#include "styre-status-grid.h"
#include "styre-window.h"

static const char *const rule_dimensions[] = { "time", "cost", "benefits" };

struct _StyreInitiativeView
{
  AdwBin                  parent_instance;

  StyreStore             *store;
  gint64                  id;
  StyreInitiativeDetail  *detail;
  StyreTolerance          defaults[3];
  GCancellable           *cancellable;
  GCancellable           *history_cancellable;
  gboolean                loading;
  gboolean                history_loaded;
  guint                   restore_idle;
  double                  scroll[6];

  GtkWidget              *grid;
  GtkWidget              *cell_title;
  GtkWidget              *cell_text;

  GtkStack               *outer_stack;
  AdwStatusPage          *gone_page;
  GtkWidget              *back_button;
  GtkLabel               *code_label;
  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  GtkBox                 *rag_box;
  GtkStack               *stack;
  GtkBox                 *switcher;
  GtkBox                 *overview_box;
  GtkBox                 *status_box;
  GtkBox                 *money_box;
  GtkBox                 *benefits_box;
  GtkBox                 *delivery_box;
  GtkBox                 *history_box;
  GtkScrolledWindow      *overview_scroller;
  GtkScrolledWindow      *status_scroller;
  GtkScrolledWindow      *money_scroller;
  GtkScrolledWindow      *benefits_scroller;
  GtkScrolledWindow      *delivery_scroller;
  GtkScrolledWindow      *history_scroller;
};

G_DEFINE_FINAL_TYPE (StyreInitiativeView, styre_initiative_view, ADW_TYPE_BIN)

enum {
  BACK,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (StyreInitiativeView *self);
static void load_history (StyreInitiativeView *self);

/* ── small helpers ───────────────────────────────────────────────────────────────────── */

/* A column as text; whole numbers (years) are written out. The text of a number lives
 * until a few more numbers have been asked for, which is enough for one sentence. */
static const char *
text (StyreRow   *row,
      const char *column)
{
  static char numbers[8][24];
  static guint next;
  const StyreValue *v = row ? styre_row_get (row, column) : NULL;

  if (v == NULL || v->type == STYRE_VALUE_NULL)
    return "";
  if (v->type == STYRE_VALUE_TEXT)
    return v->s;
  if (v->type == STYRE_VALUE_INT)
    {
      char *buf = numbers[next++ % G_N_ELEMENTS (numbers)];
      g_snprintf (buf, sizeof numbers[0], "%" G_GINT64_FORMAT, v->i);
      return buf;
    }
  return "";
}

static gboolean
is_null (StyreRow   *row,
         const char *column)
{
  const StyreValue *v = styre_row_get (row, column);

  return v == NULL || v->type == STYRE_VALUE_NULL;
}

static gint64
int_or (StyreRow   *row,
        const char *column,
        gint64      fallback)
{
  return is_null (row, column) ? fallback : styre_row_get_int (row, column);
}

static char *
money (StyreRow   *row,
       const char *column)
{
  if (is_null (row, column))
    return g_strdup ("–");
  return styre_format_nok (styre_row_get_int (row, column));
}

static char *
date (StyreRow   *row,
      const char *column)
{
  if (is_null (row, column) || *text (row, column) == '\0')
    return g_strdup ("–");
  return styre_format_date (text (row, column));
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static gboolean
writable (StyreInitiativeView *self)
{
  return self->store != NULL && !styre_store_is_read_only (self->store);
}

static GtkWindow *
window_of (StyreInitiativeView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static StyreUndoStack *
undo_of (StyreInitiativeView *self)
{
  GtkWindow *window = window_of (self);

  return STYRE_IS_WINDOW (window) ? styre_window_get_undo_stack (STYRE_WINDOW (window)) : NULL;
}

static GtkWidget *
pill_new (const char *text,
          const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "state-pill");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
rag_with_word (StyreRag rag)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = styre_gui_rag_badge_new ();

  styre_gui_rag_badge_set (badge, rag);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box),
                  gtk_label_new (styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag))));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

/* ── editing ─────────────────────────────────────────────────────────────────────────── */

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *window)
{
  gtk_widget_activate_action (window, "win.undo", NULL);
}

static void
deleted_cb (StyreRecordEditor   *editor,
            gint64               id,
            StyreEdit           *edit,
            StyreInitiativeView *self)
{
  GtkWindow *window = window_of (self);
  AdwToast *toast;

  if (!STYRE_IS_WINDOW (window))
    return;
  toast = adw_toast_new (styre_edit_get_label (edit));
  adw_toast_set_title (toast, _("Deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), window, 0);
  styre_window_add_toast (STYRE_WINDOW (window), toast);
}

static StyreRecordEditor *
editor_new (StyreInitiativeView *self,
            const char          *table,
            StyreRow            *row)
{
  StyreRecordEditor *editor = styre_record_editor_new (window_of (self), self->store,
                                                       undo_of (self), table, row);

  g_signal_connect_object (editor, "deleted", G_CALLBACK (deleted_cb), self, 0);
  return editor;
}

/* A new row of @table that belongs to the initiative. */
static StyreRecordEditor *
editor_for_new (StyreInitiativeView *self,
                const char          *table)
{
  StyreRecordEditor *editor = editor_new (self, table, NULL);
  const StyreTableForm *form = styre_table_form_lookup (table);
  g_autofree char *today = styre_store_today (self->store);

  if (form->parent_column != NULL && g_str_equal (form->parent_column, "initiative_id"))
    styre_record_editor_set_default_int (editor, "initiative_id", self->id);
  if (g_str_equal (table, "risk"))
    {
      styre_record_editor_set_default_text (editor, "identified_on", today);
      styre_record_editor_set_default_text (editor, "state", "open");
    }
  else if (g_str_equal (table, "gate_decision"))
    styre_record_editor_set_default_text (editor, "decided_on", today);
  else if (g_str_equal (table, "dependency"))
    {
      styre_record_editor_set_default_text (editor, "criticality", "medium");
      styre_record_editor_set_default_text (editor, "state", "ok");
    }
  else if (g_str_equal (table, "initiative_focus_area") || g_str_equal (table, "initiative_goal"))
    styre_record_editor_set_default_int (editor, "weight", 100);
  else if (g_str_equal (table, "cost_frame"))
    {
      styre_record_editor_set_default_text (editor, "valid_from", today);
      styre_record_editor_set_default_int (editor, "price_level_year", atoi (today));
    }
  else if (g_str_equal (table, "budget_line"))
    {
      styre_record_editor_set_default_text (editor, "recorded_on", today);
      styre_record_editor_set_default_int (editor, "year", atoi (today));
    }
  else if (g_str_equal (table, "descoping_item"))
    styre_record_editor_set_default_int (editor, "position", self->detail->descoping->len + 1);
  else if (g_str_equal (table, "milestone"))
    styre_record_editor_set_default_int (editor, "position", self->detail->milestones->len + 1);
  return editor;
}

static void
edit_row_cb (GtkWidget           *row,
             StyreInitiativeView *self)
{
  StyreRow *data = g_object_get_data (G_OBJECT (row), "row");
  const char *table = g_object_get_data (G_OBJECT (row), "table");

  if (data == NULL || table == NULL)
    return;
  gtk_window_present (GTK_WINDOW (editor_new (self, table, data)));
}

static void
add_clicked_cb (GtkButton           *button,
                StyreInitiativeView *self)
{
  const char *table = g_object_get_data (G_OBJECT (button), "table");
  StyreRow *parent = g_object_get_data (G_OBJECT (button), "parent");
  StyreRecordEditor *editor;

  editor = editor_for_new (self, table);
  if (parent != NULL)
    {
      const StyreTableForm *form = styre_table_form_lookup (table);
      styre_record_editor_set_default_int (editor, form->parent_column,
                                           styre_row_get_int (parent, "id"));
    }
  if (g_str_equal (table, "measurement"))
    {
      g_autofree char *today = styre_store_today (self->store);
      styre_record_editor_set_default_text (editor, "measured_on", today);
    }
  if (g_str_equal (table, "pilot_evaluation"))
    {
      g_autofree char *today = styre_store_today (self->store);
      styre_record_editor_set_default_text (editor, "evaluated_on", today);
    }
  if (g_str_equal (table, "benefit_value"))
    {
      g_autofree char *today = styre_store_today (self->store);
      styre_record_editor_set_default_int (editor, "year", atoi (today));
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
add_button_new (StyreInitiativeView *self,
                const char          *table,
                StyreRow            *parent,
                const char          *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_sensitive (button, writable (self));
  g_object_set_data_full (G_OBJECT (button), "table", g_strdup (table), g_free);
  if (parent != NULL)
    g_object_set_data_full (G_OBJECT (button), "parent", styre_row_ref (parent),
                            (GDestroyNotify) styre_row_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
  return button;
}

static AdwPreferencesGroup *
group_new (StyreInitiativeView *self,
           GtkBox              *box,
           const char          *title,
           const char          *description,
           const char          *add_table,
           const char          *add_tooltip)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  if (add_table != NULL)
    adw_preferences_group_set_header_suffix (group, add_button_new (self, add_table, NULL,
                                                                    add_tooltip));
  gtk_box_append (box, GTK_WIDGET (group));
  return group;
}

/* A row of a list; with @data it opens the row's form. */
static GtkWidget *
row_new (StyreInitiativeView *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *table,
         StyreRow            *data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (data != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (data),
                              (GDestroyNotify) styre_row_unref);
      g_object_set_data_full (G_OBJECT (row), "table", g_strdup (table), g_free);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (edit_row_cb), self, 0);
    }
  adw_preferences_group_add (group, row);
  return row;
}

/* A fact: its name, and its value on the right. */
static GtkWidget *
fact_new (AdwPreferencesGroup *group,
          const char          *name,
          const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value && *value ? value : "–");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  /* Short values stay on one line; long ones wrap at a readable width. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (value ? value : "", -1), 24));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "fact-value");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  return row;
}

static void
empty_row (AdwPreferencesGroup *group,
           const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (group, row);
}

static void
show_initiative_cb (GtkWidget           *row,
                    StyreInitiativeView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "initiative"));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-initiative", "x", id);
}

static GtkWidget *
link_row (StyreInitiativeView *self,
          AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          gint64               id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "initiative", GSIZE_TO_POINTER (id));
  g_signal_connect_object (row, "activated", G_CALLBACK (show_initiative_cb), self, 0);
  adw_preferences_group_add (group, row);
  return row;
}

/* ── Overview ────────────────────────────────────────────────────────────────────────── */

static void
build_overview (StyreInitiativeView *self)
{
  StyreInitiativeDetail *d = self->detail;
  StyreRow *i = d->initiative;
  AdwPreferencesGroup *group;
  g_autofree char *period = NULL;
  g_autofree char *from = date (i, "start_date");
  g_autofree char *to = date (i, "end_date");
  g_autoptr(GString) flags = g_string_new (NULL);
  GtkWidget *edit;

  clear_box (self->overview_box);

  if (*text (i, "what") != '\0')
    {
      GtkWidget *what = gtk_label_new (text (i, "what"));

      gtk_label_set_wrap (GTK_LABEL (what), TRUE);
      gtk_label_set_xalign (GTK_LABEL (what), 0);
      gtk_label_set_selectable (GTK_LABEL (what), TRUE);
      gtk_widget_add_css_class (what, "detail-what");
      gtk_box_append (self->overview_box, what);
    }

  group = group_new (self, self->overview_box, _("About"), NULL, NULL, NULL);
  edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit the Initiative"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "detail.edit");
  adw_preferences_group_set_header_suffix (group, edit);

  fact_new (group, _("Kind"), styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND, text (i, "kind")));
  fact_new (group, _("Method"), styre_vocabulary_label (STYRE_VOCAB_METHOD, text (i, "method")));
  fact_new (group, _("Phase"), styre_vocabulary_label (STYRE_VOCAB_PHASE, text (i, "phase")));
  fact_new (group, _("State"), styre_vocabulary_label (STYRE_VOCAB_LIFECYCLE, text (i, "lifecycle")));
  fact_new (group, _("Owning agency"), text (i, "owning_agency_name"));
  fact_new (group, _("Project owner"), text (i, "owner_name"));
  fact_new (group, _("Project leader or product owner"), text (i, "leader_name"));
  if (is_null (i, "start_date") && is_null (i, "end_date"))
    period = g_strdup ("–");
  else if (is_null (i, "end_date"))
    /* Translators: an initiative with a start and no end yet */
    period = g_strdup_printf (_("From %s"), from);
  else if (is_null (i, "start_date"))
    period = g_strdup_printf (_("Until %s"), to);
  else
    /* Translators: a period of time, e.g. "01.02.2026 – 31.12.2027" */
    period = g_strdup_printf (_("%s – %s"), from, to);
  fact_new (group, _("Period"), period);
  if (!is_null (i, "strategic_value") || !is_null (i, "complexity"))
    {
      g_autofree char *value = is_null (i, "strategic_value")
                               ? g_strdup ("–")
                               : g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  styre_row_get_int (i, "strategic_value"));
      g_autofree char *complexity = is_null (i, "complexity")
                                    ? g_strdup ("–")
                                    : g_strdup_printf ("%" G_GINT64_FORMAT,
                                                       styre_row_get_int (i, "complexity"));
      /* Translators: e.g. "Value 4 of 5, complexity 3 of 5" */
      g_autofree char *scores = g_strdup_printf (_("Value %s of 5, complexity %s of 5"), value,
                                                 complexity);
      fact_new (group, _("Strategic value"), scores);
    }
  if (int_or (i, "state_project_model", 0))
    g_string_append_printf (flags, "%s%s", flags->len ? ", " : "", _("state project model"));
  if (int_or (i, "co_financed", 0))
    g_string_append_printf (flags, "%s%s", flags->len ? ", " : "", _("co-financed"));
  if (int_or (i, "national_portfolio", 0))
    g_string_append_printf (flags, "%s%s", flags->len ? ", " : "", _("national portfolio"));
  if (flags->len > 0)
    fact_new (group, _("Also"), flags->str);
  if (g_strcmp0 (text (i, "confidentiality"), "exempt") == 0)
    {
      /* Translators: e.g. "Exempt from public access (offl. § 14)" */
      g_autofree char *exempt = g_strdup_printf (_("Exempt from public access (%s)"),
                                                 text (i, "legal_basis"));
      fact_new (group, _("Public access"), exempt);
    }

  if (!is_null (i, "parent_id") || !is_null (i, "merged_into_id") || d->children->len > 0)
    {
      group = group_new (self, self->overview_box, _("Programme"), NULL, NULL, NULL);
      if (!is_null (i, "parent_id"))
        {
          g_autofree char *t = g_strdup_printf ("%s – %s", text (i, "parent_code"),
                                                text (i, "parent_title"));
          link_row (self, group, t, _("Part of this programme"), styre_row_get_int (i, "parent_id"));
        }
      if (!is_null (i, "merged_into_id"))
        {
          g_autofree char *t = g_strdup_printf ("%s – %s", text (i, "merged_into_code"),
                                                text (i, "merged_into_title"));
          link_row (self, group, t, _("Merged into this initiative"),
                    styre_row_get_int (i, "merged_into_id"));
        }
      for (guint k = 0; k < d->children->len; k++)
        {
          StyreRow *c = g_ptr_array_index (d->children, k);
          g_autofree char *t = g_strdup_printf ("%s – %s", text (c, "code"), text (c, "title"));
          g_autofree char *s = g_strdup_printf ("%s · %s",
                                                styre_vocabulary_label (STYRE_VOCAB_PHASE, text (c, "phase")),
                                                styre_vocabulary_label (STYRE_VOCAB_LIFECYCLE, text (c, "lifecycle")));
          link_row (self, group, t, s, styre_row_get_int (c, "id"));
        }
    }

  group = group_new (self, self->overview_box, _("Agencies"),
                     _("Who owns, funds, takes part in or receives the benefits"),
                     "initiative_agency", _("Add an Agency"));
  for (guint k = 0; k < d->agencies->len; k++)
    {
      StyreRow *r = g_ptr_array_index (d->agencies, k);
      row_new (self, group, text (r, "agency_name"),
               styre_vocabulary_label (STYRE_VOCAB_AGENCY_ROLE, text (r, "role")),
               "initiative_agency", r);
    }
  if (d->agencies->len == 0)
    empty_row (group, _("No other agencies"));

  group = group_new (self, self->overview_box, _("Focus Areas"), NULL, "initiative_focus_area",
                     _("Add a Focus Area"));
  for (guint k = 0; k < d->focus_areas->len; k++)
    {
      StyreRow *r = g_ptr_array_index (d->focus_areas, k);
      g_autofree char *weight = styre_format_percent ((double) styre_row_get_int (r, "weight"), 0);
      /* Translators: how much an initiative serves a focus area or goal, e.g. "Weight 60 %" */
      g_autofree char *sub = g_strdup_printf (_("Weight %s"), weight);
      row_new (self, group, text (r, "focus_area_name"), sub, "initiative_focus_area", r);
    }
  if (d->focus_areas->len == 0)
    empty_row (group, _("Not linked to a focus area"));

  group = group_new (self, self->overview_box, _("Goals"), NULL, "initiative_goal",
                     _("Add a Goal"));
  for (guint k = 0; k < d->goals->len; k++)
    {
      StyreRow *r = g_ptr_array_index (d->goals, k);
      g_autofree char *weight = styre_format_percent ((double) styre_row_get_int (r, "weight"), 0);
      g_autofree char *sub = g_strdup_printf ("%s · %s",
                                              styre_vocabulary_label (STYRE_VOCAB_GOAL_LEVEL, text (r, "goal_level")),
                                              weight);
      row_new (self, group, text (r, "goal_title"), sub, "initiative_goal", r);
    }
  if (d->goals->len == 0)
    empty_row (group, _("Not linked to a goal"));

  group = group_new (self, self->overview_box, _("People"), NULL, "initiative_person",
                     _("Add a Person"));
  for (guint k = 0; k < d->people->len; k++)
    {
      StyreRow *r = g_ptr_array_index (d->people, k);
      row_new (self, group, text (r, "person_name"),
               styre_vocabulary_label (STYRE_VOCAB_PERSON_ROLE, text (r, "role")),
               "initiative_person", r);
    }
  if (d->people->len == 0)
    empty_row (group, _("No people added"));
}

/* ── Status ──────────────────────────────────────────────────────────────────────────── */

static void
cell_selected_cb (StyreStatusGrid     *grid,
                  StyreRow            *report,
                  StyreRow            *dimension,
                  StyreInitiativeView *self)
{
  g_autofree char *month = styre_format_month (text (report, "period"));
  const char *rag = dimension ? text (dimension, "rag") : text (report, "overall_rag");
  g_autofree char *title = NULL;
  g_autoptr(GString) body = g_string_new (NULL);

  /* Translators: the cell chosen in the status history, e.g. "Cost, November 2026: ▲ Yellow" */
  title = g_strdup_printf (_("%s, %s: %s %s"),
                           dimension ? styre_vocabulary_label (STYRE_VOCAB_DIMENSION,
                                                               text (dimension, "dimension"))
                                     : _("Overall"),
                           month, styre_rag_symbol (styre_rag_from_id (rag)),
                           styre_vocabulary_label (STYRE_VOCAB_RAG, rag));
  if (dimension != NULL && !is_null (dimension, "suggested_rag")
      && g_strcmp0 (text (dimension, "suggested_rag"), rag) != 0)
    {
      g_string_append_printf (body, _("The tolerances suggested %s %s. The author’s reason: %s"),
                              styre_rag_symbol (styre_rag_from_id (text (dimension, "suggested_rag"))),
                              styre_vocabulary_label (STYRE_VOCAB_RAG, text (dimension, "suggested_rag")),
                              text (dimension, "override_reason"));
      g_string_append (body, "\n\n");
    }
  if (dimension != NULL)
    g_string_append (body, *text (dimension, "comment") ? text (dimension, "comment")
                                                       : _("No comment."));
  else
    {
      g_string_append (body, *text (report, "summary") ? text (report, "summary")
                                                      : _("No summary."));
      if (*text (report, "decisions_needed"))
        g_string_append_printf (body, "\n\n%s %s", _("Decisions needed:"),
                                text (report, "decisions_needed"));
    }
  gtk_label_set_text (GTK_LABEL (self->cell_title), title);
  gtk_label_set_text (GTK_LABEL (self->cell_text), body->str);
}

static void
open_report_cb (GtkWidget           *row,
                StyreInitiativeView *self)
{
  StyreRow *report = g_object_get_data (G_OBJECT (row), "report");
  StyreStatusEditor *editor = styre_status_editor_new (window_of (self), self->store,
                                                       undo_of (self), self->detail, report);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_report_clicked_cb (GtkButton           *button,
                       StyreInitiativeView *self)
{
  styre_initiative_view_new_report (self);
}

static void
tolerance_activated_cb (GtkWidget           *row,
                        StyreInitiativeView *self)
{
  StyreRow *own = g_object_get_data (G_OBJECT (row), "row");
  const char *dimension = g_object_get_data (G_OBJECT (row), "dimension");
  StyreRecordEditor *editor;

  if (own != NULL)
    editor = editor_new (self, "tolerance", own);
  else
    {
      const StyreTolerance *t = g_object_get_data (G_OBJECT (row), "tolerance");

      editor = editor_for_new (self, "tolerance");
      styre_record_editor_set_default_text (editor, "dimension", dimension);
      styre_record_editor_set_default_int (editor, "yellow_at", t->yellow_at);
      styre_record_editor_set_default_int (editor, "red_at", t->red_at);
      styre_record_editor_set_heading (editor, _("Own Tolerance"),
                                       styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dimension));
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static char *
tolerance_text (const char *dimension,
                int         yellow,
                int         red)
{
  if (g_str_equal (dimension, "time"))
    return g_strdup_printf (_("Yellow from %d days late, red from %d"), yellow, red);
  if (g_str_equal (dimension, "cost"))
    return g_strdup_printf (_("Yellow from %d %% over P50, red from %d %% or above P85"),
                            yellow, red);
  return g_strdup_printf (_("Yellow from %d %% of the plan missing, red from %d %%"), yellow,
                          red);
}

static void
build_status (StyreInitiativeView *self)
{
  StyreInitiativeDetail *d = self->detail;
  AdwPreferencesGroup *group;
  GtkWidget *new_report;
  GtkWidget *card;

  clear_box (self->status_box);

  group = group_new (self, self->status_box, _("Status History"),
                     _("Each steering parameter, month by month. Choose a cell to see why it "
                       "has its colour."),
                     NULL, NULL);
  new_report = gtk_button_new_with_mnemonic (_("_New Status Report"));
  gtk_widget_add_css_class (new_report, "suggested-action");
  gtk_widget_set_valign (new_report, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (new_report, writable (self));
  g_signal_connect_object (new_report, "clicked", G_CALLBACK (new_report_clicked_cb), self, 0);
  adw_preferences_group_set_header_suffix (group, new_report);

  if (d->reports->len == 0)
    empty_row (group, _("No status reports yet"));
  else
    {
      self->grid = styre_status_grid_new ();
      gtk_widget_add_css_class (self->grid, "card");
      styre_status_grid_set_reports (STYRE_STATUS_GRID (self->grid), d->reports, d->dimensions);
      g_signal_connect_object (self->grid, "cell-selected", G_CALLBACK (cell_selected_cb), self, 0);
      adw_preferences_group_add (group, self->grid);

      card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "cell-detail");
      gtk_widget_set_margin_top (card, 12);
      self->cell_title = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->cell_title), 0);
      gtk_label_set_wrap (GTK_LABEL (self->cell_title), TRUE);
      gtk_widget_add_css_class (self->cell_title, "heading");
      self->cell_text = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->cell_text), 0);
      gtk_label_set_wrap (GTK_LABEL (self->cell_text), TRUE);
      gtk_label_set_selectable (GTK_LABEL (self->cell_text), TRUE);
      gtk_box_append (GTK_BOX (card), self->cell_title);
      gtk_box_append (GTK_BOX (card), self->cell_text);
      adw_preferences_group_add (group, card);
      {
        StyreRow *latest = g_ptr_array_index (d->reports, d->reports->len - 1);
        cell_selected_cb (STYRE_STATUS_GRID (self->grid), latest, NULL, self);
      }
    }

  group = group_new (self, self->status_box, _("Reports"), NULL, NULL, NULL);
  for (guint k = d->reports->len; k > 0; k--)
    {
      StyreRow *r = g_ptr_array_index (d->reports, k - 1);
      g_autofree char *month = styre_format_month (text (r, "period"));
      g_autofree char *sub = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (g_strcmp0 (text (r, "state"), "published") == 0)
        {
          g_autofree char *day = g_strndup (text (r, "published_at"), 10);
          g_autofree char *when = styre_format_date (day);
          sub = *text (r, "author_name")
                ? g_strdup_printf (_("Published %s by %s"), when, text (r, "author_name"))
                : g_strdup_printf (_("Published %s"), when);
        }
      else
        sub = g_strdup (_("Draft, not published"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), month);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
      if (g_strcmp0 (text (r, "state"), "draft") == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill_new (C_("report", "Draft"), "state-draft"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 rag_with_word (styre_rag_from_id (text (r, "overall_rag"))));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "report", styre_row_ref (r),
                              (GDestroyNotify) styre_row_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (open_report_cb), self, 0);
      adw_preferences_group_add (group, row);
      if (d->reports->len - k >= 23)
        break;     /* two years are listed; the grid shows them all */
    }
  if (d->reports->len == 0)
    empty_row (group, _("Write the first report with New Status Report"));

  group = group_new (self, self->status_box, _("Tolerances"),
                     _("Where the suggested colours come from. Choose one to give this "
                       "initiative its own."),
                     NULL, NULL);
  for (guint r = 0; r < G_N_ELEMENTS (rule_dimensions); r++)
    {
      StyreRow *own = NULL;
      const StyreTolerance *t = &self->defaults[r];
      g_autofree char *words = NULL;
      g_autofree char *sub = NULL;
      GtkWidget *row = adw_action_row_new ();

      for (guint k = 0; k < d->tolerances->len; k++)
        if (g_strcmp0 (text (g_ptr_array_index (d->tolerances, k), "dimension"),
                       rule_dimensions[r]) == 0)
          own = g_ptr_array_index (d->tolerances, k);
      if (own != NULL)
        {
          words = tolerance_text (rule_dimensions[r], (int) styre_row_get_int (own, "yellow_at"),
                                  (int) styre_row_get_int (own, "red_at"));
          sub = g_strdup_printf ("%s — %s", words, _("this initiative’s own"));
        }
      else
        {
          words = tolerance_text (rule_dimensions[r], t->yellow_at, t->red_at);
          sub = g_strdup_printf ("%s — %s", words,
                                 t->source == STYRE_TOLERANCE_PORTFOLIO ? _("the portfolio’s")
                                                                        : _("Styre’s default"));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     styre_vocabulary_label (STYRE_VOCAB_DIMENSION, rule_dimensions[r]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), own != NULL || writable (self));
      if (own != NULL)
        g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (own),
                                (GDestroyNotify) styre_row_unref);
      g_object_set_data (G_OBJECT (row), "dimension", (gpointer) rule_dimensions[r]);
      g_object_set_data (G_OBJECT (row), "tolerance", (gpointer) t);
      g_signal_connect_object (row, "activated", G_CALLBACK (tolerance_activated_cb), self, 0);
      adw_preferences_group_add (group, row);
    }
}

/* ── Money ───────────────────────────────────────────────────────────────────────────── */

static void
budget_year_clicked_cb (GtkButton           *button,
                        StyreInitiativeView *self)
{
  StyreRow *line = g_object_get_data (G_OBJECT (button), "row");
  g_autofree char *today = styre_store_today (self->store);
  StyreRecordEditor *editor;

  /* A budget is history: a change today is a new revision, unless one is made today. */
  if (g_strcmp0 (text (line, "recorded_on"), today) == 0)
    editor = editor_new (self, "budget_line", line);
  else
    {
      static const char *columns[] = { "year", "approved", "revised", "forecast", "actual",
                                       "note" };
      g_autofree char *heading = g_strdup_printf (_("Budget %s"), text (line, "year"));

      editor = editor_for_new (self, "budget_line");
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        if (!is_null (line, columns[i]))
          styre_record_editor_set_default (editor, columns[i], styre_row_get (line, columns[i]));
      styre_record_editor_set_heading (editor, heading, _("A new revision, recorded today"));
    }
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
money_label (const char *text,
             gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static void
build_money (StyreInitiativeView *self)
{
  StyreInitiativeDetail *d = self->detail;
  AdwPreferencesGroup *group;
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  gint64 totals[4] = { 0, 0, 0, 0 };
  gboolean has[4] = { FALSE, FALSE, FALSE, FALSE };
  static const char *columns[] = { "approved", "revised", "forecast", "actual" };

  clear_box (self->money_box);

  /* Cost frame. */
  group = group_new (self, self->money_box, _("Cost Frame"),
                     _("The management budget (P50) and the cost frame (P85) as decided; a new "
                       "decision is added, the old ones are kept"),
                     "cost_frame", _("Record a New Decision"));
  if (d->frames->len == 0)
    empty_row (group, _("No cost frame decided"));
  for (guint k = d->frames->len; k > 0; k--)
    {
      StyreRow *f = g_ptr_array_index (d->frames, k - 1);
      g_autofree char *p50 = money (f, "p50");
      g_autofree char *p85 = money (f, "p85");
      g_autofree char *when = date (f, "valid_from");
      /* Translators: a cost frame decision, e.g. "P50 12 500 000 kr, P85 14 000 000 kr" */
      g_autofree char *title = g_strdup_printf (_("P50 %s, P85 %s"), p50, p85);
      /* Translators: e.g. "Decided 15.01.2026, price level 2026" */
      g_autofree char *sub = g_strdup_printf (_("Decided %s, price level %s%s%s"), when,
                                              text (f, "price_level_year"),
                                              *text (f, "note") ? " — " : "", text (f, "note"));
      GtkWidget *row = row_new (self, group, title, sub, "cost_frame", f);

      if (k == d->frames->len)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill_new (_("In force"), "state-notice_sent"));
    }

  /* Descoping list. */
  group = group_new (self, self->money_box, _("Descoping List"),
                     _("What can be cut to stay within the frame"), "descoping_item",
                     _("Add to the Descoping List"));
  {
    gint64 total = 0;

    for (guint k = 0; k < d->descoping->len; k++)
      {
        StyreRow *r = g_ptr_array_index (d->descoping, k);
        g_autofree char *amount = money (r, "amount");
        GtkWidget *row = row_new (self, group, text (r, "description"), NULL, "descoping_item", r);

        adw_action_row_add_suffix (ADW_ACTION_ROW (row), money_label (amount, FALSE));
        total += int_or (r, "amount", 0);
      }
    if (d->descoping->len == 0)
      empty_row (group, _("Nothing listed"));
    else
      {
        g_autofree char *sum = styre_format_nok (total);
        GtkWidget *row = adw_action_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Total"));
        gtk_widget_add_css_class (row, "total-row");
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), money_label (sum, TRUE));
        adw_preferences_group_add (group, row);
      }
  }

  /* Budget per year: the latest revision of each year. */
  for (guint k = 0; k < d->budget_lines->len; k++)
    {
      StyreRow *line = g_ptr_array_index (d->budget_lines, k);
      StyreRow *last = current->len ? g_ptr_array_index (current, current->len - 1) : NULL;

      if (last != NULL && styre_row_get_int (last, "year") == styre_row_get_int (line, "year"))
        current->pdata[current->len - 1] = line;
      else
        g_ptr_array_add (current, line);
    }
  group = group_new (self, self->money_box, _("Budget"),
                     _("The latest revision of each year. Choose a year to revise it."),
                     "budget_line", _("Add a Year"));
  if (current->len == 0)
    empty_row (group, _("No budget recorded"));
  else
    {
      GtkWidget *grid = gtk_grid_new ();
      const char *headings[] = { _("Year"), C_("budget", "Approved"), C_("budget", "Revised"),
                                 C_("budget", "Forecast"), C_("budget", "Actual") };

      gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
      gtk_widget_add_css_class (grid, "card");
      gtk_widget_add_css_class (grid, "money-table");
      for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
        {
          GtkWidget *h = money_label (headings[c], TRUE);
          if (c == 0)
            {
              /* In line with the years under it, which are flat buttons. */
              gtk_label_set_xalign (GTK_LABEL (h), 0);
              gtk_widget_set_margin_start (h, 12);
            }
          gtk_widget_set_hexpand (h, c > 0);
          gtk_grid_attach (GTK_GRID (grid), h, (int) c, 0, 1, 1);
        }
      for (guint k = 0; k < current->len; k++)
        {
          StyreRow *line = g_ptr_array_index (current, k);
          GtkWidget *year = gtk_button_new_with_label (text (line, "year"));
          g_autofree char *tooltip = NULL;
          g_autofree char *recorded = date (line, "recorded_on");

          gtk_widget_add_css_class (year, "flat");
          gtk_widget_set_halign (year, GTK_ALIGN_START);
          /* Translators: when the budget line shown was recorded */
          tooltip = g_strdup_printf (_("Recorded %s. Revise this year’s budget"), recorded);
          gtk_widget_set_tooltip_text (year, tooltip);
          gtk_widget_set_sensitive (year, writable (self));
          g_object_set_data_full (G_OBJECT (year), "row", styre_row_ref (line),
                                  (GDestroyNotify) styre_row_unref);
          g_signal_connect_object (year, "clicked", G_CALLBACK (budget_year_clicked_cb), self, 0);
          gtk_grid_attach (GTK_GRID (grid), year, 0, (int) k + 1, 1, 1);
          for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
            {
              g_autofree char *amount = is_null (line, columns[c])
                                        ? g_strdup ("–")
                                        : styre_format_nok_short (styre_row_get_int (line, columns[c]));
              gtk_grid_attach (GTK_GRID (grid), money_label (amount, FALSE), (int) c + 1,
                               (int) k + 1, 1, 1);
              if (!is_null (line, columns[c]))
                {
                  totals[c] += styre_row_get_int (line, columns[c]);
                  has[c] = TRUE;
                }
            }
        }
      {
        GtkWidget *sum = gtk_label_new (_("Total"));
        gtk_label_set_xalign (GTK_LABEL (sum), 0);
        gtk_widget_add_css_class (sum, "heading");
        gtk_widget_set_margin_start (sum, 12);
        gtk_grid_attach (GTK_GRID (grid), sum, 0, (int) current->len + 1, 1, 1);
        for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
          {
            g_autofree char *amount = has[c] ? styre_format_nok_short (totals[c]) : g_strdup ("–");
            GtkWidget *label = money_label (amount, TRUE);
            gtk_grid_attach (GTK_GRID (grid), label, (int) c + 1, (int) current->len + 1, 1, 1);
          }
      }
      adw_preferences_group_add (group, grid);
    }

  /* The 5 % rule. */
  group = group_new (self, self->money_box, _("Overspend under the 5 % Rule"),
                     _("This initiative’s share of an agency’s overspend of an operating "
                       "appropriation, repaid over the following years"),
                     "overspend_share", _("Add a Share"));
  for (guint k = 0; k < d->overspend_shares->len; k++)
    {
      StyreRow *s = g_ptr_array_index (d->overspend_shares, k);
      g_autofree char *amount = money (s, "amount");
      g_autofree char *overspend = money (s, "arrangement_overspend");
      g_autofree char *appropriation = money (s, "appropriation");
      g_autofree char *title = g_strdup_printf ("%s %s%s%s", text (s, "agency_name"),
                                                text (s, "budget_year"),
                                                *text (s, "chapter_post") ? ", " : "",
                                                text (s, "chapter_post"));
      /* Translators: e.g. "Overspend 2 000 000 kr of an appropriation of 80 000 000 kr" */
      g_autofree char *sub = g_strdup_printf (_("Overspend %s of an appropriation of %s"),
                                              overspend, appropriation);
      GtkWidget *row = row_new (self, group, title, sub, "overspend_share", s);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), money_label (amount, FALSE));
    }
  if (d->overspend_shares->len == 0)
    empty_row (group, _("No share of an overspend"));
}

/* ── Benefits ────────────────────────────────────────────────────────────────────────── */

static char *
amount_in_unit (StyreRow   *benefit,
                StyreRow   *row,
                const char *column)
{
  if (is_null (row, column))
    return g_strdup ("–");
  if (int_or (benefit, "priced", 0))
    return styre_format_nok_short (styre_row_get_int (row, column));
  {
    g_autofree char *n = styre_format_integer (styre_row_get_int (row, column));
    return g_strdup_printf ("%s %s", n, text (benefit, "unit"));
  }
}

static char *
decimal_in_unit (StyreRow   *indicator,
                 StyreRow   *row,
                 const char *column)
{
  const StyreField *field = styre_field_lookup ("indicator", "baseline");
  g_autofree char *n = NULL;

  if (is_null (row, column))
    return g_strdup ("–");
  n = styre_field_format (field, styre_row_get (row, column));
  return *text (indicator, "unit") ? g_strdup_printf ("%s %s", n, text (indicator, "unit"))
                                   : g_steal_pointer (&n);
}

static void
build_benefits (StyreInitiativeView *self)
{
  StyreInitiativeDetail *d = self->detail;
  AdwPreferencesGroup *top;

  clear_box (self->benefits_box);

  top = group_new (self, self->benefits_box, _("Benefits"),
                   _("Nyttevirkninger (gevinster): what the initiative is for, planned and "
                     "realised year by year, and how it is measured"),
                   "benefit", _("Add a Benefit"));
  if (d->benefits->len == 0)
    empty_row (top, _("No benefits described yet"));

  for (guint b = 0; b < d->benefits->len; b++)
    {
      StyreRow *benefit = g_ptr_array_index (d->benefits, b);
      gint64 id = styre_row_get_int (benefit, "id");
      AdwPreferencesGroup *group;
      g_autoptr(GString) about = g_string_new (NULL);
      GtkWidget *edit, *suffix;

      g_string_append (about, styre_vocabulary_label (STYRE_VOCAB_BENEFIT_KIND, text (benefit, "kind")));
      g_string_append_printf (about, " · %s", int_or (benefit, "priced", 0) ? _("priced")
                                                                            : _("not priced"));
      if (*text (benefit, "owner_name"))
        g_string_append_printf (about, " · %s %s", _("benefit owner"), text (benefit, "owner_name"));
      if (*text (benefit, "recipient_name"))
        g_string_append_printf (about, " · %s %s", _("for"), text (benefit, "recipient_name"));
      if (*text (benefit, "goal_title"))
        g_string_append_printf (about, " · %s", text (benefit, "goal_title"));
      if (*text (benefit, "description"))
        g_string_append_printf (about, "\n%s", text (benefit, "description"));

      group = group_new (self, self->benefits_box, text (benefit, "title"), about->str, NULL, NULL);
      suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_add_css_class (edit, "flat");
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (edit, _("Edit the Benefit"));
      g_object_set_data_full (G_OBJECT (edit), "row", styre_row_ref (benefit),
                              (GDestroyNotify) styre_row_unref);
      g_object_set_data_full (G_OBJECT (edit), "table", g_strdup ("benefit"), g_free);
      g_signal_connect_object (edit, "clicked", G_CALLBACK (edit_row_cb), self, 0);
      gtk_box_append (GTK_BOX (suffix), add_button_new (self, "benefit_value", benefit,
                                                        _("Add a Year")));
      gtk_box_append (GTK_BOX (suffix), edit);
      adw_preferences_group_set_header_suffix (group, suffix);

      for (guint k = 0; k < d->benefit_values->len; k++)
        {
          StyreRow *v = g_ptr_array_index (d->benefit_values, k);
          g_autofree char *p = NULL, *r = NULL, *sub = NULL;

          if (styre_row_get_int (v, "benefit_id") != id)
            continue;
          p = amount_in_unit (benefit, v, "planned");
          r = amount_in_unit (benefit, v, "realised");
          /* Translators: a benefit's year, e.g. "Planned 1,2 m kr, realised 0,9 m kr" */
          sub = g_strdup_printf (_("Planned %s, realised %s"), p, r);
          row_new (self, group, text (v, "year"), sub, "benefit_value", v);
        }

      for (guint k = 0; k < d->indicators->len; k++)
        {
          StyreRow *n = g_ptr_array_index (d->indicators, k);
          gint64 nid = styre_row_get_int (n, "id");
          GtkWidget *expander;
          g_autofree char *base = NULL, *target = NULL, *latest = NULL, *sub = NULL;
          StyreRow *last = NULL;
          GtkWidget *add;
          GtkWidget *edit_indicator;

          if (styre_row_get_int (n, "benefit_id") != id)
            continue;
          for (guint m = 0; m < d->measurements->len; m++)
            {
              StyreRow *x = g_ptr_array_index (d->measurements, m);
              if (styre_row_get_int (x, "indicator_id") == nid)
                last = x;
            }
          base = decimal_in_unit (n, n, "baseline");
          target = decimal_in_unit (n, n, "target");
          latest = last ? decimal_in_unit (n, last, "value") : g_strdup ("–");
          /* Translators: an indicator, e.g. "Baseline 12 → target 6; latest 9" */
          sub = g_strdup_printf (_("Baseline %s → target %s; latest %s"), base, target, latest);
          expander = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), text (n, "name"));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), sub);
          edit_indicator = gtk_button_new_from_icon_name ("document-edit-symbolic");
          gtk_widget_add_css_class (edit_indicator, "flat");
          gtk_widget_set_valign (edit_indicator, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (edit_indicator, _("Edit the Indicator"));
          g_object_set_data_full (G_OBJECT (edit_indicator), "row", styre_row_ref (n),
                                  (GDestroyNotify) styre_row_unref);
          g_object_set_data_full (G_OBJECT (edit_indicator), "table", g_strdup ("indicator"), g_free);
          g_signal_connect_object (edit_indicator, "clicked", G_CALLBACK (edit_row_cb), self, 0);
          add = add_button_new (self, "measurement", n, _("Add a Measurement"));
          adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), add);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), edit_indicator);
          for (guint m = 0; m < d->measurements->len; m++)
            {
              StyreRow *x = g_ptr_array_index (d->measurements, m);
              g_autofree char *when = NULL, *value = NULL;
              GtkWidget *row;

              if (styre_row_get_int (x, "indicator_id") != nid)
                continue;
              when = date (x, "measured_on");
              value = decimal_in_unit (n, x, "value");
              row = adw_action_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value);
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (x),
                                      (GDestroyNotify) styre_row_unref);
              g_object_set_data_full (G_OBJECT (row), "table", g_strdup ("measurement"), g_free);
              g_signal_connect_object (row, "activated", G_CALLBACK (edit_row_cb), self, 0);
              adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
            }
          adw_preferences_group_add (group, expander);
        }
      {
        GtkWidget *row = adw_action_row_new ();
        GtkWidget *button = add_button_new (self, "indicator", benefit, _("Add an Indicator"));

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add an indicator"));
        gtk_widget_add_css_class (row, "dim-label");
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        adw_preferences_group_add (group, row);
      }
    }
}

/* ── Delivery ────────────────────────────────────────────────────────────────────────── */

static GtkWidget *
slip_label (StyreRow *milestone)
{
  const char *baseline = text (milestone, "baseline_date");
  const char *expected = !is_null (milestone, "actual_date") ? text (milestone, "actual_date")
                         : !is_null (milestone, "forecast_date") ? text (milestone, "forecast_date")
                         : baseline;
  g_autoptr(GDate) a = styre_date_from_iso (baseline);
  g_autoptr(GDate) b = styre_date_from_iso (expected);
  int days = a && b ? g_date_days_between (a, b) : 0;
  GtkWidget *label;

  if (days > 0)
    {
      /* Translators: how late a milestone is, e.g. "+12 days" */
      g_autofree char *s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%d day", "+%d days",
                                                         (gulong) days), days);
      label = pill_new (s, days >= 30 ? "late" : "slightly-late");
    }
  else if (days < 0)
    {
      g_autofree char *s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day early",
                                                         "%d days early", (gulong) -days), -days);
      label = pill_new (s, "state-minutes_approved");
    }
  else
    label = pill_new (_("On time"), "state-minutes_approved");
  return label;
}

static void
build_delivery (StyreInitiativeView *self)
{
  StyreInitiativeDetail *d = self->detail;
  AdwPreferencesGroup *group;

  clear_box (self->delivery_box);

  /* Milestones. */
  group = group_new (self, self->delivery_box, _("Milestones"),
                     _("Baseline, forecast and the day reached; slippage against the baseline"),
                     "milestone", _("Add a Milestone"));
  for (guint k = 0; k < d->milestones->len; k++)
    {
      StyreRow *m = g_ptr_array_index (d->milestones, k);
      g_autofree char *b = date (m, "baseline_date");
      g_autofree char *f = date (m, "forecast_date");
      g_autofree char *a = date (m, "actual_date");
      /* Translators: a milestone's dates */
      g_autofree char *sub = g_strdup_printf (_("Baseline %s · forecast %s · reached %s"), b, f, a);
      /* The gate goes first, unless the title already says it ("BP3 Styringsdokument"). */
      g_autofree char *title = is_null (m, "gate") || g_str_has_prefix (text (m, "title"),
                                                                          text (m, "gate"))
                               ? g_strdup (text (m, "title"))
                               : g_strdup_printf ("%s — %s", text (m, "gate"), text (m, "title"));
      GtkWidget *row = row_new (self, group, title, sub, "milestone", m);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), slip_label (m));
    }
  if (d->milestones->len == 0)
    empty_row (group, _("No milestones"));

  /* Gate decisions. */
  group = group_new (self, self->delivery_box, _("Gate Decisions"),
                     _("Decisions at the decision points, and the meeting item where each was "
                       "made"),
                     "gate_decision", _("Record a Gate Decision"));
  for (guint k = 0; k < d->gate_decisions->len; k++)
    {
      StyreRow *g = g_ptr_array_index (d->gate_decisions, k);
      g_autofree char *when = date (g, "decided_on");
      g_autofree char *title = g_strdup_printf ("%s — %s", text (g, "gate"),
                                                styre_vocabulary_label (STYRE_VOCAB_GATE_OUTCOME,
                                                                        text (g, "outcome")));
      g_autoptr(GString) sub = g_string_new (when);

      if (!is_null (g, "case_number"))
        {
          g_autofree char *meeting = g_strndup (text (g, "meeting_starts_at"), 10);
          g_autofree char *day = styre_format_date (meeting);
          g_string_append (sub, " · ");
          /* Translators: where a gate decision was made, e.g. "case 12/26, Ledergruppen
           * 27.11.2026" */
          g_string_append_printf (sub, _("case %s, %s %s"), text (g, "case_number"),
                                  text (g, "forum_name"), day);
        }
      if (*text (g, "conditions"))
        g_string_append_printf (sub, "\n%s %s", _("Conditions:"), text (g, "conditions"));
      row_new (self, group, title, sub->str, "gate_decision", g);
    }
  if (d->gate_decisions->len == 0)
    empty_row (group, _("No gate decisions yet"));

  /* Risks. */
  group = group_new (self, self->delivery_box, _("Risks"),
                     _("Probability and consequence from 1 to 5; the score is their product"),
                     "risk", _("Add a Risk"));
  for (guint k = 0; k < d->risks->len; k++)
    {
      StyreRow *r = g_ptr_array_index (d->risks, k);
      gint64 p = int_or (r, "probability", 0), c = int_or (r, "consequence", 0);
      gboolean open = g_strcmp0 (text (r, "state"), "open") == 0;
      g_autofree char *score = g_strdup_printf ("%" G_GINT64_FORMAT "×%" G_GINT64_FORMAT " = %"
                                                G_GINT64_FORMAT, p, c, p * c);
      g_autoptr(GString) sub = g_string_new (styre_vocabulary_label (STYRE_VOCAB_RISK_CATEGORY,
                                                                     text (r, "category")));
      GtkWidget *row;
      GtkWidget *pill;

      if (*text (r, "owner_name"))
        g_string_append_printf (sub, " · %s", text (r, "owner_name"));
      if (!open)
        {
          g_autofree char *closed = date (r, "closed_on");
          g_string_append_printf (sub, " · %s %s", _("closed"), closed);
        }
      if (*text (r, "mitigation"))
        g_string_append_printf (sub, "\n%s %s", _("Mitigation:"), text (r, "mitigation"));
      row = row_new (self, group, text (r, "title"), sub->str, "risk", r);
      pill = pill_new (score, !open ? "state-draft" : p * c >= 15 ? "late"
                              : p * c >= 8 ? "slightly-late" : "state-minutes_approved");
      gtk_widget_set_tooltip_text (pill, _("Probability × consequence"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), pill);
      if (!open)
        gtk_widget_add_css_class (row, "dim-label");
    }
  if (d->risks->len == 0)
    empty_row (group, _("No risks registered"));

  /* Dependencies. */
  group = group_new (self, self->delivery_box, _("Dependencies"),
                     _("On other initiatives and on shared national components"),
                     "dependency", _("Add a Dependency"));
  for (guint k = 0; k < d->dependencies->len; k++)
    {
      StyreRow *x = g_ptr_array_index (d->dependencies, k);
      g_autofree char *title = !is_null (x, "component_name")
                               ? g_strdup (text (x, "component_name"))
                               : g_strdup_printf ("%s – %s", text (x, "on_code"), text (x, "on_title"));
      g_autofree char *needed = date (x, "needed_by");
      g_autoptr(GString) sub = g_string_new (NULL);
      const char *state = text (x, "state");
      GtkWidget *row;

      /* Translators: a dependency's criticality, e.g. "High criticality" */
      g_string_printf (sub, _("%s criticality"),
                       styre_vocabulary_label (STYRE_VOCAB_CRITICALITY, text (x, "criticality")));
      if (!is_null (x, "needed_by"))
        g_string_append_printf (sub, " · %s %s", _("needed by"), needed);
      if (*text (x, "description"))
        g_string_append_printf (sub, "\n%s", text (x, "description"));
      row = row_new (self, group, title, sub->str, "dependency", x);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 pill_new (styre_vocabulary_label (STYRE_VOCAB_DEPENDENCY_STATE, state),
                                           g_str_equal (state, "blocked") ? "late"
                                           : g_str_equal (state, "at_risk") ? "slightly-late"
                                           : "state-minutes_approved"));
    }
  if (d->dependencies->len == 0)
    empty_row (group, _("No dependencies"));

  /* Competence. */
  group = group_new (self, self->delivery_box, _("Competence Needed"),
                     _("Full-time equivalents per quarter"), "competence_demand",
                     _("Add a Competence Need"));
  for (guint k = 0; k < d->demand->len; k++)
    {
      StyreRow *x = g_ptr_array_index (d->demand, k);
      const StyreField *quarter = styre_field_lookup ("competence_demand", "quarter");
      const StyreField *fte = styre_field_lookup ("competence_demand", "fte");
      g_autofree char *q = styre_field_format (quarter, styre_row_get (x, "quarter"));
      g_autofree char *n = styre_field_format (fte, styre_row_get (x, "fte"));
      /* Translators: full-time equivalents, e.g. "1,5 FTE" */
      g_autofree char *amount = g_strdup_printf (_("%s FTE"), n);
      GtkWidget *row = row_new (self, group, text (x, "competence_name"), q, "competence_demand", x);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), money_label (amount, FALSE));
    }
  if (d->demand->len == 0)
    empty_row (group, _("No competence needs"));

  /* Pilot. */
  if (d->pilot != NULL || g_strcmp0 (text (d->initiative, "kind"), "pilot") == 0)
    {
      group = group_new (self, self->delivery_box, _("Pilot"),
                         _("What the pilot is to show, and what was decided: scale up, adjust "
                           "or stop"),
                         NULL, NULL);
      if (d->pilot == NULL)
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *add = add_button_new (self, "pilot", NULL, _("Describe the Pilot"));

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         _("The hypothesis and success criteria are not written yet"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
          adw_preferences_group_add (group, row);
        }
      else
        {
          g_autofree char *starts = date (d->pilot, "starts_on");
          g_autofree char *ends = date (d->pilot, "ends_on");
          g_autofree char *due = date (d->pilot, "evaluation_due");
          g_autofree char *dates = g_strdup_printf (_("%s – %s, evaluation due %s"), starts,
                                                    ends, due);

          row_new (self, group, _("Hypothesis"), text (d->pilot, "hypothesis"), "pilot", d->pilot);
          row_new (self, group, _("Success criteria"), text (d->pilot, "success_criteria"),
                   "pilot", d->pilot);
          row_new (self, group, _("Period"), dates, "pilot", d->pilot);
          adw_preferences_group_set_header_suffix (group,
                                                   add_button_new (self, "pilot_evaluation", d->pilot,
                                                                   _("Record an Evaluation")));
          for (guint k = 0; k < d->pilot_evaluations->len; k++)
            {
              StyreRow *e = g_ptr_array_index (d->pilot_evaluations, k);
              g_autofree char *when = date (e, "evaluated_on");
              g_autofree char *title = g_strdup_printf ("%s — %s", when,
                                                        styre_vocabulary_label (STYRE_VOCAB_PILOT_DECISION,
                                                                                text (e, "decision")));
              g_autoptr(GString) sub = g_string_new (text (e, "rationale"));

              if (!is_null (e, "case_number"))
                g_string_append_printf (sub, "%s%s %s", sub->len ? "\n" : "", _("Case"),
                                        text (e, "case_number"));
              row_new (self, group, title, sub->str, "pilot_evaluation", e);
            }
        }
    }
}

/* ── History ─────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64 id;
} HistoryQuery;

static gpointer
query_history (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  HistoryQuery *q = data;

  return styre_store_get_initiative_history (store, q->id, 500, error);
}

static void
history_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  StyreInitiativeView *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = styre_gui_query_finish (result, &error);
  AdwPreferencesGroup *group;

  if (entries == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_INITIATIVE_VIEW (object);
  clear_box (self->history_box);
  group = group_new (self, self->history_box, _("History"),
                     _("Every change to the initiative and what belongs to it, newest first"),
                     NULL, NULL);
  if (entries == NULL)
    {
      empty_row (group, error->message);
      return;
    }
  self->history_loaded = TRUE;
  for (guint i = 0; i < entries->len; i++)
    {
      StyreHistoryEntry *e = g_ptr_array_index (entries, i);
      GtkWidget *row;

      if (e->details != NULL)
        {
          row = adw_expander_row_new ();
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), e->when);
          for (guint k = 0; e->details[k] != NULL; k++)
            {
              GtkWidget *line = adw_action_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), e->details[k]);
              adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
              adw_action_row_set_title_lines (ADW_ACTION_ROW (line), 0);
              adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
            }
        }
      else
        {
          row = adw_action_row_new ();
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), e->when);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_group_add (group, row);
    }
  if (entries->len == 0)
    empty_row (group, _("No changes are recorded for this initiative yet"));
}

static void
load_history (StyreInitiativeView *self)
{
  HistoryQuery *q;

  if (self->store == NULL || self->id <= 0)
    return;
  g_cancellable_cancel (self->history_cancellable);
  g_clear_object (&self->history_cancellable);
  self->history_cancellable = g_cancellable_new ();
  q = g_new0 (HistoryQuery, 1);
  q->id = self->id;
  if (!self->history_loaded)
    {
      AdwPreferencesGroup *group;
      clear_box (self->history_box);
      group = group_new (self, self->history_box, _("History"), NULL, NULL, NULL);
      empty_row (group, _("Reading the history…"));
    }
  styre_gui_query_async (self, self->store, query_history, q, g_free,
                         (GDestroyNotify) g_ptr_array_unref, self->history_cancellable,
                         history_loaded_cb, NULL);
}

static void
section_toggled_cb (GtkToggleButton     *button,
                    StyreInitiativeView *self)
{
  if (gtk_toggle_button_get_active (button))
    gtk_stack_set_visible_child_name (self->stack,
                                      g_object_get_data (G_OBJECT (button), "section"));
}

/* Tabs that may scroll on a narrow pane, unlike GtkStackSwitcher's, which would make the
 * pane as wide as all six. */
static void
make_switcher (StyreInitiativeView *self)
{
  GtkWidget *first = NULL;
  GtkSelectionModel *pages = gtk_stack_get_pages (self->stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkWidget *button = gtk_toggle_button_new_with_label (gtk_stack_page_get_title (page));

      g_object_set_data_full (G_OBJECT (button), "section",
                              g_strdup (gtk_stack_page_get_name (page)), g_free);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        {
          first = button;
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
        }
      g_signal_connect_object (button, "toggled", G_CALLBACK (section_toggled_cb), self, 0);
      gtk_box_append (self->switcher, button);
    }
  g_object_unref (pages);
}

static void
section_changed_cb (StyreInitiativeView *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (GtkWidget *b = gtk_widget_get_first_child (GTK_WIDGET (self->switcher)); b != NULL;
       b = gtk_widget_get_next_sibling (b))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (b), "section"), name) == 0
        && !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (b)))
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), TRUE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "history") == 0
      && !self->history_loaded)
    load_history (self);
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

static GtkScrolledWindow **
scrollers (StyreInitiativeView *self)
{
  static GtkScrolledWindow *all[6];

  all[0] = self->overview_scroller;
  all[1] = self->status_scroller;
  all[2] = self->money_scroller;
  all[3] = self->benefits_scroller;
  all[4] = self->delivery_scroller;
  all[5] = self->history_scroller;
  return all;
}

static gboolean
restore_scroll_cb (gpointer data)
{
  StyreInitiativeView *self = data;
  GtkScrolledWindow **all = scrollers (self);

  self->restore_idle = 0;
  for (guint i = 0; i < 6; i++)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (all[i]), self->scroll[i]);
  return G_SOURCE_REMOVE;
}

static void
show_header (StyreInitiativeView *self)
{
  StyreRow *i = self->detail->initiative;
  g_autofree char *subtitle = NULL;
  GtkWidget *child;
  StyreRag rag = STYRE_RAG_GREY;

  gtk_label_set_text (self->code_label, text (i, "code"));
  gtk_label_set_text (self->title_label, text (i, "title"));
  /* Translators: under an initiative's title, e.g. "Execution · Project · Fjordvik kommune" */
  subtitle = g_strdup_printf (_("%s · %s · %s"),
                              styre_vocabulary_label (STYRE_VOCAB_PHASE, text (i, "phase")),
                              styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND, text (i, "kind")),
                              text (i, "owning_agency_name"));
  gtk_label_set_text (self->subtitle_label, subtitle);

  for (guint k = self->detail->reports->len; k > 0; k--)
    {
      StyreRow *r = g_ptr_array_index (self->detail->reports, k - 1);
      if (g_strcmp0 (text (r, "state"), "published") == 0)
        {
          rag = styre_rag_from_id (text (r, "overall_rag"));
          break;
        }
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rag_box))) != NULL)
    gtk_box_remove (self->rag_box, child);
  gtk_box_append (self->rag_box, rag_with_word (rag));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.delete", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.new-report", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.edit", TRUE);
}

typedef struct
{
  StyreInitiativeDetail *detail;
  StyreTolerance         defaults[3];
} DetailResult;

static void
detail_result_free (gpointer data)
{
  DetailResult *r = data;

  styre_initiative_detail_free (r->detail);
  g_free (r);
}

static gpointer
query_detail (StyreStore  *store,
              gpointer     data,
              GError     **error)
{
  gint64 id = *(gint64 *) data;
  DetailResult *r = g_new0 (DetailResult, 1);

  r->detail = styre_store_get_initiative_detail (store, id, error);
  for (guint i = 0; r->detail != NULL && i < G_N_ELEMENTS (rule_dimensions); i++)
    if (!styre_store_get_default_tolerance (store, rule_dimensions[i], &r->defaults[i], error))
      g_clear_pointer (&r->detail, styre_initiative_detail_free);
  if (r->detail == NULL)
    {
      g_free (r);
      return NULL;
    }
  return r;
}

static void
detail_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  StyreInitiativeView *self;
  g_autoptr(GError) error = NULL;
  DetailResult *r = styre_gui_query_finish (result, &error);
  GtkScrolledWindow **all;

  if (r == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_INITIATIVE_VIEW (object);
  self->loading = FALSE;
  if (r == NULL)
    {
      adw_status_page_set_description (self->gone_page, error->message);
      gtk_stack_set_visible_child_name (self->outer_stack, "gone");
      return;
    }

  /* Keep where the person was. */
  all = scrollers (self);
  for (guint i = 0; i < 6; i++)
    self->scroll[i] = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (all[i]));

  g_clear_pointer (&self->detail, styre_initiative_detail_free);
  self->detail = g_steal_pointer (&r->detail);
  memcpy (self->defaults, r->defaults, sizeof self->defaults);
  detail_result_free (r);

  self->grid = NULL;
  show_header (self);
  build_overview (self);
  build_status (self);
  build_money (self);
  build_benefits (self);
  build_delivery (self);
  if (self->history_loaded
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "history") == 0)
    load_history (self);
  gtk_stack_set_visible_child_name (self->outer_stack, "content");
  if (self->restore_idle == 0)
    self->restore_idle = g_timeout_add (30, restore_scroll_cb, self);
}

static void
load (StyreInitiativeView *self)
{
  gint64 *id;

  if (self->store == NULL || self->id <= 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  id = g_new (gint64, 1);
  *id = self->id;
  styre_gui_query_async (self, self->store, query_detail, id, g_free, detail_result_free,
                         self->cancellable, detail_loaded_cb, NULL);
}

/* ── actions ─────────────────────────────────────────────────────────────────────────── */

static void
back_clicked_cb (StyreInitiativeView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  styre_initiative_view_edit (STYRE_INITIATIVE_VIEW (widget));
}

static void
new_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  styre_initiative_view_new_report (STYRE_INITIATIVE_VIEW (widget));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  styre_initiative_view_set_section (STYRE_INITIATIVE_VIEW (widget),
                                     g_variant_get_string (parameter, NULL));
}

static void
initiative_deleted_cb (gboolean      saved,
                       const GError *error,
                       gpointer      user_data)
{
  StyreInitiativeView *self = user_data;
  GtkWindow *window = window_of (self);

  if (saved)
    {
      if (STYRE_IS_WINDOW (window))
        {
          AdwToast *toast = adw_toast_new (_("Initiative deleted"));

          adw_toast_set_button_label (toast, _("_Undo"));
          g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), window, 0);
          adw_toast_set_timeout (toast, 10);
          styre_window_add_toast (STYRE_WINDOW (window), toast);
        }
      g_signal_emit (self, signals[DELETED], 0, self->id);
    }
  else if (error != NULL && window != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Could Not Delete the Initiative"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (self);
}

static void
delete_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    StyreInitiativeView *self)
{
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(StyreChange) change = NULL;

  if (!g_str_equal (response, "delete") || self->detail == NULL)
    return;
  edit = styre_edit_new (C_("undo", "Delete initiative"));
  change = styre_change_new_delete ("initiative", self->id,
                                    styre_row_get_int (self->detail->initiative, "version"));
  styre_edit_add (edit, change, self->detail->initiative);
  styre_gui_save_edit (window_of (self), self->store, undo_of (self), edit, STYRE_SAVE_EDIT,
                       initiative_deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreInitiativeView *self = STYRE_INITIATIVE_VIEW (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->detail == NULL || !writable (self))
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), text (self->detail->initiative, "title"));
  dialog = adw_message_dialog_new (window_of (self), heading,
                                   _("Its status reports, budget, benefits, risks and milestones "
                                     "are deleted with it. Undo brings everything back. To keep "
                                     "the history, set its state to Stopped or Closed instead."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_initiative_view_dispose (GObject *object)
{
  StyreInitiativeView *self = (StyreInitiativeView *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->history_cancellable);
  g_clear_object (&self->history_cancellable);
  g_clear_handle_id (&self->restore_idle, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->detail, styre_initiative_detail_free);

  G_OBJECT_CLASS (styre_initiative_view_parent_class)->dispose (object);
}

static void
styre_initiative_view_class_init (StyreInitiativeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_initiative_view_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-initiative-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, outer_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, gone_page);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, back_button);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, code_label);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, title_label);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, rag_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, switcher);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, overview_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, status_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, money_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, benefits_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, delivery_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, history_box);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, overview_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, status_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, money_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, benefits_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, delivery_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreInitiativeView, history_scroller);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);

  gtk_widget_class_install_action (widget_class, "detail.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "detail.new-report", NULL, new_report_action);
  gtk_widget_class_install_action (widget_class, "detail.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "detail.show-section", "s",
                                   show_section_action);
  gtk_widget_class_set_css_name (widget_class, "initiativeview");
}

static void
styre_initiative_view_init (StyreInitiativeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  make_switcher (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.new-report", FALSE);
}

/**
 * styre_initiative_view_show:
 *
 * Shows initiative @id of @store, read on a worker thread.
 */
void
styre_initiative_view_show (StyreInitiativeView *self,
                            StyreStore          *store,
                            gint64               id)
{
  g_return_if_fail (STYRE_IS_INITIATIVE_VIEW (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  if (self->id != id || self->store != store)
    {
      g_set_object (&self->store, store);
      self->id = id;
      self->history_loaded = FALSE;
      g_clear_pointer (&self->detail, styre_initiative_detail_free);
      gtk_stack_set_visible_child_name (self->outer_stack, "loading");
      for (guint i = 0; i < 6; i++)
        self->scroll[i] = 0;
    }
  load (self);
}

/**
 * styre_initiative_view_reload:
 *
 * Reads the initiative again (the file changed), keeping the section and scroll position.
 */
void
styre_initiative_view_reload (StyreInitiativeView *self)
{
  g_return_if_fail (STYRE_IS_INITIATIVE_VIEW (self));
  load (self);
}

gint64
styre_initiative_view_get_id (StyreInitiativeView *self)
{
  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), 0);
  return self->id;
}

gboolean
styre_initiative_view_get_loading (StyreInitiativeView *self)
{
  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), FALSE);
  return self->loading;
}

/**
 * styre_initiative_view_get_detail:
 *
 * Returns: (transfer none) (nullable): what is shown
 */
StyreInitiativeDetail *
styre_initiative_view_get_detail (StyreInitiativeView *self)
{
  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), NULL);
  return self->detail;
}

void
styre_initiative_view_set_folded (StyreInitiativeView *self,
                                  gboolean             folded)
{
  g_return_if_fail (STYRE_IS_INITIATIVE_VIEW (self));
  gtk_widget_set_visible (self->back_button, folded);
}

/**
 * styre_initiative_view_set_section:
 * @section: "overview", "status", "money", "benefits", "delivery" or "history"
 */
void
styre_initiative_view_set_section (StyreInitiativeView *self,
                                   const char          *section)
{
  g_return_if_fail (STYRE_IS_INITIATIVE_VIEW (self));
  gtk_stack_set_visible_child_name (self->stack, section);
}

/**
 * styre_initiative_view_get_status_grid:
 *
 * Returns: (transfer none) (nullable): the status history, once there are reports
 */
GtkWidget *
styre_initiative_view_get_status_grid (StyreInitiativeView *self)
{
  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), NULL);
  return self->grid;
}

/**
 * styre_initiative_view_new_report:
 *
 * Opens a new status report, started from the latest.
 *
 * Returns: (transfer none) (nullable): the report's editor
 */
GtkWidget *
styre_initiative_view_new_report (StyreInitiativeView *self)
{
  StyreStatusEditor *editor;

  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), NULL);

  if (self->detail == NULL || !writable (self))
    return NULL;
  /* A draft is finished, not started again. */
  if (self->detail->reports->len > 0)
    {
      StyreRow *latest = g_ptr_array_index (self->detail->reports, self->detail->reports->len - 1);
      if (g_strcmp0 (text (latest, "state"), "draft") == 0)
        {
          editor = styre_status_editor_new (window_of (self), self->store, undo_of (self),
                                            self->detail, latest);
          gtk_window_present (GTK_WINDOW (editor));
          return GTK_WIDGET (editor);
        }
    }
  editor = styre_status_editor_new (window_of (self), self->store, undo_of (self), self->detail,
                                    NULL);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}

/**
 * styre_initiative_view_edit:
 *
 * Opens the initiative's form.
 *
 * Returns: (transfer none) (nullable): the form
 */
GtkWidget *
styre_initiative_view_edit (StyreInitiativeView *self)
{
  StyreRecordEditor *editor;

  g_return_val_if_fail (STYRE_IS_INITIATIVE_VIEW (self), NULL);
  if (self->detail == NULL)
    return NULL;
  editor = editor_new (self, "initiative", self->detail->initiative);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WIDGET (editor);
}
