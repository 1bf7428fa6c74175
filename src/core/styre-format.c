/* styre-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "styre-error.h"
#include "styre-format.h"

static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, STYRE_THOUSANDS_SEPARATOR);
      g_string_append_c (out, digits[i]);
    }
}

/* Uses a real minus sign, which does not break from its number. */
static void
append_sign (GString *out,
             gboolean negative)
{
  if (negative)
    g_string_append (out, "−");
}

/**
 * styre_format_integer:
 *
 * "12 500 000" (with no-break spaces), "−1 200".
 */
char *
styre_format_integer (gint64 value)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;

  append_sign (out, value < 0);
  append_grouped (out, magnitude);
  return g_string_free (out, FALSE);
}

/**
 * styre_format_decimal:
 *
 * "12,5", "1 234,50": grouped, with a decimal comma, rounded to @decimals.
 */
char *
styre_format_decimal (double value,
                      guint  decimals)
{
  GString *out = g_string_new (NULL);
  double scale = pow (10.0, decimals);
  double rounded = round (fabs (value) * scale);
  guint64 whole = (guint64) (rounded / scale);
  guint64 frac = (guint64) (rounded - (double) whole * scale + 0.5);

  if (!isfinite (value))
    {
      g_string_free (out, TRUE);
      return g_strdup ("–");
    }

  append_sign (out, value < 0 && rounded > 0);
  append_grouped (out, whole);
  if (decimals > 0)
    g_string_append_printf (out, ",%0*" G_GUINT64_FORMAT, (int) decimals, frac);
  return g_string_free (out, FALSE);
}

/**
 * styre_format_percent:
 *
 * "12,5 %" — Norwegian puts a space before the sign.
 */
char *
styre_format_percent (double value,
                      guint  decimals)
{
  g_autofree char *number = styre_format_decimal (value, decimals);

  return g_strdup_printf ("%s\u00a0%%", number);
}

/**
 * styre_format_nok:
 *
 * "12 500 000 kr".
 */
char *
styre_format_nok (gint64 amount)
{
  g_autofree char *number = styre_format_integer (amount);

  /* Translators: an amount of Norwegian kroner, e.g. "12 500 000 kr" */
  return g_strdup_printf (_("%s kr"), number);
}

/**
 * styre_format_nok_short:
 *
 * Amounts for charts and tiles: "850 000 kr", "12,5 mill. kr", "1,2 mrd. kr".
 */
char *
styre_format_nok_short (gint64 amount)
{
  double a = fabs ((double) amount);
  double sign = amount < 0 ? -1.0 : 1.0;

  if (a >= 1e9)
    {
      g_autofree char *n = styre_format_decimal (sign * a / 1e9, a >= 1e11 ? 0 : 1);
      /* Translators: billions of kroner, e.g. "1,2 mrd. kr" */
      return g_strdup_printf (_("%s bn kr"), n);
    }
  if (a >= 1e6)
    {
      g_autofree char *n = styre_format_decimal (sign * a / 1e6, a >= 1e8 ? 0 : 1);
      /* Translators: millions of kroner, e.g. "12,5 mill. kr" */
      return g_strdup_printf (_("%s m kr"), n);
    }
  return styre_format_nok (amount);
}

/**
 * styre_date_from_iso:
 * @iso_date: 'YYYY-MM-DD' (anything after the date, like a time, is ignored)
 *
 * Returns: (transfer full) (nullable): the date, or %NULL if @iso_date is not a valid date
 */
GDate *
styre_date_from_iso (const char *iso_date)
{
  guint y, m, d;
  char rest;

  if (iso_date == NULL || strlen (iso_date) < 10)
    return NULL;
  if (sscanf (iso_date, "%4u-%2u-%2u%c", &y, &m, &d, &rest) < 3)
    return NULL;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return NULL;
  return g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/**
 * styre_format_date:
 *
 * "27.11.2026".
 */
char *
styre_format_date (const char *iso_date)
{
  g_autoptr(GDate) date = styre_date_from_iso (iso_date);

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static const char *
month_name (int month)
{
  switch (month)
    {
    case 1: return C_("month name", "January");
    case 2: return C_("month name", "February");
    case 3: return C_("month name", "March");
    case 4: return C_("month name", "April");
    case 5: return C_("month name", "May");
    case 6: return C_("month name", "June");
    case 7: return C_("month name", "July");
    case 8: return C_("month name", "August");
    case 9: return C_("month name", "September");
    case 10: return C_("month name", "October");
    case 11: return C_("month name", "November");
    case 12: return C_("month name", "December");
    default: return "";
    }
}

/**
 * styre_format_date_long:
 *
 * "27. november 2026" (nb, nn); "27 November 2026" (en).
 */
char *
styre_format_date_long (const char *iso_date)
{
  g_autoptr(GDate) date = styre_date_from_iso (iso_date);

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");
  /* Translators: a long date: day, month name, year. Norwegian: "%1$d. %2$s %3$d" */
  return g_strdup_printf (_("%1$d %2$s %3$d"), g_date_get_day (date),
                          month_name (g_date_get_month (date)), g_date_get_year (date));
}

/**
 * styre_format_month:
 * @period: 'YYYY-MM'
 *
 * "november 2026".
 */
char *
styre_format_month (const char *period)
{
  guint y, m;

  if (period == NULL || sscanf (period, "%4u-%2u", &y, &m) != 2 || m < 1 || m > 12)
    return g_strdup (period ? period : "");
  /* Translators: a month and year, e.g. "november 2026" */
  return g_strdup_printf (_("%1$s %2$u"), month_name ((int) m), y);
}

/**
 * styre_format_time:
 *
 * "kl. 09.30" (nb, nn); "09:30" (en).
 */
char *
styre_format_time (int hour,
                   int minute)
{
  /* Translators: a time of day. Norwegian: "kl. %02d.%02d" */
  return g_strdup_printf (_("%02d:%02d"), hour, minute);
}

/**
 * styre_format_time_of:
 * @iso_datetime: 'YYYY-MM-DDTHH:MM' (local time)
 */
char *
styre_format_time_of (const char *iso_datetime)
{
  int h, m;

  if (iso_datetime == NULL || strlen (iso_datetime) < 16
      || sscanf (iso_datetime + 11, "%2d:%2d", &h, &m) != 2)
    return g_strdup ("");
  return styre_format_time (h, m);
}

static gboolean
parse_clock (const char *iso_datetime,
             int        *hour,
             int        *minute)
{
  return iso_datetime != NULL && strlen (iso_datetime) >= 16
         && sscanf (iso_datetime + 11, "%2d:%2d", hour, minute) == 2
         && *hour >= 0 && *hour < 24 && *minute >= 0 && *minute < 60;
}

/**
 * styre_format_time_range:
 * @starts_at: 'YYYY-MM-DDTHH:MM' (local time)
 * @ends_at: (nullable): 'YYYY-MM-DDTHH:MM'
 *
 * "kl. 09.00–11.30" (nb, nn), "09:00–11:30" (en); only the start when the end is unknown.
 */
char *
styre_format_time_range (const char *starts_at,
                         const char *ends_at)
{
  int h1, m1, h2, m2;

  if (!parse_clock (starts_at, &h1, &m1))
    return g_strdup ("");
  if (!parse_clock (ends_at, &h2, &m2))
    return styre_format_time (h1, m1);
  /* Translators: a meeting's start and end time. Norwegian: "kl. %02d.%02d–%02d.%02d" */
  return g_strdup_printf (_("%02d:%02d–%02d:%02d"), h1, m1, h2, m2);
}

/**
 * styre_format_week:
 *
 * "uke 48" — the ISO 8601 week.
 */
char *
styre_format_week (const char *iso_date)
{
  g_autoptr(GDate) date = styre_date_from_iso (iso_date);

  if (date == NULL)
    return g_strdup ("");
  /* Translators: an ISO week number, Norwegian "uke %u" */
  return g_strdup_printf (_("week %u"), g_date_get_iso8601_week_of_year (date));
}

/**
 * styre_format_case_number:
 * @digits: 2 or 3, as the forum chooses
 *
 * "12/26", "089/15": the running number per forum and year, then the year's last two
 * digits.
 */
char *
styre_format_case_number (int seq,
                          int year,
                          int digits)
{
  if (seq <= 0)
    return g_strdup ("");
  return g_strdup_printf ("%0*d/%02d", CLAMP (digits, 1, 3), seq, year % 100);
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/**
 * styre_parse_amount:
 *
 * Reads an amount of kroner as people write it: "12 500 000", "12 500 000 kr",
 * "kr 12 500", "12,5 mill.", "12,5 mill. kr", "1,2 mrd", "12500000", "−300 000",
 * and as Norwegian Excel writes it: "12 500 000,00", "kr 12 500,-".
 * The result is rounded to whole kroner.
 */
gboolean
styre_parse_amount (const char  *text,
                    gint64      *amount,
                    GError     **error)
{
  g_autoptr(GString) number = g_string_new (NULL);
  g_autofree char *lower = NULL;
  const char *p;
  double multiplier = 1.0;
  gboolean negative = FALSE;
  gboolean seen_digit = FALSE;
  gboolean seen_comma = FALSE;
  double value;
  char *end = NULL;

  g_return_val_if_fail (amount != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    goto invalid;

  lower = g_utf8_strdown (text, -1);
  p = lower;

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* ",-" and ",–" after a number: whole kroner, as on an invoice. */
      if ((c == ',' || c == '.') && seen_digit && !seen_comma
          && (p[1] == '-' || g_str_has_prefix (p + 1, "–")))
        {
          p += p[1] == '-' ? 1 : strlen ("–");
          continue;
        }
      if (g_unichar_isdigit (c) && c < 128)
        {
          g_string_append_c (number, (char) c);
          seen_digit = TRUE;
        }
      else if (c == ',' || (c == '.' && !seen_comma && g_ascii_isdigit (p[1])
                            && !(g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])
                                 && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]))))
        {
          /* A comma is the decimal sign; a point is one too, unless it groups thousands
           * ("12.500.000"). */
          if (seen_comma || !seen_digit)
            goto invalid;
          g_string_append_c (number, '.');
          seen_comma = TRUE;
        }
      else if (c == '.' || is_space_char (c) || c == '\'')
        continue;
      else if ((c == '-' || c == 0x2212) && !seen_digit)
        negative = TRUE;
      else if (g_str_has_prefix (p, "kr") || g_str_has_prefix (p, "nok"))
        p += (g_str_has_prefix (p, "kr") ? 2 : 3) - 1;
      else if (g_str_has_prefix (p, "mill") && seen_digit)
        {
          multiplier = 1e6;
          p += strlen ("mill") - 1;
          while (p[1] && g_ascii_isalpha (p[1]))
            p++;
        }
      else if ((g_str_has_prefix (p, "mrd") || g_str_has_prefix (p, "mia")) && seen_digit)
        {
          multiplier = 1e9;
          p += 2;
          while (p[1] && g_ascii_isalpha (p[1]))
            p++;
        }
      else
        goto invalid;
    }

  if (!seen_digit)
    goto invalid;

  value = g_ascii_strtod (number->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    goto invalid;
  value *= multiplier;
  if (value > 9e15)
    goto invalid;
  *amount = (gint64) llround (negative ? -value : value);
  return TRUE;

invalid:
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
               _("“%s” is not an amount. Write it like 12 500 000 or 12,5 mill."),
               text ? text : "");
  return FALSE;
}

/**
 * styre_parse_date:
 * @iso_date: (out): 'YYYY-MM-DD'
 *
 * Reads a date written "27.11.2026", "27.11.26", "27/11/2026" or "2026-11-27". A time of
 * day after the date, as spreadsheets add it ("27.11.2026 00:00", "2026-11-27T00:00:00"),
 * is ignored.
 */
gboolean
styre_parse_date (const char  *text,
                  char       **iso_date,
                  GError     **error)
{
  guint a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0, extra = 0;
  guint d, m, y;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (iso_date != NULL, FALSE);

  if (text == NULL)
    goto invalid;
  trimmed = g_strstrip (g_strdup (text));
  {
    char *cut = strpbrk (trimmed, " T");
    guint hh, mm;
    char colon;

    if (cut != NULL && sscanf (cut + 1, "%u%c%u", &hh, &colon, &mm) == 3
        && (colon == ':' || colon == '.') && hh < 24 && mm < 60)
      *cut = '\0';
  }

  if (sscanf (trimmed, "%u%c%u%c%u%c", &a, &sep1, &b, &sep2, &c, &extra) != 5)
    goto invalid;
  if (sep1 != sep2)
    goto invalid;

  if (sep1 == '-' && a >= 1000)
    {
      y = a; m = b; d = c;
    }
  else if (sep1 == '.' || sep1 == '/')
    {
      d = a; m = b; y = c;
      if (y < 100)
        y += 2000;
    }
  else
    goto invalid;

  if (y < 1900 || y > 2200 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    goto invalid;

  *iso_date = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;

invalid:
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
               _("“%s” is not a date. Write it like 27.11.2026."), text ? text : "");
  return FALSE;
}

/**
 * styre_format_timestamp:
 * @utc_timestamp: 'YYYY-MM-DDTHH:MM:SSZ', as `updated_at` and the audit log store it
 * @today: (nullable): today in Norway, 'YYYY-MM-DD'; a moment on that day gets its time only
 *
 * The moment in Norwegian time: "27.11.2026 kl. 09.12", or "kl. 09.12" today.
 */
char *
styre_format_timestamp (const char *utc_timestamp,
                        const char *today)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autofree char *date = NULL;
  g_autofree char *hhmm = NULL;
  g_autofree char *iso = NULL;

  utc = utc_timestamp ? g_date_time_new_from_iso8601 (utc_timestamp, NULL) : NULL;
  if (utc == NULL)
    return g_strdup (utc_timestamp ? utc_timestamp : "");
  local = oslo ? g_date_time_to_timezone (utc, oslo) : g_date_time_to_local (utc);
  iso = g_date_time_format (local, "%Y-%m-%d");
  hhmm = styre_format_time (g_date_time_get_hour (local), g_date_time_get_minute (local));
  if (today != NULL && g_str_equal (iso, today))
    return g_steal_pointer (&hhmm);
  date = styre_format_date (iso);
  /* Translators: a date and a time of day, e.g. "27.11.2026 kl. 09.12" */
  return g_strdup_printf (_("%1$s %2$s"), date, hhmm);
}

/**
 * styre_format_size:
 *
 * A file's size: "412 kB", "4,2 MB".
 */
char *
styre_format_size (gint64 bytes)
{
  if (bytes < 1000 * 1000)
    {
      g_autofree char *kb = styre_format_integer ((MAX (bytes, 0) + 999) / 1000);
      /* Translators: a file size in kilobytes, e.g. "412 kB" */
      return g_strdup_printf (_("%s kB"), kb);
    }
  {
    g_autofree char *mb = styre_format_decimal (bytes / 1e6, 1);
    /* Translators: a file size in megabytes, e.g. "4,2 MB" */
    return g_strdup_printf (_("%s MB"), mb);
  }
}
