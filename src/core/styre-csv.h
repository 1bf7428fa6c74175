/* styre-csv.h — CSV as Norwegian Excel writes and reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StyreCsvProblem:
 * @line: the line of the file, from 1
 * @column: the field's position in its record, from 0, or -1 for the whole line
 * @message: why, for a person
 */
typedef struct
{
  guint  line;
  int    column;
  char  *message;
} StyreCsvProblem;

/**
 * StyreCsv:
 * @records: (element-type GStrv): the records, header first, each a %NULL-terminated
 *   array of fields in UTF-8
 * @lines: (element-type guint): the line each record starts on
 * @delimiter: ';', ',' or '\t', as detected
 * @encoding: "UTF-8" or "Windows-1252", as detected
 * @problems: (element-type StyreCsvProblem): what could not be read
 */
typedef struct
{
  GPtrArray   *records;
  GArray      *lines;
  char         delimiter;
  const char  *encoding;
  gboolean     had_bom;
  GPtrArray   *problems;
} StyreCsv;

StyreCsv *styre_csv_parse          (const char  *data,
                                    gsize        length,
                                    GError     **error);
void      styre_csv_free           (StyreCsv    *csv);
void      styre_csv_append_field   (GString     *out,
                                    const char  *value,
                                    char         delimiter);
void      styre_csv_append_record  (GString     *out,
                                    const char * const *fields,
                                    guint        n_fields,
                                    char         delimiter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreCsv, styre_csv_free)

G_END_DECLS
