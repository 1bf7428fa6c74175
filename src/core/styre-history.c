/* styre-history.c — an initiative's audit trail in words
 *
 * The audit log has a row for every insert, update and delete, written in the same
 * transaction as the change (styre-store-write.c). An initiative's history is the rows
 * for the initiative itself and for every row that belongs to it — its risks, reports,
 * budget lines … and their own rows (a report's steering parameters, a benefit's values)
 * — including rows deleted since, which the log knows from their insert.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-detail.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-history.h"
#include "styre-store-private.h"

/* Tables whose rows belong to an initiative, and how: directly by initiative_id, or
 * through the row of another table. In order, so a parent's ids are known first. */
static const struct
{
  const char *table;
  const char *column;
  const char *parent;   /* NULL: the column is initiative_id */
} members[] = {
  { "initiative_agency", "initiative_id", NULL },
  { "initiative_focus_area", "initiative_id", NULL },
  { "initiative_goal", "initiative_id", NULL },
  { "initiative_person", "initiative_id", NULL },
  { "tolerance", "initiative_id", NULL },
  { "status_report", "initiative_id", NULL },
  { "status_dimension", "status_report_id", "status_report" },
  { "cost_frame", "initiative_id", NULL },
  { "descoping_item", "initiative_id", NULL },
  { "budget_line", "initiative_id", NULL },
  { "overspend_share", "initiative_id", NULL },
  { "benefit", "initiative_id", NULL },
  { "benefit_value", "benefit_id", "benefit" },
  { "indicator", "benefit_id", "benefit" },
  { "measurement", "indicator_id", "indicator" },
  { "milestone", "initiative_id", NULL },
  { "gate_decision", "initiative_id", NULL },
  { "risk", "initiative_id", NULL },
  { "dependency", "initiative_id", NULL },
  { "competence_demand", "initiative_id", NULL },
  { "pilot", "initiative_id", NULL },
  { "pilot_evaluation", "pilot_id", "pilot" },
};

void
styre_history_entry_free (StyreHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->when);
  g_free (entry->who);
  g_free (entry->text);
  g_strfreev (entry->details);
  g_free (entry);
}

typedef struct
{
  StyreStore  *store;
  GHashTable  *ids;        /* table → GArray of gint64 */
  GHashTable  *names;      /* "table" → GHashTable id → name, for references */
} Context;

static GArray *
ids_of (Context    *ctx,
        const char *table)
{
  GArray *ids = g_hash_table_lookup (ctx->ids, table);

  if (ids == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (ctx->ids, (gpointer) table, ids);
    }
  return ids;
}

static char *
json_ids (GArray *ids)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (ids, gint64, i));
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

static gboolean
collect_ids (Context  *ctx,
             gint64    initiative_id,
             GError  **error)
{
  sqlite3 *db = ctx->store->db;

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      const char *table = members[m].table;
      const char *column = members[m].column;
      GArray *ids = ids_of (ctx, table);
      g_autofree char *parents = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (members[m].parent != NULL)
        parents = json_ids (ids_of (ctx, members[m].parent));
      else
        parents = g_strdup_printf ("[%" G_GINT64_FORMAT "]", initiative_id);

      /* Rows there now, and rows ever inserted for it (deleted ones included). */
      sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE \"%s\" IN (SELECT value FROM json_each(?1)) "
                             "UNION SELECT row_id FROM audit_log WHERE table_name = '%s' "
                             "AND action = 'insert' AND json_valid(detail) "
                             "AND json_extract(detail, '$.%s') IN (SELECT value FROM json_each(?1))",
                             table, column, table, column);
      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
        }
      sqlite3_bind_text (stmt, 1, parents, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
    }
  return TRUE;
}

static const char *
reference_name (Context    *ctx,
                const char *table,
                gint64      id)
{
  GHashTable *names = g_hash_table_lookup (ctx->names, table);

  if (names == NULL)
    {
      g_autoptr(GPtrArray) choices = styre_store_list_choices (ctx->store, table, NULL);

      names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      for (guint i = 0; choices != NULL && i < choices->len; i++)
        {
          StyreChoice *c = g_ptr_array_index (choices, i);
          g_hash_table_insert (names, g_memdup2 (&c->id, sizeof c->id), g_strdup (c->label));
        }
      g_hash_table_insert (ctx->names, g_strdup (table), names);
    }
  return g_hash_table_lookup (names, &id);
}

/* A value from the audit log's JSON, as the file stores it. */
static void
json_value (sqlite3_stmt *stmt,
            int           value_column,
            int           type_column,
            StyreValue   *out)
{
  const char *type = (const char *) sqlite3_column_text (stmt, type_column);

  memset (out, 0, sizeof *out);
  if (type == NULL || g_str_equal (type, "null"))
    out->type = STYRE_VALUE_NULL;
  else if (g_str_equal (type, "integer") || g_str_equal (type, "true")
           || g_str_equal (type, "false"))
    {
      out->type = STYRE_VALUE_INT;
      out->i = sqlite3_column_int64 (stmt, value_column);
    }
  else if (g_str_equal (type, "real"))
    {
      out->type = STYRE_VALUE_REAL;
      out->d = sqlite3_column_double (stmt, value_column);
    }
  else
    {
      out->type = STYRE_VALUE_TEXT;
      out->s = g_strdup ((const char *) sqlite3_column_text (stmt, value_column));
    }
}

static char *
describe_value (Context          *ctx,
                const char       *table,
                const char       *column,
                const StyreValue *value)
{
  const StyreField *field = styre_field_lookup (table, column);
  char *text;

  if (value->type == STYRE_VALUE_NULL)
    return g_strdup (_("(empty)"));
  if (field == NULL)
    return styre_value_to_string (value);
  if (field->kind == STYRE_FIELD_REFERENCE)
    {
      const char *name = value->type == STYRE_VALUE_INT
                         ? reference_name (ctx, field->reference, value->i) : NULL;
      return g_strdup (name ? name : _("(deleted)"));
    }
  text = styre_field_format (field, value);
  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return g_strdup (_("(empty)"));
    }
  if (field->kind == STYRE_FIELD_LONG_TEXT || field->kind == STYRE_FIELD_TEXT)
    {
      /* Long texts are quoted, and cut after a sentence's length. */
      char *quoted;
      if (g_utf8_strlen (text, -1) > 80)
        {
          char *cut = g_utf8_substring (text, 0, 77);
          g_free (text);
          text = g_strconcat (cut, "…", NULL);
          g_free (cut);
        }
      quoted = g_strdup_printf ("“%s”", text);
      g_free (text);
      return quoted;
    }
  return text;
}

/* "the phase" — the field's name as it reads inside a sentence. */
static char *
field_in_sentence (const char *table,
                   const char *column)
{
  const StyreField *field = styre_field_lookup (table, column);
  const char *label = field ? styre_field_get_label (field) : column;
  const char *second = g_utf8_next_char (label);

  /* "Phase" becomes "phase", but "P50" and "KS2" stay as they are. */
  if (*label != '\0' && *second != '\0' && g_unichar_islower (g_utf8_get_char (second)))
    {
      gunichar first = g_unichar_tolower (g_utf8_get_char (label));
      char buf[8] = { 0 };
      g_unichar_to_utf8 (first, buf);
      return g_strconcat (buf, second, NULL);
    }
  return g_strdup (label);
}

/* The name of a row of @table, from the row as it is now, or from what the log kept. */
static char *
row_name (Context    *ctx,
          const char *table,
          gint64      row_id,
          GHashTable *logged)
{
  const StyreTableForm *form = styre_table_form_lookup (table);
  g_autoptr(StyreRow) row = NULL;
  const StyreValue *v = NULL;
  const StyreField *field;

  if (form == NULL)
    return g_strdup ("");

  if (g_str_equal (table, "status_dimension"))
    {
      g_autoptr(StyreRow) dim = styre_store_read_row (ctx->store, table, row_id, NULL);
      if (dim != NULL)
        {
          g_autoptr(StyreRow) report =
            styre_store_read_row (ctx->store, "status_report",
                                  styre_row_get_int (dim, "status_report_id"), NULL);
          g_autofree char *month =
            report ? styre_format_month (styre_row_get_text (report, "period")) : g_strdup ("");
          /* Translators: a steering parameter in a report, e.g. "Cost, November 2026" */
          return g_strdup_printf (_("%s, %s"),
                                  styre_vocabulary_label (STYRE_VOCAB_DIMENSION,
                                                          styre_row_get_text (dim, "dimension")),
                                  month);
        }
    }

  row = styre_store_read_row (ctx->store, table, row_id, NULL);
  if (row != NULL)
    v = styre_row_get (row, form->name_column);
  if ((v == NULL || v->type == STYRE_VALUE_NULL) && logged != NULL)
    v = g_hash_table_lookup (logged, form->name_column);
  if (v == NULL || v->type == STYRE_VALUE_NULL)
    {
      /* A row deleted since: its name is in the log of its delete or its insert. */
      g_autofree char *sql = g_strdup_printf ("SELECT json_extract(detail, '$.%s') FROM audit_log "
                                              "WHERE table_name = ?1 AND row_id = ?2 "
                                              "AND action IN ('insert', 'delete') "
                                              "AND json_valid(detail) ORDER BY id DESC LIMIT 1",
                                              form->name_column);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (ctx->store->db, sql, -1, &stmt, NULL) == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, row_id);
          if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
            {
              StyreValue *found = g_new0 (StyreValue, 1);

              if (sqlite3_column_type (stmt, 0) == SQLITE_INTEGER)
                {
                  found->type = STYRE_VALUE_INT;
                  found->i = sqlite3_column_int64 (stmt, 0);
                }
              else
                {
                  found->type = STYRE_VALUE_TEXT;
                  found->s = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
                }
              if (logged != NULL)
                g_hash_table_insert (logged, g_strdup (form->name_column), found);
              v = found;
            }
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
    }
  if (v == NULL || v->type == STYRE_VALUE_NULL)
    return g_strdup ("");

  field = styre_table_form_get_field (form, form->name_column);
  if (field != NULL && field->kind == STYRE_FIELD_REFERENCE && v->type == STYRE_VALUE_INT)
    {
      const char *name = reference_name (ctx, field->reference, v->i);
      return g_strdup (name ? name : "");
    }
  if (field != NULL)
    {
      char *text = styre_field_format (field, v);
      if (text != NULL && g_utf8_strlen (text, -1) > 60)
        {
          char *cut = g_utf8_substring (text, 0, 57);
          g_free (text);
          text = g_strconcat (cut, "…", NULL);
          g_free (cut);
        }
      return text ? text : g_strdup ("");
    }
  return styre_value_to_string (v);
}

/* "the risk “Leverandøren leverer for sent”", "the budget for 2027" */
static char *
thing_phrase (const char *table,
              const char *name)
{
  const StyreTableForm *form = styre_table_form_lookup (table);
  const char *thing = form ? styre_table_form_get_thing (form) : table;
  const StyreField *field = form ? styre_table_form_get_field (form, form->name_column) : NULL;

  if (name == NULL || *name == '\0')
    /* Translators: a row with no name, e.g. "the risk" */
    return g_strdup_printf (_("the %s"), thing);
  if (field != NULL && (field->kind == STYRE_FIELD_YEAR || field->kind == STYRE_FIELD_PERIOD
                        || field->kind == STYRE_FIELD_QUARTER))
    /* Translators: a row named by a time, e.g. "the budget for 2027" */
    return g_strdup_printf (_("the %s for %s"), thing, name);
  /* Translators: a row by its name, e.g. "the risk “Leverandøren leverer for sent”" */
  return g_strdup_printf (_("the %s “%s”"), thing, name);
}

static void
value_hash_free (gpointer data)
{
  styre_value_clear (data);
  g_free (data);
}

static StyreHistoryEntry *
describe (Context      *ctx,
          gint64        audit_id,
          const char   *at,
          const char   *who,
          const char   *action,
          const char   *table,
          gint64        row_id,
          const char   *detail,
          GError      **error)
{
  g_autoptr(StyreHistoryEntry) entry = g_new0 (StyreHistoryEntry, 1);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) logged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        value_hash_free);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  gboolean is_initiative = g_str_equal (table, "initiative");
  sqlite3 *db = ctx->store->db;
  sqlite3_stmt *stmt = NULL;
  gboolean published = FALSE;
  g_autofree char *name = NULL;
  g_autofree char *thing = NULL;
  int rc;

  entry->audit_id = audit_id;
  entry->at = g_strdup (at);
  entry->who = g_strdup (who);
  {
    g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
    g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
    g_autoptr(GDateTime) local = utc && oslo ? g_date_time_to_timezone (utc, oslo) : NULL;

    if (local != NULL)
      {
        g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
        g_autofree char *date = styre_format_date (day);
        g_autofree char *time = styre_format_time (g_date_time_get_hour (local),
                                                   g_date_time_get_minute (local));
        /* Translators: when something was changed, e.g. "12.11.2026 kl. 10.14" */
        entry->when = g_strdup_printf (_("%s %s"), date, time);
      }
    else
      entry->when = g_strdup (at);
  }

  rc = sqlite3_prepare_v2 (db,
                           "SELECT key, "
                           "  CASE type WHEN 'array' THEN json_extract(value, '$[0]') END, "
                           "  CASE type WHEN 'array' THEN json_type(value, '$[0]') END, "
                           "  CASE type WHEN 'array' THEN json_extract(value, '$[1]') END, "
                           "  CASE type WHEN 'array' THEN json_type(value, '$[1]') END, "
                           "  value, type "
                           "FROM json_each(CASE WHEN json_valid(?1) THEN ?1 ELSE '{}' END)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error), NULL;
  sqlite3_bind_text (stmt, 1, detail ? detail : "{}", -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 0);
      const StyreField *field = styre_field_lookup (table, column);

      if (g_str_equal (action, "update"))
        {
          StyreValue old, new;
          g_autofree char *label = NULL;
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          json_value (stmt, 1, 2, &old);
          json_value (stmt, 3, 4, &new);
          if (g_str_equal (table, "status_report") && g_str_equal (column, "state")
              && new.type == STYRE_VALUE_TEXT && g_str_equal (new.s, "published"))
            published = TRUE;
          if (field == NULL || (field->flags & STYRE_FIELD_HIDDEN))
            {
              styre_value_clear (&old);
              styre_value_clear (&new);
              continue;
            }
          label = field_in_sentence (table, column);
          a = describe_value (ctx, table, column, &old);
          b = describe_value (ctx, table, column, &new);
          g_ptr_array_add (changes, g_strdup (label));
          /* Translators: one changed field, e.g. "phase: Planning → Execution" */
          g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), label, a, b));
          g_ptr_array_add (changes, g_strdup_printf ("%s\x1f%s", a, b));
          styre_value_clear (&old);
          styre_value_clear (&new);
        }
      else
        {
          StyreValue *v = g_new0 (StyreValue, 1);
          json_value (stmt, 5, 6, v);
          g_hash_table_insert (logged, g_strdup (column), v);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error), NULL;

  if (!is_initiative)
    {
      name = row_name (ctx, table, row_id, logged);
      thing = thing_phrase (table, name);
    }

  if (g_str_equal (action, "insert"))
    entry->text = is_initiative
                  ? g_strdup_printf (_("%s created the initiative"), who)
                  /* Translators: e.g. "Kari Nordmann added the risk “Leverandøren …”" */
                  : g_strdup_printf (_("%s added %s"), who, thing);
  else if (g_str_equal (action, "delete"))
    entry->text = is_initiative
                  ? g_strdup_printf (_("%s deleted the initiative"), who)
                  : g_strdup_printf (_("%s deleted %s"), who, thing);
  else if (published)
    {
      g_autofree char *month = NULL;
      g_autoptr(StyreRow) report = styre_store_read_row (ctx->store, table, row_id, NULL);

      month = styre_format_month (report ? styre_row_get_text (report, "period") : NULL);
      /* Translators: e.g. "Kari Nordmann published the status report for November 2026" */
      entry->text = g_strdup_printf (_("%s published the status report for %s"), who, month);
    }
  else if (g_str_equal (action, "update") && changes->len == 2)
    {
      const char *label = g_ptr_array_index (changes, 0);
      g_auto(GStrv) values = g_strsplit (g_ptr_array_index (changes, 1), "\x1f", 2);
      gboolean was_empty = g_str_equal (values[0], _("(empty)"));
      gboolean now_empty = g_str_equal (values[1], _("(empty)"));

      if (was_empty && is_initiative)
        /* Translators: e.g. "Kari Nordmann set the end to 31.12.2027" */
        entry->text = g_strdup_printf (_("%s set %s to %s"), who, label, values[1]);
      else if (was_empty)
        /* Translators: e.g. "Kari Nordmann set reached on of the milestone “X” to 24.07.2026" */
        entry->text = g_strdup_printf (_("%s set %s of %s to %s"), who, label, thing, values[1]);
      else if (now_empty && is_initiative)
        /* Translators: e.g. "Kari Nordmann cleared the end" */
        entry->text = g_strdup_printf (_("%s cleared %s"), who, label);
      else if (now_empty)
        entry->text = g_strdup_printf (_("%s cleared %s of %s"), who, label, thing);
      else if (is_initiative)
        /* Translators: e.g. "Kari Nordmann changed the phase from Planning to Execution" */
        entry->text = g_strdup_printf (_("%s changed %s from %s to %s"), who, label,
                                       values[0], values[1]);
      else
        /* Translators: e.g. "Kari Nordmann changed probability (1–5) of the risk “X” from 3
         * to 4" */
        entry->text = g_strdup_printf (_("%s changed %s of %s from %s to %s"), who, label,
                                       thing, values[0], values[1]);
      g_ptr_array_set_size (lines, 0);
    }
  else if (g_str_equal (action, "update"))
    {
      guint n = changes->len / 2;

      if (n == 0)
        return NULL;
      entry->text = is_initiative
                    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%s changed %u field of the initiative",
                                                    "%s changed %u fields of the initiative", n),
                                       who, n)
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s changed %u field of %s",
                                                    "%s changed %u fields of %s", n),
                                       who, n, thing);
    }
  else
    return NULL;

  if (lines->len > 0)
    {
      g_ptr_array_add (lines, NULL);
      entry->details = (char **) g_ptr_array_steal (lines, NULL);
    }
  return g_steal_pointer (&entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const StyreHistoryEntry *x = *(StyreHistoryEntry * const *) a;
  const StyreHistoryEntry *y = *(StyreHistoryEntry * const *) b;
  int by_time = g_strcmp0 (y->at, x->at);

  /* Newest first; what was saved at the same second, in the order it was saved. */
  if (by_time != 0)
    return by_time;
  return (y->audit_id > x->audit_id) - (y->audit_id < x->audit_id);
}

/**
 * styre_store_get_initiative_history:
 * @max_entries: at most this many, the newest
 *
 * Who changed what of initiative @initiative_id and when, newest first, in sentences:
 * "Kari Nordmann changed the phase from Planning to Execution".
 *
 * Returns: (transfer full) (element-type StyreHistoryEntry): the entries
 */
GPtrArray *
styre_store_get_initiative_history (StyreStore  *store,
                                    gint64       initiative_id,
                                    guint        max_entries,
                                    GError     **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) styre_history_entry_free);
  Context ctx = { store, NULL, NULL };
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  ctx.ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify) g_array_unref);
  ctx.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_hash_table_unref);

  styre_store_lock (store);
  if (store->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      goto out;
    }
  if (!collect_ids (&ctx, initiative_id, error))
    goto out;
  g_array_append_val (ids_of (&ctx, "initiative"), initiative_id);

  g_hash_table_iter_init (&iter, ctx.ids);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *ids = NULL;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (((GArray *) value)->len == 0)
        continue;
      ids = json_ids (value);
      rc = sqlite3_prepare_v2 (store->db,
                               "SELECT id, at, coalesce(nullif(display_name, ''), user_name), "
                               "       action, table_name, row_id, detail "
                               "FROM audit_log WHERE table_name = ?1 "
                               "AND row_id IN (SELECT value FROM json_each(?2)) "
                               "AND action IN ('insert', 'update', 'delete') "
                               "ORDER BY id DESC LIMIT ?3",
                               -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error);
          goto out;
        }
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, ids, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) MIN (max_entries, G_MAXINT));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          g_autofree char *who = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          g_autofree char *action = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          g_autofree char *table = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
          g_autofree char *detail = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
          StyreHistoryEntry *entry;

          entry = describe (&ctx, sqlite3_column_int64 (stmt, 0), at, who, action, table,
                            sqlite3_column_int64 (stmt, 5), detail, error);
          if (entry != NULL)
            g_ptr_array_add (entries, entry);
          else if (error != NULL && *error != NULL)
            {
              sqlite3_finalize (stmt);
              goto out;
            }
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error);
          goto out;
        }
    }

  g_ptr_array_sort (entries, compare_entries);
  if (entries->len > max_entries)
    g_ptr_array_set_size (entries, max_entries);
  ok = TRUE;

out:
  styre_store_unlock (store);
  g_hash_table_unref (ctx.ids);
  g_hash_table_unref (ctx.names);
  return ok ? g_steal_pointer (&entries) : NULL;
}
