/* styre-meeting-view.c — one meeting: the agenda and the editors
 *
 * On the left the agenda (saksliste): each item with its computed start time, case
 * number, title, type, presenter and minutes; the planned end and any overrun of the
 * booked time under it. Items move by drag and drop and with Alt+Up/Alt+Down. On the
 * right the meeting's details and participants, or the selected item (its case
 * presentation and its minutes).
 *
 * The header says how far the meeting has come and offers the next step: send the notice
 * (after validation), mark as held (the portfolio is frozen), approve the minutes (the
 * record is locked). The documents — notice, public notice, minutes, public minutes,
 * board pack, calendar file — are saved or printed from the Documents menu.
 *
 * When the file changes (ours or someone else's saves), the view reads the meeting again
 * and keeps the selection, the scroll position and what is being typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-meeting-view"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-agenda-edit.h"
#include "styre-agenda-item-editor.h"
#include "styre-document-export.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-save.h"
#include "styre-meeting-details.h"
#include "styre-chart-view.h"
#include "styre-meeting-view.h"

struct _StyreMeetingView
{
  AdwBin                 parent_instance;

  StyreStore            *store;
  gint64                 meeting_id;
  StyreMeetingContext   *context;
  GCancellable          *cancellable;
  gint64                 selected_item;      /* 0: the meeting's details */
  gint64                 select_after_load;
  gint64                 retry_move_item;    /* a move that met someone else's save */
  int                    retry_move_index;
  gboolean               rebuilding;
  gboolean               advance_after_load;  /* validate on what was just saved */
  guint                  reload_source;

  AdwToastOverlay       *toast_overlay;
  GtkLabel              *title_label;
  GtkLabel              *subtitle_label;
  GtkLabel              *state_label;
  GtkButton             *advance_button;
  GtkMenuButton         *documents_button;
  GtkMenuButton         *more_button;
  GtkRevealer           *banner_revealer;
  GtkImage              *banner_icon;
  GtkLabel              *banner_label;
  GtkButton             *banner_button;
  GtkScrolledWindow     *agenda_scroller;
  GtkListBox            *agenda_list;
  GtkLabel              *timing_label;
  GtkMenuButton         *add_item_button;
  GtkPopover            *add_item_popover;
  GtkEntry              *new_item_entry;
  GtkDropDown           *new_item_type;
  GtkStack              *editor_stack;
  StyreMeetingDetails   *details;
  StyreAgendaItemEditor *item_editor;
};

G_DEFINE_FINAL_TYPE (StyreMeetingView, styre_meeting_view, ADW_TYPE_BIN)

enum {
  BACK,
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (StyreMeetingView *self);

static StyreAgenda *
agenda (StyreMeetingView *self)
{
  return self->context ? self->context->agenda : NULL;
}

static gboolean
can_edit (StyreMeetingView *self)
{
  return self->context != NULL && styre_meeting_context_can_edit (self->context);
}

static void
toast (StyreMeetingView *self,
       const char       *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static GtkWindow *
parent_window (StyreMeetingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error_dialog (StyreMeetingView *self,
                   const char       *heading,
                   const char       *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── the agenda list ─────────────────────────────────────────────────────────────────── */

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void move_item (StyreMeetingView *self,
                       gint64            item_id,
                       int               new_index);

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "item-id"));

  return gdk_content_provider_new_typed (G_TYPE_INT64, id);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 24, 16);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  StyreMeetingView *self = g_object_get_data (G_OBJECT (row), "view");
  gint64 dragged = g_value_get_int64 (value);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) - 1;

  gtk_list_box_drag_unhighlight_row (self->agenda_list);
  if (index < 0 || dragged <= 0)
    return FALSE;
  move_item (self, dragged, index);
  return TRUE;
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               GtkWidget     *row)
{
  StyreMeetingView *self = g_object_get_data (G_OBJECT (row), "view");

  gtk_list_box_drag_highlight_row (self->agenda_list, GTK_LIST_BOX_ROW (row));
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               GtkWidget     *row)
{
  StyreMeetingView *self = g_object_get_data (G_OBJECT (row), "view");

  gtk_list_box_drag_unhighlight_row (self->agenda_list);
}

static GtkWidget *
details_row_new (StyreMeetingView *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  StyreAgenda *a = agenda (self);
  guint present = 0, absent = 0;
  g_autofree char *people = NULL;

  for (guint i = 0; i < a->participants->len; i++)
    {
      StyreParticipant *p = g_ptr_array_index (a->participants, i);
      present += g_str_equal (p->attendance, "present");
      absent += g_str_equal (p->attendance, "absent");
    }
  if (present > 0)
    /* Translators: e.g. "8 present, 1 absent" */
    people = g_strdup_printf (_("%u present, %u absent"), present, absent);
  else if (absent > 0)
    /* Translators: before the meeting, e.g. "10 called, 1 has sent word of absence" */
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u called, %u absent",
                                           "%u called, %u absent", a->participants->len),
                              a->participants->len, absent);
  else
    people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant called",
                                           "%u participants called", a->participants->len),
                              a->participants->len);

  gtk_box_append (GTK_BOX (text), label_new (_("Meeting and Participants"), "agenda-title"));
  gtk_box_append (GTK_BOX (text), label_new (people, "agenda-subtitle"));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "agenda-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "item-id", GSIZE_TO_POINTER (0));
  return row;
}

static GtkWidget *
item_row_new (StyreMeetingView *self,
              StyreAgendaItem  *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  g_autofree char *time = styre_agenda_format_minute (item->planned_start);
  GtkWidget *time_label = label_new (time, "agenda-time");
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = label_new (item->title, "agenda-title");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *subtitle_label;
  g_autofree char *accessible = NULL;

  if (item->case_number != NULL)
    g_string_append_printf (subtitle, "%s · ", item->case_number);
  g_string_append (subtitle, styre_vocabulary_label (STYRE_VOCAB_ITEM_TYPE, item->item_type));
  if (item->presenter_name != NULL)
    g_string_append_printf (subtitle, " · %s", item->presenter_name);
  else if (item->presenter_text != NULL && *item->presenter_text != '\0')
    g_string_append_printf (subtitle, " · %s", item->presenter_text);
  if (item->planned_minutes > 0)
    /* Translators: an item's planned duration in the agenda list, e.g. "20 min" */
    g_string_append_printf (subtitle, _(" · %d min"), item->planned_minutes);
  subtitle_label = label_new (subtitle->str, "agenda-subtitle");

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_visible (handle, can_edit (self));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (time_label, GTK_ALIGN_START);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle_label);
  gtk_box_append (GTK_BOX (box), handle);
  gtk_box_append (GTK_BOX (box), time_label);
  gtk_box_append (GTK_BOX (box), text);

  if (g_strcmp0 (item->confidentiality, "exempt") == 0)
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
      /* Translators: %s is the legal basis */
      g_autofree char *tip = g_strdup_printf (_("Exempt from public access, %s"),
                                              item->legal_basis ? item->legal_basis : "");
      gtk_widget_set_tooltip_text (lock, tip);
      gtk_widget_set_valign (lock, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), lock);
    }
  if (item->outcome != NULL)
    {
      GtkWidget *done = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_set_tooltip_text (done, styre_vocabulary_label (STYRE_VOCAB_OUTCOME, item->outcome));
      gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (done, "success");
      gtk_box_append (GTK_BOX (box), done);
    }

  gtk_widget_add_css_class (box, "agenda-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "item-id", GSIZE_TO_POINTER ((gsize) item->id));
  g_object_set_data (G_OBJECT (row), "view", self);

  /* Translators: what a screen reader says for an agenda row, e.g. "09:40, 12/26 Budget,
   * Decision" */
  accessible = g_strdup_printf (_("%s, %s %s"), time, item->title, subtitle->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  if (can_edit (self))
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
      g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
      g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), row);
      g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }
  return row;
}

static void
update_timing (StyreMeetingView *self)
{
  StyreAgenda *a = agenda (self);
  int overrun = styre_agenda_get_overrun (a);
  g_autofree char *end = styre_agenda_format_minute (a->planned_end_minute);
  g_autofree char *booked = styre_agenda_format_minute (a->booked_end_minute);
  g_autofree char *text = NULL;

  if (overrun > 0)
    /* Translators: under the agenda, e.g. "Runs 15 min over: ends 11:45, booked until 11:30" */
    text = g_strdup_printf (_("⚠ Runs %d min over: ends %s, booked until %s"), overrun, end, booked);
  else
    /* Translators: under the agenda, e.g. "Planned end 11:20 · booked until 11:30" */
    text = g_strdup_printf (_("Planned end %s · booked until %s"), end, booked);
  gtk_label_set_text (self->timing_label, text);
  if (overrun > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->timing_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timing_label), "warning");
}

static GtkListBoxRow *
row_for_item (StyreMeetingView *self,
              gint64            item_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row)
        && (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "item-id")) == item_id)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static void
show_selected (StyreMeetingView *self)
{
  StyreAgendaItem *item = self->selected_item ? styre_agenda_find_item (agenda (self),
                                                                        self->selected_item)
                                              : NULL;

  if (item == NULL)
    {
      self->selected_item = 0;
      styre_meeting_details_set_context (self->details, self->context);
      gtk_stack_set_visible_child_name (self->editor_stack, "details");
      return;
    }
  styre_agenda_item_editor_set_context (self->item_editor, self->context, item->id);
  gtk_stack_set_visible_child_name (self->editor_stack, "item");
}

static void
row_selected_cb (StyreMeetingView *self,
                 GtkListBoxRow    *row)
{
  if (self->rebuilding || row == NULL)
    return;
  self->selected_item = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "item-id"));
  show_selected (self);
}

static void
restore_scroll_cb (gpointer data)
{
  g_autoptr(GtkAdjustment) adjustment = data;
  double value = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (adjustment), "saved")) / 100.0;

  gtk_adjustment_set_value (adjustment, value);
}

static void
rebuild_agenda (StyreMeetingView *self)
{
  StyreAgenda *a = agenda (self);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->agenda_scroller);
  double scroll = gtk_adjustment_get_value (adjustment);
  GtkWidget *child;
  GtkListBoxRow *selected;

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list))) != NULL)
    gtk_list_box_remove (self->agenda_list, child);
  gtk_list_box_append (self->agenda_list, details_row_new (self));
  for (guint i = 0; i < a->items->len; i++)
    gtk_list_box_append (self->agenda_list, item_row_new (self, g_ptr_array_index (a->items, i)));

  if (self->select_after_load > 0 && styre_agenda_find_item (a, self->select_after_load))
    {
      self->selected_item = self->select_after_load;
      self->select_after_load = 0;
    }
  selected = row_for_item (self, self->selected_item);
  if (selected == NULL)
    {
      self->selected_item = 0;
      selected = row_for_item (self, 0);
    }
  gtk_list_box_select_row (self->agenda_list, selected);
  self->rebuilding = FALSE;

  /* The list grows back to its height on the next frame; then scroll where it was. */
  g_object_set_data (G_OBJECT (adjustment), "saved", GSIZE_TO_POINTER ((gsize) (scroll * 100)));
  g_idle_add_once (restore_scroll_cb, g_object_ref (adjustment));
  update_timing (self);
}

/* ── header, banner, actions ─────────────────────────────────────────────────────────── */

static void
update_header (StyreMeetingView *self)
{
  StyreAgenda *a = agenda (self);
  g_autofree char *title = styre_agenda_get_display_title (a);
  g_autofree char *date = g_strndup (a->starts_at, 10);
  g_autofree char *long_date = styre_format_date_long (date);
  g_autofree char *times = styre_format_time_range (a->starts_at, a->ends_at);
  g_autofree char *subtitle = NULL;
  g_autofree char *state_class = g_strdup_printf ("state-%s", a->state);
  const char *advance = NULL;
  gboolean editable = can_edit (self);
  guint n_problems = 0;

  /* Translators: under a meeting's title: "Ledergruppen · 17 November 2026, 09:00–11:00 ·
   * Formannskapssalen" */
  subtitle = *a->place != '\0'
             ? g_strdup_printf (_("%s · %s, %s · %s"), a->forum_name, long_date, times, a->place)
             : g_strdup_printf (_("%s · %s, %s"), a->forum_name, long_date, times);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), subtitle);

  gtk_label_set_text (self->state_label, styre_vocabulary_label (STYRE_VOCAB_MEETING_STATE, a->state));
  for (const char * const *s = styre_vocabulary_ids (STYRE_VOCAB_MEETING_STATE); *s != NULL; s++)
    {
      g_autofree char *c = g_strdup_printf ("state-%s", *s);
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), c);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), state_class);

  if (g_str_equal (a->state, "draft"))
    advance = _("_Send Notice…");
  else if (g_str_equal (a->state, "notice_sent"))
    advance = _("Mark as _Held…");
  else if (g_str_equal (a->state, "held"))
    advance = _("_Approve Minutes…");
  gtk_widget_set_visible (GTK_WIDGET (self->advance_button), advance != NULL);
  if (advance != NULL)
    gtk_button_set_label (self->advance_button, advance);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.advance", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.send-update",
                                 editable && g_str_equal (a->state, "notice_sent"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.delete",
                                 editable && g_str_equal (a->state, "draft"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-item", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-up", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-down", editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_item_button), editable);

  /* The banner: what the person should know about the meeting now. */
  g_signal_handlers_disconnect_matched (self->banner_button, G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                                        NULL, self);
  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), FALSE);
  if (styre_agenda_is_locked (a))
    {
      gtk_image_set_from_icon_name (self->banner_icon, "changes-prevent-symbolic");
      gtk_label_set_text (self->banner_label, _("The minutes are approved. The record of this "
                                                "meeting is locked."));
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      return;
    }
  if (g_str_equal (a->state, "notice_sent") && self->context->changes->len > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u change since the notice was sent.",
                                                            "%u changes since the notice was sent.",
                                                            self->context->changes->len),
                                               self->context->changes->len);
      gtk_image_set_from_icon_name (self->banner_icon, "document-edit-symbolic");
      gtk_label_set_text (self->banner_label, text);
      gtk_button_set_label (self->banner_button, _("Send _Updated Notice…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button), "meeting.send-update");
      gtk_widget_set_visible (GTK_WIDGET (self->banner_button), editable);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      return;
    }
  if (g_str_equal (a->state, "draft") && editable)
    {
      g_autoptr(GPtrArray) problems = styre_agenda_validate_notice (a);

      for (guint i = 0; i < problems->len; i++)
        n_problems += ((StyreAgendaProblem *) problems->pdata[i])->kind != STYRE_AGENDA_PROBLEM_OVERRUN;
      if (n_problems > 0)
        {
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u thing to finish before the "
                                                                "notice can be sent.",
                                                                "%u things to finish before the "
                                                                "notice can be sent.", n_problems),
                                                   n_problems);
          gtk_image_set_from_icon_name (self->banner_icon, "dialog-information-symbolic");
          gtk_label_set_text (self->banner_label, text);
          gtk_button_set_label (self->banner_button, _("_Show"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button), "meeting.advance");
          gtk_widget_set_visible (GTK_WIDGET (self->banner_button), TRUE);
          gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
          return;
        }
    }
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static void
reload_timeout_cb (gpointer data)
{
  StyreMeetingView *self = data;

  self->reload_source = 0;
  load (self);
}

static void
apply_context (StyreMeetingView    *self,
               StyreMeetingContext *context)
{
  gboolean first = self->context == NULL || self->context->agenda->id != context->agenda->id;
  StyreAgenda *a;

  g_clear_pointer (&self->context, styre_meeting_context_unref);
  self->context = styre_meeting_context_ref (context);
  a = context->agenda;

  /* Minutes mode when the meeting is on, or over; preparation before. Afterwards the
   * person's own choice stands. */
  if (first)
    {
      g_autofree char *date = g_strndup (a->starts_at, 10);
      gboolean minutes = g_str_equal (a->state, "held") || g_str_equal (a->state, "minutes_approved")
                         || (g_str_equal (a->state, "notice_sent")
                             && g_strcmp0 (context->today, date) >= 0);
      styre_agenda_item_editor_set_mode (self->item_editor, minutes ? "minutes" : "prepare");
    }
  if (first)
    self->selected_item = 0;

  update_header (self);
  rebuild_agenda (self);
  show_selected (self);
  /* A meeting just opened: the agenda has the keyboard, so arrows walk its items. */
  if (first)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->agenda_list);
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  g_signal_emit (self, signals[LOADED], 0);

  /* "Send Notice…" and the others judge the agenda with every edit saved. */
  if (self->advance_after_load)
    {
      if (styre_agenda_item_editor_has_unsaved (self->item_editor))
        {
          g_clear_handle_id (&self->reload_source, g_source_remove);
          self->reload_source = g_timeout_add_once (250, reload_timeout_cb, self);
        }
      else
        gtk_widget_activate_action (GTK_WIDGET (self), "meeting.advance", NULL);
    }

  /* A move that met someone else's save: made again on what they saved. */
  if (self->retry_move_item > 0)
    {
      gint64 item = self->retry_move_item;
      self->retry_move_item = 0;
      if (styre_agenda_find_item (a, item) != NULL)
        move_item (self, item, self->retry_move_index);
    }
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreMeetingContext) context = styre_meeting_context_load_finish (result, &error);
  StyreMeetingView *self;

  if (context == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self = STYRE_MEETING_VIEW (object);
      /* Deleted by someone else: back to the list, saying so. */
      if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND))
        {
          g_signal_emit (self, signals[BACK], 0);
          return;
        }
      toast (self, error->message);
      return;
    }
  self = STYRE_MEETING_VIEW (object);
  if (context->agenda->id != self->meeting_id)
    return;
  apply_context (self, context);
}

static void
load (StyreMeetingView *self)
{
  if (self->store == NULL || self->meeting_id <= 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  styre_meeting_context_load_async (self, self->store, self->meeting_id, self->cancellable,
                                    loaded_cb, NULL);
}

/* Moving items */

typedef struct
{
  GPtrArray *changes;
  gint64     item_id;
  int        index;
  gboolean   retried;
} MoveData;

static void
move_data_free (MoveData *d)
{
  g_ptr_array_unref (d->changes);
  g_free (d);
}

static void
moved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (object);
  MoveData *d = user_data;
  g_autoptr(GError) error = NULL;

  /* The view is gone: nothing to show. */
  if (!styre_gui_apply_finish (result, &error) && self->store != NULL)
    {
      /* Someone else changed the agenda: read it again and make the move on theirs. */
      if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT) && !d->retried)
        {
          self->retry_move_item = d->item_id;
          self->retry_move_index = d->index;
          load (self);
        }
      else
        toast (self, error->message);
    }
  move_data_free (d);
}

static void
move_item (StyreMeetingView *self,
           gint64            item_id,
           int               new_index)
{
  GPtrArray *changes;
  MoveData *d;

  if (!can_edit (self))
    return;
  changes = styre_agenda_move_item (agenda (self), item_id, new_index);
  if (changes == NULL || changes->len == 0)
    {
      g_clear_pointer (&changes, g_ptr_array_unref);
      return;
    }
  self->selected_item = item_id;
  d = g_new0 (MoveData, 1);
  d->changes = changes;
  d->item_id = item_id;
  d->index = new_index;
  styre_gui_apply_async (self, self->store, changes, NULL, moved_cb, d);
}

static void
move_selected (StyreMeetingView *self,
               int               delta)
{
  StyreAgenda *a = agenda (self);

  if (a == NULL || self->selected_item <= 0)
    return;
  for (guint i = 0; i < a->items->len; i++)
    if (((StyreAgendaItem *) a->items->pdata[i])->id == self->selected_item)
      {
        int target = (int) i + delta;
        if (target >= 0 && target < (int) a->items->len)
          move_item (self, self->selected_item, target);
        return;
      }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_selected (STYRE_MEETING_VIEW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_selected (STYRE_MEETING_VIEW (widget), 1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);

  styre_agenda_item_editor_flush (self->item_editor);
  styre_meeting_details_flush (self->details);
  g_signal_emit (self, signals[BACK], 0);
}

/* Adding an item */

typedef struct
{
  gint64  meeting_id;
  char   *item_type;
  char   *title;
  gint64  new_id;
} AddItem;

static void
add_item_free (gpointer data)
{
  AddItem *d = data;

  g_free (d->item_type);
  g_free (d->title);
  g_free (d);
}

static gboolean
add_item_op (StyreStore  *store,
             gpointer     data,
             GError     **error)
{
  AddItem *d = data;

  d->new_id = styre_store_add_agenda_item (store, d->meeting_id, d->item_type, d->title, error);
  return d->new_id > 0;
}

static void
item_added_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (object);
  AddItem *d = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = styre_meeting_run_finish (result, &error);

  if (self->store == NULL)
    ;
  else if (!ok)
    toast (self, error->message);
  else
    {
      self->select_after_load = d->new_id;
      load (self);
    }
  add_item_free (d);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);
  const char * const *types = styre_vocabulary_ids (STYRE_VOCAB_ITEM_TYPE);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_item_entry))));
  guint type = gtk_drop_down_get_selected (self->new_item_type);
  AddItem *d;

  if (*title == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_item_entry));
      return;
    }
  d = g_new0 (AddItem, 1);
  d->meeting_id = self->meeting_id;
  d->item_type = g_strdup (types[MIN (type, g_strv_length ((char **) types) - 1)]);
  d->title = g_steal_pointer (&title);
  gtk_editable_set_text (GTK_EDITABLE (self->new_item_entry), "");
  gtk_popover_popdown (self->add_item_popover);
  styre_meeting_run_async (self, self->store, add_item_op, d, NULL, item_added_cb, d);
}

/* The meeting's next step */

typedef struct
{
  gint64   meeting_id;
  gint64   version;
  gboolean accept_overrun;
  int      step;        /* 0 send notice, 1 held, 2 approve, 3 delete */
} Step;

static gboolean
step_op (StyreStore  *store,
         gpointer     data,
         GError     **error)
{
  Step *s = data;

  switch (s->step)
    {
    case 0:
      return styre_store_send_notice (store, s->meeting_id, s->version, s->accept_overrun, error);
    case 1:
      return styre_store_mark_held (store, s->meeting_id, s->version, error);
    case 2:
      return styre_store_approve_minutes (store, s->meeting_id, s->version, error);
    case 3:
      return styre_store_delete_meeting (store, s->meeting_id, s->version, error);
    default:
      g_assert_not_reached ();
    }
}

static void
step_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (object);
  Step *s = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = styre_meeting_run_finish (result, &error);

  if (self->store == NULL)
    ;
  else if (!ok)
    {
      const char *headings[] = { N_("The Notice Was Not Sent"), N_("Not Marked as Held"),
                                 N_("The Minutes Were Not Approved"), N_("Not Deleted") };
      if (!styre_save_error_is_explained (error))
        show_error_dialog (self, _(headings[s->step]), error->message);
      load (self);
    }
  else if (s->step == 0)
    toast (self, _("The notice is sent: the items have their case numbers. Save the notice "
                   "and the calendar file from the Documents menu."));
  else if (s->step == 1)
    toast (self, _("The meeting is held and the portfolio is frozen with it."));
  else if (s->step == 2)
    toast (self, _("The minutes are approved and locked."));
  else if (s->step == 3)
    g_signal_emit (self, signals[BACK], 0);
  g_free (s);
}

static void
run_step (StyreMeetingView *self,
          int               step,
          gboolean          accept_overrun)
{
  Step *s = g_new0 (Step, 1);

  styre_agenda_item_editor_flush (self->item_editor);
  styre_meeting_details_flush (self->details);
  s->meeting_id = self->meeting_id;
  s->version = agenda (self)->version;
  s->accept_overrun = accept_overrun;
  s->step = step;
  styre_meeting_run_async (self, self->store, step_op, s, NULL, step_done_cb, s);
}

static void
step_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  StyreMeetingView *self)
{
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "step"));

  if (g_strcmp0 (response, "go") == 0)
    run_step (self, step, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "overrun")));
  else if (g_strcmp0 (response, "show") == 0)
    {
      gint64 item = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "item"));
      GtkListBoxRow *row = row_for_item (self, item);
      if (row != NULL)
        gtk_list_box_select_row (self->agenda_list, row);
    }
}

static GtkWidget *
problems_list (GPtrArray *problems)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; i < problems->len; i++)
    {
      StyreAgendaProblem *p = g_ptr_array_index (problems, i);
      g_autofree char *text = g_strdup_printf ("• %s", p->message);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 56);
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

static AdwMessageDialog *
step_dialog (StyreMeetingView *self,
             const char       *heading,
             const char       *body,
             const char       *go_label,
             int               step)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (go_label != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "go", go_label);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "go",
                                                  step == 3 ? ADW_RESPONSE_DESTRUCTIVE
                                                            : ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "go");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "step", GINT_TO_POINTER (step));
  g_signal_connect (dialog, "response", G_CALLBACK (step_response_cb), self);
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
ask_send_notice (StyreMeetingView *self,
                 gboolean          update)
{
  StyreAgenda *a = agenda (self);
  g_autoptr(GPtrArray) problems = styre_agenda_validate_notice (a);
  g_autoptr(GPtrArray) blocking = g_ptr_array_new ();
  StyreAgendaProblem *overrun = NULL;
  AdwMessageDialog *dialog;

  for (guint i = 0; i < problems->len; i++)
    {
      StyreAgendaProblem *p = g_ptr_array_index (problems, i);
      if (p->kind == STYRE_AGENDA_PROBLEM_OVERRUN)
        overrun = p;
      else
        g_ptr_array_add (blocking, p);
    }

  if (blocking->len > 0)
    {
      dialog = step_dialog (self, _("The Notice Cannot Be Sent Yet"),
                            _("Finish these first:"), NULL, 0);
      adw_message_dialog_set_extra_child (dialog, problems_list (blocking));
      if (((StyreAgendaProblem *) blocking->pdata[0])->item_id > 0)
        {
          adw_message_dialog_add_response (dialog, "show", _("_Show the First"));
          adw_message_dialog_set_default_response (dialog, "show");
          g_object_set_data (G_OBJECT (dialog), "item",
                             GSIZE_TO_POINTER ((gsize) ((StyreAgendaProblem *) blocking->pdata[0])->item_id));
        }
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (overrun != NULL)
    {
      g_autofree char *body = g_strdup_printf ("%s %s", overrun->message,
                                               _("Send the notice anyway, or shorten the "
                                                 "agenda first?"));
      dialog = step_dialog (self, _("The Agenda Runs Over the Booked Time"), body,
                            _("_Send Anyway"), 0);
      g_object_set_data (G_OBJECT (dialog), "overrun", GINT_TO_POINTER (TRUE));
    }
  else if (update)
    dialog = step_dialog (self, _("Send an Updated Notice?"),
                          _("Items added since the notice get case numbers, and calendars that "
                            "import the new calendar file replace the meeting. Save the notice "
                            "again from the Documents menu and send it out."),
                          _("_Send Updated Notice"), 0);
  else
    dialog = step_dialog (self, _("Send the Notice?"),
                          _("The items get their case numbers now, and they keep them. Then "
                            "save the notice and the calendar file from the Documents menu and "
                            "send them out."),
                          _("_Send Notice"), 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
advance_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);
  StyreAgenda *a = agenda (self);
  AdwMessageDialog *dialog;

  if (a == NULL)
    return;
  /* Save what is being typed and read the meeting again first. */
  if (!self->advance_after_load)
    {
      styre_agenda_item_editor_flush (self->item_editor);
      styre_meeting_details_flush (self->details);
      self->advance_after_load = TRUE;
      load (self);
      return;
    }
  self->advance_after_load = FALSE;
  if (g_str_equal (a->state, "draft"))
    {
      ask_send_notice (self, FALSE);
      return;
    }
  if (g_str_equal (a->state, "notice_sent"))
    {
      dialog = step_dialog (self, _("Mark the Meeting as Held?"),
                            _("The portfolio is frozen as it stands now, so the dashboard can "
                              "later show it as it was at this meeting. Write the minutes next."),
                            _("Mark as _Held"), 1);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (g_str_equal (a->state, "held"))
    {
      g_autoptr(GPtrArray) problems = styre_agenda_validate_minutes (a);

      if (problems->len > 0)
        {
          dialog = step_dialog (self, _("The Minutes Cannot Be Approved Yet"),
                                _("Finish these first:"), NULL, 2);
          adw_message_dialog_set_extra_child (dialog, problems_list (problems));
          if (((StyreAgendaProblem *) problems->pdata[0])->item_id > 0)
            {
              adw_message_dialog_add_response (dialog, "show", _("_Show the First"));
              adw_message_dialog_set_default_response (dialog, "show");
              g_object_set_data (G_OBJECT (dialog), "item",
                                 GSIZE_TO_POINTER ((gsize) ((StyreAgendaProblem *) problems->pdata[0])->item_id));
            }
        }
      else
        dialog = step_dialog (self, _("Approve the Minutes?"),
                              _("Approved minutes are locked: decisions, attendance and items can "
                                "no longer be changed."),
                              _("_Approve and Lock"), 2);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
send_update_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ask_send_notice (STYRE_MEETING_VIEW (widget), TRUE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);
  AdwMessageDialog *dialog = step_dialog (self, _("Delete the Meeting?"),
                                          _("The meeting and its agenda are deleted. A meeting "
                                            "whose notice was sent is part of the record and "
                                            "cannot be deleted."),
                                          _("_Delete"), 3);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Documents */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  StyreAgenda *a = agenda (self);

  if (a == NULL)
    return;
  styre_agenda_item_editor_flush (self->item_editor);
  if (g_str_equal (what, "ics"))
    styre_export_meeting_ics (widget, self->store, a);
  else if (g_str_equal (what, "notice"))
    styre_export_meeting_document (widget, self->store, a, STYRE_MEETING_DOCUMENT_NOTICE, FALSE);
  else if (g_str_equal (what, "notice-with-cases"))
    styre_export_meeting_document (widget, self->store, a,
                                   STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES, FALSE);
  else if (g_str_equal (what, "notice-public"))
    styre_export_meeting_document (widget, self->store, a, STYRE_MEETING_DOCUMENT_NOTICE, TRUE);
  else if (g_str_equal (what, "minutes"))
    styre_export_meeting_document (widget, self->store, a, STYRE_MEETING_DOCUMENT_MINUTES, FALSE);
  else if (g_str_equal (what, "minutes-public"))
    styre_export_meeting_document (widget, self->store, a, STYRE_MEETING_DOCUMENT_MINUTES, TRUE);
  else if (g_str_equal (what, "board-pack"))
    styre_export_meeting_document (widget, self->store, a, STYRE_MEETING_DOCUMENT_BOARD_PACK,
                                   FALSE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  StyreMeetingDocument kind = STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES;
  g_autoptr(StyreDocument) doc = NULL;

  if (agenda (self) == NULL)
    return;
  if (g_str_equal (what, "minutes"))
    kind = STYRE_MEETING_DOCUMENT_MINUTES;
  else if (g_str_equal (what, "board-pack"))
    kind = STYRE_MEETING_DOCUMENT_BOARD_PACK;
  doc = styre_document_new_for_meeting (agenda (self), kind, FALSE);
  styre_chart_view_attach (doc, self->store);
  styre_print_document (widget, self->store, doc, "meeting", self->meeting_id,
                        styre_meeting_document_id (kind), FALSE);
}

/* F5 and the Project button: the meeting on the projector (issue 6). */
static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StyreMeetingView *self = STYRE_MEETING_VIEW (widget);

  if (self->meeting_id <= 0)
    return;
  styre_agenda_item_editor_flush (self->item_editor);
  styre_meeting_details_flush (self->details);
  gtk_widget_activate_action (widget, "win.project-meeting", "x", self->meeting_id);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_meeting_view_dispose (GObject *object)
{
  StyreMeetingView *self = (StyreMeetingView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (styre_meeting_view_parent_class)->dispose (object);

  g_clear_pointer (&self->context, styre_meeting_context_unref);
}

static void
styre_meeting_view_class_init (StyreMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_meeting_view_dispose;

  /**
   * StyreMeetingView::back:
   *
   * The person goes back to the list of meetings (or the meeting is gone).
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);
  /**
   * StyreMeetingView::loaded:
   *
   * The meeting was read (again) and is shown.
   */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (STYRE_TYPE_MEETING_DETAILS);
  g_type_ensure (STYRE_TYPE_AGENDA_ITEM_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, state_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, advance_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, documents_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, more_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, agenda_scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, timing_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, add_item_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, add_item_popover);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, new_item_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, new_item_type);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, details);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingView, item_editor);

  gtk_widget_class_install_action (widget_class, "meeting.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "meeting.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "meeting.send-update", NULL, send_update_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "meeting.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", "s", print_action);
  gtk_widget_class_install_action (widget_class, "meeting.project", NULL, project_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "meeting.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "meeting.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "meeting.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "meeting.project", NULL);
}

static void
styre_meeting_view_init (StyreMeetingView *self)
{
  g_autoptr(GtkStringList) types = styre_vocabulary_string_list (STYRE_VOCAB_ITEM_TYPE);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->new_item_type, G_LIST_MODEL (types));
  g_signal_connect_swapped (self->agenda_list, "row-selected", G_CALLBACK (row_selected_cb), self);
}

/**
 * styre_meeting_view_show_meeting:
 *
 * Reads meeting @meeting_id of @store on a worker thread and shows it.
 */
void
styre_meeting_view_show_meeting (StyreMeetingView *self,
                                 StyreStore       *store,
                                 gint64            meeting_id)
{
  g_return_if_fail (STYRE_IS_MEETING_VIEW (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  if (self->meeting_id != meeting_id || self->store != store)
    {
      g_clear_pointer (&self->context, styre_meeting_context_unref);
      self->selected_item = 0;
    }
  g_set_object (&self->store, store);
  self->meeting_id = meeting_id;
  load (self);
}

/**
 * styre_meeting_view_reload:
 *
 * Reads the meeting again (the file changed), keeping the selection, the scroll position
 * and what is being typed.
 */
void
styre_meeting_view_reload (StyreMeetingView *self)
{
  g_return_if_fail (STYRE_IS_MEETING_VIEW (self));
  load (self);
}

gint64
styre_meeting_view_get_meeting_id (StyreMeetingView *self)
{
  g_return_val_if_fail (STYRE_IS_MEETING_VIEW (self), 0);
  return self->meeting_id;
}

/**
 * styre_meeting_view_get_agenda:
 *
 * Returns: (transfer none) (nullable): the agenda as last read
 */
StyreAgenda *
styre_meeting_view_get_agenda (StyreMeetingView *self)
{
  g_return_val_if_fail (STYRE_IS_MEETING_VIEW (self), NULL);
  return agenda (self);
}

/**
 * styre_meeting_view_select_item:
 * @item_id: an item, or 0 for the meeting's details
 */
void
styre_meeting_view_select_item (StyreMeetingView *self,
                                gint64            item_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (STYRE_IS_MEETING_VIEW (self));

  if ((row = row_for_item (self, item_id)) != NULL)
    gtk_list_box_select_row (self->agenda_list, row);
}

gint64
styre_meeting_view_get_selected_item (StyreMeetingView *self)
{
  g_return_val_if_fail (STYRE_IS_MEETING_VIEW (self), 0);
  return self->selected_item;
}

/**
 * styre_meeting_view_get_item_editor:
 *
 * Returns: (transfer none): the editor of the selected item
 */
GtkWidget *
styre_meeting_view_get_item_editor (StyreMeetingView *self)
{
  g_return_val_if_fail (STYRE_IS_MEETING_VIEW (self), NULL);
  return GTK_WIDGET (self->item_editor);
}
