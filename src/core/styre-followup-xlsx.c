/* styre-followup-xlsx.c — the follow-up list as an Excel workbook (libxlsxwriter)
 *
 * Kept apart from the CSV writer so the portfolio's XLSX export can share this file's
 * helpers when the two are brought together. Dates are real Excel dates shown
 * dd.mm.yyyy, so the list sorts and filters by due date in Excel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-followup-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "styre-action.h"
#include "styre-error.h"
#include "styre-followup-export.h"

static gboolean
parse_date (const char   *iso,
            lxw_datetime *out)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12
      || d < 1 || d > 31)
    return FALSE;
  *out = (lxw_datetime) { y, m, d, 0, 0, 0 };
  return TRUE;
}

static const char *
date_of (StyreAction         *a,
         StyreFollowupColumn  column)
{
  switch (column)
    {
    case STYRE_FOLLOWUP_COLUMN_MEETING:
      return styre_action_get_origin_meeting (a);
    case STYRE_FOLLOWUP_COLUMN_DUE:
      return styre_action_get_due_on (a);
    case STYRE_FOLLOWUP_COLUMN_CLOSED:
      return styre_action_get_closed_on (a);
    case STYRE_FOLLOWUP_COLUMN_FORUM:
    case STYRE_FOLLOWUP_COLUMN_CASE:
    case STYRE_FOLLOWUP_COLUMN_ACTION:
    case STYRE_FOLLOWUP_COLUMN_OWNER:
    case STYRE_FOLLOWUP_COLUMN_STATUS:
    case STYRE_FOLLOWUP_COLUMN_OVERDUE:
    case STYRE_FOLLOWUP_COLUMN_NOTE:
    case STYRE_FOLLOWUP_N_COLUMNS:
    default:
      return NULL;
    }
}

/**
 * styre_followup_write_xlsx:
 * @actions: (element-type StyreAction): the follow-up list, in the order to write it
 * @public_version: leave out what is exempt from public access (styre-public.c)
 * @sheet_title: the worksheet's name (at most 31 characters are used)
 *
 * Writes the follow-up list to @path as an XLSX workbook with a header row, filters,
 * the header frozen, and dates as dates.
 */
gboolean
styre_followup_write_xlsx (GListModel  *actions,
                           gboolean     public_version,
                           const char  *sheet_title,
                           const char  *path,
                           GError     **error)
{
  static const double widths[STYRE_FOLLOWUP_N_COLUMNS] = { 20, 11, 8, 60, 22, 11, 12, 9, 50, 11 };
  g_autoptr(GListModel) rows = styre_followup_rows (actions, public_version);
  g_autofree char *name = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *header, *date, *wrap;
  guint n = g_list_model_get_n_items (rows);
  lxw_error rc;

  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written."), path);
      return FALSE;
    }

  /* Excel refuses sheet names over 31 characters and some punctuation. */
  name = g_utf8_substring (sheet_title ? sheet_title : "Styre", 0,
                           MIN (31, g_utf8_strlen (sheet_title ? sheet_title : "Styre", -1)));
  g_strdelimit (name, "[]:*?/\\", '-');
  sheet = workbook_add_worksheet (workbook, name);

  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_bottom (header, LXW_BORDER_THIN);
  date = workbook_add_format (workbook);
  format_set_num_format (date, "dd.mm.yyyy");
  format_set_align (date, LXW_ALIGN_LEFT);
  format_set_align (date, LXW_ALIGN_VERTICAL_TOP);
  wrap = workbook_add_format (workbook);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);

  for (int c = 0; c < STYRE_FOLLOWUP_N_COLUMNS; c++)
    {
      worksheet_set_column (sheet, c, c, widths[c], NULL);
      worksheet_write_string (sheet, 0, c, styre_followup_column_title (c), header);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreAction) a = g_list_model_get_item (rows, i);

      for (int c = 0; c < STYRE_FOLLOWUP_N_COLUMNS; c++)
        {
          lxw_datetime dt;

          if (parse_date (date_of (a, c), &dt))
            worksheet_write_datetime (sheet, i + 1, c, &dt, date);
          else
            {
              g_autofree char *cell = styre_followup_cell (a, c);
              if (cell != NULL && *cell != '\0')
                worksheet_write_string (sheet, i + 1, c, cell, wrap);
            }
        }
    }
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, n, STYRE_FOLLOWUP_N_COLUMNS - 1);

  rc = workbook_close (workbook);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written: %s"), path,
                   lxw_strerror (rc));
      return FALSE;
    }
  return TRUE;
}
