/* styre-status-editor.c — writing, saving and publishing a status report
 *
 * A new report starts from the previous one: its colours, comments and texts. For time,
 * cost and benefits the tolerances suggest a colour (styre-status.h), shown with the
 * reason in words; the author may pick another, but then must say why, beside the
 * parameter. The cost suggestion follows the forecast as it is typed. A report is saved
 * as a draft as often as needed and then published; a published report is shown, not
 * edited (the store refuses changes to it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-status-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-save.h"
#include "styre-window.h"
#include "styre-status.h"
#include "styre-status-editor.h"

static const char *const dimension_ids[STYRE_N_DIMENSIONS] = {
  "time", "cost", "benefits", "quality", "scope", "sustainability", "risk",
};

static const char *const text_columns[] = {
  "summary", "achievements", "next_period", "decisions_needed",
};

static const char *const entry_columns[] = {
  "period", "percent_complete", "forecast_cost", "forecast_end",
};

typedef struct
{
  const char      *dimension;
  GtkWidget       *toggles[4];
  GtkWidget       *suggestion_row;
  GtkWidget       *use_button;
  GtkWidget       *reason_row;
  GtkWidget       *reason_message;
  GtkWidget       *comment_view;
  StyreRow        *existing;
  StyreSuggestion  suggestion;
  char            *problem;
} Dimension;

struct _StyreStatusEditor
{
  AdwWindow               parent_instance;

  StyreStore             *store;
  StyreUndoStack         *undo;
  StyreInitiativeDetail  *detail;
  StyreRow               *report;      /* NULL for a new one */
  StyreRow               *previous;    /* the report before, for a new one */
  StyreStatusContext     *context;
  GCancellable           *cancellable;
  char                   *period;
  gboolean                read_only;
  gboolean                ready;
  gboolean                saving;
  gboolean                dirty;
  gboolean                filling;

  Dimension               dims[STYRE_N_DIMENSIONS];
  GtkWidget              *overall[4];
  GtkWidget              *overall_hint;
  GtkWidget              *entries[G_N_ELEMENTS (entry_columns)];
  GtkWidget              *entry_messages[G_N_ELEMENTS (entry_columns)];
  GtkWidget              *phase_row;
  GtkWidget              *author_dropdown;
  GArray                 *author_ids;
  GtkWidget              *texts[G_N_ELEMENTS (text_columns)];

  AdwWindowTitle         *window_title;
  GtkStack               *buttons_stack;
  GtkWidget              *draft_button;
  GtkWidget              *publish_button;
  GtkWidget              *cancel_button;
  GtkRevealer            *error_revealer;
  GtkLabel               *error_label;
  GtkBox                 *content;
};

G_DEFINE_FINAL_TYPE (StyreStatusEditor, styre_status_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (StyreStatusEditor *self);

static Dimension *
find_dimension (StyreStatusEditor *self,
                const char        *dimension)
{
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    if (g_strcmp0 (self->dims[d].dimension, dimension) == 0)
      return &self->dims[d];
  return NULL;
}

static const StyreValue *
report_value (StyreStatusEditor *self,
              const char        *column)
{
  if (self->report != NULL)
    return styre_row_get (self->report, column);
  if (self->previous != NULL && strcmp (column, "period") != 0
      && strcmp (column, "achievements") != 0)
    return styre_row_get (self->previous, column);
  return NULL;
}

/* ── the colour pickers ──────────────────────────────────────────────────────────────── */

static StyreRag
picked (GtkWidget **toggles)
{
  for (int r = 0; r < 4; r++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggles[r])))
      return (StyreRag) r;
  return STYRE_RAG_GREY;
}

static void
pick (GtkWidget **toggles,
      StyreRag    rag)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggles[rag]), TRUE);
}

static void
changed_cb (StyreStatusEditor *self)
{
  if (!self->filling)
    self->dirty = TRUE;
  validate (self);
}

static GtkWidget *
rag_picker_new (StyreStatusEditor *self,
                GtkWidget        **toggles,
                const char        *what)
{
  static const StyreRag order[] = { STYRE_RAG_GREEN, STYRE_RAG_YELLOW, STYRE_RAG_RED,
                                    STYRE_RAG_GREY };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "rag-picker");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      StyreRag rag = order[i];
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *badge = styre_gui_rag_badge_new ();
      GtkWidget *label = gtk_label_new (styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                styre_rag_to_id (rag)));
      g_autofree char *name = g_strdup_printf ("%s: %s", what,
                                               styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                       styre_rag_to_id (rag)));

      styre_gui_rag_badge_set (badge, rag);
      gtk_widget_add_css_class (badge, "small");
      gtk_box_append (GTK_BOX (inner), badge);
      gtk_box_append (GTK_BOX (inner), label);
      gtk_button_set_child (GTK_BUTTON (button), inner);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (toggles[order[0]]));
      toggles[rag] = button;
      gtk_box_append (GTK_BOX (box), button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_set_sensitive (button, !self->read_only);
    }
  return box;
}

/* ── reading the form ────────────────────────────────────────────────────────────────── */

static char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
}

static gboolean
parse_entry (StyreStatusEditor *self,
             guint              index,
             StyreValue        *value,
             char             **problem)
{
  const StyreField *field = styre_field_lookup ("status_report", entry_columns[index]);
  g_autofree char *text = text_of (self->entries[index]);
  g_autoptr(GError) error = NULL;

  if (!styre_field_parse (field, text, value, &error))
    {
      *problem = g_strdup (error->message);
      return FALSE;
    }
  return TRUE;
}

static gint64
forecast_cost (StyreStatusEditor *self)
{
  StyreValue v;
  g_autofree char *problem = NULL;
  gint64 result = -1;

  if (parse_entry (self, 2, &v, &problem) && v.type == STYRE_VALUE_INT)
    result = v.i;
  styre_value_clear (&v);
  return result;
}

static void
show_suggestion (StyreStatusEditor *self,
                 Dimension         *d)
{
  if (self->context == NULL)
    return;
  styre_suggestion_clear (&d->suggestion);
  styre_status_context_suggest (self->context, d->dimension, forecast_cost (self),
                                &d->suggestion);
  if (!d->suggestion.has_rule)
    {
      gtk_widget_set_visible (d->suggestion_row, FALSE);
      return;
    }
  gtk_widget_set_visible (d->suggestion_row, TRUE);
  if (d->suggestion.known)
    {
      /* Translators: e.g. "Suggested: ▲ Yellow" */
      g_autofree char *title = g_strdup_printf (_("Suggested: %s %s"),
                                                styre_rag_symbol (d->suggestion.rag),
                                                styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                        styre_rag_to_id (d->suggestion.rag)));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->suggestion_row), title);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->suggestion_row),
                                   _("Nothing to suggest from"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (d->suggestion_row),
                               d->suggestion.why ? d->suggestion.why : "");
  gtk_widget_set_visible (d->use_button, d->suggestion.known && !self->read_only);
}

static void
set_message (GtkWidget  *row,
             GtkWidget  *label,
             const char *problem)
{
  gtk_label_set_text (GTK_LABEL (label), problem ? problem : "");
  gtk_widget_set_visible (label, problem != NULL);
  if (problem != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
validate (StyreStatusEditor *self)
{
  gboolean ok = self->ready;
  StyreRag worst = STYRE_RAG_GREY;

  if (self->filling || self->dims[0].toggles[0] == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (entry_columns); i++)
    {
      StyreValue v;
      g_autofree char *problem = NULL;

      if (self->entries[i] == NULL)
        continue;
      if (!parse_entry (self, i, &v, &problem))
        ok = FALSE;
      else if (i == 0 && self->report == NULL)
        {
          /* One report per month. */
          for (guint r = 0; r < self->detail->reports->len; r++)
            if (g_strcmp0 (styre_row_get_text (g_ptr_array_index (self->detail->reports, r),
                                               "period"), v.s) == 0)
              {
                g_autofree char *month = styre_format_month (v.s);
                problem = g_strdup_printf (_("There is already a report for %s."), month);
                ok = FALSE;
              }
        }
      set_message (self->entries[i], self->entry_messages[i], problem);
      styre_value_clear (&v);
    }

  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      Dimension *dim = &self->dims[d];
      StyreRag rag = picked (dim->toggles);
      gboolean overridden;
      g_autofree char *reason = text_of (dim->reason_row);

      show_suggestion (self, dim);
      overridden = dim->suggestion.known && rag != dim->suggestion.rag;
      gtk_widget_set_visible (dim->reason_row, overridden);
      gtk_widget_set_visible (dim->use_button, overridden && !self->read_only);
      g_clear_pointer (&dim->problem, g_free);
      if (overridden && *reason == '\0')
        {
          dim->problem = g_strdup (_("Say why the colour differs from the suggestion."));
          ok = FALSE;
        }
      set_message (dim->reason_row, dim->reason_message, dim->problem);
      if (styre_rag_severity (rag) > styre_rag_severity (worst))
        worst = rag;
    }

  {
    /* Translators: under the overall colour: the worst of the seven parameters */
    g_autofree char *hint = g_strdup_printf (_("The worst of the steering parameters is %s %s."),
                                             styre_rag_symbol (worst),
                                             styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                     styre_rag_to_id (worst)));
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->overall_hint), hint);
  }

  ok = ok && !self->saving && !self->read_only;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save-draft", ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.publish", ok);
}

/* The file turned read-only while the report was open: nothing more can be saved. */
static void
store_read_only_cb (StyreStatusEditor *self)
{
  if (!styre_store_is_read_only (self->store) || self->read_only)
    return;
  self->read_only = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->content), FALSE);
  validate (self);
}

/* ── building the form ───────────────────────────────────────────────────────────────── */

static GtkWidget *
message_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static GtkWidget *
entry_row_new (StyreStatusEditor *self,
               const char        *title,
               const char        *text,
               GtkWidget        **message)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_widget_set_sensitive (row, !self->read_only);
  if (message != NULL)
    {
      *message = message_label_new ();
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), *message);
    }
  g_signal_connect_object (row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
text_view_row_new (StyreStatusEditor *self,
                   const char        *title,
                   const char        *text,
                   GtkWidget        **view)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "long-text-row");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  *view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (*view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (*view), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (*view), !self->read_only);
  gtk_widget_set_size_request (*view, -1, 56);
  gtk_widget_add_css_class (*view, "long-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (*view), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (*view)), text ? text : "",
                            -1);
  gtk_frame_set_child (GTK_FRAME (frame), *view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (*view)), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
use_suggestion_cb (GtkButton         *button,
                   StyreStatusEditor *self)
{
  Dimension *d = g_object_get_data (G_OBJECT (button), "dimension");

  if (d->suggestion.known)
    pick (d->toggles, d->suggestion.rag);
}

static const char *
row_text (StyreRow   *row,
          const char *column)
{
  const char *s = row ? styre_row_get_text (row, column) : NULL;

  return s ? s : "";
}

static void
build_dimension (StyreStatusEditor *self,
                 Dimension         *d,
                 StyreRow          *from)
{
  const char *name = styre_vocabulary_label (STYRE_VOCAB_DIMENSION, d->dimension);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *picker = rag_picker_new (self, d->toggles, name);
  GtkWidget *comment = text_view_row_new (self, _("Comment"), row_text (from, "comment"),
                                          &d->comment_view);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), picker);

  d->suggestion_row = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (d->suggestion_row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (d->suggestion_row),
                             gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  d->use_button = gtk_button_new_with_mnemonic (_("_Use"));
  gtk_widget_set_valign (d->use_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (d->use_button, _("Use the suggested colour"));
  g_object_set_data (G_OBJECT (d->use_button), "dimension", d);
  g_signal_connect_object (d->use_button, "clicked", G_CALLBACK (use_suggestion_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (d->suggestion_row), d->use_button);
  gtk_widget_set_visible (d->suggestion_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), d->suggestion_row);

  d->reason_row = entry_row_new (self, _("Why another colour than suggested"),
                                 row_text (from, "override_reason"), &d->reason_message);
  gtk_widget_set_visible (d->reason_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), d->reason_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), comment);

  pick (d->toggles, styre_rag_from_id (from ? styre_row_get_text (from, "rag") : "grey"));
  gtk_box_append (self->content, group);
}

static StyreRow *
dimension_of (StyreStatusEditor *self,
              StyreRow          *report,
              const char        *dimension)
{
  gint64 id;

  if (report == NULL)
    return NULL;
  id = styre_row_get_int (report, "id");
  for (guint i = 0; i < self->detail->dimensions->len; i++)
    {
      StyreRow *d = g_ptr_array_index (self->detail->dimensions, i);
      if (styre_row_get_int (d, "status_report_id") == id
          && g_strcmp0 (styre_row_get_text (d, "dimension"), dimension) == 0)
        return d;
    }
  return NULL;
}

static void
build (StyreStatusEditor *self)
{
  GtkWidget *group;
  GtkWidget *overall_row;
  const StyreField *field;
  g_autofree char *shown_period = NULL;

  self->filling = TRUE;

  /* The report. */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Report"));
  for (guint i = 0; i < G_N_ELEMENTS (entry_columns); i++)
    {
      const StyreValue *v;
      g_autofree char *text = NULL;

      field = styre_field_lookup ("status_report", entry_columns[i]);
      if (i == 0)
        {
          StyreValue p = { .type = STYRE_VALUE_TEXT, .s = self->period };
          text = styre_field_format_for_editing (field, &p);
        }
      else if ((v = report_value (self, entry_columns[i])) != NULL)
        text = styre_field_format_for_editing (field, v);
      self->entries[i] = entry_row_new (self, styre_field_get_label (field), text,
                                        &self->entry_messages[i]);
      if (i == 0 && self->report != NULL)
        gtk_widget_set_sensitive (self->entries[i], FALSE);
      if (i >= 1)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self->entries[i]),
                                         i == 3 ? GTK_INPUT_PURPOSE_FREE_FORM
                                                : GTK_INPUT_PURPOSE_NUMBER);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->entries[i]);
    }

  {
    g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);
    const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
    const StyreValue *phase = self->report ? styre_row_get (self->report, "phase")
                                           : styre_row_get (self->detail->initiative, "phase");
    guint selected = 0;

    for (guint i = 0; ids[i] != NULL; i++)
      {
        gtk_string_list_append (phases, styre_vocabulary_label (STYRE_VOCAB_PHASE, ids[i]));
        if (phase && phase->type == STYRE_VALUE_TEXT && g_str_equal (phase->s, ids[i]))
          selected = i;
      }
    self->phase_row = adw_combo_row_new ();
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->phase_row),
                                   styre_field_get_label (styre_field_lookup ("status_report",
                                                                              "phase")));
    adw_combo_row_set_model (ADW_COMBO_ROW (self->phase_row), G_LIST_MODEL (phases));
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->phase_row), selected);
    gtk_widget_set_sensitive (self->phase_row, !self->read_only);
    g_signal_connect_object (self->phase_row, "notify::selected", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->phase_row);
  }

  {
    GtkWidget *row = adw_action_row_new ();
    g_autoptr(GtkStringList) loading = gtk_string_list_new (NULL);

    gtk_string_list_append (loading, _("Loading…"));
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Author"));
    self->author_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&loading)),
                                               gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                                            NULL, "string"));
    gtk_drop_down_set_enable_search (GTK_DROP_DOWN (self->author_dropdown), TRUE);
    gtk_widget_set_valign (self->author_dropdown, GTK_ALIGN_CENTER);
    gtk_widget_set_sensitive (self->author_dropdown, FALSE);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->author_dropdown),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Author"), -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->author_dropdown);
    g_signal_connect_object (self->author_dropdown, "notify::selected", G_CALLBACK (changed_cb),
                             self, G_CONNECT_SWAPPED);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  }
  gtk_box_append (self->content, group);

  /* The overall colour. */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Overall Status"));
  overall_row = adw_action_row_new ();
  self->overall_hint = overall_row;
  adw_action_row_set_title_lines (ADW_ACTION_ROW (overall_row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (overall_row),
                             rag_picker_new (self, self->overall, _("Overall status")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), overall_row);
  pick (self->overall, styre_rag_from_id (report_value (self, "overall_rag")
                                          ? report_value (self, "overall_rag")->s : "grey"));
  gtk_box_append (self->content, group);

  /* The seven steering parameters. */
  {
    GtkWidget *heading = gtk_label_new (_("Steering Parameters"));

    gtk_widget_add_css_class (heading, "title-4");
    gtk_label_set_xalign (GTK_LABEL (heading), 0);
    gtk_box_append (self->content, heading);
  }
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      StyreRow *from;

      self->dims[d].dimension = dimension_ids[d];
      self->dims[d].existing = dimension_of (self, self->report, dimension_ids[d]);
      from = self->report ? self->dims[d].existing
                          : dimension_of (self, self->previous, dimension_ids[d]);
      build_dimension (self, &self->dims[d], from);
    }

  /* The texts. */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("In Words"));
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      const StyreValue *v = report_value (self, text_columns[i]);

      field = styre_field_lookup ("status_report", text_columns[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 text_view_row_new (self, styre_field_get_label (field),
                                                    v && v->type == STYRE_VALUE_TEXT ? v->s : "",
                                                    &self->texts[i]));
    }
  gtk_box_append (self->content, group);

  shown_period = styre_format_month (self->period);
  {
    /* Translators: the title of the status report editor, e.g. "Status Report for
     * November 2026" */
    g_autofree char *title = g_strdup_printf (_("Status Report for %s"), shown_period);
    g_autofree char *subtitle = NULL;

    if (self->report != NULL && g_strcmp0 (row_text (self->report, "state"), "published") == 0)
      {
        g_autofree char *day = g_strndup (row_text (self->report, "published_at"), 10);
        g_autofree char *date = styre_format_date (day);
        const char *author = row_text (self->report, "author_name");

        subtitle = *author ? g_strdup_printf (_("Published %s by %s"), date, author)
                           : g_strdup_printf (_("Published %s"), date);
      }
    else
      subtitle = g_strdup_printf ("%s – %s", row_text (self->detail->initiative, "code"),
                                  row_text (self->detail->initiative, "title"));
    adw_window_title_set_title (self->window_title, title);
    adw_window_title_set_subtitle (self->window_title, subtitle);
    gtk_window_set_title (GTK_WINDOW (self), title);
  }

  if (self->read_only)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->buttons_stack), FALSE);
      gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
    }
  self->filling = FALSE;
}

/* ── reading what the suggestions are made from ──────────────────────────────────────── */

typedef struct
{
  gint64  initiative;
  char   *period;
} ContextQuery;

typedef struct
{
  StyreStatusContext *context;
  GPtrArray          *people;
} ContextResult;

static void
context_query_free (gpointer data)
{
  ContextQuery *q = data;

  g_free (q->period);
  g_free (q);
}

static void
context_result_free (gpointer data)
{
  ContextResult *r = data;

  styre_status_context_free (r->context);
  g_clear_pointer (&r->people, g_ptr_array_unref);
  g_free (r);
}

static gpointer
query_context (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  ContextQuery *q = data;
  ContextResult *r = g_new0 (ContextResult, 1);

  r->context = styre_store_get_status_context (store, q->initiative, q->period, error);
  if (r->context != NULL)
    r->people = styre_store_list_choices (store, "person", error);
  if (r->context == NULL || r->people == NULL)
    {
      context_result_free (r);
      return NULL;
    }
  return r;
}

/* A new report takes the suggestion where the previous report followed it. */
static void
apply_suggestions (StyreStatusEditor *self)
{
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      Dimension *dim = &self->dims[d];
      StyreRow *before = dimension_of (self, self->previous, dim->dimension);
      const StyreValue *suggested = before ? styre_row_get (before, "suggested_rag") : NULL;
      gboolean followed = before == NULL || suggested == NULL
                          || suggested->type != STYRE_VALUE_TEXT
                          || g_strcmp0 (suggested->s, styre_row_get_text (before, "rag")) == 0;

      show_suggestion (self, dim);
      if (dim->suggestion.known && followed)
        pick (dim->toggles, dim->suggestion.rag);
    }
}

static void
context_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  StyreStatusEditor *self;
  g_autoptr(GError) error = NULL;
  ContextResult *r = styre_gui_query_finish (result, &error);
  g_autoptr(GtkStringList) names = NULL;
  const StyreValue *author;
  guint selected = 0;

  if (r == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_STATUS_EDITOR (object);
  if (r == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  styre_status_context_free (self->context);
  self->context = g_steal_pointer (&r->context);

  self->filling = TRUE;
  names = gtk_string_list_new (NULL);
  g_array_set_size (self->author_ids, 0);
  gtk_string_list_append (names, C_("choice", "None"));
  {
    gint64 none = 0;
    g_array_append_val (self->author_ids, none);
  }
  author = self->report ? styre_row_get (self->report, "author_id")
                        : self->previous ? styre_row_get (self->previous, "author_id") : NULL;
  for (guint i = 0; i < r->people->len; i++)
    {
      StyreChoice *c = g_ptr_array_index (r->people, i);

      gtk_string_list_append (names, c->label);
      g_array_append_val (self->author_ids, c->id);
      if (author && author->type == STYRE_VALUE_INT && author->i == c->id)
        selected = self->author_ids->len - 1;
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->author_dropdown), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->author_dropdown), selected);
  gtk_widget_set_sensitive (self->author_dropdown, !self->read_only);

  if (self->report == NULL)
    apply_suggestions (self);
  self->filling = FALSE;
  self->ready = TRUE;
  context_result_free (r);
  validate (self);
}

static void
load_context (StyreStatusEditor *self)
{
  ContextQuery *q = g_new0 (ContextQuery, 1);

  q->initiative = self->detail->id;
  q->period = g_strdup (self->period);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->ready = FALSE;
  styre_gui_query_async (self, self->store, query_context, q, context_query_free,
                         context_result_free, self->cancellable, context_loaded_cb, NULL);
}

static void
period_changed_cb (StyreStatusEditor *self)
{
  g_autofree char *text = text_of (self->entries[0]);
  char *period = NULL;

  if (self->report == NULL && styre_parse_period (text, &period, NULL)
      && g_strcmp0 (period, self->period) != 0)
    {
      g_free (self->period);
      self->period = period;
      load_context (self);
    }
  else
    g_free (period);
}

/* ── saving ──────────────────────────────────────────────────────────────────────────── */

static void
set_if_changed (StyreChange      *change,
                StyreRow         *base,
                const char       *column,
                const StyreValue *value)
{
  const StyreValue *old = base ? styre_row_get (base, column) : NULL;
  StyreValue null = { .type = STYRE_VALUE_NULL };

  if (base == NULL || !styre_value_equal (old ? old : &null, value))
    styre_change_set_value (change, column, value);
}

static StyreEdit *
build_edit (StyreStatusEditor *self,
            gboolean           publish)
{
  StyreEdit *edit = styre_edit_new (publish ? C_("undo", "Publish status report")
                                            : C_("undo", "Save status report"));
  g_autoptr(StyreChange) report = NULL;

  if (self->report == NULL)
    {
      report = styre_change_new_insert ("status_report");
      styre_change_set_int (report, "initiative_id", self->detail->id);
    }
  else
    report = styre_change_new_update ("status_report", styre_row_get_int (self->report, "id"),
                                      styre_row_get_int (self->report, "version"));

  for (guint i = 0; i < G_N_ELEMENTS (entry_columns); i++)
    {
      StyreValue v;
      g_autofree char *problem = NULL;

      if (i == 0 && self->report != NULL)
        continue;
      if (parse_entry (self, i, &v, &problem))
        set_if_changed (report, self->report, entry_columns[i], &v);
      styre_value_clear (&v);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      g_autofree char *text = text_of (self->texts[i]);
      StyreValue v = { .type = STYRE_VALUE_TEXT, .s = text };
      set_if_changed (report, self->report, text_columns[i], &v);
    }
  {
    const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
    StyreValue v = { .type = STYRE_VALUE_TEXT,
                     .s = (char *) phases[adw_combo_row_get_selected (ADW_COMBO_ROW (self->phase_row))] };
    StyreValue rag = { .type = STYRE_VALUE_TEXT, .s = (char *) styre_rag_to_id (picked (self->overall)) };
    guint a = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->author_dropdown));
    StyreValue author = { .type = STYRE_VALUE_NULL };

    set_if_changed (report, self->report, "phase", &v);
    set_if_changed (report, self->report, "overall_rag", &rag);
    if (a != GTK_INVALID_LIST_POSITION && a < self->author_ids->len
        && g_array_index (self->author_ids, gint64, a) > 0)
      {
        author.type = STYRE_VALUE_INT;
        author.i = g_array_index (self->author_ids, gint64, a);
      }
    set_if_changed (report, self->report, "author_id", &author);
  }
  if (publish)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      styre_change_set_text (report, "state", "published");
      styre_change_set_text (report, "published_at", stamp);
    }
  styre_edit_add (edit, report, self->report);

  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      Dimension *dim = &self->dims[d];
      g_autoptr(StyreChange) change = NULL;
      g_autofree char *reason = text_of (dim->reason_row);
      g_autofree char *comment = text_of (dim->comment_view);
      StyreRag rag = picked (dim->toggles);
      StyreValue rag_value = { .type = STYRE_VALUE_TEXT, .s = (char *) styre_rag_to_id (rag) };
      StyreValue suggested = { .type = STYRE_VALUE_NULL };
      StyreValue why = { .type = STYRE_VALUE_NULL };
      StyreValue words = { .type = STYRE_VALUE_TEXT, .s = comment };

      if (dim->suggestion.known)
        {
          suggested.type = STYRE_VALUE_TEXT;
          suggested.s = (char *) styre_rag_to_id (dim->suggestion.rag);
          if (rag != dim->suggestion.rag)
            {
              why.type = STYRE_VALUE_TEXT;
              why.s = reason;
            }
        }
      if (dim->existing == NULL)
        {
          change = styre_change_new_insert ("status_dimension");
          if (self->report == NULL)
            styre_change_set_ref (change, "status_report_id", report);
          else
            styre_change_set_int (change, "status_report_id",
                                  styre_row_get_int (self->report, "id"));
          styre_change_set_text (change, "dimension", dim->dimension);
        }
      else
        change = styre_change_new_update ("status_dimension",
                                          styre_row_get_int (dim->existing, "id"),
                                          styre_row_get_int (dim->existing, "version"));
      set_if_changed (change, dim->existing, "rag", &rag_value);
      set_if_changed (change, dim->existing, "suggested_rag", &suggested);
      set_if_changed (change, dim->existing, "override_reason", &why);
      set_if_changed (change, dim->existing, "comment", &words);
      if (styre_change_get_n_fields (change) > 0 || dim->existing == NULL)
        styre_edit_add (edit, change, dim->existing);
    }

  return edit;
}

static void
set_saving (StyreStatusEditor *self,
            gboolean           saving)
{
  self->saving = saving;
  gtk_stack_set_visible_child_name (self->buttons_stack, saving ? "saving" : "buttons");
  gtk_widget_set_sensitive (GTK_WIDGET (self->content), !saving);
  validate (self);
}

static void
saved_cb (gboolean      saved,
          const GError *error,
          gpointer      user_data)
{
  g_autoptr(StyreStatusEditor) self = user_data;

  set_saving (self, FALSE);
  if (saved)
    {
      g_signal_emit (self, signals[SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (error != NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
    }
}

/**
 * styre_status_editor_save:
 * @publish: whether to publish the report (it cannot be changed afterwards)
 *
 * Returns: whether saving started (everything required is filled in)
 */
gboolean
styre_status_editor_save (StyreStatusEditor *self,
                          gboolean           publish)
{
  g_autoptr(StyreEdit) edit = NULL;
  GtkWindow *parent;

  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), FALSE);

  validate (self);
  if (!gtk_widget_is_sensitive (self->publish_button) || self->saving)
    return FALSE;

  edit = build_edit (self, publish);
  /* A published report takes no more changes, so its parameters go first. */
  if (publish && self->report != NULL)
    {
      g_autoptr(StyreEdit) ordered = styre_edit_new (styre_edit_get_label (edit));
      g_autoptr(GPtrArray) changes = styre_edit_get_changes (edit);

      for (guint i = 1; i < changes->len; i++)
        {
          StyreChange *c = g_ptr_array_index (changes, i);
          Dimension *dim = NULL;

          for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
            if (self->dims[d].existing != NULL
                && styre_change_get_kind (c) == STYRE_CHANGE_UPDATE
                && styre_row_get_int (self->dims[d].existing, "id") == styre_change_get_id (c))
              dim = &self->dims[d];
          styre_edit_add (ordered, c, dim ? dim->existing : NULL);
        }
      styre_edit_add (ordered, g_ptr_array_index (changes, 0), self->report);
      g_clear_pointer (&edit, styre_edit_unref);
      edit = g_steal_pointer (&ordered);
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  set_saving (self, TRUE);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  styre_gui_save_edit (parent ? parent : GTK_WINDOW (self), self->store, self->undo, edit,
                       STYRE_SAVE_EDIT, saved_cb, g_object_ref (self));
  return TRUE;
}

static void
save_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  styre_status_editor_save (STYRE_STATUS_EDITOR (widget), FALSE);
}

static void
publish_response_cb (StyreStatusEditor *self,
                     const char        *response)
{
  if (g_str_equal (response, "publish"))
    styre_status_editor_save (self, TRUE);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StyreStatusEditor *self = STYRE_STATUS_EDITOR (widget);
  g_autofree char *month = styre_format_month (self->period);
  g_autofree char *heading = g_strdup_printf (_("Publish the Report for %s?"), month);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("A published report is part of the initiative’s "
                                                "history and cannot be changed afterwards. "
                                                "Corrections go in the next report."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "publish", _("_Publish"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (publish_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
discard_response_cb (StyreStatusEditor *self,
                     const char        *response)
{
  if (g_str_equal (response, "discard"))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreStatusEditor *self = STYRE_STATUS_EDITOR (widget);
  GtkWidget *dialog;

  if (self->saving)
    return;
  if (self->read_only || !self->dirty)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard the Report?"),
                                   _("What you wrote in this report has not been saved. Save "
                                     "it as a draft to finish it later."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_request_cb (StyreStatusEditor *self)
{
  if (self->saving)
    return TRUE;
  if (!self->read_only && self->dirty)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "report.cancel", NULL);
      return TRUE;
    }
  return FALSE;
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_status_editor_dispose (GObject *object)
{
  StyreStatusEditor *self = (StyreStatusEditor *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->report, styre_row_unref);
  g_clear_pointer (&self->previous, styre_row_unref);
  g_clear_pointer (&self->context, styre_status_context_free);
  g_clear_pointer (&self->detail, styre_initiative_detail_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->author_ids, g_array_unref);
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      styre_suggestion_clear (&self->dims[d].suggestion);
      g_clear_pointer (&self->dims[d].problem, g_free);
    }

  G_OBJECT_CLASS (styre_status_editor_parent_class)->dispose (object);
}

static void
styre_status_editor_class_init (StyreStatusEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_status_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-status-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, buttons_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, draft_button);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, publish_button);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, StyreStatusEditor, content);

  gtk_widget_class_install_action (widget_class, "report.save-draft", NULL, save_draft_action);
  gtk_widget_class_install_action (widget_class, "report.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "report.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "report.save-draft", NULL);
}

static void
styre_status_editor_init (StyreStatusEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->author_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save-draft", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.publish", FALSE);
}

/**
 * styre_status_editor_new:
 * @detail: (transfer none): the initiative, with its reports (a copy is kept)
 * @report: (nullable): the report to open, or %NULL for a new one after the latest
 */
StyreStatusEditor *
styre_status_editor_new (GtkWindow             *parent,
                         StyreStore            *store,
                         StyreUndoStack        *undo,
                         StyreInitiativeDetail *detail,
                         const StyreRow        *report)
{
  StyreStatusEditor *self;
  GPtrArray *reports = detail->reports;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  self = g_object_new (STYRE_TYPE_STATUS_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->undo = undo ? g_object_ref (undo) : NULL;
  /* The detail is the view's; the editor keeps the rows it reads by reference. */
  self->detail = g_new0 (StyreInitiativeDetail, 1);
  self->detail->id = detail->id;
  self->detail->initiative = styre_row_ref (detail->initiative);
  self->detail->reports = g_ptr_array_ref (detail->reports);
  self->detail->dimensions = g_ptr_array_ref (detail->dimensions);
  g_signal_connect_object (store, "notify::read-only", G_CALLBACK (store_read_only_cb), self,
                           G_CONNECT_SWAPPED);
  {
    g_autofree char *label = g_strdup_printf ("%s %s",
                                              row_text (detail->initiative, "code"),
                                              row_text (detail->initiative, "title"));

    styre_window_track_editing (GTK_WIDGET (self), "initiative", detail->id, label);
  }

  if (report != NULL)
    {
      self->report = styre_row_ref ((StyreRow *) report);
      self->period = g_strdup (styre_row_get_text (report, "period"));
      self->read_only = styre_store_is_read_only (store)
                        || g_strcmp0 (styre_row_get_text (report, "state"), "published") == 0;
    }
  else
    {
      g_autofree char *today = styre_store_today (store);
      g_autofree char *this_month = styre_period_of_date (today);
      const char *latest = NULL;

      if (reports->len > 0)
        {
          self->previous = styre_row_ref (g_ptr_array_index (reports, reports->len - 1));
          latest = styre_row_get_text (self->previous, "period");
        }
      /* This month, unless it has a report already; then the month after the latest. */
      if (latest == NULL || strcmp (latest, this_month) < 0)
        self->period = g_strdup (this_month);
      else
        self->period = styre_period_next (latest);
      self->read_only = styre_store_is_read_only (store);
    }

  build (self);
  if (self->entries[0] != NULL)
    g_signal_connect_object (self->entries[0], "changed", G_CALLBACK (period_changed_cb), self,
                             G_CONNECT_SWAPPED);
  load_context (self);
  validate (self);
  return self;
}

const char *
styre_status_editor_get_period (StyreStatusEditor *self)
{
  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), NULL);
  return self->period;
}

/**
 * styre_status_editor_get_ready:
 *
 * Returns: whether the suggestions have been read (the form can be saved)
 */
gboolean
styre_status_editor_get_ready (StyreStatusEditor *self)
{
  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), FALSE);
  return self->ready;
}

void
styre_status_editor_set_rag (StyreStatusEditor *self,
                             const char        *dimension,
                             StyreRag           rag)
{
  Dimension *d;

  g_return_if_fail (STYRE_IS_STATUS_EDITOR (self));
  if (g_strcmp0 (dimension, "overall") == 0)
    {
      pick (self->overall, rag);
      return;
    }
  d = find_dimension (self, dimension);
  g_return_if_fail (d != NULL);
  pick (d->toggles, rag);
}

StyreRag
styre_status_editor_get_rag (StyreStatusEditor *self,
                             const char        *dimension)
{
  Dimension *d;

  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), STYRE_RAG_GREY);
  if (g_strcmp0 (dimension, "overall") == 0)
    return picked (self->overall);
  d = find_dimension (self, dimension);
  g_return_val_if_fail (d != NULL, STYRE_RAG_GREY);
  return picked (d->toggles);
}

/**
 * styre_status_editor_get_suggestion:
 *
 * Returns: whether a colour is suggested for @dimension, and which
 */
gboolean
styre_status_editor_get_suggestion (StyreStatusEditor *self,
                                    const char        *dimension,
                                    StyreRag          *rag)
{
  Dimension *d;

  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), FALSE);
  d = find_dimension (self, dimension);
  g_return_val_if_fail (d != NULL, FALSE);
  validate (self);
  if (rag != NULL)
    *rag = d->suggestion.rag;
  return d->suggestion.known;
}

void
styre_status_editor_set_reason (StyreStatusEditor *self,
                                const char        *dimension,
                                const char        *reason)
{
  Dimension *d;

  g_return_if_fail (STYRE_IS_STATUS_EDITOR (self));
  d = find_dimension (self, dimension);
  g_return_if_fail (d != NULL);
  gtk_editable_set_text (GTK_EDITABLE (d->reason_row), reason);
}

/**
 * styre_status_editor_set_text:
 * @column: "summary", "achievements", "next_period", "decisions_needed", "period",
 *   "percent_complete", "forecast_cost" or "forecast_end"
 */
void
styre_status_editor_set_text (StyreStatusEditor *self,
                              const char        *column,
                              const char        *text)
{
  g_return_if_fail (STYRE_IS_STATUS_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    if (g_str_equal (text_columns[i], column))
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->texts[i])),
                                text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (entry_columns); i++)
    if (g_str_equal (entry_columns[i], column))
      gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), text);
}

/**
 * styre_status_editor_get_problem:
 *
 * Returns: (nullable): the reason shown beside @dimension, e.g. that a reason is missing
 */
const char *
styre_status_editor_get_problem (StyreStatusEditor *self,
                                 const char        *dimension)
{
  Dimension *d;

  g_return_val_if_fail (STYRE_IS_STATUS_EDITOR (self), NULL);
  validate (self);
  d = find_dimension (self, dimension);
  return d ? d->problem : NULL;
}
