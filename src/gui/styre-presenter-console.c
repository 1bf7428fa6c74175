/* styre-presenter-console.c — the chair's and the secretary's view while projecting
 *
 * On the laptop, never on the projector: the current item with its case presentation
 * (summary, background, assessment, proposed decision), the item's clock, the meeting's
 * clock (started, planned and projected end), a preview of exactly what the room sees,
 * buttons for every key (next, previous, black, white, agenda, each chart), the agenda to
 * jump in, the unlock of an exempt item, and the decision and discussion for the minutes,
 * saved as they are typed (StyreRowBinding: a version-checked save a moment after the
 * last key, merged with others' edits to other fields).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-presenter-console"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-agenda-edit.h"
#include "styre-audience-view.h"
#include "styre-chart-view.h"
#include "styre-format.h"
#include "styre-meeting-context.h"
#include "styre-presenter-console.h"
#include "styre-row-binding.h"
#include "styre-text.h"
#include "styre-vocabulary.h"

struct _StyrePresenterConsole
{
  AdwBin              parent_instance;

  StyreProjection    *projection;     /* weak: it owns the console */
  StyreRowBinding    *minutes;        /* the current item's decision and discussion */
  char               *shown_case;     /* what the case presentation shows */
  char               *shown_agenda;   /* what the agenda list shows */

  AdwToastOverlay    *toast_overlay;
  AdwHeaderBar       *header_bar;
  AdwWindowTitle     *window_title;
  GtkMenuButton      *screen_button;
  AdwButtonContent   *screen_content;
  GtkRevealer        *status_revealer;
  GtkLabel           *status_label;
  GtkLabel           *now_case_label;
  GtkLabel           *now_title_label;
  GtkLabel           *now_meta_label;
  GtkLabel           *item_clock_label;
  GtkBox             *case_box;
  GtkLabel           *outcome_label;
  GtkButton          *adopt_button;
  GtkButton          *noted_button;
  GtkButton          *amend_button;
  GtkTextView        *decision_view;
  GtkTextView        *note_view;
  GtkLabel           *minutes_status_label;
  GtkLabel           *screen_label;
  StyreAudienceView  *preview;
  GtkButton          *black_button;
  GtkButton          *white_button;
  GtkButton          *agenda_button;
  GtkFlowBox         *charts_box;
  GtkButton          *unlock_button;
  GtkLabel           *now_clock_label;
  GtkLabel           *started_label;
  GtkLabel           *end_label;
  GtkListBox         *agenda_list;
  GtkLabel           *hint_label;
  GtkLabel           *next_label;
};

G_DEFINE_FINAL_TYPE (StyrePresenterConsole, styre_presenter_console, ADW_TYPE_BIN)

/* ── helpers ─────────────────────────────────────────────────────────────────────────── */

static StyreProjector *
projector (StyrePresenterConsole *self)
{
  return self->projection ? styre_projection_get_projector (self->projection) : NULL;
}

static StyreAgenda *
agenda (StyrePresenterConsole *self)
{
  return self->projection ? styre_projection_get_agenda (self->projection) : NULL;
}

static StyreAgendaItem *
item_at (StyrePresenterConsole *self,
         int                    index)
{
  const StyreProjectorItem *pi = projector (self) ? styre_projector_get_item (projector (self), index)
                                                  : NULL;

  return pi != NULL && agenda (self) ? styre_agenda_find_item (agenda (self), pi->id) : NULL;
}

static StyreAgendaItem *
current_item (StyrePresenterConsole *self)
{
  return projector (self) ? item_at (self, styre_projector_get_current (projector (self))) : NULL;
}

static gboolean
is_exempt (const StyreAgendaItem *item)
{
  return item != NULL && g_strcmp0 (item->confidentiality, "exempt") == 0;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static const char *
text_of (const StyreValue *value)
{
  return value != NULL && value->type == STYRE_VALUE_TEXT ? value->s : NULL;
}

/* "12/26 Budsjett 2027", or the title alone. */
static char *
item_name (const StyreAgendaItem *item)
{
  if (item->case_number != NULL)
    return g_strdup_printf ("%s %s", item->case_number, item->title);
  return g_strdup (item->title);
}

static char *
time_of (GDateTime *dt)
{
  g_autoptr(GDateTime) local = dt ? styre_projector_to_meeting_time (dt) : NULL;

  return local ? styre_format_time (g_date_time_get_hour (local), g_date_time_get_minute (local))
               : g_strdup ("");
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

/* ── the case presentation ───────────────────────────────────────────────────────────── */

static void
add_section (StyrePresenterConsole *self,
             const char            *heading,
             const char            *markdown)
{
  g_autofree char *markup = NULL;
  GtkWidget *title, *body;

  if (is_blank (markdown))
    return;
  markup = styre_markdown_to_pango (markdown);
  title = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  body = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (body), markup);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_add_css_class (body, "console-case-text");
  gtk_box_append (self->case_box, title);
  gtk_box_append (self->case_box, body);
}

static void
show_case (StyrePresenterConsole *self,
           StyreAgendaItem       *item)
{
  clear_box (GTK_WIDGET (self->case_box));
  if (item == NULL)
    {
      GtkWidget *label = gtk_label_new (_("Press Page Down or Next to start with the first item. "
                                          "The agenda is on the screen."));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->case_box, label);
      return;
    }
  /* Translators: sections of the case presentation on the presenter console */
  add_section (self, _("Summary"), item->summary);
  add_section (self, _("Background"), item->background);
  add_section (self, _("Assessment"), item->assessment);
  add_section (self, _("Proposed decision"), item->proposed_decision);
  if (gtk_widget_get_first_child (GTK_WIDGET (self->case_box)) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("This item has no case presentation."));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->case_box, label);
    }
}

/* ── the minutes ─────────────────────────────────────────────────────────────────────── */

static void
show_outcome (GtkWidget        *widget,
              const StyreValue *value,
              gpointer          user_data)
{
  const char *outcome = text_of (value);

  gtk_label_set_label (GTK_LABEL (widget),
                       outcome ? styre_vocabulary_label (STYRE_VOCAB_OUTCOME, outcome) : "");
}

static void
adopt_clicked_cb (StyrePresenterConsole *self)
{
  StyreAgendaItem *item = current_item (self);
  StyreValue decision = { .type = STYRE_VALUE_TEXT };
  StyreValue outcome = { .type = STYRE_VALUE_TEXT, .s = (char *) "adopted_as_proposed" };

  if (item == NULL)
    return;
  /* The proposal word for word, as the file has it now. */
  decision.s = (char *) text_of (styre_row_binding_get_value (self->minutes, "proposed_decision"));
  if (decision.s == NULL)
    decision.s = item->proposed_decision;
  styre_row_binding_set_value (self->minutes, "decision", &decision);
  styre_row_binding_set_value (self->minutes, "outcome", &outcome);
  styre_row_binding_flush (self->minutes);
}

static void
noted_clicked_cb (StyrePresenterConsole *self)
{
  StyreAgendaItem *item = current_item (self);
  g_autoptr(StyreChange) change = NULL;

  if (item == NULL)
    return;
  change = styre_agenda_item_take_note (item);
  styre_row_binding_set_value (self->minutes, "decision", styre_change_lookup (change, "decision"));
  styre_row_binding_set_value (self->minutes, "outcome", styre_change_lookup (change, "outcome"));
  styre_row_binding_flush (self->minutes);
}

static void
amend_clicked_cb (StyrePresenterConsole *self)
{
  StyreAgendaItem *item = current_item (self);
  StyreValue outcome = { .type = STYRE_VALUE_TEXT, .s = (char *) "amended" };

  if (item == NULL)
    return;
  /* From the proposal, so the minutes show what was changed. */
  if (is_blank (text_of (styre_row_binding_get_value (self->minutes, "decision"))))
    {
      StyreValue proposal = { .type = STYRE_VALUE_TEXT, .s = item->proposed_decision };
      styre_row_binding_set_value (self->minutes, "decision", &proposal);
    }
  styre_row_binding_set_value (self->minutes, "outcome", &outcome);
  gtk_widget_grab_focus (GTK_WIDGET (self->decision_view));
}

static void
minutes_saved_cb (StyrePresenterConsole *self)
{
  gtk_label_set_label (self->minutes_status_label, _("Saved in the minutes."));
}

static void
minutes_save_failed_cb (StyrePresenterConsole *self,
                        const char            *message)
{
  g_autofree char *text = g_strdup_printf (_("Not saved yet: %s"), message);

  gtk_label_set_label (self->minutes_status_label, text);
}

static void
minutes_unsaved_cb (StyrePresenterConsole *self)
{
  if (styre_row_binding_has_unsaved (self->minutes))
    gtk_label_set_label (self->minutes_status_label, _("Saving…"));
}

static void
show_minutes (StyrePresenterConsole *self,
              StyreAgendaItem       *item)
{
  gboolean open = styre_projection_get_minutes_open (self->projection);
  StyreRow *row = item ? styre_projection_get_item_row (self->projection, item->id) : NULL;
  const char *closed = styre_projection_get_minutes_closed_reason (self->projection);
  gboolean decision = item != NULL && g_strcmp0 (item->item_type, "decision") == 0;

  styre_row_binding_set_editable (self->minutes, open && row != NULL);
  styre_row_binding_set_row (self->minutes, row);
  gtk_widget_set_sensitive (GTK_WIDGET (self->decision_view), row != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_view), row != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->adopt_button),
                            open && decision && !is_blank (item->proposed_decision));
  gtk_widget_set_sensitive (GTK_WIDGET (self->noted_button), open && row != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->amend_button), open && decision);
  if (row == NULL)
    gtk_label_set_label (self->minutes_status_label,
                         _("The decision and the discussion of the current item are written "
                           "here."));
  else if (!open)
    gtk_label_set_label (self->minutes_status_label, closed ? closed : "");
  else if (!styre_row_binding_has_unsaved (self->minutes))
    gtk_label_set_label (self->minutes_status_label,
                         _("What you write is saved in the minutes as you type."));
}

/* ── the lists ───────────────────────────────────────────────────────────────────────── */

static void
show_charts (StyrePresenterConsole *self,
             StyreAgendaItem       *item,
             gboolean               visible)
{
  clear_box (GTK_WIDGET (self->charts_box));
  if (item == NULL)
    return;
  for (guint k = 0; k < item->views->len && k < 9; k++)
    {
      StyreItemView *v = g_ptr_array_index (item->views, k);
      const char *title = styre_chart_get_title (v->chart);
      /* Translators: a button on the presenter console: the key and the chart, "1  Key Figures" */
      g_autofree char *label = g_strdup_printf (_("%u  %s"), k + 1, title ? title : v->chart);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "projector.chart");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int32 ((int) k + 1));
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_set_sensitive (button, visible);
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                               PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      if (styre_projector_get_screen (projector (self)) == STYRE_SCREEN_CHART
          && styre_projector_get_chart (projector (self)) == (int) k)
        gtk_widget_add_css_class (button, "projector-active");
      gtk_flow_box_append (self->charts_box, button);
    }
}

static void
show_agenda (StyrePresenterConsole *self)
{
  StyreProjector *p = projector (self);
  int current = styre_projector_get_current (p);
  guint n = styre_projector_get_n_items (p);

  clear_box (GTK_WIDGET (self->agenda_list));
  for (guint i = 0; i < n; i++)
    {
      StyreAgendaItem *item = item_at (self, (int) i);
      GtkWidget *row;
      GtkWidget *time;
      g_autofree char *title = NULL;
      g_autofree char *planned = NULL;
      g_autofree char *subtitle = NULL;
      GDateTime *start = styre_projector_get_actual_start (p, (int) i);
      GDateTime *end = styre_projector_get_actual_end (p, (int) i);

      if (item == NULL)
        continue;
      title = item_name (item);
      planned = item->planned_start >= 0 ? styre_agenda_format_minute (item->planned_start)
                                         : g_strdup ("");
      if (start != NULL && end != NULL)
        {
          g_autofree char *from = time_of (start);
          g_autofree char *to = time_of (end);
          gint64 minutes = styre_projector_get_elapsed_seconds (p, (int) i, NULL) / 60;
          /* Translators: an item done on the projector: "09:42–10:05, 23 of 20 min" */
          subtitle = g_strdup_printf (_("%s–%s, %d of %d min"), from, to, (int) minutes,
                                      item->planned_minutes);
        }
      else if (start != NULL)
        {
          g_autofree char *from = time_of (start);
          /* Translators: the item now on the projector, with its planned minutes */
          subtitle = g_strdup_printf (_("Since %s, %d min planned"), from, item->planned_minutes);
        }
      else
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes",
                                                 item->planned_minutes),
                                    item->planned_minutes);
      if (is_exempt (item))
        {
          g_autofree char *plain = g_steal_pointer (&subtitle);
          /* Translators: an exempt item in the console's agenda: its time, then "exempt,
           * offl. § 14" */
          subtitle = g_strdup_printf (_("%s · exempt, %s"), plain,
                                      item->legal_basis ? item->legal_basis : "");
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      time = gtk_label_new (planned);
      gtk_widget_add_css_class (time, "numeric");
      gtk_widget_add_css_class (time, "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), time);
      if ((int) i == current)
        {
          GtkWidget *mark = gtk_image_new_from_icon_name ("media-playback-start-symbolic");
          gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Current item"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
          gtk_widget_add_css_class (row, "console-current");
        }
      else if (end != NULL)
        {
          GtkWidget *mark = gtk_image_new_from_icon_name ("object-select-symbolic");
          gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Done"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
        }
      if (is_exempt (item))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name (styre_projector_is_visible (p, (int) i)
                                                                 ? "changes-allow-symbolic"
                                                                 : "changes-prevent-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "projector.go-to");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int32 ((int) i));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_focus_on_click (row, FALSE);
      gtk_list_box_append (self->agenda_list, row);
    }
}

/* What the agenda list shows, to make it again only when that changes. */
static char *
agenda_signature (StyrePresenterConsole *self)
{
  StyreProjector *p = projector (self);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%d", styre_projector_get_current (p));
  for (guint i = 0; i < styre_projector_get_n_items (p); i++)
    {
      StyreAgendaItem *item = item_at (self, (int) i);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      if (item == NULL)
        continue;
      start = styre_projector_get_actual_start (p, (int) i)
              ? g_date_time_format_iso8601 (styre_projector_get_actual_start (p, (int) i)) : NULL;
      end = styre_projector_get_actual_end (p, (int) i)
            ? g_date_time_format_iso8601 (styre_projector_get_actual_end (p, (int) i)) : NULL;
#define S(text) ((text) ? (text) : "")
      g_string_append_printf (out, "|%s %s %d %d %s %s %s %s %d", S (item->case_number),
                              S (item->title), item->planned_start, item->planned_minutes,
                              S (item->confidentiality), S (item->legal_basis), S (start), S (end),
                              styre_projector_is_visible (p, (int) i));
#undef S
    }
  return g_string_free (out, FALSE);
}

/* ── refresh ─────────────────────────────────────────────────────────────────────────── */

static const char *
screen_words (StyreScreen screen)
{
  switch (screen)
    {
    case STYRE_SCREEN_AGENDA:
      return _("The agenda");
    case STYRE_SCREEN_ITEM:
      return _("The item");
    case STYRE_SCREEN_CHART:
      return _("A chart");
    case STYRE_SCREEN_BLACK:
      return _("Black");
    case STYRE_SCREEN_WHITE:
      return _("White");
    default:
      return "";
    }
}

static void
set_active (GtkWidget *button,
            gboolean   active)
{
  if (active)
    gtk_widget_add_css_class (button, "projector-active");
  else
    gtk_widget_remove_css_class (button, "projector-active");
}

static void
show_now (StyrePresenterConsole *self,
          StyreAgendaItem       *item)
{
  StyreProjector *p = projector (self);
  int current = styre_projector_get_current (p);

  if (item == NULL)
    {
      gtk_label_set_label (self->now_case_label, "");
      gtk_label_set_label (self->now_title_label,
                           current < 0 ? _("Before the first item") : _("The agenda is done"));
      gtk_label_set_label (self->now_meta_label,
                           current < 0 ? _("The room sees the agenda with its planned times.")
                                       : _("Leave projector mode with Escape; the minutes "
                                           "have the times."));
      return;
    }
  {
    g_autofree char *kind = styre_agenda_describe_item_kind (item);
    g_autofree char *case_line = NULL;
    g_autofree char *meta = NULL;
    const char *presenter = item->presenter_name ? item->presenter_name : item->presenter_text;

    /* Translators: on the presenter console: "Item 5 of 10 · 10/26 · Decision" */
    case_line = g_strdup_printf (_("Item %d of %u · %s%s%s"), current + 1,
                                 styre_projector_get_n_items (p),
                                 item->case_number ? item->case_number : "",
                                 item->case_number ? " · " : "", kind);
    if (is_exempt (item) && !styre_projector_is_visible (p, current))
      /* Translators: on the presenter console, under an exempt item's title */
      meta = g_strdup_printf (_("%s · Hidden on the screen: exempt from public access (%s)"),
                              presenter ? presenter : "",
                              item->legal_basis ? item->legal_basis : "");
    else if (is_exempt (item))
      meta = g_strdup_printf (_("%s · Shown on the screen although exempt (%s)"),
                              presenter ? presenter : "",
                              item->legal_basis ? item->legal_basis : "");
    else
      meta = g_strdup (presenter ? presenter : "");
    gtk_label_set_label (self->now_case_label, case_line);
    gtk_label_set_label (self->now_title_label, item->title);
    gtk_label_set_label (self->now_meta_label, meta);
  }
}

static void
show_next (StyrePresenterConsole *self)
{
  StyreProjector *p = projector (self);
  int current = styre_projector_get_current (p);
  StyreScreen screen = styre_projector_get_screen (p);
  StyreAgendaItem *next = item_at (self, current + 1);
  g_autofree char *label = NULL;

  if (screen == STYRE_SCREEN_BLACK || screen == STYRE_SCREEN_WHITE
      || (screen == STYRE_SCREEN_CHART && item_at (self, current) != NULL))
    label = g_strdup (_("Back to the Item"));
  else if (next != NULL)
    {
      g_autofree char *name = item_name (next);
      /* Translators: the Next button on the console, with the next item */
      label = g_strdup_printf (_("Next: %s"), name);
    }
  else if (current < (int) styre_projector_get_n_items (p))
    label = g_strdup (_("Next: End of the Agenda"));
  else
    label = g_strdup (_("End of the Agenda"));
  gtk_label_set_label (self->next_label, label);
}

/**
 * styre_presenter_console_refresh:
 *
 * What is shown or the meeting changed: the console shows it.
 */
void
styre_presenter_console_refresh (StyrePresenterConsole *self)
{
  StyreProjector *p;
  StyreAgenda *a;
  StyreAgendaItem *item;
  int current, width, height;
  StyreScreen screen;
  gboolean visible;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  const char *closed;

  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));

  p = projector (self);
  a = agenda (self);
  if (p == NULL || a == NULL)
    return;
  current = styre_projector_get_current (p);
  screen = styre_projector_get_screen (p);
  item = current_item (self);
  visible = item != NULL && styre_projector_is_visible (p, current);

  title = styre_agenda_get_display_title (a);
  adw_window_title_set_title (self->window_title, title);
  if (styre_projection_get_single_screen (self->projection))
    subtitle = g_strdup (_("Projector mode · Tab hides this console"));
  else
    subtitle = g_strdup (_("Projector mode"));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  closed = styre_projection_get_minutes_closed_reason (self->projection);
  if (closed != NULL)
    gtk_label_set_label (self->status_label, closed);
  else if (!styre_projection_get_recording (self->projection))
    {
      g_autofree char *date = styre_format_date_long (a->starts_at);
      g_autofree char *text =
        g_strdup_printf (_("The times are not recorded in the minutes: the meeting is on %s. "
                           "Switch on “Record the times” if this is the meeting."), date);
      gtk_label_set_label (self->status_label, text);
    }
  gtk_revealer_set_reveal_child (self->status_revealer,
                                 closed != NULL || !styre_projection_get_recording (self->projection));

  show_now (self, item);
  /* Made again only when its words change: saving a note must not scroll it away. */
  {
    g_autofree char *shown = item ? g_strdup_printf ("%" G_GINT64_FORMAT "\n%s\n%s\n%s\n%s",
                                                     item->id, item->summary, item->background,
                                                     item->assessment, item->proposed_decision)
                                  : g_strdup ("");
    if (g_strcmp0 (shown, self->shown_case) != 0)
      {
        show_case (self, item);
        g_free (self->shown_case);
        self->shown_case = g_steal_pointer (&shown);
      }
  }
  show_minutes (self, item);

  styre_projection_get_screen_size (self->projection, &width, &height);
  styre_audience_view_set_preview_size (self->preview, width, height);
  styre_audience_view_invalidate (self->preview);
  gtk_label_set_label (self->screen_label, screen_words (screen));
  set_active (GTK_WIDGET (self->black_button), screen == STYRE_SCREEN_BLACK);
  set_active (GTK_WIDGET (self->white_button), screen == STYRE_SCREEN_WHITE);
  set_active (GTK_WIDGET (self->agenda_button), screen == STYRE_SCREEN_AGENDA);
  show_charts (self, item, visible);
  gtk_widget_set_visible (GTK_WIDGET (self->unlock_button),
                          item != NULL && is_exempt (item) && !visible);

  {
    g_autofree char *shown = agenda_signature (self);
    if (g_strcmp0 (shown, self->shown_agenda) != 0)
      {
        show_agenda (self);
        g_free (self->shown_agenda);
        self->shown_agenda = g_steal_pointer (&shown);
      }
  }
  show_next (self);
  styre_presenter_console_tick (self);
}

/**
 * styre_presenter_console_tick:
 *
 * A second went by: the clocks.
 */
void
styre_presenter_console_tick (StyrePresenterConsole *self)
{
  StyreProjector *p;
  StyreAgenda *a;
  g_autoptr(GDateTime) now = styre_projector_now ();
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) planned_end = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *started = NULL;
  g_autofree char *ends = NULL;
  GDateTime *first = NULL;
  StyreClockState state;
  GtkWidget *clock;

  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));

  p = projector (self);
  a = agenda (self);
  if (p == NULL || a == NULL)
    return;

  now_text = styre_format_time (g_date_time_get_hour (now), g_date_time_get_minute (now));
  gtk_label_set_label (self->now_clock_label, now_text);

  /* The item's time. */
  clock = GTK_WIDGET (self->item_clock_label);
  state = styre_projector_get_clock_state (p, now);
  gtk_widget_remove_css_class (clock, "amber");
  gtk_widget_remove_css_class (clock, "over");
  if (state == STYRE_CLOCK_NONE)
    gtk_label_set_label (self->item_clock_label, "");
  else
    {
      g_autofree char *left = styre_audience_format_remaining (styre_projector_get_remaining_seconds (p, now),
                                                               state);
      gtk_label_set_label (self->item_clock_label, left);
      if (state == STYRE_CLOCK_AMBER)
        gtk_widget_add_css_class (clock, "amber");
      else if (state == STYRE_CLOCK_OVER)
        gtk_widget_add_css_class (clock, "over");
    }

  /* The meeting's time: when it started against the plan, and when it will end. */
  for (guint i = 0; i < styre_projector_get_n_items (p) && first == NULL; i++)
    first = styre_projector_get_actual_start (p, (int) i);
  {
    g_autofree char *planned = time_of (styre_projector_get_planned_start (p));

    if (first != NULL)
      {
        g_autofree char *at = time_of (first);
        int late = (int) (g_date_time_difference (first, styre_projector_get_planned_start (p))
                          / G_TIME_SPAN_MINUTE);
        /* Translators: the meeting clock: "Started 12:03, planned 12:00" */
        started = g_strdup_printf (_("Started %s, planned %s"), at, planned);
        if (late > 0)
          {
            g_autofree char *plain = g_steal_pointer (&started);
            started = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d minute late)",
                                                    "%s (%d minutes late)", late),
                                       plain, late);
          }
      }
    else
      /* Translators: the meeting clock before the first item */
      started = g_strdup_printf (_("Planned to start %s"), planned);
  }
  gtk_label_set_label (self->started_label, started);

  planned_end = styre_projector_get_planned_start_of (p, (int) styre_projector_get_n_items (p));
  end = styre_projector_get_projected_end (p, now);
  {
    g_autofree char *planned = time_of (planned_end);
    g_autofree char *projected = time_of (end);
    int over = (int) (g_date_time_difference (end, planned_end) / G_TIME_SPAN_MINUTE);

    if (over > 0)
      /* Translators: the meeting clock: "Planned end 14:30 · projected 14:41 (+11 min)" */
      ends = g_strdup_printf (_("Planned end %s · projected %s (+%d min)"), planned, projected,
                              over);
    else
      ends = g_strdup_printf (_("Planned end %s · projected %s"), planned, projected);
  }
  gtk_label_set_label (self->end_label, ends);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_presenter_console_dispose (GObject *object)
{
  StyrePresenterConsole *self = (StyrePresenterConsole *)object;

  /* A note typed and not saved yet is saved now. */
  if (self->minutes != NULL)
    styre_row_binding_flush (self->minutes);
  g_clear_object (&self->minutes);
  g_clear_weak_pointer (&self->projection);
  g_clear_pointer (&self->shown_case, g_free);
  g_clear_pointer (&self->shown_agenda, g_free);

  G_OBJECT_CLASS (styre_presenter_console_parent_class)->dispose (object);
}

static void
styre_presenter_console_class_init (StyrePresenterConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_presenter_console_dispose;

  g_type_ensure (STYRE_TYPE_AUDIENCE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-presenter-console.ui");
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, header_bar);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, window_title);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, screen_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, screen_content);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, status_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, now_case_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, now_title_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, now_meta_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, item_clock_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, case_box);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, adopt_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, noted_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, amend_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, decision_view);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, note_view);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, minutes_status_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, screen_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, preview);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, black_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, white_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, charts_box);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, now_clock_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, started_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, end_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, hint_label);
  gtk_widget_class_bind_template_child (widget_class, StyrePresenterConsole, next_label);
}

static void
styre_presenter_console_init (StyrePresenterConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->adopt_button, "clicked", G_CALLBACK (adopt_clicked_cb), self);
  g_signal_connect_swapped (self->noted_button, "clicked", G_CALLBACK (noted_clicked_cb), self);
  g_signal_connect_swapped (self->amend_button, "clicked", G_CALLBACK (amend_clicked_cb), self);

  self->minutes = styre_row_binding_new ("agenda_item");
  styre_row_binding_set_label_func (self->minutes, styre_meeting_label_column, NULL);
  styre_row_binding_bind_text_view (self->minutes, self->decision_view, "decision");
  styre_row_binding_bind_text_view (self->minutes, self->note_view, "minutes_note");
  styre_row_binding_bind_custom (self->minutes, GTK_WIDGET (self->outcome_label), "outcome",
                                 show_outcome, self);
  g_signal_connect_swapped (self->minutes, "saved", G_CALLBACK (minutes_saved_cb), self);
  g_signal_connect_swapped (self->minutes, "save-failed", G_CALLBACK (minutes_save_failed_cb),
                            self);
  g_signal_connect_swapped (self->minutes, "notify::unsaved", G_CALLBACK (minutes_unsaved_cb),
                            self);
}

/**
 * styre_presenter_console_new:
 * @projection: the projector mode it belongs to
 */
GtkWidget *
styre_presenter_console_new (StyreProjection *projection)
{
  StyrePresenterConsole *self = g_object_new (STYRE_TYPE_PRESENTER_CONSOLE, NULL);

  g_set_weak_pointer (&self->projection, projection);
  styre_row_binding_set_store (self->minutes, styre_projection_get_store (projection));
  styre_audience_view_set_audience (self->preview, styre_projection_get_audience (projection),
                                    styre_projection_get_projector (projection));
  return GTK_WIDGET (self);
}

/**
 * styre_presenter_console_set_screens:
 * @screens: a menu of the monitors, with projector.screen actions
 * @audience_screen: (nullable): the one the audience window is on, in words
 */
void
styre_presenter_console_set_screens (StyrePresenterConsole *self,
                                     GMenuModel            *screens,
                                     const char            *audience_screen)
{
  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));

  gtk_menu_button_set_menu_model (self->screen_button, screens);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->screen_button), audience_screen);
}

/* In the audience window (one monitor), the header has no window buttons. */
void
styre_presenter_console_set_in_overlay (StyrePresenterConsole *self,
                                        gboolean               in_overlay)
{
  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));

  adw_header_bar_set_show_end_title_buttons (self->header_bar, !in_overlay);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, !in_overlay);
  gtk_label_set_label (self->hint_label,
                       in_overlay ? _("With one screen the room sees this console too. Tab "
                                      "hides it.")
                                  : _("The keys work in both windows: Page Down, Page Up, B, W, "
                                      "A, 1–9, Escape."));
}

/* Tells the chair something, here only. */
void
styre_presenter_console_toast (StyrePresenterConsole *self,
                               const char            *message)
{
  AdwToast *toast;

  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Saves what is typed now (leaving projector mode). */
void
styre_presenter_console_flush (StyrePresenterConsole *self)
{
  g_return_if_fail (STYRE_IS_PRESENTER_CONSOLE (self));
  styre_row_binding_flush (self->minutes);
}
