/* test-conflict-dialog.c — two people changed the same field: the person chooses, and
 * what they typed is chosen unless they say otherwise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "styre-conflict-dialog.h"
#include "styre-gui.h"

static StyreFieldConflict *
text_conflict (const char *column,
               const char *base,
               const char *mine,
               const char *theirs)
{
  StyreFieldConflict *c = g_new0 (StyreFieldConflict, 1);

  c->column = g_strdup (column);
  c->base = (StyreValue) { .type = STYRE_VALUE_TEXT, .s = g_strdup (base) };
  c->mine = (StyreValue) { .type = STYRE_VALUE_TEXT, .s = g_strdup (mine) };
  c->theirs = (StyreValue) { .type = STYRE_VALUE_TEXT, .s = g_strdup (theirs) };
  return c;
}

static char *
label_for (const char       *column,
           const StyreValue *value,
           gpointer          user_data)
{
  if (value == NULL)
    return g_strdup (g_str_equal (column, "title") ? "Tittel" : "Fase");
  return NULL;
}

static void
test_choices (void)
{
  g_autoptr(GPtrArray) conflicts =
    g_ptr_array_new_with_free_func ((GDestroyNotify) styre_field_conflict_free);
  g_autoptr(StyreChange) rebased = styre_change_new_update ("initiative", 7, 3);
  StyreConflictDialog *dialog;

  g_ptr_array_add (conflicts, text_conflict ("title", "Arkiv", "Digitalt arkiv", "Arkiv 2027"));
  g_ptr_array_add (conflicts, text_conflict ("phase", "planning", "execution", "closing"));
  styre_change_set_text (rebased, "what", "Alle arkivserier digitalt.");

  dialog = styre_conflict_dialog_new (NULL, "Kari Nordmann saved a change to this record "
                                      "after you started editing it.", conflicts,
                                      label_for, NULL);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Nothing the person typed is dropped by default. */
  g_assert_true (styre_conflict_dialog_get_keeps_mine (dialog, 0));
  g_assert_true (styre_conflict_dialog_get_keeps_mine (dialog, 1));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "Kari Nordmann"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "keep-editing");

  /* The person clicks the other title and keeps their phase. */
  {
    GtkWidget *scrolled = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
    GtkWidget *fields = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
    GtkWidget *title_group = gtk_widget_get_first_child (fields);
    GtkWidget *heading = gtk_widget_get_first_child (title_group);
    GtkWidget *theirs = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (heading));

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, "Tittel");
    gtk_widget_activate (theirs);
    g_assert_false (styre_conflict_dialog_get_keeps_mine (dialog, 0));
    g_assert_true (styre_conflict_dialog_get_keeps_mine (dialog, 1));
  }
  styre_conflict_dialog_apply_choices (dialog, rebased);
  /* Not set: the other person's title stays in the file. */
  g_assert_null (styre_change_lookup (rebased, "title"));
  g_assert_cmpstr (styre_change_lookup (rebased, "phase")->s, ==, "execution");
  g_assert_cmpstr (styre_change_lookup (rebased, "what")->s, ==, "Alle arkivserier digitalt.");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  g_test_add_func ("/conflict-dialog/choices", test_choices);

  return g_test_run ();
}
