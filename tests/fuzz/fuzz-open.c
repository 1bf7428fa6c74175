/* fuzz-open.c — libFuzzer target: open any bytes as a .styre file (STORAGE.md test 9)
 *
 * The whole hardened open runs on each input — header, journal mode, quick_check,
 * application_id, user_version, schema match, where the file lives — and, when a file is
 * accepted, the checks, the reads the pages make and who has the file open (the session
 * table, as the header shows it). The same bytes are also read as the owner file beside a
 * file (single-editor mode), which another computer writes. Crashes and leaks are the
 * findings; refusals are fine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "styre-owner.h"
#include "styre-queries.h"
#include "styre-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *dir;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  if (dir == NULL)
    dir = g_dir_make_tmp ("styre-fuzz-XXXXXX", NULL);
  path = g_build_filename (dir, "input.styre", NULL);
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;

  store = styre_store_open (path, STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store != NULL)
    {
      g_autoptr(GPtrArray) sessions = NULL;
      g_autoptr(GPtrArray) snapshots = NULL;

      g_autoptr(GListModel) initiatives = NULL;
      g_autoptr(GListModel) meetings = NULL;
      g_autoptr(GListModel) actions = NULL;
      StyrePortfolioSummary summary;

      styre_store_check (store, TRUE, NULL);
      initiatives = styre_store_list_initiatives (store, 2026, NULL);
      meetings = styre_store_list_meetings (store, NULL);
      actions = styre_store_list_actions (store, "2026-11-27", FALSE, NULL);
      if (styre_store_get_portfolio_summary (store, "2026-11-27", &summary, NULL))
        styre_portfolio_summary_clear (&summary);
      sessions = styre_store_list_sessions (store, TRUE, NULL);
      snapshots = styre_store_list_snapshots (store, NULL);
    }
  g_clear_object (&store);

  /* The same bytes as someone's owner file. */
  {
    g_autofree char *owner_path = styre_owner_file_path (path);
    g_autoptr(StyreOwner) owner = NULL;

    if (g_file_set_contents (owner_path, (const char *) data, (gssize) size, NULL))
      {
        owner = styre_owner_read (path, NULL);
        if (owner != NULL)
          {
            (void) styre_owner_is_stale (owner, "2026-11-27T09:00:00Z");
            (void) styre_owner_is_gone (owner);
          }
        g_unlink (owner_path);
      }
  }

  g_unlink (path);
  {
    g_autofree char *journal = g_strconcat (path, "-journal", NULL);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (journal);
    g_unlink (wal);
    g_unlink (shm);
  }
  return 0;
}
