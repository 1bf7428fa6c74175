/* styre-format.h — numbers, money, dates and times written the Norwegian way
 *
 * Not glibc's %c or strfmon: Norwegian style regardless of the C locale (PRODUCT.md):
 * thousands separated by a no-break space, decimal comma, "kr", "mill. kr", "mrd. kr",
 * "27.11.2026", "27. november 2026", "kl. 09.30", "uke 48". Words come from translations,
 * so the English interface says "27 November 2026" and "09:30".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The no-break space that separates thousands on screen and paper (never in exports). */
#define STYRE_THOUSANDS_SEPARATOR "\u00a0"

char     *styre_format_integer      (gint64       value);
char     *styre_format_decimal      (double       value,
                                     guint        decimals);
char     *styre_format_percent      (double       value,
                                     guint        decimals);
char     *styre_format_nok          (gint64       amount);
char     *styre_format_nok_short    (gint64       amount);
char     *styre_format_date         (const char  *iso_date);
char     *styre_format_date_long    (const char  *iso_date);
char     *styre_format_month        (const char  *period);
char     *styre_format_time         (int          hour,
                                     int          minute);
char     *styre_format_time_of      (const char  *iso_datetime);
char     *styre_format_time_range   (const char  *starts_at,
                                     const char  *ends_at);
char     *styre_format_week         (const char  *iso_date);
char     *styre_format_case_number  (int          seq,
                                     int          year,
                                     int          digits);
char     *styre_format_timestamp    (const char  *utc_timestamp,
                                     const char  *today);
char     *styre_format_size         (gint64       bytes);

gboolean  styre_parse_amount        (const char  *text,
                                     gint64      *amount,
                                     GError     **error);
gboolean  styre_parse_date          (const char  *text,
                                     char       **iso_date,
                                     GError     **error);
GDate    *styre_date_from_iso       (const char  *iso_date);

G_END_DECLS
