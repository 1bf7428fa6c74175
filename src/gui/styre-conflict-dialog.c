/* styre-conflict-dialog.c
 *
 * Shown when a save fails because someone else saved the same record first and both
 * changed the same fields (the fields only one of them changed were already merged by
 * styre_change_rebase()). Each field shows both values; the person picks one per field.
 * "Keep Editing" goes back with everything they typed; nothing is ever dropped silently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-conflict-dialog.h"

struct _StyreConflictDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *conflicts;      /* of StyreFieldConflict, borrowed from the caller */
  GPtrArray        *mine_buttons;   /* of GtkCheckButton, one per conflict */
  GtkBox           *fields;
};

G_DEFINE_FINAL_TYPE (StyreConflictDialog, styre_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
styre_conflict_dialog_dispose (GObject *object)
{
  StyreConflictDialog *self = (StyreConflictDialog *)object;

  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->mine_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_conflict_dialog_parent_class)->dispose (object);
}

static void
styre_conflict_dialog_class_init (StyreConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_conflict_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreConflictDialog, fields);
}

static void
styre_conflict_dialog_init (StyreConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->mine_buttons = g_ptr_array_new ();
}

static char *
describe (StyreConflictLabelFunc  label_func,
          gpointer                user_data,
          const char             *column,
          const StyreValue       *value)
{
  g_autofree char *text = NULL;

  if (label_func != NULL)
    text = label_func (column, value, user_data);
  if (text == NULL && value != NULL)
    text = styre_value_to_string (value);
  if (text == NULL)
    text = g_strdup (column);
  if (value != NULL && (text == NULL || *text == '\0'))
    {
      g_free (text);
      text = g_strdup (_("(empty)"));
    }
  return g_steal_pointer (&text);
}

static GtkWidget *
choice_button (const char     *who,
               const char     *value,
               GtkCheckButton *group)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *who_label = gtk_label_new (who);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_widget_add_css_class (who_label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (who_label), 0);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (value_label), 50);
  gtk_label_set_lines (GTK_LABEL (value_label), 6);
  gtk_label_set_ellipsize (GTK_LABEL (value_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_selectable (GTK_LABEL (value_label), FALSE);
  gtk_box_append (GTK_BOX (box), who_label);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), box);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  return button;
}

/**
 * styre_conflict_dialog_new:
 * @reason: the conflict error's message ("Kari Nordmann saved a change … after you
 *   started editing it.")
 * @conflicts: (element-type StyreFieldConflict): from styre_change_rebase(); the dialog
 *   keeps a reference
 * @label_func: (nullable): names columns and describes values for a person
 *
 * The person's own value is chosen for every field at first: what they typed wins unless
 * they decide otherwise. Responses: "keep-editing" and "save".
 */
StyreConflictDialog *
styre_conflict_dialog_new (GtkWindow              *parent,
                           const char             *reason,
                           GPtrArray              *conflicts,
                           StyreConflictLabelFunc  label_func,
                           gpointer                user_data)
{
  StyreConflictDialog *self;

  g_return_val_if_fail (conflicts != NULL, NULL);

  self = g_object_new (STYRE_TYPE_CONFLICT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", _("Someone Else Saved First"),
                       NULL);
  self->conflicts = g_ptr_array_ref (conflicts);

  {
    g_autofree char *choose =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "You both changed one field. Choose which value to keep; "
                                    "your other changes are kept.",
                                    "You both changed %u fields. Choose which values to keep; "
                                    "your other changes are kept.",
                                    conflicts->len),
                       conflicts->len);
    g_autofree char *body = g_strdup_printf ("%s %s", reason, choose);
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  }

  for (guint i = 0; i < conflicts->len; i++)
    {
      StyreFieldConflict *c = g_ptr_array_index (conflicts, i);
      g_autofree char *name = describe (label_func, user_data, c->column, NULL);
      g_autofree char *mine = describe (label_func, user_data, c->column, &c->mine);
      g_autofree char *theirs = describe (label_func, user_data, c->column, &c->theirs);
      GtkWidget *heading = gtk_label_new (name);
      GtkWidget *mine_button = choice_button (_("Yours"), mine, NULL);
      GtkWidget *their_button = choice_button (_("Saved by the other person"), theirs,
                                               GTK_CHECK_BUTTON (mine_button));
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (mine_button), TRUE);
      gtk_box_append (GTK_BOX (group), heading);
      gtk_box_append (GTK_BOX (group), mine_button);
      gtk_box_append (GTK_BOX (group), their_button);
      gtk_box_append (self->fields, group);
      g_ptr_array_add (self->mine_buttons, mine_button);
    }

  return self;
}

/**
 * styre_conflict_dialog_get_keeps_mine:
 *
 * Returns: whether the person keeps their own value of conflict @index
 */
gboolean
styre_conflict_dialog_get_keeps_mine (StyreConflictDialog *self,
                                      guint                index)
{
  g_return_val_if_fail (STYRE_IS_CONFLICT_DIALOG (self), TRUE);
  g_return_val_if_fail (index < self->mine_buttons->len, TRUE);

  return gtk_check_button_get_active (g_ptr_array_index (self->mine_buttons, index));
}

/**
 * styre_conflict_dialog_apply_choices:
 * @rebased: the change from styre_change_rebase()
 *
 * Puts the values the person chose to keep into @rebased, ready to apply.
 */
void
styre_conflict_dialog_apply_choices (StyreConflictDialog *self,
                                     StyreChange         *rebased)
{
  g_return_if_fail (STYRE_IS_CONFLICT_DIALOG (self));

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      StyreFieldConflict *c = g_ptr_array_index (self->conflicts, i);

      if (styre_conflict_dialog_get_keeps_mine (self, i))
        styre_change_set_value (rebased, c->column, &c->mine);
    }
}
