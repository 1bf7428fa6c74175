/* fuzz-csv.c — libFuzzer target: any bytes as the CSV of an initiative import
 * (STORAGE.md test 9)
 *
 * Each input is read by the CSV reader and planned against a small file that has an
 * agency, a person and an initiative, so that updates, new rows, budgets and links are
 * all reached. The plan is made and dropped; crashes and leaks are the findings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-csv.h"
#include "styre-import.h"
#include "styre-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static StyreStore *store;

static StyreStore *
make_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("styre-fuzz-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.styre", NULL);
  const char *seed = "Kode;Tiltak;Virksomhet;Prosjekteier;Fase;Budsjett 2026;Status\r\n"
                     "DF-1;Digital byggesak;Fjordvik kommune;Kari Nordmann;Idé;1 000 000;Gul\r\n";
  StyreStore *s = styre_store_create (path, "Fjordvik kommune", NULL);
  g_autoptr(StyreImport) plan = NULL;

  g_assert (s != NULL);
  styre_store_set_now_for_testing (s, "2026-11-27T09:00:00Z");
  plan = styre_import_prepare (s, seed, strlen (seed), NULL);
  g_assert (plan != NULL);
  g_assert (styre_import_apply (plan, s, "seed.csv", NULL, NULL));
  return s;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(StyreCsv) csv = NULL;
  g_autoptr(StyreImport) plan = NULL;

  if (store == NULL)
    store = make_store ();

  csv = styre_csv_parse ((const char *) data, size, NULL);
  plan = styre_import_prepare (store, (const char *) data, size, NULL);
  if (plan != NULL)
    {
      for (guint i = 0; i < styre_import_get_n_rows (plan); i++)
        (void) styre_import_get_row (plan, i);
      (void) styre_import_get_problems (plan);
    }
  return 0;
}
