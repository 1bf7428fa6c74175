/* test-format.c — Norwegian numbers, money, dates and times
 *
 * The words come from the translations, so the Norwegian forms are tested with the
 * built nb and nn catalogues, and the English ones in the untranslated interface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "styre-error.h"
#include "styre-format.h"
#include "styre-vocabulary.h"

#define NBSP "\u00a0"

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc caches lookups per language; changing LANGUAGE must be announced. */
  textdomain (textdomain (NULL));
}

static void
test_integers (void)
{
  g_autofree char *a = styre_format_integer (12500000);
  g_autofree char *b = styre_format_integer (999);
  g_autofree char *c = styre_format_integer (-1200);
  g_autofree char *d = styre_format_integer (0);
  g_autofree char *e = styre_format_integer (G_MININT64);

  g_assert_cmpstr (a, ==, "12" NBSP "500" NBSP "000");
  g_assert_cmpstr (b, ==, "999");
  g_assert_cmpstr (c, ==, "−1" NBSP "200");
  g_assert_cmpstr (d, ==, "0");
  g_assert_cmpstr (e, ==, "−9" NBSP "223" NBSP "372" NBSP "036" NBSP "854" NBSP "775" NBSP "808");
}

static void
test_decimals (void)
{
  g_autofree char *a = styre_format_decimal (12.5, 1);
  g_autofree char *b = styre_format_decimal (1234.5, 2);
  g_autofree char *c = styre_format_decimal (-0.04, 1);
  g_autofree char *d = styre_format_decimal (2.96, 1);
  g_autofree char *e = styre_format_percent (4.5, 1);

  g_assert_cmpstr (a, ==, "12,5");
  g_assert_cmpstr (b, ==, "1" NBSP "234,50");
  g_assert_cmpstr (c, ==, "0,0");
  g_assert_cmpstr (d, ==, "3,0");
  g_assert_cmpstr (e, ==, "4,5" NBSP "%");
}

static void
test_money_norwegian (void)
{
  use_language ("nb");
  {
    g_autofree char *a = styre_format_nok (12500000);
    g_autofree char *b = styre_format_nok_short (12500000);
    g_autofree char *c = styre_format_nok_short (1200000000);
    g_autofree char *d = styre_format_nok_short (850000);
    g_autofree char *e = styre_format_nok_short (-3400000);

    g_assert_cmpstr (a, ==, "12" NBSP "500" NBSP "000 kr");
    g_assert_cmpstr (b, ==, "12,5 mill. kr");
    g_assert_cmpstr (c, ==, "1,2 mrd. kr");
    g_assert_cmpstr (d, ==, "850" NBSP "000 kr");
    g_assert_cmpstr (e, ==, "−3,4 mill. kr");
  }
  use_language ("nn");
  {
    g_autofree char *b = styre_format_nok_short (12500000);
    g_assert_cmpstr (b, ==, "12,5 mill. kr");
  }
}

static void
test_dates_norwegian (void)
{
  use_language ("nb");
  {
    g_autofree char *shortd = styre_format_date ("2026-11-27");
    g_autofree char *longd = styre_format_date_long ("2026-11-27");
    g_autofree char *first = styre_format_date_long ("2027-01-01");
    g_autofree char *month = styre_format_month ("2026-05");
    g_autofree char *time = styre_format_time (9, 30);
    g_autofree char *time_of = styre_format_time_of ("2026-11-27T14:05");
    g_autofree char *week = styre_format_week ("2026-11-27");
    g_autofree char *week1 = styre_format_week ("2027-01-01");
    g_autofree char *range = styre_format_time_range ("2026-12-03T09:00", "2026-12-03T11:30");
    g_autofree char *open_end = styre_format_time_range ("2026-12-03T09:00", NULL);

    g_assert_cmpstr (shortd, ==, "27.11.2026");
    g_assert_cmpstr (longd, ==, "27. november 2026");
    g_assert_cmpstr (first, ==, "1. januar 2027");
    g_assert_cmpstr (month, ==, "mai 2026");
    g_assert_cmpstr (time, ==, "kl. 09.30");
    g_assert_cmpstr (time_of, ==, "kl. 14.05");
    g_assert_cmpstr (week, ==, "uke 48");
    /* 1 January 2027 is a Friday: still ISO week 53 of 2026. */
    g_assert_cmpstr (week1, ==, "uke 53");
    g_assert_cmpstr (range, ==, "kl. 09.00–11.30");
    g_assert_cmpstr (open_end, ==, "kl. 09.00");
  }
  use_language ("nn");
  {
    g_autofree char *week = styre_format_week ("2026-11-27");
    g_autofree char *longd = styre_format_date_long ("2026-08-03");
    g_assert_cmpstr (week, ==, "veke 48");
    g_assert_cmpstr (longd, ==, "3. august 2026");
  }
}

static void
test_dates_english (void)
{
  use_language ("en");
  {
    g_autofree char *longd = styre_format_date_long ("2026-11-27");
    g_autofree char *time = styre_format_time (9, 30);
    g_autofree char *bad = styre_format_date ("not a date");

    g_assert_cmpstr (longd, ==, "27 November 2026");
    g_assert_cmpstr (time, ==, "09:30");
    g_assert_cmpstr (bad, ==, "not a date");
  }
}

static void
test_case_numbers (void)
{
  g_autofree char *a = styre_format_case_number (12, 2026, 2);
  g_autofree char *b = styre_format_case_number (89, 2015, 3);
  g_autofree char *c = styre_format_case_number (5, 2009, 2);
  g_autofree char *d = styre_format_case_number (0, 2026, 2);

  g_assert_cmpstr (a, ==, "12/26");
  g_assert_cmpstr (b, ==, "089/15");
  g_assert_cmpstr (c, ==, "05/09");
  g_assert_cmpstr (d, ==, "");
}

static void
test_parse_amounts (void)
{
  static const struct { const char *text; gint64 value; } good[] = {
    { "12 500 000", 12500000 },
    { "12\u00a0500\u00a0000 kr", 12500000 },
    { "kr 12 500", 12500 },
    { "12,5 mill.", 12500000 },
    { "12,5 mill. kr", 12500000 },
    { "12,5 millioner", 12500000 },
    { "1,2 mrd", 1200000000 },
    { "12500000", 12500000 },
    { "12.500.000", 12500000 },
    { "−300 000", -300000 },
    { "-300000", -300000 },
    { "0,4", 0 },
    { "1 234,56", 1235 },
    { "NOK 2 000", 2000 },
    { "12 500 000,00", 12500000 },
    { "kr 12 500,-", 12500 },
    { "12 500,–", 12500 },
    { "kr. 4 000", 4000 },
  };
  static const char *bad[] = { "", "kr", "tolv", "12,5,3", "12 mill mill x", "1e9", "12:00" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = -1;
      if (!styre_parse_amount (good[i].text, &v, &error))
        g_error ("“%s”: %s", good[i].text, error->message);
      g_assert_cmpint (v, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 v = 0;
      if (styre_parse_amount (bad[i], &v, &error))
        g_error ("“%s” read as %" G_GINT64_FORMAT, bad[i], v);
      g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
    }
}

static void
test_parse_dates (void)
{
  static const struct { const char *text; const char *iso; } good[] = {
    { "27.11.2026", "2026-11-27" },
    { " 1.2.2027 ", "2027-02-01" },
    { "27.11.26", "2026-11-27" },
    { "27/11/2026", "2026-11-27" },
    { "2026-11-27", "2026-11-27" },
    { "29.02.2028", "2028-02-29" },
    { "27.11.2026 00:00", "2026-11-27" },
    { "2026-11-27 00:00:00", "2026-11-27" },
    { "2026-11-27T08:30:00", "2026-11-27" },
  };
  static const char *bad[] = { "", "31.11.2026", "29.02.2027", "2026-13-01", "27.11",
                               "27-11-2026x", "i morgen", "27.11/2026",
                               "27.11.2026 kl", "2026-11-27 25:00" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      if (!styre_parse_date (good[i].text, &iso, &error))
        g_error ("“%s”: %s", good[i].text, error->message);
      g_assert_cmpstr (iso, ==, good[i].iso);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      if (styre_parse_date (bad[i], &iso, &error))
        g_error ("“%s” read as %s", bad[i], iso);
      g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
    }
}

static void
test_vocabulary (void)
{
  use_language ("nb");
  g_assert_cmpstr (styre_vocabulary_label (STYRE_VOCAB_PHASE, "execution"), ==, "Gjennomføre");
  g_assert_cmpstr (styre_vocabulary_label (STYRE_VOCAB_DIMENSION, "benefits"), ==,
                   "Nyttevirkninger");
  use_language ("en");
  g_assert_cmpstr (styre_vocabulary_label (STYRE_VOCAB_PHASE, "execution"), ==, "Execution");
  g_assert_cmpstr (styre_vocabulary_label (STYRE_VOCAB_PHASE, "unknown-future"), ==,
                   "unknown-future");

  /* Words from an Excel sheet in any of the three languages and any case. */
  g_assert_cmpstr (styre_vocabulary_match (STYRE_VOCAB_METHOD, "Smidig"), ==, "agile");
  g_assert_cmpstr (styre_vocabulary_match (STYRE_VOCAB_METHOD, "FOSSEFALL"), ==, "waterfall");
  g_assert_cmpstr (styre_vocabulary_match (STYRE_VOCAB_INITIATIVE_KIND, "Smidig produktteam"),
                   ==, "product_team");
  g_assert_cmpstr (styre_vocabulary_match (STYRE_VOCAB_RAG, "Raud"), ==, "red");
  g_assert_cmpstr (styre_vocabulary_match (STYRE_VOCAB_RAG, " grønn "), ==, "green");
  g_assert_null (styre_vocabulary_match (STYRE_VOCAB_RAG, "lilla"));

  g_assert_cmpstr (styre_rag_symbol (STYRE_RAG_RED), ==, "■");
  g_assert_cmpstr (styre_rag_symbol (STYRE_RAG_YELLOW), ==, "▲");
  g_assert_cmpstr (styre_rag_symbol (STYRE_RAG_GREEN), ==, "●");
  g_assert_cmpstr (styre_rag_symbol (STYRE_RAG_GREY), ==, "○");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("STYRE_BUILD_LOCALEDIR");

  /* Any UTF-8 locale that is not "C" lets gettext follow LANGUAGE. */
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/integers", test_integers);
  g_test_add_func ("/format/decimals", test_decimals);
  g_test_add_func ("/format/money-norwegian", test_money_norwegian);
  g_test_add_func ("/format/dates-norwegian", test_dates_norwegian);
  g_test_add_func ("/format/dates-english", test_dates_english);
  g_test_add_func ("/format/case-numbers", test_case_numbers);
  g_test_add_func ("/format/parse-amounts", test_parse_amounts);
  g_test_add_func ("/format/parse-dates", test_parse_dates);
  g_test_add_func ("/format/vocabulary", test_vocabulary);

  return g_test_run ();
}
