/* styre-fields.h — what each editable column is, for a person: its name, its kind of
 * value, how it is typed and checked, and how it is shown
 *
 * One description serves the editors (which row to show for a column, and the reason
 * beside it when the value is wrong), the history ("changed the phase from Planning to
 * Execution"), the conflict dialog and the importer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-row.h"
#include "styre-value.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_FIELD_TEXT,        /* one line */
  STYRE_FIELD_LONG_TEXT,   /* paragraphs */
  STYRE_FIELD_AMOUNT,      /* whole kroner: "12 500 000", "12,5 mill." */
  STYRE_FIELD_INTEGER,
  STYRE_FIELD_DECIMAL,     /* "1,5" */
  STYRE_FIELD_DATE,        /* "27.11.2026", stored 'YYYY-MM-DD' */
  STYRE_FIELD_PERIOD,      /* "11.2026", stored 'YYYY-MM' */
  STYRE_FIELD_QUARTER,     /* "2026-Q4" */
  STYRE_FIELD_YEAR,
  STYRE_FIELD_BOOL,
  STYRE_FIELD_CHOICE,      /* one word of a vocabulary */
  STYRE_FIELD_REFERENCE,   /* a row of another table */
} StyreFieldKind;

typedef enum
{
  STYRE_FIELD_REQUIRED  = 1 << 0,  /* may not be empty */
  STYRE_FIELD_HIDDEN    = 1 << 1,  /* set by the program, never in an editor */
  STYRE_FIELD_NOT_NULL  = 1 << 2,  /* empty text is stored as '' rather than NULL */
  STYRE_FIELD_POSITIVE  = 1 << 3,  /* a number that may not be negative */
  STYRE_FIELD_FIXED     = 1 << 4,  /* set when the row is made, not changed afterwards */
} StyreFieldFlags;

/**
 * StyreField:
 * @column: the column in the file
 * @label: the English name, translated by styre_field_get_label()
 * @kind: how the value is typed and shown
 * @vocabulary: for %STYRE_FIELD_CHOICE
 * @reference: for %STYRE_FIELD_REFERENCE, the table referred to
 * @min: for integers and decimals, the smallest value (when @max > @min)
 * @max: the largest value
 * @hint: (nullable): an example or explanation shown under the field
 */
typedef struct
{
  const char       *column;
  const char       *label;
  StyreFieldKind    kind;
  StyreFieldFlags   flags;
  StyreVocabulary   vocabulary;
  const char       *reference;
  double            min;
  double            max;
  const char       *hint;
} StyreField;

/**
 * StyreTableForm:
 * @table: the table
 * @thing: the English noun for one row, translated by styre_table_form_get_thing():
 *   "risk", "milestone"
 * @name_column: the column that names a row to a person ("title", "name")
 * @parent_column: (nullable): the column that ties a row to the row it belongs to
 *   ("initiative_id", "benefit_id")
 */
typedef struct
{
  const char        *table;
  const char        *thing;
  const char        *name_column;
  const char        *parent_column;
  const StyreField  *fields;
  guint              n_fields;
} StyreTableForm;

const StyreTableForm *styre_table_form_lookup    (const char            *table);
const char           *styre_table_form_get_thing (const StyreTableForm  *form);
const StyreField     *styre_table_form_get_field (const StyreTableForm  *form,
                                                  const char            *column);
const StyreField     *styre_field_lookup         (const char            *table,
                                                  const char            *column);
const char           *styre_field_get_label      (const StyreField      *field);
gboolean              styre_field_parse          (const StyreField      *field,
                                                  const char            *text,
                                                  StyreValue            *value,
                                                  GError               **error);
char                 *styre_field_format         (const StyreField      *field,
                                                  const StyreValue      *value);
char                 *styre_field_format_for_editing (const StyreField  *field,
                                                      const StyreValue  *value);
GHashTable           *styre_table_form_check_row (const StyreTableForm  *form,
                                                  const StyreRow        *row);
gboolean              styre_table_form_has_unique_keys (const StyreTableForm *form);
GHashTable           *styre_table_form_check_duplicates (const StyreTableForm *form,
                                                         const StyreRow       *row,
                                                         GPtrArray            *others);
const char           *styre_unique_key_message   (const char            *table,
                                                  const char            *columns);
char                 *styre_repayment_year_problem (gint64               budget_year,
                                                    gint64               year);

gboolean              styre_parse_period         (const char            *text,
                                                  char                 **period,
                                                  GError               **error);
gboolean              styre_parse_quarter        (const char            *text,
                                                  char                 **quarter,
                                                  GError               **error);
gboolean              styre_parse_decimal        (const char            *text,
                                                  double                *value,
                                                  GError               **error);
gboolean              styre_parse_bool           (const char            *text,
                                                  gboolean              *value);

G_END_DECLS
