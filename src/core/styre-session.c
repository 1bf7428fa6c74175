/* styre-session.c — someone who has a file open, what others saved, and snapshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-session.h"

G_DEFINE_BOXED_TYPE (StyreSession, styre_session, styre_session_copy, styre_session_free)
G_DEFINE_BOXED_TYPE (StyreAuditEntry, styre_audit_entry, styre_audit_entry_copy,
                     styre_audit_entry_free)
G_DEFINE_BOXED_TYPE (StyreSnapshot, styre_snapshot, styre_snapshot_copy, styre_snapshot_free)

/* How many snapshots of each kind of period are kept (STORAGE.md rule 10). */
#define KEEP_DAILY    14
#define KEEP_WEEKLY   8
#define KEEP_MONTHLY  12

StyreSession *
styre_session_copy (const StyreSession *self)
{
  StyreSession *copy = g_new0 (StyreSession, 1);

  *copy = *self;
  copy->user_name = g_strdup (self->user_name);
  copy->display_name = g_strdup (self->display_name);
  copy->host = g_strdup (self->host);
  copy->started_at = g_strdup (self->started_at);
  copy->heartbeat_at = g_strdup (self->heartbeat_at);
  copy->editing = g_strdup (self->editing);
  copy->editing_table = g_strdup (self->editing_table);
  copy->mode = g_strdup (self->mode);
  return copy;
}

void
styre_session_free (StyreSession *self)
{
  if (self == NULL)
    return;
  g_free (self->user_name);
  g_free (self->display_name);
  g_free (self->host);
  g_free (self->started_at);
  g_free (self->heartbeat_at);
  g_free (self->editing);
  g_free (self->editing_table);
  g_free (self->mode);
  g_free (self);
}

StyreAuditEntry *
styre_audit_entry_copy (const StyreAuditEntry *self)
{
  StyreAuditEntry *copy = g_new0 (StyreAuditEntry, 1);

  *copy = *self;
  copy->at = g_strdup (self->at);
  copy->user_name = g_strdup (self->user_name);
  copy->display_name = g_strdup (self->display_name);
  copy->action = g_strdup (self->action);
  copy->table_name = g_strdup (self->table_name);
  copy->label = g_strdup (self->label);
  return copy;
}

void
styre_audit_entry_free (StyreAuditEntry *self)
{
  if (self == NULL)
    return;
  g_free (self->at);
  g_free (self->user_name);
  g_free (self->display_name);
  g_free (self->action);
  g_free (self->table_name);
  g_free (self->label);
  g_free (self);
}

StyreSnapshot *
styre_snapshot_copy (const StyreSnapshot *self)
{
  StyreSnapshot *copy = g_new0 (StyreSnapshot, 1);

  *copy = *self;
  copy->path = g_strdup (self->path);
  copy->taken_at = g_strdup (self->taken_at);
  copy->reason = g_strdup (self->reason);
  copy->taken_by = g_strdup (self->taken_by);
  return copy;
}

void
styre_snapshot_free (StyreSnapshot *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->taken_at);
  g_free (self->reason);
  g_free (self->taken_by);
  g_free (self);
}

typedef struct
{
  StyreSnapshot *snapshot;
  GDateTime     *local;    /* NULL when taken_at cannot be read */
} Dated;

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const Dated *x = a, *y = b;

  if (x->local == NULL || y->local == NULL)
    return (x->local == NULL) - (y->local == NULL);
  return g_date_time_compare (y->local, x->local);
}

/* Keeps the newest snapshot of each of the @n most recent periods that have one. */
static void
keep_newest_per_period (GArray     *dated,
                        gboolean   *keep,
                        const char *format,
                        guint       n)
{
  g_autofree char *last = NULL;
  guint periods = 0;

  for (guint i = 0; i < dated->len && periods < n; i++)
    {
      Dated *d = &g_array_index (dated, Dated, i);
      g_autofree char *period = NULL;

      if (d->local == NULL)
        continue;
      period = g_date_time_format (d->local, format);
      if (last != NULL && g_str_equal (period, last))
        continue;
      keep[i] = TRUE;
      periods++;
      g_free (last);
      last = g_steal_pointer (&period);
    }
}

/**
 * styre_snapshot_plan_prune:
 * @snapshots: (element-type StyreSnapshot): the snapshots of one file
 * @now: UTC 'YYYY-MM-DDTHH:MM:SSZ'
 *
 * The retention of STORAGE.md rule 10: everything from the last 24 hours, and the newest
 * snapshot of each of the last 14 days, 8 weeks and 12 months that have one (days, weeks
 * and months as in Norway). A snapshot whose time cannot be read is kept.
 *
 * Returns: (transfer container) (element-type StyreSnapshot): the snapshots to delete;
 *   they belong to @snapshots
 */
GPtrArray *
styre_snapshot_plan_prune (GPtrArray  *snapshots,
                           const char *now)
{
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GDateTime) now_dt = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GArray) dated = g_array_new (FALSE, TRUE, sizeof (Dated));
  g_autofree gboolean *keep = NULL;
  GPtrArray *doomed = g_ptr_array_new ();

  if (oslo == NULL)
    oslo = g_time_zone_new_local ();
  if (now_dt == NULL)
    return doomed;

  for (guint i = 0; i < snapshots->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (snapshots, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (s->taken_at, NULL);
      Dated d = { s, utc ? g_date_time_to_timezone (utc, oslo) : NULL };

      g_array_append_val (dated, d);
    }
  g_array_sort (dated, newest_first);
  keep = g_new0 (gboolean, MAX (dated->len, 1));

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *d = &g_array_index (dated, Dated, i);
      if (d->local == NULL || g_date_time_difference (now_dt, d->local) < G_TIME_SPAN_DAY)
        keep[i] = TRUE;
    }
  keep_newest_per_period (dated, keep, "%Y-%m-%d", KEEP_DAILY);
  keep_newest_per_period (dated, keep, "%G-W%V", KEEP_WEEKLY);
  keep_newest_per_period (dated, keep, "%Y-%m", KEEP_MONTHLY);

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *d = &g_array_index (dated, Dated, i);
      if (!keep[i])
        g_ptr_array_add (doomed, d->snapshot);
      g_clear_pointer (&d->local, g_date_time_unref);
    }
  return doomed;
}

/**
 * styre_snapshot_describe_reason:
 * @reason: a snapshot's reason as stored: "daily", "manual", "import" …
 *
 * Returns: why the snapshot was taken, in words
 */
const char *
styre_snapshot_describe_reason (const char *reason)
{
  if (g_strcmp0 (reason, "daily") == 0)
    return C_("snapshot reason", "First change of the day");
  if (g_strcmp0 (reason, "manual") == 0)
    return C_("snapshot reason", "Taken by hand");
  if (g_strcmp0 (reason, "import") == 0)
    return C_("snapshot reason", "Before an import");
  if (g_strcmp0 (reason, "restore") == 0)
    return C_("snapshot reason", "Before a restore");
  if (g_strcmp0 (reason, "migration") == 0)
    return C_("snapshot reason", "Before an upgrade of the file");
  if (g_strcmp0 (reason, "bulk-delete") == 0)
    return C_("snapshot reason", "Before a large deletion");
  return reason ? reason : "";
}
