/* styre-public.c — the public version of a meeting and of the follow-up list
 *
 * Every public output (the public notice and minutes, the calendar file, the public
 * follow-up list) is made from what these functions return, never from the internal
 * record. They copy field by field what may be published, so a field added to the record
 * later stays internal until someone decides here that it may be published.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-public"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-action.h"
#include "styre-agenda-private.h"
#include "styre-public.h"

/**
 * styre_public_exempt_label:
 * @legal_basis: (nullable): e.g. "offl. § 14"
 *
 * Returns: (transfer full): "Exempt from public access, offl. § 14" — what a public
 *   document says in place of an exempt item
 */
char *
styre_public_exempt_label (const char *legal_basis)
{
  if (legal_basis == NULL || *legal_basis == '\0')
    /* Translators: in a public document, in place of an exempt item. Norwegian:
     * "Unntatt offentlighet" */
    return g_strdup (_("Exempt from public access"));
  /* Translators: in a public document, in place of an exempt item; %s is the legal basis.
   * Norwegian: "Unntatt offentlighet, %s" */
  return g_strdup_printf (_("Exempt from public access, %s"), legal_basis);
}

static gboolean
is_exempt (const char *confidentiality)
{
  return g_strcmp0 (confidentiality, "exempt") == 0;
}

/* An exempt item as the public sees it: case number, the words and the legal basis. */
static StyreAgendaItem *
exempt_item (const StyreAgendaItem *item)
{
  StyreAgendaItem *p = styre_agenda_item_new ();

  p->id = item->id;
  p->meeting_id = item->meeting_id;
  p->position = item->position;
  p->case_seq = item->case_seq;
  p->case_year = item->case_year;
  p->case_number = g_strdup (item->case_number);
  p->item_type = g_strdup ("");
  p->title = g_strdup ("");
  p->presenter_text = g_strdup ("");
  p->summary = g_strdup ("");
  p->background = g_strdup ("");
  p->assessment = g_strdup ("");
  p->proposed_decision = g_strdup ("");
  p->decision = g_strdup ("");
  p->dissent = g_strdup ("");
  p->minutes_note = g_strdup ("");
  p->confidentiality = g_strdup ("exempt");
  p->legal_basis = g_strdup (item->legal_basis);
  /* Not even its time: the items around it keep theirs. */
  p->planned_start = -1;
  p->planned_end = -1;
  return p;
}

/* An exempt action, or one from an exempt item: that it exists, and why it is withheld. */
static StyreAgendaAction *
exempt_action (const StyreAgendaAction *a)
{
  StyreAgendaAction *p = g_new0 (StyreAgendaAction, 1);

  p->id = a->id;
  p->title = g_strdup ("");
  p->description = g_strdup ("");
  p->status = g_strdup ("");
  p->created_on = g_strdup ("");
  p->latest_note = g_strdup ("");
  p->confidentiality = g_strdup ("exempt");
  p->legal_basis = g_strdup (is_exempt (a->confidentiality) ? a->legal_basis
                                                             : a->origin_legal_basis);
  p->origin_case_number = g_strdup (a->origin_case_number);
  p->origin_meeting_date = g_strdup (a->origin_meeting_date);
  p->origin_exempt = a->origin_exempt;
  p->origin_legal_basis = g_strdup (a->origin_legal_basis);
  return p;
}

static StyreAgendaAction *
public_action (const StyreAgendaAction *a)
{
  if (is_exempt (a->confidentiality) || a->origin_exempt)
    return exempt_action (a);
  return styre_agenda_action_copy (a);
}

static StyreAgendaItem *
open_item (const StyreAgendaItem *item)
{
  StyreAgendaItem *p = styre_agenda_item_new ();

  p->id = item->id;
  p->version = item->version;
  p->meeting_id = item->meeting_id;
  p->position = item->position;
  p->case_seq = item->case_seq;
  p->case_year = item->case_year;
  p->case_number = g_strdup (item->case_number);
  p->standing_kind = g_strdup (item->standing_kind);
  p->item_type = g_strdup (item->item_type);
  p->title = g_strdup (item->title);
  p->presenter_id = item->presenter_id;
  p->presenter_name = g_strdup (item->presenter_name);
  p->presenter_text = g_strdup (item->presenter_text);
  p->planned_minutes = item->planned_minutes;
  p->summary = g_strdup (item->summary);
  p->background = g_strdup (item->background);
  p->assessment = g_strdup (item->assessment);
  p->proposed_decision = g_strdup (item->proposed_decision);
  p->decision = g_strdup (item->decision);
  p->outcome = g_strdup (item->outcome);
  p->dissent = g_strdup (item->dissent);
  p->minutes_note = g_strdup (item->minutes_note);
  p->needs_follow_up = item->needs_follow_up;
  p->confidentiality = g_strdup ("open");
  p->actual_start = g_strdup (item->actual_start);
  p->actual_end = g_strdup (item->actual_end);
  p->planned_start = item->planned_start;
  p->planned_end = item->planned_end;

  for (guint i = 0; i < item->initiatives->len; i++)
    {
      StyreItemInitiative *link = g_ptr_array_index (item->initiatives, i);
      /* An exempt initiative is not named, even under an open item. */
      if (!link->exempt)
        g_ptr_array_add (p->initiatives, styre_item_initiative_copy (link));
    }
  for (guint i = 0; i < item->views->len; i++)
    g_ptr_array_add (p->views, styre_item_view_copy (g_ptr_array_index (item->views, i)));
  for (guint i = 0; i < item->attachments->len; i++)
    g_ptr_array_add (p->attachments,
                     styre_item_attachment_copy (g_ptr_array_index (item->attachments, i)));
  for (guint i = 0; i < item->guests->len; i++)
    g_ptr_array_add (p->guests, styre_item_guest_copy (g_ptr_array_index (item->guests, i)));
  for (guint i = 0; i < item->actions->len; i++)
    g_ptr_array_add (p->actions, public_action (g_ptr_array_index (item->actions, i)));
  for (guint i = 0; i < item->gate_decisions->len; i++)
    {
      StyreItemGateDecision *d = g_ptr_array_index (item->gate_decisions, i);
      gboolean exempt_initiative = FALSE;

      for (guint k = 0; k < item->initiatives->len; k++)
        {
          StyreItemInitiative *link = g_ptr_array_index (item->initiatives, k);
          if (link->initiative_id == d->initiative_id && link->exempt)
            exempt_initiative = TRUE;
        }
      if (!exempt_initiative)
        g_ptr_array_add (p->gate_decisions, styre_item_gate_decision_copy (d));
    }
  return p;
}

/* Whether the person is called only as a guest for exempt items. */
static gboolean
guest_of_exempt_only (StyreAgenda *agenda,
                      gint64       person_id)
{
  gboolean of_exempt = FALSE;

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      for (guint k = 0; k < item->guests->len; k++)
        {
          StyreItemGuest *g = g_ptr_array_index (item->guests, k);

          if (g->person_id != person_id)
            continue;
          if (!is_exempt (item->confidentiality))
            return FALSE;
          of_exempt = TRUE;
        }
    }
  return of_exempt;
}

/**
 * styre_agenda_public_view:
 *
 * The meeting as the public may see it. An exempt item keeps its place, its case number,
 * "Exempt from public access" and its legal basis — not its title, type, presenter,
 * time, text, proposal, decision, dissent, notes, links, attachments, guests or actions.
 * Exempt actions and initiatives are withheld under open items too, guests called only
 * for exempt items are not listed, absence reasons (personal) and the video link (which
 * would let anyone join) are left out.
 *
 * Returns: (transfer full): a new agenda with is_public set
 */
StyreAgenda *
styre_agenda_public_view (StyreAgenda *agenda)
{
  StyreAgenda *p;

  g_return_val_if_fail (agenda != NULL, NULL);

  if (agenda->is_public)
    return styre_agenda_ref (agenda);

  p = styre_agenda_new ();
  p->is_public = TRUE;
  p->id = agenda->id;
  p->version = agenda->version;
  p->forum_id = agenda->forum_id;
  p->forum_name = g_strdup (agenda->forum_name);
  p->forum_short_name = g_strdup (agenda->forum_short_name);
  p->case_number_digits = agenda->case_number_digits;
  p->number_standing_items = agenda->number_standing_items;
  p->organisation_name = g_strdup (agenda->organisation_name);
  p->title = g_strdup (agenda->title);
  p->starts_at = g_strdup (agenda->starts_at);
  p->ends_at = g_strdup (agenda->ends_at);
  p->place = g_strdup (agenda->place);
  p->video_link = g_strdup ("");
  p->chair_id = agenda->chair_id;
  p->chair_name = g_strdup (agenda->chair_name);
  p->secretary_id = agenda->secretary_id;
  p->secretary_name = g_strdup (agenda->secretary_name);
  p->secretary_email = g_strdup (agenda->secretary_email);
  p->state = g_strdup (agenda->state);
  p->notice_sent_at = g_strdup (agenda->notice_sent_at);
  p->held_at = g_strdup (agenda->held_at);
  p->minutes_approved_at = g_strdup (agenda->minutes_approved_at);
  p->uid = g_strdup (agenda->uid);
  p->sequence = agenda->sequence;
  p->previous_meeting_id = agenda->previous_meeting_id;
  p->has_snapshot = agenda->has_snapshot;
  p->start_minute = agenda->start_minute;
  p->booked_end_minute = agenda->booked_end_minute;
  p->planned_end_minute = agenda->planned_end_minute;

  for (guint i = 0; i < agenda->participants->len; i++)
    {
      StyreParticipant *participant = g_ptr_array_index (agenda->participants, i);
      StyreParticipant *copy;

      if (g_strcmp0 (participant->role, "guest") == 0
          && guest_of_exempt_only (agenda, participant->person_id))
        continue;
      copy = styre_participant_copy (participant);
      g_free (copy->absence_reason);
      copy->absence_reason = g_strdup ("");
      g_ptr_array_add (p->participants, copy);
    }

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (is_exempt (item->confidentiality))
        g_ptr_array_add (p->items, exempt_item (item));
      else
        g_ptr_array_add (p->items, open_item (item));
    }

  for (guint i = 0; i < agenda->follow_up->len; i++)
    g_ptr_array_add (p->follow_up, public_action (g_ptr_array_index (agenda->follow_up, i)));

  return p;
}

/**
 * styre_actions_public_view:
 * @actions: (element-type StyreAction): the follow-up list
 *
 * The follow-up list as the public may see it: an exempt action, or one made under an
 * exempt item, shows only where it came from (forum, meeting, case number), "Exempt from
 * public access" and the legal basis.
 *
 * Returns: (transfer full): a new list of #StyreAction
 */
GListModel *
styre_actions_public_view (GListModel *actions)
{
  GListStore *out = g_list_store_new (STYRE_TYPE_ACTION);

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), G_LIST_MODEL (out));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StyreAction) a = g_list_model_get_item (actions, i);
      g_autoptr(StyreAction) copy = NULL;

      if (styre_action_is_exempt (a))
        {
          const char *title = "";
          const char *basis = g_strcmp0 (styre_action_get_confidentiality (a), "exempt") == 0
                              ? styre_action_get_legal_basis (a)
                              : styre_action_get_origin_legal_basis (a);
          StyreActionData d = {
            .id = styre_action_get_id (a),
            .title = title,
            .status = "",
            .origin_meeting = styre_action_get_origin_meeting (a),
            .origin_forum = styre_action_get_origin_forum (a),
            .case_number = styre_action_get_case_number (a),
            .confidentiality = "exempt",
            .legal_basis = basis,
            .forum_id = styre_action_get_forum_id (a),
            .origin_meeting_id = styre_action_get_origin_meeting_id (a),
            .origin_exempt = TRUE,
            .origin_legal_basis = basis,
          };
          copy = styre_action_new (&d);
        }
      else
        {
          StyreActionData d = {
            .id = styre_action_get_id (a),
            .version = styre_action_get_version (a),
            .title = styre_action_get_title (a),
            .owner_name = styre_action_get_owner_name (a),
            .due_on = styre_action_get_due_on (a),
            .status = styre_action_get_status (a),
            .latest_note = styre_action_get_latest_note (a),
            .origin_meeting = styre_action_get_origin_meeting (a),
            .origin_forum = styre_action_get_origin_forum (a),
            .case_number = styre_action_get_case_number (a),
            .confidentiality = "open",
            .overdue = styre_action_get_overdue (a),
            .owner_id = styre_action_get_owner_id (a),
            .forum_id = styre_action_get_forum_id (a),
            .origin_item_id = styre_action_get_origin_item_id (a),
            .origin_meeting_id = styre_action_get_origin_meeting_id (a),
            .closed_on = styre_action_get_closed_on (a),
            .closed_in_meeting = styre_action_get_closed_in_meeting (a),
            .created_on = styre_action_get_created_on (a),
          };
          copy = styre_action_new (&d);
        }
      g_list_store_append (out, copy);
    }
  return G_LIST_MODEL (out);
}
