/* styre-vocabulary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-vocabulary.h"

typedef struct
{
  const char *id;
  const char *context;
  const char *label;
  const char *nb;   /* the bokmål word, matched when text comes from Excel */
  const char *nn;
} Term;

#define END { NULL, NULL, NULL, NULL, NULL }

static const Term initiative_kinds[] = {
  { "project", "initiative kind", NC_("initiative kind", "Project"), "prosjekt", "prosjekt" },
  { "programme", "initiative kind", NC_("initiative kind", "Programme"), "program", "program" },
  { "product_team", "initiative kind", NC_("initiative kind", "Agile product team"), "smidig produktteam", "smidig produktteam" },
  { "pilot", "initiative kind", NC_("initiative kind", "Pilot"), "pilot", "pilot" },
  { "innovation", "initiative kind", NC_("initiative kind", "Innovation"), "innovasjon", "innovasjon" },
  { "idea", "initiative kind", NC_("initiative kind", "Idea"), "idé", "idé" },
  END
};

static const Term methods[] = {
  { "waterfall", "method", NC_("method", "Waterfall"), "fossefall", "fossefall" },
  { "agile", "method", NC_("method", "Agile"), "smidig", "smidig" },
  { "hybrid", "method", NC_("method", "Hybrid"), "hybrid", "hybrid" },
  END
};

static const Term phases[] = {
  { "idea", "phase", NC_("phase", "Idea"), "idé", "idé" },
  { "concept", "phase", NC_("phase", "Concept"), "konsept", "konsept" },
  { "planning", "phase", NC_("phase", "Planning"), "planlegge", "planlegge" },
  { "execution", "phase", NC_("phase", "Execution"), "gjennomføre", "gjennomføre" },
  { "closing", "phase", NC_("phase", "Closing"), "avslutte", "avslutte" },
  { "realisation", "phase", NC_("phase", "Realisation"), "realisere", "realisere" },
  END
};

static const Term lifecycles[] = {
  { "proposed", "lifecycle", NC_("lifecycle", "Proposed"), "foreslått", "føreslått" },
  { "active", "lifecycle", NC_("lifecycle", "Active"), "aktiv", "aktiv" },
  { "paused", "lifecycle", NC_("lifecycle", "Paused"), "satt på pause", "sett på pause" },
  { "closed", "lifecycle", NC_("lifecycle", "Closed"), "avsluttet", "avslutta" },
  { "stopped", "lifecycle", NC_("lifecycle", "Stopped"), "stoppet", "stoppa" },
  { "merged", "lifecycle", NC_("lifecycle", "Merged"), "slått sammen", "slått saman" },
  END
};

static const Term rags[] = {
  { "grey", "status colour", NC_("status colour", "Not reported"), "grå", "grå" },
  { "green", "status colour", NC_("status colour", "Green"), "grønn", "grøn" },
  { "yellow", "status colour", NC_("status colour", "Yellow"), "gul", "gul" },
  { "red", "status colour", NC_("status colour", "Red"), "rød", "raud" },
  END
};

static const Term dimensions[] = {
  { "time", "steering parameter", NC_("steering parameter", "Time"), "tid", "tid" },
  { "cost", "steering parameter", NC_("steering parameter", "Cost"), "kostnad", "kostnad" },
  { "benefits", "steering parameter", NC_("steering parameter", "Benefits"), "nyttevirkninger", "nytteverknader" },
  { "quality", "steering parameter", NC_("steering parameter", "Quality"), "kvalitet", "kvalitet" },
  { "scope", "steering parameter", NC_("steering parameter", "Scope"), "omfang", "omfang" },
  { "sustainability", "steering parameter", NC_("steering parameter", "Sustainability"), "bærekraft", "berekraft" },
  { "risk", "steering parameter", NC_("steering parameter", "Risk"), "risiko", "risiko" },
  END
};

static const Term agency_kinds[] = {
  { "municipality", "agency kind", NC_("agency kind", "Municipality"), "kommune", "kommune" },
  { "county", "agency kind", NC_("agency kind", "County"), "fylkeskommune", "fylkeskommune" },
  { "state_agency", "agency kind", NC_("agency kind", "State agency"), "statlig virksomhet", "statleg verksemd" },
  { "ministry", "agency kind", NC_("agency kind", "Ministry"), "departement", "departement" },
  { "health_trust", "agency kind", NC_("agency kind", "Health trust"), "helseforetak", "helseføretak" },
  { "company", "agency kind", NC_("agency kind", "Company"), "selskap", "selskap" },
  { "other", "agency kind", NC_("agency kind", "Other"), "annen", "anna" },
  END
};

static const Term agency_roles[] = {
  { "owner", "agency role", NC_("agency role", "Owner"), "eier", "eigar" },
  { "partner", "agency role", NC_("agency role", "Partner"), "partner", "partnar" },
  { "funder", "agency role", NC_("agency role", "Funder"), "finansiør", "finansiør" },
  { "benefit_recipient", "agency role", NC_("agency role", "Benefit recipient"), "nyttemottaker", "nyttemottakar" },
  END
};

static const Term person_roles[] = {
  { "owner", "person role", NC_("person role", "Project owner"), "prosjekteier", "prosjekteigar" },
  { "leader", "person role", NC_("person role", "Project leader"), "prosjektleder", "prosjektleiar" },
  { "product_owner", "person role", NC_("person role", "Product owner"), "produkteier", "produkteigar" },
  { "architect", "person role", NC_("person role", "Architect"), "arkitekt", "arkitekt" },
  { "benefit_owner", "person role", NC_("person role", "Benefit owner"), "nytteeier", "nytteeigar" },
  { "member", "person role", NC_("person role", "Team member"), "teammedlem", "teammedlem" },
  { "contact", "person role", NC_("person role", "Contact"), "kontaktperson", "kontaktperson" },
  END
};

static const Term goal_levels[] = {
  { "societal", "goal level", NC_("goal level", "Societal goal"), "samfunnsmål", "samfunnsmål" },
  { "outcome", "goal level", NC_("goal level", "Outcome goal"), "effektmål", "effektmål" },
  { "output", "goal level", NC_("goal level", "Output goal"), "resultatmål", "resultatmål" },
  END
};

static const Term benefit_kinds[] = {
  { "efficiency", "benefit kind", NC_("benefit kind", "Efficiency"), "effektivisering", "effektivisering" },
  { "quality", "benefit kind", NC_("benefit kind", "Quality"), "kvalitet", "kvalitet" },
  { "user", "benefit kind", NC_("benefit kind", "User benefit"), "brukernytte", "brukarnytte" },
  { "societal", "benefit kind", NC_("benefit kind", "Societal"), "samfunnsnytte", "samfunnsnytte" },
  END
};

static const Term gates[] = {
  { "BP1", "gate", NC_("gate", "BP1"), "BP1", "BP1" },
  { "BP2", "gate", NC_("gate", "BP2"), "BP2", "BP2" },
  { "BP3", "gate", NC_("gate", "BP3"), "BP3", "BP3" },
  { "BP4", "gate", NC_("gate", "BP4"), "BP4", "BP4" },
  { "BP5", "gate", NC_("gate", "BP5"), "BP5", "BP5" },
  { "BP6", "gate", NC_("gate", "BP6"), "BP6", "BP6" },
  { "KS1", "gate", NC_("gate", "KS1"), "KS1", "KS1" },
  { "KS2", "gate", NC_("gate", "KS2"), "KS2", "KS2" },
  END
};

static const Term gate_outcomes[] = {
  { "approved", "gate outcome", NC_("gate outcome", "Approved"), "godkjent", "godkjend" },
  { "approved_with_conditions", "gate outcome", NC_("gate outcome", "Approved with conditions"), "godkjent med vilkår", "godkjend med vilkår" },
  { "rework", "gate outcome", NC_("gate outcome", "Rework"), "omarbeides", "omarbeidast" },
  { "paused", "gate outcome", NC_("gate outcome", "Paused"), "satt på pause", "sett på pause" },
  { "stopped", "gate outcome", NC_("gate outcome", "Stopped"), "stoppet", "stoppa" },
  END
};

static const Term risk_categories[] = {
  { "information_security", "risk category", NC_("risk category", "Information security"), "informasjonssikkerhet", "informasjonstryggleik" },
  { "privacy", "risk category", NC_("risk category", "Privacy"), "personvern", "personvern" },
  { "technology", "risk category", NC_("risk category", "Technology"), "teknologi", "teknologi" },
  { "finance", "risk category", NC_("risk category", "Finance"), "økonomi", "økonomi" },
  { "organisation", "risk category", NC_("risk category", "Organisation"), "organisasjon", "organisasjon" },
  { "competence", "risk category", NC_("risk category", "Competence"), "kompetanse", "kompetanse" },
  { "supplier", "risk category", NC_("risk category", "Supplier"), "leverandør", "leverandør" },
  { "legal", "risk category", NC_("risk category", "Legal"), "juridisk", "juridisk" },
  { "benefits", "risk category", NC_("risk category", "Benefits"), "nyttevirkninger", "nytteverknader" },
  { "schedule", "risk category", NC_("risk category", "Schedule"), "fremdrift", "framdrift" },
  END
};

static const Term criticalities[] = {
  { "low", "criticality", NC_("criticality", "Low"), "lav", "låg" },
  { "medium", "criticality", NC_("criticality", "Medium"), "middels", "middels" },
  { "high", "criticality", NC_("criticality", "High"), "høy", "høg" },
  END
};

static const Term dependency_states[] = {
  { "ok", "dependency state", NC_("dependency state", "On track"), "i rute", "i rute" },
  { "at_risk", "dependency state", NC_("dependency state", "At risk"), "utsatt", "utsett" },
  { "blocked", "dependency state", NC_("dependency state", "Blocked"), "blokkert", "blokkert" },
  END
};

static const Term pilot_decisions[] = {
  { "scale", "pilot decision", NC_("pilot decision", "Scale up"), "skalere", "skalere" },
  { "adjust", "pilot decision", NC_("pilot decision", "Adjust"), "justere", "justere" },
  { "stop", "pilot decision", NC_("pilot decision", "Stop"), "stoppe", "stoppe" },
  END
};

static const Term item_types[] = {
  { "decision", "agenda item type", NC_("agenda item type", "Decision"), "beslutningssak", "avgjerdssak" },
  { "discussion", "agenda item type", NC_("agenda item type", "Discussion"), "drøftingssak", "drøftingssak" },
  { "information", "agenda item type", NC_("agenda item type", "Information"), "orienteringssak", "orienteringssak" },
  END
};

static const Term meeting_states[] = {
  { "draft", "meeting state", NC_("meeting state", "Draft"), "utkast", "utkast" },
  { "notice_sent", "meeting state", NC_("meeting state", "Notice sent"), "innkalling sendt", "innkalling send" },
  { "held", "meeting state", NC_("meeting state", "Held"), "avholdt", "halde" },
  { "minutes_approved", "meeting state", NC_("meeting state", "Minutes approved"), "protokoll godkjent", "protokoll godkjend" },
  END
};

static const Term participant_roles[] = {
  { "chair", "participant role", NC_("participant role", "Chair"), "leder", "leiar" },
  { "member", "participant role", NC_("participant role", "Member"), "medlem", "medlem" },
  { "substitute", "participant role", NC_("participant role", "Substitute"), "vara", "vara" },
  { "adviser", "participant role", NC_("participant role", "Adviser"), "bisitter", "bisitjar" },
  { "guest", "participant role", NC_("participant role", "Guest"), "gjest", "gjest" },
  { "secretary", "participant role", NC_("participant role", "Secretary"), "sekretær", "sekretær" },
  { "observer", "participant role", NC_("participant role", "Observer"), "observatør", "observatør" },
  END
};

static const Term attendances[] = {
  { "expected", "attendance", NC_("attendance", "Expected"), "forventet", "venta" },
  { "present", "attendance", NC_("attendance", "Present"), "til stede", "til stades" },
  { "absent", "attendance", NC_("attendance", "Absent"), "forfall", "forfall" },
  END
};

static const Term outcomes[] = {
  { "adopted_as_proposed", "decision outcome", NC_("decision outcome", "Adopted as proposed"), "vedtatt som innstilt", "vedteke som innstilt" },
  { "noted", "decision outcome", NC_("decision outcome", "Noted"), "tatt til orientering", "teke til orientering" },
  { "amended", "decision outcome", NC_("decision outcome", "Amended"), "vedtatt med endringer", "vedteke med endringar" },
  { "postponed", "decision outcome", NC_("decision outcome", "Postponed"), "utsatt", "utsett" },
  { "withdrawn", "decision outcome", NC_("decision outcome", "Withdrawn"), "trukket", "trekt" },
  END
};

static const Term action_statuses[] = {
  { "open", "action status", NC_("action status", "Open"), "åpen", "open" },
  { "in_progress", "action status", NC_("action status", "In progress"), "pågår", "pågår" },
  { "done", "action status", NC_("action status", "Done"), "utført", "utført" },
  { "cancelled", "action status", NC_("action status", "Cancelled"), "avlyst", "avlyst" },
  END
};

static const Term confidentialities[] = {
  { "open", "confidentiality", NC_("confidentiality", "Open"), "offentlig", "offentleg" },
  { "exempt", "confidentiality", NC_("confidentiality", "Exempt from public access"), "unntatt offentlighet", "unnateke offentlegheit" },
  END
};

static const Term standing_kinds[] = {
  { "approve_notice", "standing item", NC_("standing item", "Approval of notice and agenda"), "godkjenning av innkalling og saksliste", "godkjenning av innkalling og saksliste" },
  { "approve_minutes", "standing item", NC_("standing item", "Approval of minutes from the previous meeting"), "godkjenning av protokoll fra forrige møte", "godkjenning av protokoll frå førre møte" },
  { "follow_up", "standing item", NC_("standing item", "Follow-up list"), "oppfølgingsliste", "oppfølgingsliste" },
  { "portfolio_status", "standing item", NC_("standing item", "Portfolio status"), "porteføljestatus", "porteføljestatus" },
  { "any_other_business", "standing item", NC_("standing item", "Any other business"), "eventuelt", "eventuelt" },
  { "other", "standing item", NC_("standing item", "Other standing item"), "annen fast sak", "anna fast sak" },
  END
};

static const Term indicator_directions[] = {
  { "increase", "indicator direction", NC_("indicator direction", "Higher is better"), "økning", "auke" },
  { "decrease", "indicator direction", NC_("indicator direction", "Lower is better"), "reduksjon", "reduksjon" },
  END
};

static const Term risk_states[] = {
  { "open", "risk state", NC_("risk state", "Open"), "åpen", "open" },
  { "closed", "risk state", NC_("risk state", "Closed"), "lukket", "lukka" },
  END
};

static const Term report_states[] = {
  { "draft", "status report state", NC_("status report state", "Draft"), "utkast", "utkast" },
  { "published", "status report state", NC_("status report state", "Published"), "publisert", "publisert" },
  END
};

static const Term *vocabularies[STYRE_N_VOCABULARIES] = {
  [STYRE_VOCAB_INITIATIVE_KIND] = initiative_kinds,
  [STYRE_VOCAB_METHOD] = methods,
  [STYRE_VOCAB_PHASE] = phases,
  [STYRE_VOCAB_LIFECYCLE] = lifecycles,
  [STYRE_VOCAB_RAG] = rags,
  [STYRE_VOCAB_DIMENSION] = dimensions,
  [STYRE_VOCAB_AGENCY_KIND] = agency_kinds,
  [STYRE_VOCAB_AGENCY_ROLE] = agency_roles,
  [STYRE_VOCAB_PERSON_ROLE] = person_roles,
  [STYRE_VOCAB_GOAL_LEVEL] = goal_levels,
  [STYRE_VOCAB_BENEFIT_KIND] = benefit_kinds,
  [STYRE_VOCAB_GATE] = gates,
  [STYRE_VOCAB_GATE_OUTCOME] = gate_outcomes,
  [STYRE_VOCAB_RISK_CATEGORY] = risk_categories,
  [STYRE_VOCAB_CRITICALITY] = criticalities,
  [STYRE_VOCAB_DEPENDENCY_STATE] = dependency_states,
  [STYRE_VOCAB_PILOT_DECISION] = pilot_decisions,
  [STYRE_VOCAB_ITEM_TYPE] = item_types,
  [STYRE_VOCAB_MEETING_STATE] = meeting_states,
  [STYRE_VOCAB_PARTICIPANT_ROLE] = participant_roles,
  [STYRE_VOCAB_ATTENDANCE] = attendances,
  [STYRE_VOCAB_OUTCOME] = outcomes,
  [STYRE_VOCAB_ACTION_STATUS] = action_statuses,
  [STYRE_VOCAB_CONFIDENTIALITY] = confidentialities,
  [STYRE_VOCAB_STANDING_KIND] = standing_kinds,
  [STYRE_VOCAB_INDICATOR_DIRECTION] = indicator_directions,
  [STYRE_VOCAB_RISK_STATE] = risk_states,
  [STYRE_VOCAB_REPORT_STATE] = report_states,
};

static const Term *
lookup (StyreVocabulary  vocabulary,
        const char      *id)
{
  g_return_val_if_fail (vocabulary < STYRE_N_VOCABULARIES, NULL);

  if (id == NULL)
    return NULL;
  for (const Term *t = vocabularies[vocabulary]; t->id != NULL; t++)
    if (g_str_equal (t->id, id))
      return t;
  return NULL;
}

/**
 * styre_vocabulary_label:
 *
 * Returns: the translated word for @id, or @id itself when it is not in the vocabulary
 *   (a newer file may hold values this version does not know).
 */
const char *
styre_vocabulary_label (StyreVocabulary  vocabulary,
                        const char      *id)
{
  const Term *t = lookup (vocabulary, id);

  if (t == NULL)
    return id ? id : "";
  return g_dpgettext2 (GETTEXT_PACKAGE, t->context, t->label);
}

gboolean
styre_vocabulary_contains (StyreVocabulary  vocabulary,
                           const char      *id)
{
  return lookup (vocabulary, id) != NULL;
}

/**
 * styre_vocabulary_ids:
 *
 * Returns: (transfer none): the ids in their natural order, %NULL-terminated
 */
const char * const *
styre_vocabulary_ids (StyreVocabulary vocabulary)
{
  static const char **cache[STYRE_N_VOCABULARIES];

  g_return_val_if_fail (vocabulary < STYRE_N_VOCABULARIES, NULL);

  if (g_once_init_enter (&cache[vocabulary]))
    {
      GPtrArray *ids = g_ptr_array_new ();
      for (const Term *t = vocabularies[vocabulary]; t->id != NULL; t++)
        g_ptr_array_add (ids, (gpointer) t->id);
      g_ptr_array_add (ids, NULL);
      g_once_init_leave (&cache[vocabulary], (const char **) g_ptr_array_free (ids, FALSE));
    }
  return (const char * const *) cache[vocabulary];
}

static gboolean
same_word (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_strcmp0 (fa, fb) == 0;
}

/**
 * styre_vocabulary_match:
 * @text: a word as a person wrote it: the id, the English, bokmål or nynorsk word, or
 *   the word in the current language, in any case
 *
 * Returns: (nullable): the id, or %NULL when @text is not one of the words
 */
const char *
styre_vocabulary_match (StyreVocabulary  vocabulary,
                        const char      *text)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (vocabulary < STYRE_N_VOCABULARIES, NULL);

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));

  for (const Term *t = vocabularies[vocabulary]; t->id != NULL; t++)
    {
      if (same_word (trimmed, t->id) || same_word (trimmed, t->label)
          || same_word (trimmed, t->nb) || same_word (trimmed, t->nn)
          || same_word (trimmed, g_dpgettext2 (GETTEXT_PACKAGE, t->context, t->label)))
        return t->id;
    }
  return NULL;
}

StyreRag
styre_rag_from_id (const char *id)
{
  if (id == NULL)
    return STYRE_RAG_GREY;
  if (g_str_equal (id, "green"))
    return STYRE_RAG_GREEN;
  if (g_str_equal (id, "yellow"))
    return STYRE_RAG_YELLOW;
  if (g_str_equal (id, "red"))
    return STYRE_RAG_RED;
  return STYRE_RAG_GREY;
}

const char *
styre_rag_to_id (StyreRag rag)
{
  static const char *ids[] = { "grey", "green", "yellow", "red" };

  g_return_val_if_fail (rag <= STYRE_RAG_RED, "grey");
  return ids[rag];
}

/* The shape that goes with the colour: ● green, ▲ yellow, ■ red, ○ grey. */
const char *
styre_rag_symbol (StyreRag rag)
{
  static const char *symbols[] = { "○", "●", "▲", "■" };

  g_return_val_if_fail (rag <= STYRE_RAG_RED, "○");
  return symbols[rag];
}

/* The letter that goes with the colour, for text and the table form of charts. */
const char *
styre_rag_letter (StyreRag rag)
{
  switch (rag)
    {
    case STYRE_RAG_GREEN:
      return C_("status colour letter", "G");
    case STYRE_RAG_YELLOW:
      return C_("status colour letter", "Y");
    case STYRE_RAG_RED:
      return C_("status colour letter", "R");
    case STYRE_RAG_GREY:
    default:
      return C_("status colour letter", "–");
    }
}

/* Orders colours from best to worst: grey (nothing known) sorts before green. */
int
styre_rag_severity (StyreRag rag)
{
  return (int) rag;
}
