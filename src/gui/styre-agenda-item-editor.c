/* styre-agenda-item-editor.c — one agenda item: its case presentation and its minutes
 *
 * Preparation: title, type, presenter, planned minutes, public access with the legal
 * basis, the saksframlegg (summary, background, assessment) in Markdown with a preview,
 * the proposed decision as numbered points, and what the item links to: initiatives,
 * dashboard views, attachments and guests.
 *
 * Minutes: one-click outcomes ("Adopted as Proposed" copies the proposal, "Noted"), an
 * amended decision shown as its difference from the proposal, the statement for the
 * record, the discussion, actions with owner and due date, the gate decision on a linked
 * initiative, and the time the item took.
 *
 * Fields are saved as you type (StyreRowBinding); links, actions and decisions are saved
 * when added. Everything goes through worker threads; conflicts are merged or asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-agenda-item-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-agenda-item-editor.h"
#include "styre-window.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-row-binding.h"
#include "styre-text.h"

struct _StyreAgendaItemEditor
{
  AdwBin               parent_instance;

  StyreMeetingContext *context;
  StyreRowBinding     *editor;
  gint64               item_id;
  gint64               follow_up_added;  /* the item given an action by the switch, until
                                            it is read again with it */
  gboolean             bound;
  gboolean             updating_points;
  GArray              *presenter_ids;
  GtkStringList       *presenter_model;

  GtkScrolledWindow   *scroller;
  GtkLabel            *case_label;
  GtkEntry            *title_entry;
  GtkButton           *delete_button;
  GtkLabel            *summary_label;
  GtkLabel            *invalid_label;
  GtkStack            *mode_stack;
  AdwComboRow         *type_row;
  AdwComboRow         *presenter_row;
  AdwEntryRow         *presenter_text_row;
  AdwActionRow        *minutes_row;
  GtkSpinButton       *minutes_spin;
  GtkSwitch           *exempt_switch;
  AdwEntryRow         *legal_basis_row;
  GtkMenuButton       *legal_basis_button;
  GtkToggleButton     *preview_button;
  GtkBox              *sections_box;
  GtkListBox          *points_list;
  GtkButton           *add_point_button;
  GtkBox              *links_box;
  GtkLabel            *minutes_hint;
  GtkBox              *outcome_box;
  GtkButton           *adopt_button;
  GtkButton           *noted_button;
  GtkButton           *amend_button;
  GtkDropDown         *outcome_drop_down;
  GtkTextView         *decision_view;
  GtkBox              *diff_box;
  GtkLabel            *diff_label;
  GtkBox              *minutes_sections_box;
  GtkSwitch           *follow_up_switch;
  AdwActionRow        *clock_row;
  GtkButton           *start_button;
  GtkButton           *end_button;
  GtkBox              *actions_box;
  GtkBox              *gate_box;
  GtkBox              *follow_up_box;

  GPtrArray           *previews;        /* of GtkStack: edit or preview, per section */
};

G_DEFINE_FINAL_TYPE (StyreAgendaItemEditor, styre_agenda_item_editor, ADW_TYPE_BIN)

/* The outcomes in the drop-down; "" is "not decided yet". */
static const char * const outcome_ids[] = {
  "", "adopted_as_proposed", "noted", "amended", "postponed", "withdrawn", NULL
};

static StyreAgendaItem *
current_item (StyreAgendaItemEditor *self)
{
  if (self->context == NULL)
    return NULL;
  return styre_agenda_find_item (self->context->agenda, self->item_id);
}

static gboolean
can_edit (StyreAgendaItemEditor *self)
{
  return self->context != NULL && styre_meeting_context_can_edit (self->context);
}

static gboolean
minutes_open (StyreAgendaItemEditor *self)
{
  const char *state = self->context ? self->context->agenda->state : NULL;

  return can_edit (self)
         && (g_strcmp0 (state, "notice_sent") == 0 || g_strcmp0 (state, "held") == 0);
}

static void
toast (StyreAgendaItemEditor *self,
       const char            *message)
{
  styre_meeting_toast (GTK_WIDGET (self), message);
}

/* ── saving links, actions and decisions ─────────────────────────────────────────────── */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(StyreAgendaItemEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_save_change_finish (result, &error);

  if (change == NULL)
    toast (self, error->message);
}

static void
save (StyreAgendaItemEditor *self,
      StyreChange           *change,
      StyreRow              *base)
{
  g_autoptr(StyreChange) owned = change;

  if (self->context == NULL)
    return;
  styre_save_change_async (GTK_WIDGET (self), self->context->store, owned, base,
                           styre_meeting_label_column, NULL, saved_cb, g_object_ref (self));
}

static void
op_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(StyreAgendaItemEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!styre_meeting_run_finish (result, &error))
    toast (self, error->message);
}

/* ── the case presentation ───────────────────────────────────────────────────────────── */

static GtkTextView *
add_text_section (StyreAgendaItemEditor *self,
                  GtkBox                *box,
                  const char            *heading,
                  const char            *column,
                  gboolean               with_preview)
{
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 80);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (box, label);

  if (with_preview)
    {
      GtkWidget *stack = gtk_stack_new ();
      GtkWidget *preview = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (preview), 0);
      gtk_label_set_yalign (GTK_LABEL (preview), 0);
      gtk_label_set_wrap (GTK_LABEL (preview), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (preview), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (preview), TRUE);
      gtk_widget_add_css_class (preview, "card");
      gtk_widget_add_css_class (preview, "markdown-preview");
      gtk_stack_add_named (GTK_STACK (stack), frame, "edit");
      gtk_stack_add_named (GTK_STACK (stack), preview, "preview");
      gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
      g_object_set_data (G_OBJECT (stack), "view", view);
      g_object_set_data (G_OBJECT (stack), "preview", preview);
      g_ptr_array_add (self->previews, stack);
      gtk_box_append (box, stack);
    }
  else
    gtk_box_append (box, frame);

  styre_row_binding_bind_text_view (self->editor, GTK_TEXT_VIEW (view), column);
  return GTK_TEXT_VIEW (view);
}

static void
update_previews (StyreAgendaItemEditor *self)
{
  gboolean preview = gtk_toggle_button_get_active (self->preview_button);

  for (guint i = 0; i < self->previews->len; i++)
    {
      GtkStack *stack = g_ptr_array_index (self->previews, i);
      GtkTextView *view = g_object_get_data (G_OBJECT (stack), "view");
      GtkLabel *label = g_object_get_data (G_OBJECT (stack), "preview");

      if (preview)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
          GtkTextIter start, end;
          g_autofree char *text = NULL;
          g_autofree char *markup = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          markup = styre_markdown_to_pango (text);
          if (*markup == '\0')
            {
              g_free (markup);
              markup = g_markup_printf_escaped ("<i>%s</i>", _("Nothing written yet"));
            }
          gtk_label_set_markup (label, markup);
        }
      gtk_stack_set_visible_child_name (stack, preview ? "preview" : "edit");
    }
}

/* ── the proposed decision as numbered points ────────────────────────────────────────── */

static char *
points_text (StyreAgendaItemEditor *self)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *entry = g_object_get_data (G_OBJECT (row), "entry");
      if (entry != NULL)
        g_ptr_array_add (points, (gpointer) gtk_editable_get_text (GTK_EDITABLE (entry)));
    }
  g_ptr_array_add (points, NULL);
  return styre_decision_points_join ((const char * const *) points->pdata);
}

static void
renumber_points (StyreAgendaItemEditor *self)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *number = g_object_get_data (G_OBJECT (row), "number");
      g_autofree char *text = NULL;

      if (number == NULL)
        continue;
      text = g_strdup_printf ("%u.", ++n);
      gtk_label_set_text (GTK_LABEL (number), text);
    }
}

static void
points_changed (StyreAgendaItemEditor *self)
{
  g_autofree char *text = NULL;
  StyreValue value = { .type = STYRE_VALUE_TEXT };

  if (self->updating_points)
    return;
  text = points_text (self);
  value.s = text;
  self->updating_points = TRUE;
  styre_row_binding_set_value (self->editor, "proposed_decision", &value);
  self->updating_points = FALSE;
}

static GtkWidget *add_point_row (StyreAgendaItemEditor *self,
                                 const char            *text,
                                 GtkWidget             *after);

static void
point_activate_cb (GtkEntry              *entry,
                   StyreAgendaItemEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *next = add_point_row (self, "", row);

  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (next), "entry"));
}

static void
remove_point_cb (GtkButton             *button,
                 StyreAgendaItemEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->points_list, row);
  renumber_points (self);
  points_changed (self);
}

static GtkWidget *
add_point_row (StyreAgendaItemEditor *self,
               const char            *text,
               GtkWidget             *after)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  int position = -1;

  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "point-number");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_editable (GTK_EDITABLE (entry), can_edit (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Point of the proposed decision"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Point"));
  gtk_widget_set_sensitive (remove, can_edit (self));
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (box, "point-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (row), "number", number);

  g_signal_connect_swapped (entry, "changed", G_CALLBACK (points_changed), self);
  g_signal_connect (entry, "activate", G_CALLBACK (point_activate_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_point_cb), self);

  if (after != NULL)
    position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (after)) + 1;
  gtk_list_box_insert (self->points_list, row, position);
  renumber_points (self);
  return row;
}

/* The record editor shows the stored proposal: the points are rebuilt from it unless
 * they already say the same (the person may be typing in one). */
static void
show_points (GtkWidget        *widget,
             const StyreValue *value,
             gpointer          user_data)
{
  StyreAgendaItemEditor *self = user_data;
  const char *text = value && value->type == STYRE_VALUE_TEXT ? value->s : "";
  g_autofree char *now = points_text (self);
  g_auto(GStrv) points = NULL;
  GtkWidget *child;

  if (self->updating_points
      || (g_strcmp0 (now, text) == 0
          && gtk_widget_get_first_child (GTK_WIDGET (self->points_list)) != NULL))
    return;
  self->updating_points = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->points_list))) != NULL)
    gtk_list_box_remove (self->points_list, child);
  points = styre_decision_points_split (text);
  for (guint i = 0; points[i] != NULL; i++)
    add_point_row (self, points[i], NULL);
  if (points[0] == NULL)
    add_point_row (self, "", NULL);
  self->updating_points = FALSE;
}

static void
add_point_clicked_cb (StyreAgendaItemEditor *self)
{
  GtkWidget *last = NULL;
  GtkWidget *row;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->points_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    last = child;
  row = add_point_row (self, "", last);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "entry"));
}

/* ── public access ───────────────────────────────────────────────────────────────────── */

static void
show_exempt (GtkWidget        *widget,
             const StyreValue *value,
             gpointer          user_data)
{
  StyreAgendaItemEditor *self = user_data;
  gboolean exempt = value && value->type == STYRE_VALUE_TEXT && g_str_equal (value->s, "exempt");

  gtk_switch_set_active (GTK_SWITCH (widget), exempt);
  gtk_widget_set_visible (GTK_WIDGET (self->legal_basis_row), exempt);
}

static void
exempt_changed_cb (StyreAgendaItemEditor *self)
{
  gboolean exempt = gtk_switch_get_active (self->exempt_switch);
  StyreValue value = { .type = STYRE_VALUE_TEXT, .s = (char *) (exempt ? "exempt" : "open") };

  gtk_widget_set_visible (GTK_WIDGET (self->legal_basis_row), exempt);
  styre_row_binding_set_value (self->editor, "confidentiality", &value);
  if (exempt && gtk_editable_get_text (GTK_EDITABLE (self->legal_basis_row))[0] == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->legal_basis_row));
}

static void
legal_basis_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StyreAgendaItemEditor *self = STYRE_AGENDA_ITEM_EDITOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->legal_basis_row),
                         g_variant_get_string (parameter, NULL));
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return *stripped == '\0';
}

static const char *
text_of (const StyreValue *value)
{
  return value && value->type == STYRE_VALUE_TEXT ? value->s : NULL;
}

/* What the file would refuse, said before saving. */
static char *
validate_item (StyreChange *change,
               StyreRow    *row,
               gpointer     user_data)
{
  StyreAgendaItemEditor *self = user_data;
  const StyreValue *title = styre_change_lookup (change, "title");
  const char *confidentiality = text_of (styre_row_binding_get_value (self->editor,
                                                                      "confidentiality"));
  const char *basis = text_of (styre_row_binding_get_value (self->editor, "legal_basis"));

  if (title != NULL && is_blank (text_of (title)))
    return g_strdup (_("The item needs a title."));
  if (g_strcmp0 (confidentiality, "exempt") == 0 && is_blank (basis))
    return g_strdup (_("Write or choose the legal basis for exempting the item, e.g. "
                       "“offl. § 14”."));
  return NULL;
}

static void
invalid_cb (StyreAgendaItemEditor *self,
            const char            *message)
{
  gtk_label_set_text (self->invalid_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->invalid_label), message != NULL);
}

static void
save_failed_cb (StyreAgendaItemEditor *self,
                const char            *message)
{
  toast (self, message);
}

/* ── links: initiatives, views, attachments, guests ──────────────────────────────────── */

static GtkWidget *
group_new (GtkBox      *parent,
           const char  *title,
           const char  *description,
           GtkWidget  **list_out,
           GtkWidget   *header_suffix)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header), label);
  if (header_suffix != NULL)
    gtk_box_append (GTK_BOX (header), header_suffix);
  gtk_box_append (GTK_BOX (box), header);
  if (description != NULL)
    {
      GtkWidget *desc = gtk_label_new (description);
      gtk_label_set_xalign (GTK_LABEL (desc), 0);
      gtk_label_set_wrap (GTK_LABEL (desc), TRUE);
      gtk_widget_add_css_class (desc, "dim-label");
      gtk_widget_add_css_class (desc, "caption");
      gtk_box_append (GTK_BOX (box), desc);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (parent, box);
  *list_out = list;
  return box;
}

static void
add_placeholder (GtkWidget  *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label);
}

static void
remove_clicked_cb (GtkButton             *button,
                   StyreAgendaItemEditor *self)
{
  const char *table = g_object_get_data (G_OBJECT (button), "table");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  gint64 version = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "version"));

  save (self, styre_change_new_delete (table, id, version), NULL);
}

static GtkWidget *
link_row (StyreAgendaItemEditor *self,
          const char            *title,
          const char            *subtitle,
          const char            *table,
          gint64                 id,
          gint64                 version)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_set_sensitive (remove, can_edit (self));
  g_object_set_data_full (G_OBJECT (remove), "table", g_strdup (table), g_free);
  g_object_set_data (G_OBJECT (remove), "id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (remove), "version", GSIZE_TO_POINTER ((gsize) version));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
link_initiative (StyreAgendaItemEditor *self,
                 gint64                 id)
{
  StyreAgendaItem *item = current_item (self);
  StyreChange *change;

  if (item == NULL)
    return;
  for (guint i = 0; i < item->initiatives->len; i++)
    if (((StyreItemInitiative *) item->initiatives->pdata[i])->initiative_id == id)
      return;
  change = styre_change_new_insert ("agenda_item_initiative");
  styre_change_set_int (change, "agenda_item_id", item->id);
  styre_change_set_int (change, "initiative_id", id);
  save (self, change, NULL);
}

static void
add_guest (StyreAgendaItemEditor *self,
           gint64                 id)
{
  StyreAgendaItem *item = current_item (self);
  StyreChange *change;

  if (item == NULL)
    return;
  for (guint i = 0; i < item->guests->len; i++)
    if (((StyreItemGuest *) item->guests->pdata[i])->person_id == id)
      return;
  change = styre_change_new_insert ("agenda_item_guest");
  styre_change_set_int (change, "agenda_item_id", item->id);
  styre_change_set_int (change, "person_id", id);
  save (self, change, NULL);
}

static void
initiative_activated_cb (AdwActionRow *row,
                         gpointer      user_data)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "initiative"));

  /* The window opens it in the Portfolio page. */
  gtk_widget_activate_action (GTK_WIDGET (row), "win.show-initiative", "x", id);
}

/* ── attachments ─────────────────────────────────────────────────────────────────────── */

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(StyreAgendaItemEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      /* Translators: %s says why, e.g. "No such file" */
      g_autofree char *message = g_strdup_printf (_("The attachment could not be opened: %s"),
                                                  error->message);
      toast (self, message);
    }
}

/* A location as stored: a URL, an absolute path, or a path relative to the file's folder. */
static char *
attachment_uri (StyreAgendaItemEditor *self,
                const char            *location)
{
  g_autofree char *scheme = g_uri_parse_scheme (location);
  g_autoptr(GFile) file = NULL;

  if (scheme != NULL && strlen (scheme) > 1)
    return g_strdup (location);
  if (g_path_is_absolute (location))
    file = g_file_new_for_path (location);
  else
    {
      g_autofree char *folder = g_path_get_dirname (styre_store_get_path (self->context->store));
      g_autofree char *path = g_build_filename (folder, location, NULL);
      file = g_file_new_for_path (path);
    }
  return g_file_get_uri (file);
}

static void
open_attachment_cb (GtkButton             *button,
                    StyreAgendaItemEditor *self)
{
  const char *location = g_object_get_data (G_OBJECT (button), "location");
  g_autofree char *uri = attachment_uri (self, location);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, launched_cb, g_object_ref (self));
}

static void
add_attachment (StyreAgendaItemEditor *self,
                const char            *title,
                const char            *location)
{
  StyreAgendaItem *item = current_item (self);
  StyreChange *change;

  if (item == NULL)
    return;
  change = styre_change_new_insert ("attachment");
  styre_change_set_int (change, "agenda_item_id", item->id);
  styre_change_set_int (change, "position", (gint64) item->attachments->len);
  styre_change_set_text (change, "title", title);
  styre_change_set_text (change, "location", location);
  save (self, change, NULL);
}

static void
file_chosen_cb (GtkNativeDialog       *dialog,
                int                    response,
                StyreAgendaItemEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *basename = NULL;
  char *dot;

  if (response == GTK_RESPONSE_ACCEPT && self->context != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (styre_store_get_path (self->context->store));

      /* Beside the .styre file: kept relative, so the share can be mounted anywhere. */
      folder = g_file_new_for_path (dir);
      relative = g_file_get_relative_path (folder, file);
      basename = g_file_get_basename (file);
      if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
        *dot = '\0';
      add_attachment (self, basename, relative ? relative : path);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_file_clicked_cb (StyreAgendaItemEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (_("Add Attachment"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
add_link_clicked_cb (GtkButton             *button,
                     StyreAgendaItemEditor *self)
{
  GtkEditable *title = g_object_get_data (G_OBJECT (button), "title");
  GtkEditable *url = g_object_get_data (G_OBJECT (button), "url");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  g_autofree char *t = g_strstrip (g_strdup (gtk_editable_get_text (title)));
  g_autofree char *u = g_strstrip (g_strdup (gtk_editable_get_text (url)));

  if (*u == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (url));
      return;
    }
  add_attachment (self, *t != '\0' ? t : u, u);
  gtk_editable_set_text (title, "");
  gtk_editable_set_text (url, "");
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
add_link_button (StyreAgendaItemEditor *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_entry_new ();
  GtkWidget *url = gtk_entry_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Link"));
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "insert-link-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _Link…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, can_edit (self));
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Title"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (url), _("Address (https://…) or path"));
  gtk_widget_set_size_request (url, 320, -1);
  gtk_entry_set_activates_default (GTK_ENTRY (url), TRUE);
  gtk_widget_add_css_class (add, "suggested-action");
  g_object_set_data (G_OBJECT (add), "title", title);
  g_object_set_data (G_OBJECT (add), "url", url);
  g_signal_connect (add, "clicked", G_CALLBACK (add_link_clicked_cb), self);
  g_signal_connect_swapped (url, "activate", G_CALLBACK (gtk_widget_activate), add);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), url);
  gtk_box_append (GTK_BOX (box), add);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

/* ── dashboard views ─────────────────────────────────────────────────────────────────── */

static const char *
drop_down_string (GtkDropDown *drop_down)
{
  GObject *item = gtk_drop_down_get_selected_item (drop_down);

  return item ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;
}

static void
add_view_clicked_cb (GtkButton             *button,
                     StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  GtkDropDown *chart = g_object_get_data (G_OBJECT (button), "chart");
  GtkDropDown *agency = g_object_get_data (G_OBJECT (button), "agency");
  GtkDropDown *focus = g_object_get_data (G_OBJECT (button), "focus");
  GtkEditable *as_of = g_object_get_data (G_OBJECT (button), "as-of");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  const char * const *charts = styre_agenda_chart_ids ();
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  g_autofree char *filters = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (as_of);
  StyreChange *change;

  if (item == NULL)
    return;
  if (!is_blank (text) && !styre_parse_date (text, &date, &error))
    {
      toast (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (as_of));
      return;
    }
  if (gtk_drop_down_get_selected (agency) > 0)
    {
      g_ptr_array_add (pairs, (gpointer) "agency");
      g_ptr_array_add (pairs, (gpointer) drop_down_string (agency));
    }
  if (gtk_drop_down_get_selected (focus) > 0)
    {
      g_ptr_array_add (pairs, (gpointer) "focus_area");
      g_ptr_array_add (pairs, (gpointer) drop_down_string (focus));
    }
  filters = styre_json_write_flat_object (pairs);

  change = styre_change_new_insert ("agenda_item_view");
  styre_change_set_int (change, "agenda_item_id", item->id);
  styre_change_set_int (change, "position", (gint64) item->views->len);
  styre_change_set_text (change, "chart", charts[gtk_drop_down_get_selected (chart)]);
  styre_change_set_text (change, "filters", filters);
  if (date != NULL)
    styre_change_set_text (change, "as_of", date);
  save (self, change, NULL);
  gtk_editable_set_text (as_of, "");
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), widget);
  gtk_widget_add_css_class (l, "caption-heading");
  gtk_box_append (GTK_BOX (box), l);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static GtkWidget *
add_view_button (StyreAgendaItemEditor *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkStringList *charts = gtk_string_list_new (NULL);
  GtkStringList *agencies = gtk_string_list_new (NULL);
  GtkStringList *focus_areas = gtk_string_list_new (NULL);
  GtkWidget *chart, *agency, *focus;
  GtkWidget *as_of = gtk_entry_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add View"));
  GtkWidget *content = adw_button_content_new ();
  const char * const *ids = styre_agenda_chart_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (charts, styre_agenda_chart_label (ids[i]));
  gtk_string_list_append (agencies, _("All agencies"));
  for (guint i = 0; i < self->context->agencies->len; i++)
    gtk_string_list_append (agencies, ((StyreOption *) self->context->agencies->pdata[i])->name);
  gtk_string_list_append (focus_areas, _("All focus areas"));
  for (guint i = 0; i < self->context->focus_areas->len; i++)
    gtk_string_list_append (focus_areas,
                            ((StyreOption *) self->context->focus_areas->pdata[i])->name);
  chart = gtk_drop_down_new (G_LIST_MODEL (charts), NULL);
  agency = gtk_drop_down_new (G_LIST_MODEL (agencies), NULL);
  focus = gtk_drop_down_new (G_LIST_MODEL (focus_areas), NULL);

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _View…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, can_edit (self));
  gtk_entry_set_placeholder_text (GTK_ENTRY (as_of), _("As the portfolio stands"));
  gtk_widget_add_css_class (add, "suggested-action");
  g_object_set_data (G_OBJECT (add), "chart", chart);
  g_object_set_data (G_OBJECT (add), "agency", agency);
  g_object_set_data (G_OBJECT (add), "focus", focus);
  g_object_set_data (G_OBJECT (add), "as-of", as_of);
  g_signal_connect (add, "clicked", G_CALLBACK (add_view_clicked_cb), self);
  g_signal_connect_swapped (as_of, "activate", G_CALLBACK (gtk_widget_activate), add);

  gtk_box_append (GTK_BOX (box), labelled (_("_Chart"), chart));
  gtk_box_append (GTK_BOX (box), labelled (_("A_gency"), agency));
  gtk_box_append (GTK_BOX (box), labelled (_("_Focus area"), focus));
  gtk_box_append (GTK_BOX (box), labelled (_("As _of (dd.mm.yyyy)"), as_of));
  gtk_box_append (GTK_BOX (box), add);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

static void
rebuild_links (StyreAgendaItemEditor *self,
               StyreAgendaItem       *item)
{
  GtkWidget *child;
  GtkWidget *list;
  GtkWidget *buttons;
  GtkWidget *add_file = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))) != NULL)
    gtk_box_remove (self->links_box, child);

  /* Initiatives: activating one opens it in the Portfolio page. */
  group_new (self->links_box, _("Initiatives"), NULL, &list,
             styre_meeting_chooser_button (_("_Link Initiative…"), self->context->initiatives,
                                           (StyreChosenFunc) link_initiative, self,
                                           can_edit (self), NULL));
  add_placeholder (list, _("The item is not about a particular initiative"));
  for (guint i = 0; i < item->initiatives->len; i++)
    {
      StyreItemInitiative *link = g_ptr_array_index (item->initiatives, i);
      g_autofree char *title = g_strdup_printf ("%s %s", link->code, link->title);
      GtkWidget *row = link_row (self, title,
                                 styre_vocabulary_label (STYRE_VOCAB_PHASE, link->phase),
                                 "agenda_item_initiative", link->id, link->version);
      GtkWidget *go = gtk_image_new_from_icon_name ("go-next-symbolic");

      g_object_set_data (G_OBJECT (row), "initiative", GSIZE_TO_POINTER ((gsize) link->initiative_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), go);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open in the Portfolio"));
      g_signal_connect (row, "activated", G_CALLBACK (initiative_activated_cb), NULL);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  /* Dashboard views shown with the item, in the board pack and on the projector. */
  group_new (self->links_box, _("Dashboard Views"),
             _("Charts shown with the item, in the board pack and on the projector"), &list,
             add_view_button (self));
  add_placeholder (list, _("No charts"));
  for (guint i = 0; i < item->views->len; i++)
    {
      StyreItemView *v = g_ptr_array_index (item->views, i);
      g_autofree char *words = styre_agenda_describe_view (v->chart, v->filters, v->as_of);
      GtkWidget *row = link_row (self, words, NULL, "agenda_item_view", v->id, v->version);

      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  /* Attachments: references to files and addresses, opened with the system's viewer. */
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "document-open-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _File…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add_file), content);
  gtk_widget_add_css_class (add_file, "flat");
  gtk_widget_set_sensitive (add_file, can_edit (self));
  g_signal_connect_swapped (add_file, "clicked", G_CALLBACK (add_file_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), add_file);
  gtk_box_append (GTK_BOX (buttons), add_link_button (self));
  group_new (self->links_box, _("Attachments"), NULL, &list, buttons);
  add_placeholder (list, _("No attachments"));
  for (guint i = 0; i < item->attachments->len; i++)
    {
      StyreItemAttachment *a = g_ptr_array_index (item->attachments, i);
      GtkWidget *row = link_row (self, a->title, a->location, "attachment", a->id, a->version);
      GtkWidget *open = gtk_button_new_from_icon_name ("document-open-symbolic");

      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (open, C_("attachment", "Open"));
      g_object_set_data_full (G_OBJECT (open), "location", g_strdup (a->location), g_free);
      g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), open);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  /* Guests called for this item only. */
  group_new (self->links_box, _("Guests"), NULL, &list,
             styre_meeting_chooser_button (_("Add _Guest…"), self->context->people,
                                           (StyreChosenFunc) add_guest, self, can_edit (self),
                                           self->context->store));
  add_placeholder (list, _("No guests for this item"));
  for (guint i = 0; i < item->guests->len; i++)
    {
      StyreItemGuest *g = g_ptr_array_index (item->guests, i);
      StyreOption *person = styre_options_find (self->context->people, g->person_id);
      GtkWidget *row = link_row (self, g->name, person ? person->detail : NULL,
                                 "agenda_item_guest", g->id, g->version);

      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

/* ── minutes: outcomes, actions, gate decisions, the clock ───────────────────────────── */

static void
adopt_clicked_cb (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  StyreValue decision = { .type = STYRE_VALUE_TEXT };
  StyreValue outcome = { .type = STYRE_VALUE_TEXT, .s = (char *) "adopted_as_proposed" };

  if (item == NULL)
    return;
  /* The proposal as the person sees it now, word for word. */
  decision.s = (char *) text_of (styre_row_binding_get_value (self->editor, "proposed_decision"));
  if (decision.s == NULL)
    decision.s = item->proposed_decision;
  styre_row_binding_set_value (self->editor, "decision", &decision);
  styre_row_binding_set_value (self->editor, "outcome", &outcome);
  styre_row_binding_flush (self->editor);
}

static void
noted_clicked_cb (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  g_autoptr(StyreChange) change = NULL;

  if (item == NULL)
    return;
  /* The same words as the core's "noted" decision. */
  change = styre_agenda_item_take_note (item);
  styre_row_binding_set_value (self->editor, "decision", styre_change_lookup (change, "decision"));
  styre_row_binding_set_value (self->editor, "outcome", styre_change_lookup (change, "outcome"));
  styre_row_binding_flush (self->editor);
}

static void
amend_clicked_cb (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  StyreValue outcome = { .type = STYRE_VALUE_TEXT, .s = (char *) "amended" };
  const char *decision = text_of (styre_row_binding_get_value (self->editor, "decision"));

  if (item == NULL)
    return;
  /* Start from the proposal, so the amendment shows as its difference. */
  if (is_blank (decision))
    {
      StyreValue proposal = { .type = STYRE_VALUE_TEXT, .s = item->proposed_decision };
      styre_row_binding_set_value (self->editor, "decision", &proposal);
    }
  styre_row_binding_set_value (self->editor, "outcome", &outcome);
  gtk_widget_grab_focus (GTK_WIDGET (self->decision_view));
}

static void
update_diff (StyreAgendaItemEditor *self)
{
  const char *outcome = text_of (styre_row_binding_get_value (self->editor, "outcome"));
  const char *proposal = text_of (styre_row_binding_get_value (self->editor, "proposed_decision"));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->decision_view);
  GtkTextIter start, end;
  g_autofree char *decision = NULL;
  gboolean show;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  decision = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  show = g_strcmp0 (outcome, "amended") == 0 && !is_blank (proposal)
         && g_strcmp0 (proposal, decision) != 0;
  gtk_widget_set_visible (GTK_WIDGET (self->diff_box), show);
  if (show)
    {
      g_autofree char *markup = styre_text_diff_markup (proposal, decision);
      gtk_label_set_markup (self->diff_label, markup);
    }
}

static void
stamp_clicked (StyreAgendaItemEditor *self,
               const char            *column)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  StyreValue value = { .type = STYRE_VALUE_TEXT, .s = stamp };

  styre_row_binding_set_value (self->editor, column, &value);
  styre_row_binding_flush (self->editor);
}

static void
start_clicked_cb (StyreAgendaItemEditor *self)
{
  stamp_clicked (self, "actual_start");
}

static void
end_clicked_cb (StyreAgendaItemEditor *self)
{
  stamp_clicked (self, "actual_end");
}

static void
update_clock (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  StyreAgendaItem probe = { 0 };
  g_autofree char *text = NULL;
  int used;

  if (item == NULL)
    return;
  probe.actual_start = (char *) text_of (styre_row_binding_get_value (self->editor, "actual_start"));
  probe.actual_end = (char *) text_of (styre_row_binding_get_value (self->editor, "actual_end"));
  used = styre_agenda_used_minutes (&probe);
  if (used >= 0)
    {
      g_autofree char *from = styre_agenda_format_clock (probe.actual_start);
      g_autofree char *to = styre_agenda_format_clock (probe.actual_end);
      /* Translators: e.g. "09:42–10:05, 23 minutes (20 planned)" */
      text = g_strdup_printf (_("%s–%s, %d min (%d planned)"), from, to, used,
                              item->planned_minutes);
    }
  else if (probe.actual_start != NULL)
    {
      g_autofree char *from = styre_agenda_format_clock (probe.actual_start);
      /* Translators: e.g. "Started 09:42" */
      text = g_strdup_printf (_("Started %s"), from);
    }
  else
    text = g_strdup (_("Not started; the projector’s clock fills this in"));
  adw_action_row_set_subtitle (self->clock_row, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->end_button),
                            minutes_open (self) && probe.actual_start != NULL);
}

static void
show_clock (GtkWidget        *widget,
            const StyreValue *value,
            gpointer          user_data)
{
  update_clock (user_data);
}

static void
show_outcome (GtkWidget        *widget,
              const StyreValue *value,
              gpointer          user_data)
{
  StyreAgendaItemEditor *self = user_data;
  const char *outcome = text_of (value);
  guint selected = 0;

  for (guint i = 0; outcome_ids[i] != NULL; i++)
    if (g_strcmp0 (outcome_ids[i], outcome ? outcome : "") == 0)
      selected = i;
  gtk_drop_down_set_selected (self->outcome_drop_down, selected);
  update_diff (self);
}

static void
outcome_selected_cb (StyreAgendaItemEditor *self)
{
  guint i = gtk_drop_down_get_selected (self->outcome_drop_down);
  StyreValue value = { .type = STYRE_VALUE_NULL };
  const char *now = text_of (styre_row_binding_get_value (self->editor, "outcome"));

  if (i == GTK_INVALID_LIST_POSITION || i >= G_N_ELEMENTS (outcome_ids) - 1)
    return;
  if (g_strcmp0 (now ? now : "", outcome_ids[i]) == 0)
    return;
  if (*outcome_ids[i] != '\0')
    {
      value.type = STYRE_VALUE_TEXT;
      value.s = (char *) outcome_ids[i];
    }
  styre_row_binding_set_value (self->editor, "outcome", &value);
  update_diff (self);
}

/* Actions */

static void
action_status_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  op_done_cb (object, result, user_data);
}

typedef struct
{
  gint64  action_id;
  gint64  version;
  char   *status;
  gint64  meeting_id;
} StatusData;

static void
status_data_free (gpointer data)
{
  StatusData *d = data;

  g_free (d->status);
  g_free (d);
}

static gboolean
set_status_op (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  StatusData *d = data;

  return styre_store_set_action_status (store, d->action_id, d->version, d->status,
                                        d->meeting_id, error);
}

static void
action_status_selected_cb (GtkDropDown           *drop_down,
                           GParamSpec            *pspec,
                           StyreAgendaItemEditor *self)
{
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ACTION_STATUS);
  StyreAgendaAction *a = g_object_get_data (G_OBJECT (drop_down), "action");
  guint i = gtk_drop_down_get_selected (drop_down);
  StatusData *d;

  if (a == NULL || i >= g_strv_length ((char **) ids) || g_str_equal (ids[i], a->status))
    return;
  d = g_new0 (StatusData, 1);
  d->action_id = a->id;
  d->version = a->version;
  d->status = g_strdup (ids[i]);
  /* Closed here: this meeting's follow-up list shows it done. */
  d->meeting_id = self->context->agenda->id;
  styre_meeting_run_async (self, self->context->store, set_status_op, d, status_data_free,
                           action_status_done_cb, g_object_ref (self));
}

/* An action made under @item: on the follow-up list, with the item's access (exempt
 * stays exempt), and the item then asks for follow-up. */
static void
insert_action (StyreAgendaItemEditor *self,
               StyreAgendaItem       *item,
               const char            *title,
               gint64                 owner_id,
               const char            *due_on)
{
  StyreChange *change = styre_change_new_insert ("action_item");

  styre_change_set_int (change, "origin_item_id", item->id);
  styre_change_set_text (change, "title", title);
  if (owner_id > 0)
    styre_change_set_int (change, "owner_id", owner_id);
  if (due_on != NULL)
    styre_change_set_text (change, "due_on", due_on);
  styre_change_set_text (change, "created_on", self->context->today);
  if (item->initiatives->len == 1)
    styre_change_set_int (change, "initiative_id",
                          ((StyreItemInitiative *) item->initiatives->pdata[0])->initiative_id);
  if (g_strcmp0 (item->confidentiality, "exempt") == 0)
    {
      styre_change_set_text (change, "confidentiality", "exempt");
      styre_change_set_text (change, "legal_basis", item->legal_basis);
    }
  save (self, change, NULL);

  if (!item->needs_follow_up)
    {
      StyreValue yes = { .type = STYRE_VALUE_INT, .i = 1 };
      styre_row_binding_set_value (self->editor, "needs_follow_up", &yes);
    }
}

/* "Needs follow-up" switched on for a decision without actions: the follow-up list shows
 * actions, so the decision gets one, owned by the presenter, to be given a date below. */
static void
follow_up_switched_cb (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  g_autofree char *title = NULL;

  /* Switched off and on again before the item is read again: it has its action already. */
  if (item == NULL || !gtk_switch_get_active (self->follow_up_switch) || item->needs_follow_up
      || item->actions->len > 0 || !minutes_open (self) || self->follow_up_added == item->id)
    return;
  self->follow_up_added = item->id;
  /* Translators: an action made when a decision is marked as needing follow-up; %s is the
   * agenda item's title */
  title = g_strdup_printf (_("Follow up the decision: %s"), item->title);
  insert_action (self, item, title, item->presenter_id, NULL);
  toast (self, _("The decision is on the follow-up list; give its action a due date below."));
}

static void
add_action_clicked_cb (GtkButton             *button,
                       StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  GtkEditable *title = g_object_get_data (G_OBJECT (button), "title");
  GtkDropDown *owner = g_object_get_data (G_OBJECT (button), "owner");
  GtkEditable *due = g_object_get_data (G_OBJECT (button), "due");
  GArray *owner_ids = g_object_get_data (G_OBJECT (button), "owner-ids");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (title)));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  guint o = gtk_drop_down_get_selected (owner);

  if (item == NULL)
    return;
  if (*text == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (title));
      return;
    }
  if (!is_blank (gtk_editable_get_text (due))
      && !styre_parse_date (gtk_editable_get_text (due), &date, &error))
    {
      toast (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (due));
      return;
    }

  insert_action (self, item, text,
                 o != GTK_INVALID_LIST_POSITION && o < owner_ids->len
                 ? g_array_index (owner_ids, gint64, o) : 0,
                 date);
  gtk_editable_set_text (title, "");
  gtk_editable_set_text (due, "");
  gtk_widget_grab_focus (GTK_WIDGET (title));
}

static void
rebuild_actions (StyreAgendaItemEditor *self,
                 StyreAgendaItem       *item)
{
  GtkWidget *child, *list, *form, *title, *owner, *due, *add;
  g_autoptr(GtkStringList) owners = NULL;
  GArray *owner_ids = NULL;
  gboolean open = minutes_open (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box))) != NULL)
    gtk_box_remove (self->actions_box, child);

  group_new (self->actions_box, _("Actions"),
             _("What is to be done, by whom and when; they go on the follow-up list"),
             &list, NULL);
  add_placeholder (list, _("No actions"));
  for (guint i = 0; i < item->actions->len; i++)
    {
      StyreAgendaAction *a = g_ptr_array_index (item->actions, i);
      g_autofree char *due_text = a->due_on ? styre_format_date (a->due_on) : NULL;
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", a->owner_name ? a->owner_name : "",
                                                   due_text ? " · " : "",
                                                   due_text ? due_text : "");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_ACTION_STATUS)), NULL);
      const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ACTION_STATUS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      for (guint k = 0; ids[k] != NULL; k++)
        if (g_str_equal (ids[k], a->status))
          gtk_drop_down_set_selected (GTK_DROP_DOWN (status), k);
      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (status, can_edit (self));
      gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Status"), -1);
      g_object_set_data (G_OBJECT (status), "action", a);
      g_signal_connect (status, "notify::selected", G_CALLBACK (action_status_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  form = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (form), 6);
  gtk_grid_set_column_spacing (GTK_GRID (form), 6);
  title = gtk_entry_new ();
  owners = styre_options_string_list (self->context->people, _("No owner"), &owner_ids);
  owner = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (owners)), NULL);
  due = gtk_entry_new ();
  add = gtk_button_new_with_mnemonic (_("Add _Action"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("What is to be done"));
  gtk_widget_set_hexpand (title, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (due), _("Due dd.mm.yyyy"));
  gtk_editable_set_width_chars (GTK_EDITABLE (due), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New action"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (owner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Owner"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (due), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Due date"), -1);
  /* The presenter usually owns what comes of the item. */
  for (guint i = 0; i < owner_ids->len; i++)
    if (item->presenter_id > 0 && g_array_index (owner_ids, gint64, i) == item->presenter_id)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (owner), i);
  g_object_set_data (G_OBJECT (add), "title", title);
  g_object_set_data (G_OBJECT (add), "owner", owner);
  g_object_set_data (G_OBJECT (add), "due", due);
  g_object_set_data_full (G_OBJECT (add), "owner-ids", owner_ids, (GDestroyNotify) g_array_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (add_action_clicked_cb), self);
  g_signal_connect_swapped (title, "activate", G_CALLBACK (gtk_widget_activate), add);
  g_signal_connect_swapped (due, "activate", G_CALLBACK (gtk_widget_activate), add);
  /* Two rows, so the form fits a narrow pane. */
  gtk_grid_attach (GTK_GRID (form), title, 0, 0, 2, 1);
  gtk_grid_attach (GTK_GRID (form), add, 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (form), owner, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (form), due, 1, 1, 1, 1);
  gtk_widget_set_halign (due, GTK_ALIGN_START);
  gtk_widget_set_sensitive (form, open);
  gtk_box_append (self->actions_box, form);
}

typedef struct
{
  gint64  item_id;
  gint64  initiative_id;
  char   *gate;
  char   *outcome;
  char   *conditions;
} GateData;

static void
gate_data_free (gpointer data)
{
  GateData *d = data;

  g_free (d->gate);
  g_free (d->outcome);
  g_free (d->conditions);
  g_free (d);
}

static gboolean
record_gate_op (StyreStore  *store,
                gpointer     data,
                GError     **error)
{
  GateData *d = data;

  return styre_store_record_gate_decision (store, d->item_id, d->initiative_id, d->gate,
                                           d->outcome, d->conditions, error);
}

static void
record_gate_clicked_cb (GtkButton             *button,
                        StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  GtkDropDown *initiative = g_object_get_data (G_OBJECT (button), "initiative");
  GtkDropDown *gate = g_object_get_data (G_OBJECT (button), "gate");
  GtkDropDown *outcome = g_object_get_data (G_OBJECT (button), "outcome");
  GtkEditable *conditions = g_object_get_data (G_OBJECT (button), "conditions");
  GateData *d;

  if (item == NULL || item->initiatives->len == 0)
    return;
  d = g_new0 (GateData, 1);
  d->item_id = item->id;
  d->initiative_id = ((StyreItemInitiative *) item->initiatives->pdata[
                        MIN (gtk_drop_down_get_selected (initiative), item->initiatives->len - 1)])->initiative_id;
  d->gate = g_strdup (styre_vocabulary_ids (STYRE_VOCAB_GATE)[gtk_drop_down_get_selected (gate)]);
  d->outcome = g_strdup (styre_vocabulary_ids (STYRE_VOCAB_GATE_OUTCOME)[gtk_drop_down_get_selected (outcome)]);
  d->conditions = g_strdup (gtk_editable_get_text (conditions));
  styre_meeting_run_async (self, self->context->store, record_gate_op, d, gate_data_free,
                           op_done_cb, g_object_ref (self));
}

/* The gate named in the item's title ("BP3 for …"), or the first. */
static guint
guess_gate (const char *title)
{
  const char * const *gates = styre_vocabulary_ids (STYRE_VOCAB_GATE);

  for (guint i = 0; gates[i] != NULL; i++)
    if (title != NULL && strstr (title, gates[i]) != NULL)
      return i;
  return 0;
}

static void
rebuild_gate (StyreAgendaItemEditor *self,
              StyreAgendaItem       *item)
{
  GtkWidget *child, *list, *form, *initiative, *gate, *outcome, *conditions, *record;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->gate_box))) != NULL)
    gtk_box_remove (self->gate_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->gate_box),
                          item->initiatives->len > 0 || item->gate_decisions->len > 0);
  if (item->initiatives->len == 0 && item->gate_decisions->len == 0)
    return;

  group_new (self->gate_box, _("Gate Decision"),
             _("Written onto the initiative: the decision, its phase, and the milestone"),
             &list, NULL);
  add_placeholder (list, _("No gate decision recorded"));
  for (guint i = 0; i < item->gate_decisions->len; i++)
    {
      StyreItemGateDecision *d = g_ptr_array_index (item->gate_decisions, i);
      g_autofree char *title = g_strdup_printf ("%s %s: %s", d->initiative_code, d->gate,
                                                styre_vocabulary_label (STYRE_VOCAB_GATE_OUTCOME,
                                                                        d->outcome));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (d->conditions != NULL && *d->conditions != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), d->conditions);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  for (guint i = 0; i < item->initiatives->len; i++)
    gtk_string_list_append (names, ((StyreItemInitiative *) item->initiatives->pdata[i])->code);
  form = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (form), 6);
  gtk_grid_set_column_spacing (GTK_GRID (form), 6);
  initiative = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gate = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_GATE)), NULL);
  outcome = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_GATE_OUTCOME)), NULL);
  conditions = gtk_entry_new ();
  record = gtk_button_new_with_mnemonic (_("_Record"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gate), guess_gate (item->title));
  gtk_entry_set_placeholder_text (GTK_ENTRY (conditions), _("Conditions"));
  gtk_widget_set_hexpand (conditions, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (initiative), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Initiative"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gate), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decision point"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (outcome), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outcome"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (conditions), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Conditions"), -1);
  g_object_set_data (G_OBJECT (record), "initiative", initiative);
  g_object_set_data (G_OBJECT (record), "gate", gate);
  g_object_set_data (G_OBJECT (record), "outcome", outcome);
  g_object_set_data (G_OBJECT (record), "conditions", conditions);
  g_signal_connect (record, "clicked", G_CALLBACK (record_gate_clicked_cb), self);
  gtk_grid_attach (GTK_GRID (form), initiative, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (form), gate, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (form), outcome, 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (form), conditions, 0, 1, 3, 1);
  gtk_grid_attach (GTK_GRID (form), record, 3, 1, 1, 1);
  gtk_widget_set_sensitive (form, minutes_open (self) && item->initiatives->len > 0);
  gtk_box_append (self->gate_box, form);
}

/* The follow-up item lists what is open from the forum's earlier meetings; an action
 * marked done here is closed in this meeting. */
static void
rebuild_follow_up (StyreAgendaItemEditor *self,
                   StyreAgendaItem       *item)
{
  GPtrArray *actions = self->context->agenda->follow_up;
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ACTION_STATUS);
  GtkWidget *child, *list;
  gboolean show = g_strcmp0 (item->standing_kind, "follow_up") == 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->follow_up_box))) != NULL)
    gtk_box_remove (self->follow_up_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_box), show);
  if (!show)
    return;

  group_new (self->follow_up_box, _("Follow-up List"),
             _("Actions from the forum’s earlier meetings that were open when this meeting "
               "began; one marked done here is closed in this meeting"), &list, NULL);
  add_placeholder (list, _("Nothing to follow up"));
  for (guint i = 0; i < actions->len; i++)
    {
      StyreAgendaAction *a = g_ptr_array_index (actions, i);
      g_autofree char *due = a->due_on ? styre_format_date (a->due_on) : NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_ACTION_STATUS)), NULL);

      if (a->origin_case_number != NULL)
        /* Translators: where an action came from, e.g. "Case 12/26" */
        g_string_append_printf (subtitle, _("Case %s"), a->origin_case_number);
      if (a->owner_name != NULL)
        g_string_append_printf (subtitle, "%s%s", subtitle->len ? " · " : "", a->owner_name);
      if (due != NULL)
        /* Translators: an action's due date, e.g. "due 15.11.2026" */
        g_string_append_printf (subtitle, _("%sdue %s"), subtitle->len ? " · " : "", due);
      if (a->overdue)
        g_string_append_printf (subtitle, " · %s", _("Overdue"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      if (a->overdue)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "overdue");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      for (guint k = 0; ids[k] != NULL; k++)
        if (g_str_equal (ids[k], a->status))
          gtk_drop_down_set_selected (GTK_DROP_DOWN (status), k);
      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (status, minutes_open (self));
      gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Status"), -1);
      g_object_set_data (G_OBJECT (status), "action", a);
      g_signal_connect (status, "notify::selected", G_CALLBACK (action_status_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}

/* ── removing the item ───────────────────────────────────────────────────────────────── */

static void
delete_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);

  if (g_strcmp0 (response, "delete") != 0 || item == NULL)
    return;
  save (self, styre_change_new_delete ("agenda_item", item->id, item->version), NULL);
}

/* Only from a draft: once the notice is sent an item is withdrawn in the minutes, so the
 * record keeps its case number. */
static void
delete_clicked_cb (StyreAgendaItemEditor *self)
{
  StyreAgendaItem *item = current_item (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (item == NULL)
    return;
  heading = g_strdup_printf (_("Remove “%s”?"), item->title);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The item is removed from the agenda with its case "
                                     "presentation, links and attachments."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── showing an item ─────────────────────────────────────────────────────────────────── */

static void
update_summary (StyreAgendaItemEditor *self,
                StyreAgendaItem       *item)
{
  g_autofree char *start = styre_agenda_format_minute (item->planned_start);
  g_autofree char *end = styre_agenda_format_minute (item->planned_end);
  g_autoptr(GString) text = g_string_new (NULL);

  if (item->standing_kind != NULL)
    g_string_append_printf (text, "%s · ", styre_vocabulary_label (STYRE_VOCAB_STANDING_KIND,
                                                                   item->standing_kind));
  /* Translators: an item's planned time, e.g. "Planned 09:40–10:00" */
  g_string_append_printf (text, _("Planned %s–%s"), start, end);
  if (g_strcmp0 (item->confidentiality, "exempt") == 0)
    {
      /* Translators: %s is the legal basis */
      g_string_append (text, " · ");
      g_string_append_printf (text, _("Exempt from public access, %s"),
                              item->legal_basis ? item->legal_basis : "");
    }
  gtk_label_set_text (self->summary_label, text->str);
  gtk_label_set_text (self->case_label, item->case_number ? item->case_number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->case_label), item->case_number != NULL);
  {
    g_autofree char *subtitle = g_strdup_printf ("%s–%s", start, end);
    adw_action_row_set_subtitle (self->minutes_row, subtitle);
  }
}

static void
update_minutes_state (StyreAgendaItemEditor *self)
{
  const char *state = self->context->agenda->state;
  gboolean open = minutes_open (self);

  if (g_str_equal (state, "draft"))
    gtk_label_set_text (self->minutes_hint, _("The minutes are written once the notice has been "
                                              "sent."));
  else if (styre_agenda_is_locked (self->context->agenda))
    gtk_label_set_text (self->minutes_hint, _("The minutes are approved and locked."));
  else if (self->context->read_only)
    gtk_label_set_text (self->minutes_hint, _("The file is open for reading only."));
  else
    gtk_label_set_text (self->minutes_hint, "");
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_hint),
                          *gtk_label_get_text (self->minutes_hint) != '\0');
  gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_box), open);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button), open);
  gtk_text_view_set_editable (self->decision_view, open);
}

static void
bind_fields (StyreAgendaItemEditor *self)
{
  g_autoptr(GtkStringList) types = styre_vocabulary_string_list (STYRE_VOCAB_ITEM_TYPE);
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);
  GtkBox *box = self->sections_box;

  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  gtk_string_list_append (outcomes, _("Not decided"));
  for (guint i = 1; outcome_ids[i] != NULL; i++)
    gtk_string_list_append (outcomes, styre_vocabulary_label (STYRE_VOCAB_OUTCOME, outcome_ids[i]));
  gtk_drop_down_set_model (self->outcome_drop_down, G_LIST_MODEL (outcomes));

  styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->title_entry), "title", FALSE);
  styre_row_binding_bind_drop_down (self->editor, GTK_WIDGET (self->type_row), "item_type",
                                    styre_vocabulary_ids (STYRE_VOCAB_ITEM_TYPE));
  styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->presenter_text_row),
                                "presenter_text", FALSE);
  styre_row_binding_bind_spin (self->editor, self->minutes_spin, "planned_minutes", TRUE);
  styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->exempt_switch),
                                 "confidentiality", show_exempt, self);
  styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->legal_basis_row),
                                "legal_basis", TRUE);
  /* Translators: the parts of a saksframlegg, Norwegian "Sammendrag", "Bakgrunn",
   * "Vurdering" */
  add_text_section (self, box, _("Summary"), "summary", TRUE);
  add_text_section (self, box, _("Background"), "background", TRUE);
  add_text_section (self, box, _("Assessment"), "assessment", TRUE);
  styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->points_list),
                                 "proposed_decision", show_points, self);
  styre_row_binding_bind_text_view (self->editor, self->decision_view, "decision");
  styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->outcome_drop_down), "outcome",
                                 show_outcome, self);
  /* Translators: Norwegian "Behandling" and "Protokolltilførsel" */
  add_text_section (self, self->minutes_sections_box, _("Discussion"), "minutes_note", FALSE);
  add_text_section (self, self->minutes_sections_box,
                    _("Statement for the record (dissent)"), "dissent", FALSE);
  styre_row_binding_bind_switch (self->editor, self->follow_up_switch, "needs_follow_up");
  g_signal_connect_object (self->follow_up_switch, "notify::active",
                           G_CALLBACK (follow_up_switched_cb), self, G_CONNECT_SWAPPED);
  styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->clock_row), "actual_start",
                                 show_clock, self);
  styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->clock_row), "actual_end",
                                 show_clock, self);
  styre_row_binding_set_validate (self->editor, validate_item, self);
  styre_row_binding_set_label_func (self->editor, styre_meeting_label_column, NULL);
}

static void
bind_presenters (StyreAgendaItemEditor *self)
{
  GArray *ids = NULL;
  g_autoptr(GtkStringList) names = styre_options_string_list (self->context->people, _("Nobody"),
                                                              &ids);

  /* The people change rarely; the drop-down is bound once per list. */
  if (self->presenter_ids != NULL && self->presenter_ids->len == ids->len)
    {
      gboolean same = TRUE;
      for (guint i = 0; i < ids->len && same; i++)
        same = g_array_index (ids, gint64, i) == g_array_index (self->presenter_ids, gint64, i);
      if (same)
        {
          g_array_unref (ids);
          return;
        }
    }
  g_clear_pointer (&self->presenter_ids, g_array_unref);
  self->presenter_ids = ids;
  styre_row_binding_unbind (self->editor, GTK_WIDGET (self->presenter_row));
  adw_combo_row_set_model (self->presenter_row, G_LIST_MODEL (names));
  styre_row_binding_bind_id_drop_down (self->editor, GTK_WIDGET (self->presenter_row),
                                       "presenter_id", ids);
}

static void
styre_agenda_item_editor_dispose (GObject *object)
{
  StyreAgendaItemEditor *self = (StyreAgendaItemEditor *)object;

  /* What was typed is saved on its own; the editor lets go of the widgets now. */
  if (self->editor != NULL)
    {
      styre_row_binding_flush (self->editor);
      g_signal_handlers_disconnect_by_data (self->editor, self);
      g_object_run_dispose (G_OBJECT (self->editor));
    }
  g_clear_object (&self->editor);
  g_clear_pointer (&self->context, styre_meeting_context_unref);
  g_clear_pointer (&self->presenter_ids, g_array_unref);
  g_clear_pointer (&self->previews, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_agenda_item_editor_parent_class)->dispose (object);
}

static void
styre_agenda_item_editor_class_init (StyreAgendaItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_agenda_item_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-agenda-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, case_label);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, invalid_label);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, presenter_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, presenter_text_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, exempt_switch);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, legal_basis_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, legal_basis_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, preview_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, sections_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, points_list);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, add_point_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, links_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, minutes_hint);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, outcome_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, adopt_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, noted_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, amend_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, outcome_drop_down);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, decision_view);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, diff_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, diff_label);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, minutes_sections_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, follow_up_switch);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, clock_row);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, start_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, end_button);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, actions_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, gate_box);
  gtk_widget_class_bind_template_child (widget_class, StyreAgendaItemEditor, follow_up_box);

  gtk_widget_class_install_action (widget_class, "item.legal-basis", "s", legal_basis_action);
}

static void
styre_agenda_item_editor_init (StyreAgendaItemEditor *self)
{
  g_autoptr(GMenu) bases = g_menu_new ();
  const char * const *ids = styre_agenda_legal_bases ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->previews = g_ptr_array_new ();
  self->editor = styre_row_binding_new ("agenda_item");
  /* Translators: what Undo undoes */
  styre_row_binding_set_undo_label (self->editor, C_("undo", "Edit agenda item"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ids[i], NULL);
      g_menu_item_set_action_and_target_value (item, "item.legal-basis", g_variant_new_string (ids[i]));
      g_menu_append_item (bases, item);
    }
  gtk_menu_button_set_menu_model (self->legal_basis_button, G_MENU_MODEL (bases));

  g_signal_connect_swapped (self->editor, "invalid", G_CALLBACK (invalid_cb), self);
  g_signal_connect_swapped (self->editor, "save-failed", G_CALLBACK (save_failed_cb), self);
  g_signal_connect_swapped (self->exempt_switch, "notify::active", G_CALLBACK (exempt_changed_cb), self);
  g_signal_connect_swapped (self->preview_button, "toggled", G_CALLBACK (update_previews), self);
  g_signal_connect_swapped (self->add_point_button, "clicked", G_CALLBACK (add_point_clicked_cb), self);
  g_signal_connect_swapped (self->adopt_button, "clicked", G_CALLBACK (adopt_clicked_cb), self);
  g_signal_connect_swapped (self->noted_button, "clicked", G_CALLBACK (noted_clicked_cb), self);
  g_signal_connect_swapped (self->amend_button, "clicked", G_CALLBACK (amend_clicked_cb), self);
  g_signal_connect_swapped (self->outcome_drop_down, "notify::selected",
                            G_CALLBACK (outcome_selected_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->decision_view), "changed",
                            G_CALLBACK (update_diff), self);
  g_signal_connect_swapped (self->start_button, "clicked", G_CALLBACK (start_clicked_cb), self);
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  g_signal_connect_swapped (self->end_button, "clicked", G_CALLBACK (end_clicked_cb), self);
}

/**
 * styre_agenda_item_editor_set_context:
 *
 * Shows item @item_id of @context's agenda. The same item read again keeps what is being
 * typed (StyreRowBinding); another item saves what was typed for the one before.
 */
void
styre_agenda_item_editor_set_context (StyreAgendaItemEditor *self,
                                      StyreMeetingContext   *context,
                                      gint64                 item_id)
{
  StyreAgendaItem *item;
  StyreRow *row;
  gboolean same_item;

  g_return_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self));
  g_return_if_fail (context != NULL);

  same_item = self->item_id == item_id;
  g_clear_pointer (&self->context, styre_meeting_context_unref);
  self->context = styre_meeting_context_ref (context);
  self->item_id = item_id;
  item = current_item (self);
  row = styre_meeting_context_get_item_row (context, item_id);
  if (item == NULL || row == NULL)
    return;
  if (item->id == self->follow_up_added && (item->actions->len > 0 || item->needs_follow_up))
    self->follow_up_added = 0;

  styre_row_binding_set_store (self->editor, context->store);
  if (!self->bound)
    {
      bind_fields (self);
      self->bound = TRUE;
    }
  bind_presenters (self);
  styre_row_binding_set_editable (self->editor, styre_meeting_context_can_edit (context));
  styre_row_binding_set_row (self->editor, row);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_point_button), can_edit (self));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button),
                          can_edit (self) && g_str_equal (context->agenda->state, "draft"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->legal_basis_button), can_edit (self));
  for (GtkWidget *r = gtk_widget_get_first_child (GTK_WIDGET (self->points_list)); r != NULL;
       r = gtk_widget_get_next_sibling (r))
    {
      GtkWidget *entry = g_object_get_data (G_OBJECT (r), "entry");
      if (entry != NULL)
        gtk_editable_set_editable (GTK_EDITABLE (entry), can_edit (self));
    }
  update_summary (self, item);
  {
    /* Translators: a case on an agenda, e.g. "Case 12/26" */
    g_autofree char *number = item->case_number ? g_strdup_printf (_("Case %s"), item->case_number)
                                                : NULL;
    g_autofree char *label = number ? g_strdup_printf ("%s %s", number, item->title)
                                    : g_strdup (item->title);

    styre_window_track_editing (GTK_WIDGET (self), "agenda_item", item_id, label);
  }
  update_minutes_state (self);
  update_clock (self);
  update_diff (self);
  rebuild_links (self, item);
  rebuild_actions (self, item);
  rebuild_gate (self, item);
  rebuild_follow_up (self, item);
  if (!same_item)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      gtk_toggle_button_set_active (self->preview_button, FALSE);
    }
  update_previews (self);
}

gint64
styre_agenda_item_editor_get_item_id (StyreAgendaItemEditor *self)
{
  g_return_val_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self), 0);
  return self->item_id;
}

/**
 * styre_agenda_item_editor_get_mode:
 *
 * Returns: "prepare" or "minutes"
 */
const char *
styre_agenda_item_editor_get_mode (StyreAgendaItemEditor *self)
{
  g_return_val_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self), NULL);
  return gtk_stack_get_visible_child_name (self->mode_stack);
}

void
styre_agenda_item_editor_set_mode (StyreAgendaItemEditor *self,
                                   const char            *mode)
{
  g_return_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self));
  gtk_stack_set_visible_child_name (self->mode_stack, mode);
}

void
styre_agenda_item_editor_flush (StyreAgendaItemEditor *self)
{
  g_return_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self));
  styre_row_binding_flush (self->editor);
}

gboolean
styre_agenda_item_editor_has_unsaved (StyreAgendaItemEditor *self)
{
  g_return_val_if_fail (STYRE_IS_AGENDA_ITEM_EDITOR (self), FALSE);
  return styre_row_binding_has_unsaved (self->editor);
}
