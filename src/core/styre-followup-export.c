/* styre-followup-export.c — the follow-up list as CSV in the form Norwegian Excel reads
 *
 * UTF-8 with a byte order mark (so Excel does not take it for Windows-1252), semicolons
 * (the comma is the decimal sign), CRLF line ends, dates dd.mm.yyyy, plain digits. The
 * columns are those of Norwegian follow-up lists (vedtaksoppfølging): forum, meeting,
 * case, what, who, due, status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-followup-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-action.h"
#include "styre-followup-export.h"
#include "styre-format.h"
#include "styre-public.h"
#include "styre-vocabulary.h"

/**
 * styre_followup_column_title:
 *
 * Returns: the column's heading in the current language
 */
const char *
styre_followup_column_title (StyreFollowupColumn column)
{
  switch (column)
    {
    case STYRE_FOLLOWUP_COLUMN_FORUM:
      return C_("follow-up column", "Forum");
    case STYRE_FOLLOWUP_COLUMN_MEETING:
      return C_("follow-up column", "Meeting");
    case STYRE_FOLLOWUP_COLUMN_CASE:
      return C_("follow-up column", "Case");
    case STYRE_FOLLOWUP_COLUMN_ACTION:
      return C_("follow-up column", "Action");
    case STYRE_FOLLOWUP_COLUMN_OWNER:
      return C_("follow-up column", "Owner");
    case STYRE_FOLLOWUP_COLUMN_DUE:
      return C_("follow-up column", "Due");
    case STYRE_FOLLOWUP_COLUMN_STATUS:
      return C_("follow-up column", "Status");
    case STYRE_FOLLOWUP_COLUMN_OVERDUE:
      return C_("follow-up column", "Overdue");
    case STYRE_FOLLOWUP_COLUMN_NOTE:
      return C_("follow-up column", "Latest note");
    case STYRE_FOLLOWUP_COLUMN_CLOSED:
      return C_("follow-up column", "Closed");
    case STYRE_FOLLOWUP_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * styre_followup_rows:
 * @actions: (element-type StyreAction): the follow-up list
 *
 * Returns: (transfer full): what an export shows: the list itself, or its public view
 */
GListModel *
styre_followup_rows (GListModel *actions,
                     gboolean    public_version)
{
  if (public_version)
    return styre_actions_public_view (actions);
  return g_object_ref (actions);
}

/**
 * styre_followup_cell:
 * @action: a #StyreAction
 *
 * Returns: (transfer full): the cell's text as exports write it (dates dd.mm.yyyy)
 */
char *
styre_followup_cell (gpointer             action,
                     StyreFollowupColumn  column)
{
  StyreAction *a = action;
  const char *s;

  switch (column)
    {
    case STYRE_FOLLOWUP_COLUMN_FORUM:
      return g_strdup (styre_action_get_origin_forum (a));
    case STYRE_FOLLOWUP_COLUMN_MEETING:
      s = styre_action_get_origin_meeting (a);
      return s ? styre_format_date (s) : g_strdup ("");
    case STYRE_FOLLOWUP_COLUMN_CASE:
      return g_strdup (styre_action_get_case_number (a));
    case STYRE_FOLLOWUP_COLUMN_ACTION:
      s = styre_action_get_title (a);
      if (styre_action_is_exempt (a))
        {
          const char *basis = g_strcmp0 (styre_action_get_confidentiality (a), "exempt") == 0
                              ? styre_action_get_legal_basis (a)
                              : styre_action_get_origin_legal_basis (a);
          g_autofree char *label = styre_public_exempt_label (basis);

          /* The public view withholds the title; the internal list names it and says so. */
          if (s == NULL || *s == '\0')
            return g_steal_pointer (&label);
          return g_strdup_printf ("%s (%s)", s, label);
        }
      return g_strdup (s);
    case STYRE_FOLLOWUP_COLUMN_OWNER:
      return g_strdup (styre_action_get_owner_name (a));
    case STYRE_FOLLOWUP_COLUMN_DUE:
      s = styre_action_get_due_on (a);
      return s ? styre_format_date (s) : g_strdup ("");
    case STYRE_FOLLOWUP_COLUMN_STATUS:
      s = styre_action_get_status (a);
      return g_strdup (s && *s ? styre_vocabulary_label (STYRE_VOCAB_ACTION_STATUS, s) : "");
    case STYRE_FOLLOWUP_COLUMN_OVERDUE:
      /* Translators: in the "Overdue" column of an exported follow-up list */
      return g_strdup (styre_action_get_overdue (a) ? C_("overdue", "Yes") : "");
    case STYRE_FOLLOWUP_COLUMN_NOTE:
      return g_strdup (styre_action_get_latest_note (a));
    case STYRE_FOLLOWUP_COLUMN_CLOSED:
      s = styre_action_get_closed_on (a);
      return s ? styre_format_date (s) : g_strdup ("");
    case STYRE_FOLLOWUP_N_COLUMNS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static void
append_field (GString    *out,
              const char *value)
{
  gboolean quote = value != NULL && strpbrk (value, ";\"\r\n") != NULL;

  if (value == NULL)
    return;
  if (!quote)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * styre_followup_to_csv:
 * @actions: (element-type StyreAction): the follow-up list, in the order to write it
 * @public_version: leave out what is exempt from public access (styre-public.c)
 *
 * Returns: (transfer full): the CSV file's bytes
 */
GBytes *
styre_followup_to_csv (GListModel *actions,
                       gboolean    public_version)
{
  g_autoptr(GListModel) rows = styre_followup_rows (actions, public_version);
  GString *out = g_string_new ("\xEF\xBB\xBF");

  for (int c = 0; c < STYRE_FOLLOWUP_N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ';');
      append_field (out, styre_followup_column_title (c));
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(StyreAction) a = g_list_model_get_item (rows, i);

      for (int c = 0; c < STYRE_FOLLOWUP_N_COLUMNS; c++)
        {
          g_autofree char *cell = styre_followup_cell (a, c);

          if (c > 0)
            g_string_append_c (out, ';');
          append_field (out, cell);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}
