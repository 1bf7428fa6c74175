/* styre-ics.c — a meeting as an iCalendar file (RFC 5545) for Outlook and other calendars
 *
 * METHOD:PUBLISH with the meeting's stable UID and a SEQUENCE that grows with each change
 * after the notice, so a calendar that imports the file again replaces the event instead
 * of adding a second one. Times are local Europe/Oslo with a VTIMEZONE that has the EU's
 * daylight-saving rule (last Sunday of March and of October), which Outlook needs to put
 * a meeting after a daylight-saving change at the right hour.
 *
 * The agenda in the description is the public one: a calendar entry is seen by more
 * people than the meeting's members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "styre-error.h"
#include "styre-ics.h"
#include "styre-public.h"

/* "2026-11-27T09:00" → 2026-11-27 09:00:00, floating (the TZID parameter gives the zone). */
static gboolean
local_time (const char          *text,
            struct icaltimetype *out)
{
  int y, mo, d, h, mi;

  if (text == NULL || sscanf (text, "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi) != 5
      || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
    return FALSE;
  *out = icaltime_null_time ();
  out->year = y;
  out->month = mo;
  out->day = d;
  out->hour = h;
  out->minute = mi;
  out->second = 0;
  out->is_date = 0;
  return TRUE;
}

static icalcomponent *
observance (icalcomponent_kind  kind,
            const char         *dtstart,
            int                 from,
            int                 to,
            const char         *name,
            const char         *rule)
{
  icalcomponent *c = icalcomponent_new (kind);

  icalcomponent_add_property (c, icalproperty_new_dtstart (icaltime_from_string (dtstart)));
  icalcomponent_add_property (c, icalproperty_new_tzoffsetfrom (from));
  icalcomponent_add_property (c, icalproperty_new_tzoffsetto (to));
  icalcomponent_add_property (c, icalproperty_new_tzname (name));
  icalcomponent_add_property (c, icalproperty_new_rrule (icalrecurrencetype_from_string (rule)));
  return c;
}

/* Europe/Oslo as it has been since 1996: CET, and CEST from the last Sunday of March at
 * 02:00 to the last Sunday of October at 03:00. */
static icalcomponent *
oslo_timezone (void)
{
  icalcomponent *tz = icalcomponent_new (ICAL_VTIMEZONE_COMPONENT);

  icalcomponent_add_property (tz, icalproperty_new_tzid (STYRE_ICS_TZID));
  icalcomponent_add_component (tz, observance (ICAL_XDAYLIGHT_COMPONENT, "19700329T020000",
                                               3600, 7200, "CEST",
                                               "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  icalcomponent_add_component (tz, observance (ICAL_XSTANDARD_COMPONENT, "19701025T030000",
                                               7200, 3600, "CET",
                                               "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  return tz;
}

static icalproperty *
with_tzid (icalproperty *prop)
{
  icalproperty_add_parameter (prop, icalparameter_new_tzid (STYRE_ICS_TZID));
  return prop;
}

static char *
describe (StyreAgenda *public_agenda,
          const char  *video_link)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the first line of a calendar entry's description */
  g_string_append_printf (text, _("Meeting of %s"), public_agenda->forum_name);
  if (public_agenda->organisation_name != NULL && *public_agenda->organisation_name != '\0')
    g_string_append_printf (text, ", %s", public_agenda->organisation_name);
  g_string_append (text, "\n\n");

  if (public_agenda->items->len > 0)
    {
      /* Translators: the agenda in a calendar entry, Norwegian "Saksliste" */
      g_string_append_printf (text, "%s\n", _("Agenda"));
      for (guint i = 0; i < public_agenda->items->len; i++)
        {
          StyreAgendaItem *item = g_ptr_array_index (public_agenda->items, i);
          g_autofree char *time = item->planned_start >= 0
                                  ? styre_agenda_format_minute (item->planned_start)
                                  : g_strdup ("");
          g_autofree char *label = NULL;

          /* The public view has withheld an exempt item's title. */
          if (item->title == NULL || *item->title == '\0')
            label = styre_public_exempt_label (item->legal_basis);
          else
            label = g_strdup (item->title);
          g_string_append_printf (text, "%s%s%s%s%s\n", time, *time ? "  " : "",
                                  item->case_number ? item->case_number : "",
                                  item->case_number ? "  " : "", label);
        }
    }
  if (video_link != NULL && *video_link != '\0')
    /* Translators: the video link in a calendar entry */
    g_string_append_printf (text, "\n%s %s\n", _("Video meeting:"), video_link);
  if (public_agenda->secretary_name != NULL)
    {
      g_autofree char *absence = NULL;

      if (public_agenda->secretary_email != NULL && *public_agenda->secretary_email != '\0')
        /* Translators: in a calendar entry; Norwegian "Forfall meldes til %s (%s)." */
        absence = g_strdup_printf (_("Report absence to %s (%s)."),
                                   public_agenda->secretary_name, public_agenda->secretary_email);
      else
        /* Translators: in a calendar entry; Norwegian "Forfall meldes til %s." */
        absence = g_strdup_printf (_("Report absence to %s."), public_agenda->secretary_name);
      g_string_append_printf (text, "\n%s\n", absence);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * styre_ics_from_agenda:
 * @dtstamp_utc: (nullable): when the file is made, 'YYYY-MM-DDTHH:MM:SSZ'; %NULL for now
 *
 * Returns: (transfer full): the VCALENDAR text, CRLF line ends, or %NULL with @error
 */
char *
styre_ics_from_agenda (StyreAgenda  *agenda,
                       const char   *dtstamp_utc,
                       GError      **error)
{
  g_autoptr(StyreAgenda) public_agenda = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *prodid = NULL;
  struct icaltimetype start, end, dtstamp;
  icalcomponent *calendar, *event;
  char *text;
  char *ret;

  g_return_val_if_fail (agenda != NULL, NULL);

  if (!local_time (agenda->starts_at, &start) || !local_time (agenda->ends_at, &end))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The meeting has no valid start and end time."));
      return NULL;
    }
  if (dtstamp_utc != NULL)
    stamp = g_date_time_new_from_iso8601 (dtstamp_utc, NULL);
  if (stamp == NULL)
    stamp = g_date_time_new_now_utc ();
  dtstamp = icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (stamp), 0,
                                           icaltimezone_get_utc_timezone ());

  /* One code path for what the public may see (styre-public.c). */
  public_agenda = styre_agenda_public_view (agenda);
  summary = styre_agenda_get_display_title (public_agenda);
  if (g_strcmp0 (summary, public_agenda->forum_name) != 0)
    {
      char *with_forum = g_strdup_printf ("%s – %s", summary, public_agenda->forum_name);
      g_free (summary);
      summary = with_forum;
    }
  description = describe (public_agenda, agenda->video_link);
  location = g_strdup (agenda->place != NULL && *agenda->place != '\0' ? agenda->place
                                                                      : agenda->video_link);
  prodid = g_strdup_printf ("-//Styre//Styre %s//NO", PACKAGE_VERSION);

  calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                                  icalproperty_new_version ("2.0"),
                                  icalproperty_new_prodid (prodid),
                                  icalproperty_new_method (ICAL_METHOD_PUBLISH),
                                  (void *) 0);
  icalcomponent_add_component (calendar, oslo_timezone ());

  event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property (event, icalproperty_new_uid (agenda->uid));
  icalcomponent_add_property (event, icalproperty_new_sequence (agenda->sequence));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (dtstamp));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (start)));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (end)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (location != NULL && *location != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (location));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_status (g_strcmp0 (agenda->state, "draft") == 0
                                                              ? ICAL_STATUS_TENTATIVE
                                                              : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_OPAQUE));
  if (agenda->video_link != NULL && *agenda->video_link != '\0')
    icalcomponent_add_property (event, icalproperty_new_url (agenda->video_link));
  if (agenda->secretary_email != NULL && *agenda->secretary_email != '\0')
    {
      g_autofree char *mailto = g_strdup_printf ("mailto:%s", agenda->secretary_email);
      icalproperty *organizer = icalproperty_new_organizer (mailto);

      if (agenda->secretary_name != NULL)
        icalproperty_add_parameter (organizer, icalparameter_new_cn (agenda->secretary_name));
      icalcomponent_add_property (event, organizer);
    }
  icalcomponent_add_component (calendar, event);

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  if (text == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                           _("The calendar file could not be made."));
      return NULL;
    }
  ret = g_strdup (text);
  free (text);
  return ret;
}
