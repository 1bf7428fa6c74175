/* styre-document-meeting.c — a meeting's documents: notice, minutes, board pack; the
 * follow-up list
 *
 * Laid out as Norwegian public bodies write them (PRACTICE.md): the notice with date,
 * time and place, who is called and to whom absence is reported, then the agenda with
 * case numbers; each saksframlegg with summary, background, assessment and the proposed
 * decision as numbered points; the minutes with who was present and absent, each
 * decision and dissent, the actions, and lines for signatures.
 *
 * A public version is made from styre_agenda_public_view() and nothing else, so an
 * exempt item shows its case number, "Exempt from public access" and its legal basis.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-action.h"
#include "styre-document-meeting.h"
#include "styre-format.h"
#include "styre-public.h"
#include "styre-vocabulary.h"

static gboolean
is_exempt (const StyreAgendaItem *item)
{
  return g_strcmp0 (item->confidentiality, "exempt") == 0;
}

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

/* "Sak 12/26 Budsjett 2027", or the title of an unnumbered item. */
static char *
item_heading (const StyreAgendaItem *item)
{
  /* A public exempt item has no title; its heading is its case number. */
  if (!has_text (item->title))
    {
      if (item->case_number != NULL)
        /* Translators: an item's heading in a document, Norwegian "Sak %s" */
        return g_strdup_printf (_("Case %s"), item->case_number);
      return styre_public_exempt_label (NULL);
    }
  if (item->case_number != NULL)
    /* Translators: an item's heading in a document, Norwegian "Sak %s %s" */
    return g_strdup_printf (_("Case %s %s"), item->case_number, item->title);
  return g_strdup (item->title);
}

/* What a document says about a title that may be withheld: the title, and under it the
 * legal basis when it is exempt; only the legal basis when the title is withheld. The
 * document shows what it is given: withholding is styre-public.c's alone. */
static void
append_title (GString    *out,
              const char *title,
              gboolean    exempt,
              const char *legal_basis)
{
  g_autofree char *label = exempt ? styre_public_exempt_label (legal_basis) : NULL;
  g_autofree char *e_label = label ? escape (label) : NULL;

  if (!has_text (title))
    {
      g_string_append_printf (out, "<i>%s</i>", e_label ? e_label : "");
      return;
    }
  {
    g_autofree char *e = escape (title);
    g_string_append (out, e);
  }
  if (e_label != NULL)
    g_string_append_printf (out, "\n<span size=\"small\" weight=\"bold\">%s</span>", e_label);
}

static char *
presenter_of (const StyreAgendaItem *item)
{
  if (item->presenter_name != NULL && has_text (item->presenter_text))
    return g_strdup_printf ("%s, %s", item->presenter_name, item->presenter_text);
  if (item->presenter_name != NULL)
    return g_strdup (item->presenter_name);
  return g_strdup (item->presenter_text ? item->presenter_text : "");
}

static char *
date_words (StyreAgenda *agenda)
{
  g_autofree char *date = g_strndup (agenda->starts_at, 10);

  return styre_format_date_long (date);
}

/* The names of the participants with @role (or @attendance), comma-separated. */
static char *
names_with (StyreAgenda *agenda,
            const char  *role,
            const char  *attendance,
            gboolean     with_reason)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < agenda->participants->len; i++)
    {
      StyreParticipant *p = g_ptr_array_index (agenda->participants, i);
      g_autofree char *name = escape (p->name);

      if (role != NULL && g_strcmp0 (p->role, role) != 0)
        continue;
      if (attendance != NULL && g_strcmp0 (p->attendance, attendance) != 0)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, name);
      if (p->substitute_for_name != NULL)
        {
          g_autofree char *other = escape (p->substitute_for_name);
          /* Translators: a substitute in a list of names, Norwegian "(vara for %s)" */
          g_string_append_printf (out, _(" (substitute for %s)"), other);
        }
      if (with_reason && has_text (p->absence_reason))
        {
          g_autofree char *reason = escape (p->absence_reason);
          g_string_append_printf (out, " (%s)", reason);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The members called: the chair first, then members and substitutes called. */
static char *
members (StyreAgenda *agenda,
         const char  *attendance,
         gboolean     with_reason)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *roles[] = { "chair", "member", "substitute" };

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autofree char *names = names_with (agenda, roles[r], attendance, with_reason);

      if (*names == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, names);
      if (r == 0 && attendance != NULL)
        /* Translators: after the chair's name in the minutes, Norwegian "(leder)" */
        g_string_append (out, _(" (chair)"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
times_of (StyreAgenda *agenda)
{
  return styre_format_time_range (agenda->starts_at, agenda->ends_at);
}

static void
add_meeting_fields (StyreDocument *doc,
                    StyreAgenda   *agenda,
                    gboolean       minutes)
{
  g_autofree char *date = date_words (agenda);
  g_autofree char *times = times_of (agenda);
  g_autofree char *place = escape (agenda->place);
  g_autofree char *video = escape (agenda->video_link);
  g_autofree char *chair = escape (agenda->chair_name);
  g_autofree char *secretary = escape (agenda->secretary_name);
  g_autofree char *e_date = escape (date);
  g_autofree char *e_times = escape (times);
  const char *fields[] = {
    /* Translators: labels in a notice's and minutes' head, Norwegian "Møtedato",
     * "Møtetid", "Møtested", "Videomøte", "Møteleder", "Sekretær" */
    _("Date"), e_date,
    _("Time"), e_times,
    _("Place"), place,
    _("Video meeting"), video,
    _("Chair"), chair,
    minutes ? _("Minutes taken by") : _("Secretary"), secretary,
    NULL
  };

  styre_document_add_fields (doc, fields);
}

static const char *
type_label (const StyreAgendaItem *item)
{
  if (item->item_type == NULL || *item->item_type == '\0')
    return "";
  return styre_vocabulary_label (STYRE_VOCAB_ITEM_TYPE, item->item_type);
}

/* The agenda as a table: time, case, title (and presenter), type. */
static void
add_agenda_table (StyreDocument *doc,
                  StyreAgenda   *agenda)
{
  static const double widths[] = { 0.11, 0.10, 0.59, 0.20 };
  const char *titles[] = {
    /* Translators: the agenda table's columns, Norwegian "Kl.", "Sak", "Tittel", "Type" */
    C_("agenda column", "Time"), C_("agenda column", "Case"), C_("agenda column", "Item"),
    C_("agenda column", "Type"), NULL
  };
  StyreDocumentTable *table = styre_document_add_table (doc, 4, widths);
  int overrun = styre_agenda_get_overrun (agenda);

  styre_document_table_header (table, titles);
  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autofree char *time = item->planned_start >= 0
                              ? styre_agenda_format_minute (item->planned_start) : g_strdup ("");
      g_autofree char *number = escape (item->case_number);
      g_autoptr(GString) title = g_string_new (NULL);
      const char *cells[5];

      {
        g_autofree char *presenter = presenter_of (item);

        append_title (title, item->title, FALSE, NULL);
        if (has_text (presenter))
          {
            g_autofree char *p = escape (presenter);
            g_string_append_printf (title, "\n<span size=\"small\" foreground=\"#555555\">%s</span>",
                                    p);
          }
        if (is_exempt (item))
          {
            g_autofree char *label = styre_public_exempt_label (item->legal_basis);
            g_autofree char *l = escape (label);
            if (has_text (item->title))
              g_string_append_printf (title, "\n<span size=\"small\" weight=\"bold\">%s</span>", l);
            else
              g_string_append_printf (title, "%s", l);
          }
      }
      cells[0] = time;
      cells[1] = number;
      cells[2] = title->str;
      cells[3] = type_label (item);
      cells[4] = NULL;
      styre_document_table_row (table, cells);
    }

  if (agenda->items->len > 0)
    {
      g_autofree char *end = styre_agenda_format_minute (agenda->planned_end_minute);
      g_autofree char *note = NULL;

      if (overrun > 0)
        /* Translators: under the agenda; e.g. "Planned end 11:50, 20 minutes after the
         * booked end." */
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Planned end %s, %d minute after the booked end.",
                                             "Planned end %s, %d minutes after the booked end.",
                                             overrun), end, overrun);
      else
        /* Translators: under the agenda, e.g. "Planned end 11:20." */
        note = g_strdup_printf (_("Planned end %s."), end);
      {
        g_autofree char *e = escape (note);
        styre_document_add_note (doc, e);
      }
    }
}

static void
add_section (StyreDocument *doc,
             const char    *heading,
             const char    *markdown)
{
  if (!has_text (markdown))
    return;
  styre_document_add_heading (doc, 2, heading);
  styre_document_add_markdown (doc, markdown);
}

static void
add_followup_table (StyreDocument *doc,
                    GPtrArray     *actions,
                    gboolean       minutes,
                    gint64         meeting_id)
{
  static const double widths[] = { 0.08, 0.44, 0.20, 0.14, 0.14 };
  const char *titles[] = {
    C_("follow-up column", "Case"), C_("follow-up column", "Action"),
    C_("follow-up column", "Owner"), C_("follow-up column", "Due"),
    C_("follow-up column", "Status"), NULL
  };
  StyreDocumentTable *table;

  if (actions->len == 0)
    {
      g_autofree char *e = escape (_("Nothing to follow up."));
      styre_document_add_paragraph (doc, e);
      return;
    }
  table = styre_document_add_table (doc, 5, widths);
  styre_document_table_header (table, titles);
  for (guint i = 0; i < actions->len; i++)
    {
      StyreAgendaAction *a = g_ptr_array_index (actions, i);
      g_autofree char *number = escape (a->origin_case_number);
      g_autofree char *owner = escape (a->owner_name);
      g_autofree char *due = a->due_on ? styre_format_date (a->due_on) : g_strdup ("");
      g_autoptr(GString) what = g_string_new (NULL);
      g_autoptr(GString) status = g_string_new (NULL);
      gboolean exempt = g_strcmp0 (a->confidentiality, "exempt") == 0 || a->origin_exempt;
      const char *cells[6];

      append_title (what, a->title, exempt,
                    a->legal_basis ? a->legal_basis : a->origin_legal_basis);
      if (has_text (a->latest_note))
        {
          g_autofree char *n = escape (a->latest_note);
          g_string_append_printf (what, "\n<span size=\"small\" foreground=\"#555555\">%s</span>", n);
        }
      if (has_text (a->status))
        {
          g_autofree char *e = escape (styre_vocabulary_label (STYRE_VOCAB_ACTION_STATUS,
                                                               a->status));
          g_string_append (status, e);
          if (minutes && a->closed_in_meeting_id == meeting_id && meeting_id > 0)
            g_string_append_printf (status, "\n<span size=\"small\">%s</span>",
                                    /* Translators: an action closed in the meeting */
                                    _("closed in this meeting"));
          if (a->overdue)
            g_string_append_printf (status, "\n<b>%s</b>", _("Overdue"));
        }
      cells[0] = number;
      cells[1] = what->str;
      cells[2] = owner;
      cells[3] = due;
      cells[4] = status->str;
      cells[5] = NULL;
      if (a->overdue)
        styre_document_table_row_shaded (table, cells);
      else
        styre_document_table_row (table, cells);
    }
}

static void
add_actions (StyreDocument *doc,
             GPtrArray     *actions)
{
  static const double widths[] = { 0.56, 0.26, 0.18 };
  const char *titles[] = {
    C_("follow-up column", "Action"), C_("follow-up column", "Owner"),
    C_("follow-up column", "Due"), NULL
  };
  StyreDocumentTable *table;

  if (actions->len == 0)
    return;
  /* Translators: a heading in the minutes, Norwegian "Oppfølging" */
  styre_document_add_heading (doc, 2, _("Actions"));
  table = styre_document_add_table (doc, 3, widths);
  styre_document_table_header (table, titles);
  for (guint i = 0; i < actions->len; i++)
    {
      StyreAgendaAction *a = g_ptr_array_index (actions, i);
      g_autofree char *what = NULL;
      g_autofree char *owner = escape (a->owner_name);
      g_autofree char *due = a->due_on ? styre_format_date (a->due_on) : g_strdup ("");
      const char *cells[4];

      {
        g_autoptr(GString) text = g_string_new (NULL);
        append_title (text, a->title, g_strcmp0 (a->confidentiality, "exempt") == 0,
                      a->legal_basis);
        what = g_string_free (g_steal_pointer (&text), FALSE);
      }
      cells[0] = what;
      cells[1] = owner;
      cells[2] = due;
      cells[3] = NULL;
      styre_document_table_row (table, cells);
    }
}

static void
add_item_facts (StyreDocument   *doc,
                StyreAgendaItem *item)
{
  g_autofree char *presenter = presenter_of (item);
  g_autofree char *e_presenter = escape (presenter);
  g_autofree char *time = NULL;
  g_autoptr(GString) guests = g_string_new (NULL);
  g_autoptr(GString) initiatives = g_string_new (NULL);
  g_autofree char *exempt = NULL;

  if (item->planned_start >= 0)
    {
      g_autofree char *start = styre_agenda_format_minute (item->planned_start);
      /* Translators: an item's planned time, e.g. "09:40, 20 min" */
      time = g_markup_printf_escaped (_("%s, %d min"), start, item->planned_minutes);
    }
  for (guint i = 0; i < item->guests->len; i++)
    {
      StyreItemGuest *g = g_ptr_array_index (item->guests, i);
      g_autofree char *e = escape (g->name);
      g_string_append_printf (guests, "%s%s", guests->len ? ", " : "", e);
    }
  for (guint i = 0; i < item->initiatives->len; i++)
    {
      StyreItemInitiative *link = g_ptr_array_index (item->initiatives, i);
      g_autofree char *e = g_markup_printf_escaped ("%s %s", link->code, link->title);
      g_string_append_printf (initiatives, "%s%s", initiatives->len ? "\n" : "", e);
    }
  if (is_exempt (item))
    {
      g_autofree char *label = styre_public_exempt_label (item->legal_basis);
      exempt = g_markup_printf_escaped ("<b>%s</b>", label);
    }

  {
    const char *fields[] = {
      /* Translators: labels above a saksframlegg, Norwegian "Sakstype", "Saksbehandler /
       * innleder", "Planlagt", "Brukt tid", "Gjester", "Tiltak", "Offentlighet" */
      _("Type"), type_label (item),
      _("Presenter"), e_presenter,
      _("Planned"), time ? time : "",
      _("Guests"), guests->str,
      _("Initiatives"), initiatives->str,
      _("Public access"), exempt ? exempt : "",
      NULL
    };
    styre_document_add_fields (doc, fields);
  }
}

/* The minutes' one line about an item: its type, presenter and time. */
static void
add_minutes_facts (StyreDocument   *doc,
                   StyreAgendaItem *item)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *presenter = presenter_of (item);
  int used = styre_agenda_used_minutes (item);

  g_string_append (line, type_label (item));
  if (has_text (presenter))
    g_string_append_printf (line, "%s%s", line->len ? " · " : "", presenter);
  if (used >= 0)
    {
      g_autofree char *range = styre_agenda_format_clock_range (item->actual_start,
                                                                item->actual_end);
      /* Translators: the time an item took, e.g. "kl. 09.42–10.05 (23 min, planned 20)" */
      g_string_append_printf (line, _(" · %s (%d min, planned %d)"), range, used,
                              item->planned_minutes);
    }
  for (guint i = 0; i < item->guests->len; i++)
    {
      StyreItemGuest *g = g_ptr_array_index (item->guests, i);
      /* Translators: before the names of an item's guests, Norwegian "Gjest: " */
      g_string_append_printf (line, "%s%s", i == 0 ? _(" · Guest: ") : ", ", g->name);
    }
  if (line->len > 0)
    {
      g_autofree char *e = escape (line->str);
      styre_document_add_note (doc, e);
    }
  if (item->initiatives->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < item->initiatives->len; i++)
        {
          StyreItemInitiative *link = g_ptr_array_index (item->initiatives, i);
          g_string_append_printf (names, "%s%s %s", i ? ", " : "", link->code, link->title);
        }
      {
        /* Translators: the initiatives an item is about, Norwegian "Tiltak: %s" */
        g_autofree char *text = g_strdup_printf (_("Initiatives: %s"), names->str);
        g_autofree char *e = escape (text);
        styre_document_add_note (doc, e);
      }
    }
  if (is_exempt (item))
    {
      g_autofree char *label = styre_public_exempt_label (item->legal_basis);
      g_autofree char *e = g_markup_printf_escaped ("<b>%s</b>", label);
      styre_document_add_note (doc, e);
    }
}

static void
add_attachments (StyreDocument   *doc,
                 StyreAgendaItem *item)
{
  if (item->attachments->len == 0)
    return;
  /* Translators: a heading, Norwegian "Vedlegg" */
  styre_document_add_heading (doc, 2, _("Attachments"));
  for (guint i = 0; i < item->attachments->len; i++)
    {
      StyreItemAttachment *a = g_ptr_array_index (item->attachments, i);
      g_autofree char *markup = g_markup_printf_escaped ("%u. %s", i + 1, a->title);
      g_autofree char *location = escape (a->location);

      styre_document_add_paragraph (doc, markup);
      styre_document_add_note (doc, location);
    }
}

static void
add_case_presentation (StyreDocument   *doc,
                       StyreAgenda     *agenda,
                       StyreAgendaItem *item,
                       gboolean         with_charts)
{
  g_autofree char *heading = item_heading (item);

  styre_document_add_heading (doc, 1, heading);
  add_item_facts (doc, item);
  /* Translators: the parts of a saksframlegg, Norwegian "Sammendrag", "Bakgrunn",
   * "Vurdering", "Forslag til vedtak" */
  add_section (doc, _("Summary"), item->summary);
  add_section (doc, _("Background"), item->background);
  add_section (doc, _("Assessment"), item->assessment);
  if (g_strcmp0 (item->standing_kind, "follow_up") == 0)
    {
      /* Translators: a heading, Norwegian "Oppfølgingsliste" */
      styre_document_add_heading (doc, 2, _("Open follow-up actions"));
      add_followup_table (doc, agenda->follow_up, FALSE, agenda->id);
    }
  if (has_text (item->proposed_decision))
    {
      styre_document_add_heading (doc, 2, _("Proposed decision"));
      styre_document_add_points (doc, item->proposed_decision);
    }
  add_attachments (doc, item);

  if (item->views->len > 0)
    {
      /* Translators: a heading, Norwegian "Fra dashbordet" */
      styre_document_add_heading (doc, 2, _("From the dashboard"));
      for (guint i = 0; i < item->views->len; i++)
        {
          StyreItemView *v = g_ptr_array_index (item->views, i);
          g_autofree char *words = styre_agenda_describe_view (v->chart, v->filters, v->as_of);

          if (with_charts)
            styre_document_add_view (doc, v->chart, v->filters, v->as_of, words);
          else
            {
              g_autofree char *e = g_markup_printf_escaped ("• %s", words);
              styre_document_add_paragraph (doc, e);
            }
        }
    }
}

static char *
outcome_words (const StyreAgendaItem *item)
{
  if (item->outcome == NULL)
    return g_strdup ("");
  return g_strdup (styre_vocabulary_label (STYRE_VOCAB_OUTCOME, item->outcome));
}

static void
add_minutes_item (StyreDocument   *doc,
                  StyreAgenda     *agenda,
                  StyreAgendaItem *item)
{
  g_autofree char *heading = item_heading (item);
  g_autofree char *outcome = outcome_words (item);

  styre_document_add_heading (doc, 1, heading);
  add_minutes_facts (doc, item);

  if (g_strcmp0 (item->standing_kind, "follow_up") == 0)
    {
      styre_document_add_heading (doc, 2, _("Follow-up list"));
      add_followup_table (doc, agenda->follow_up, TRUE, agenda->id);
    }
  /* The proposal only where the decision differs from it, or is still to be made. */
  if (has_text (item->proposed_decision)
      && (item->outcome == NULL || g_str_equal (item->outcome, "amended")))
    {
      styre_document_add_heading (doc, 2, _("Proposed decision"));
      styre_document_add_points (doc, item->proposed_decision);
    }
  if (has_text (item->minutes_note))
    {
      /* Translators: the minutes' account of the discussion, Norwegian "Behandling" */
      styre_document_add_heading (doc, 2, _("Discussion"));
      styre_document_add_markdown (doc, item->minutes_note);
    }
  if (has_text (item->decision) || item->outcome != NULL)
    {
      /* Translators: a heading, Norwegian "Vedtak" */
      styre_document_add_heading (doc, 2, _("Decision"));
      if (has_text (item->decision))
        styre_document_add_points (doc, item->decision);
      if (*outcome != '\0')
        {
          g_autofree char *e = g_markup_printf_escaped ("<i>%s</i>", outcome);
          styre_document_add_note (doc, e);
        }
    }
  for (guint i = 0; i < item->gate_decisions->len; i++)
    {
      StyreItemGateDecision *d = g_ptr_array_index (item->gate_decisions, i);
      g_autofree char *markup = NULL;

      /* Translators: a gate decision in the minutes, e.g. "SAK-1 BP3: Approved with
       * conditions." */
      markup = g_markup_printf_escaped (_("<b>%s %s:</b> %s."), d->initiative_code, d->gate,
                                        styre_vocabulary_label (STYRE_VOCAB_GATE_OUTCOME, d->outcome));
      if (i == 0)
        /* Translators: a heading, Norwegian "Beslutningspunkt" */
        styre_document_add_heading (doc, 2, _("Gate decision"));
      styre_document_add_paragraph (doc, markup);
      if (has_text (d->conditions))
        {
          g_autofree char *c = g_markup_printf_escaped (_("Conditions: %s"), d->conditions);
          styre_document_add_paragraph (doc, c);
        }
    }
  if (has_text (item->dissent))
    {
      /* Translators: a heading, Norwegian "Protokolltilførsel" */
      styre_document_add_heading (doc, 2, _("Statement for the record"));
      styre_document_add_markdown (doc, item->dissent);
    }
  add_actions (doc, item->actions);
}

static void
add_minutes_attendance (StyreDocument *doc,
                        StyreAgenda   *agenda)
{
  g_autofree char *present = members (agenda, "present", FALSE);
  g_autofree char *absent = members (agenda, "absent", TRUE);
  g_autofree char *expected = members (agenda, "expected", FALSE);
  g_autoptr(GString) others = g_string_new (NULL);
  const char *other_roles[] = { "adviser", "secretary", "observer", "guest" };

  for (guint r = 0; r < G_N_ELEMENTS (other_roles); r++)
    {
      g_autofree char *names = names_with (agenda, other_roles[r], "present", FALSE);
      if (*names != '\0')
        g_string_append_printf (others, "%s%s", others->len ? ", " : "", names);
    }
  {
    const char *fields[] = {
      /* Translators: labels in the minutes, Norwegian "Til stede", "Forfall", "Andre til
       * stede", "Ikke registrert" */
      _("Present"), present,
      _("Absent"), absent,
      _("Also present"), others->str,
      _("Attendance not recorded"), expected,
      NULL
    };
    styre_document_add_fields (doc, fields);
  }
}

static void
add_notice_people (StyreDocument *doc,
                   StyreAgenda   *agenda)
{
  g_autofree char *called = members (agenda, NULL, FALSE);
  g_autofree char *advisers = names_with (agenda, "adviser", NULL, FALSE);
  g_autofree char *observers = names_with (agenda, "observer", NULL, FALSE);
  g_autofree char *guests = names_with (agenda, "guest", NULL, FALSE);
  const char *fields[] = {
    /* Translators: labels in a notice, Norwegian "Innkalt", "Bisittere", "Observatører",
     * "Gjester" */
    _("Called"), called,
    _("Advisers"), advisers,
    _("Observers"), observers,
    _("Guests"), guests,
    NULL
  };

  styre_document_add_fields (doc, fields);
  if (agenda->secretary_name != NULL)
    {
      g_autofree char *text = NULL;
      g_autofree char *e = NULL;

      if (has_text (agenda->secretary_email))
        /* Translators: Norwegian "Forfall meldes til %s (%s). Varamedlemmer møter bare etter
         * nærmere innkalling." */
        text = g_strdup_printf (_("Report absence to %s (%s). Substitutes attend only when "
                                  "called."), agenda->secretary_name, agenda->secretary_email);
      else
        text = g_strdup_printf (_("Report absence to %s. Substitutes attend only when called."),
                                agenda->secretary_name);
      e = escape (text);
      styre_document_add_paragraph (doc, e);
    }
}

/**
 * styre_meeting_document_id:
 *
 * Returns: the document's name in the audit log: notice, notice-with-cases, minutes,
 *   board-pack
 */
const char *
styre_meeting_document_id (StyreMeetingDocument kind)
{
  switch (kind)
    {
    case STYRE_MEETING_DOCUMENT_NOTICE:
      return "notice";
    case STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES:
      return "notice-with-cases";
    case STYRE_MEETING_DOCUMENT_MINUTES:
      return "minutes";
    case STYRE_MEETING_DOCUMENT_BOARD_PACK:
      return "board-pack";
    default:
      g_return_val_if_reached ("document");
    }
}

/**
 * styre_document_new_for_meeting:
 * @public_version: the public version: made from styre_agenda_public_view()
 *
 * Returns: (transfer full): the document, ready to paginate and draw
 */
StyreDocument *
styre_document_new_for_meeting (StyreAgenda          *agenda,
                                StyreMeetingDocument  kind,
                                gboolean              public_version)
{
  g_autoptr(StyreAgenda) shown = public_version ? styre_agenda_public_view (agenda)
                                                : styre_agenda_ref (agenda);
  g_autofree char *classification = styre_agenda_get_classification (shown);
  g_autofree char *date = g_strndup (shown->starts_at, 10);
  g_autofree char *short_date = styre_format_date (date);
  g_autofree char *long_date = date_words (shown);
  g_autofree char *display = styre_agenda_get_display_title (shown);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *subtitle = NULL;
  StyreDocument *doc;

  g_return_val_if_fail (agenda != NULL, NULL);

  if (kind == STYRE_MEETING_DOCUMENT_MINUTES)
    {
      /* Translators: a document's name in its footer, e.g. "Minutes, Ledergruppen 27.11.2026",
       * Norwegian "Protokoll, %s %s" */
      title = g_strdup_printf (_("Minutes, %s %s"), shown->forum_name, short_date);
      /* Translators: the minutes' title, Norwegian "Protokoll fra møte i %s" */
      heading = g_strdup_printf (_("Minutes of the meeting of %s"), shown->forum_name);
    }
  else
    {
      /* Translators: a document's name in its footer, Norwegian "Innkalling, %s %s" */
      title = kind == STYRE_MEETING_DOCUMENT_BOARD_PACK
              /* Translators: Norwegian "Sakspapirer, %s %s" */
              ? g_strdup_printf (_("Board pack, %s %s"), shown->forum_name, short_date)
              : g_strdup_printf (_("Notice, %s %s"), shown->forum_name, short_date);
      /* Translators: the notice's title, Norwegian "Innkalling til møte i %s" */
      heading = g_strdup_printf (_("Notice of the meeting of %s"), shown->forum_name);
    }
  if (g_strcmp0 (display, shown->forum_name) != 0)
    subtitle = g_markup_printf_escaped ("%s — %s", display, long_date);
  else
    subtitle = g_markup_escape_text (long_date, -1);
  if (kind == STYRE_MEETING_DOCUMENT_MINUTES && !g_str_equal (shown->state, "minutes_approved"))
    {
      /* Translators: under the title of minutes that are not approved yet */
      g_autofree char *draft = g_markup_printf_escaped ("%s\n<b>%s</b>", subtitle,
                                                        _("Draft — not approved"));
      g_free (subtitle);
      subtitle = g_steal_pointer (&draft);
    }

  doc = styre_document_new (title, shown->organisation_name, classification);
  styre_document_add_title (doc, heading, subtitle);
  add_meeting_fields (doc, shown, kind == STYRE_MEETING_DOCUMENT_MINUTES);

  if (kind == STYRE_MEETING_DOCUMENT_MINUTES)
    {
      add_minutes_attendance (doc, shown);
      for (guint i = 0; i < shown->items->len; i++)
        add_minutes_item (doc, shown, g_ptr_array_index (shown->items, i));

      {
        g_autoptr(GPtrArray) names = g_ptr_array_new ();
        if (shown->chair_name != NULL)
          g_ptr_array_add (names, shown->chair_name);
        if (shown->secretary_name != NULL)
          g_ptr_array_add (names, shown->secretary_name);
        g_ptr_array_add (names, NULL);

        if (shown->minutes_approved_at != NULL)
          {
            g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (shown->minutes_approved_at, NULL);
            g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
            g_autoptr(GDateTime) local = at && oslo ? g_date_time_to_timezone (at, oslo) : NULL;
            g_autofree char *day = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;
            g_autofree char *words = day ? styre_format_date_long (day) : NULL;

            if (words != NULL)
              {
                /* Translators: at the end of approved minutes, Norwegian "Protokollen ble
                 * godkjent %s." */
                g_autofree char *text = g_strdup_printf (_("The minutes were approved %s."), words);
                g_autofree char *e = escape (text);
                styre_document_add_space (doc, 12);
                styre_document_add_paragraph (doc, e);
              }
          }
        styre_document_add_signatures (doc, (const char * const *) names->pdata);
      }
      return doc;
    }

  add_notice_people (doc, shown);
  /* Translators: a heading, Norwegian "Saksliste" */
  styre_document_add_heading (doc, 1, _("Agenda"));
  add_agenda_table (doc, shown);

  if (kind == STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES || kind == STYRE_MEETING_DOCUMENT_BOARD_PACK)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < shown->items->len; i++)
        {
          StyreAgendaItem *item = g_ptr_array_index (shown->items, i);
          gboolean standing = item->standing_kind != NULL;

          /* A standing item with nothing to present is all said in the agenda. */
          if (standing && !has_text (item->summary) && !has_text (item->background)
              && !has_text (item->assessment) && item->attachments->len == 0
              && item->views->len == 0 && g_strcmp0 (item->standing_kind, "follow_up") != 0)
            continue;
          /* Each case on a page of its own; the standing items follow one another. */
          if (first || !standing)
            styre_document_add_page_break (doc);
          first = FALSE;
          add_case_presentation (doc, shown, item, kind == STYRE_MEETING_DOCUMENT_BOARD_PACK);
        }
    }
  return doc;
}

/* ── the follow-up list ──────────────────────────────────────────────────────────────── */

/**
 * styre_document_new_for_followup:
 * @actions: (element-type StyreAction): the follow-up list, in the order to print it
 * @today: 'YYYY-MM-DD', the day the list is "as of"
 * @public_version: leave out what is exempt (styre_actions_public_view())
 *
 * Returns: (transfer full): the follow-up list as a document, grouped by forum
 */
StyreDocument *
styre_document_new_for_followup (GListModel *actions,
                                 const char *organisation,
                                 const char *today,
                                 gboolean    public_version)
{
  static const double widths[] = { 0.07, 0.14, 0.34, 0.17, 0.14, 0.14 };
  g_autoptr(GListModel) rows = public_version ? styre_actions_public_view (actions)
                                              : g_object_ref (actions);
  g_autofree char *date = styre_format_date_long (today);
  g_autofree char *short_date = styre_format_date (today);
  /* Translators: the follow-up list's name in its footer, Norwegian "Oppfølgingsliste %s" */
  g_autofree char *title = g_strdup_printf (_("Follow-up list %s"), short_date);
  /* Translators: under the follow-up list's title, Norwegian "Per %s" */
  g_autofree char *subtitle = g_markup_printf_escaped (_("As of %s"), date);
  g_autoptr(GPtrArray) forums = g_ptr_array_new_with_free_func (g_free);
  const char *titles[] = {
    C_("follow-up column", "Case"), C_("follow-up column", "Meeting"),
    C_("follow-up column", "Action"), C_("follow-up column", "Owner"),
    C_("follow-up column", "Due"), C_("follow-up column", "Status"), NULL
  };
  StyreDocument *doc;
  guint n = g_list_model_get_n_items (rows);

  doc = styre_document_new (title, organisation,
                            public_version ? _("Public version") : _("Internal"));
  /* Translators: a document's title, Norwegian "Oppfølgingsliste" */
  styre_document_add_title (doc, _("Follow-up list"), subtitle);

  /* The forums in the order they first appear. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreAction) a = g_list_model_get_item (rows, i);
      const char *forum = styre_action_get_origin_forum (a);

      if (!g_ptr_array_find_with_equal_func (forums, forum, g_str_equal, NULL))
        g_ptr_array_add (forums, g_strdup (forum));
    }
  if (n == 0)
    {
      g_autofree char *e = escape (_("Nothing to follow up."));
      styre_document_add_paragraph (doc, e);
    }

  for (guint f = 0; f < forums->len; f++)
    {
      const char *forum = g_ptr_array_index (forums, f);
      StyreDocumentTable *table;

      /* Translators: heading for actions that came from no meeting */
      styre_document_add_heading (doc, 1, *forum != '\0' ? forum : _("Other actions"));
      table = styre_document_add_table (doc, 6, widths);
      styre_document_table_header (table, titles);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StyreAction) a = g_list_model_get_item (rows, i);
          const char *meeting = styre_action_get_origin_meeting (a);
          const char *due_on = styre_action_get_due_on (a);
          const char *status_id = styre_action_get_status (a);
          g_autofree char *number = escape (styre_action_get_case_number (a));
          g_autofree char *when = meeting ? styre_format_date (meeting) : g_strdup ("");
          g_autofree char *owner = escape (styre_action_get_owner_name (a));
          g_autofree char *due = due_on ? styre_format_date (due_on) : g_strdup ("");
          g_autoptr(GString) what = g_string_new (NULL);
          g_autoptr(GString) status = g_string_new (NULL);
          const char *cells[7];

          if (g_strcmp0 (styre_action_get_origin_forum (a), forum) != 0)
            continue;
          {
            const char *basis = g_strcmp0 (styre_action_get_confidentiality (a), "exempt") == 0
                                ? styre_action_get_legal_basis (a)
                                : styre_action_get_origin_legal_basis (a);
            const char *note = styre_action_get_latest_note (a);

            append_title (what, styre_action_get_title (a), styre_action_is_exempt (a), basis);
            if (has_text (note))
              {
                g_autofree char *en = escape (note);
                g_string_append_printf (what, "\n<span size=\"small\" foreground=\"#555555\">%s</span>",
                                        en);
              }
          }
          if (status_id != NULL && *status_id != '\0')
            {
              g_autofree char *e = escape (styre_vocabulary_label (STYRE_VOCAB_ACTION_STATUS,
                                                                   status_id));
              g_string_append (status, e);
            }
          if (styre_action_get_overdue (a))
            g_string_append_printf (status, "\n<b>%s</b>", _("Overdue"));

          cells[0] = number;
          cells[1] = when;
          cells[2] = what->str;
          cells[3] = owner;
          cells[4] = due;
          cells[5] = status->str;
          cells[6] = NULL;
          if (styre_action_get_overdue (a))
            styre_document_table_row_shaded (table, cells);
          else
            styre_document_table_row (table, cells);
        }
    }
  return doc;
}
