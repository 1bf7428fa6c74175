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
  { "project", "initiative kind", N_("Project"), "prosjekt", "prosjekt" },
  { "programme", "initiative kind", N_("Programme"), "program", "program" },
  { "product_team", "initiative kind", N_("Agile product team"), "smidig produktteam", "smidig produktteam" },
  { "pilot", "initiative kind", N_("Pilot"), "pilot", "pilot" },
  { "innovation", "initiative kind", N_("Innovation"), "innovasjon", "innovasjon" },
  { "idea", "initiative kind", N_("Idea"), "idé", "idé" },
  END
};

static const Term methods[] = {
  { "waterfall", "method", N_("Waterfall"), "fossefall", "fossefall" },
  { "agile", "method", N_("Agile"), "smidig", "smidig" },
  { "hybrid", "method", N_("Hybrid"), "hybrid", "hybrid" },
  END
};

static const Term phases[] = {
  { "idea", "phase", N_("Idea"), "idé", "idé" },
  { "concept", "phase", N_("Concept"), "konsept", "konsept" },
  { "planning", "phase", N_("Planning"), "planlegge", "planlegge" },
  { "execution", "phase", N_("Execution"), "gjennomføre", "gjennomføre" },
  { "closing", "phase", N_("Closing"), "avslutte", "avslutte" },
  { "realisation", "phase", N_("Realisation"), "realisere", "realisere" },
  END
};

static const Term lifecycles[] = {
  { "proposed", "lifecycle", N_("Proposed"), "foreslått", "føreslått" },
  { "active", "lifecycle", N_("Active"), "aktiv", "aktiv" },
  { "paused", "lifecycle", N_("Paused"), "satt på pause", "sett på pause" },
  { "closed", "lifecycle", N_("Closed"), "avsluttet", "avslutta" },
  { "stopped", "lifecycle", N_("Stopped"), "stoppet", "stoppa" },
  { "merged", "lifecycle", N_("Merged"), "slått sammen", "slått saman" },
  END
};

static const Term rags[] = {
  { "grey", "status colour", N_("Not reported"), "grå", "grå" },
  { "green", "status colour", N_("Green"), "grønn", "grøn" },
  { "yellow", "status colour", N_("Yellow"), "gul", "gul" },
  { "red", "status colour", N_("Red"), "rød", "raud" },
  END
};

static const Term dimensions[] = {
  { "time", "steering parameter", N_("Time"), "tid", "tid" },
  { "cost", "steering parameter", N_("Cost"), "kostnad", "kostnad" },
  { "benefits", "steering parameter", N_("Benefits"), "nyttevirkninger", "nyttverknader" },
  { "quality", "steering parameter", N_("Quality"), "kvalitet", "kvalitet" },
  { "scope", "steering parameter", N_("Scope"), "omfang", "omfang" },
  { "sustainability", "steering parameter", N_("Sustainability"), "bærekraft", "berekraft" },
  { "risk", "steering parameter", N_("Risk"), "risiko", "risiko" },
  END
};

static const Term agency_kinds[] = {
  { "municipality", "agency kind", N_("Municipality"), "kommune", "kommune" },
  { "county", "agency kind", N_("County"), "fylkeskommune", "fylkeskommune" },
  { "state_agency", "agency kind", N_("State agency"), "statlig virksomhet", "statleg verksemd" },
  { "ministry", "agency kind", N_("Ministry"), "departement", "departement" },
  { "health_trust", "agency kind", N_("Health trust"), "helseforetak", "helseføretak" },
  { "company", "agency kind", N_("Company"), "selskap", "selskap" },
  { "other", "agency kind", N_("Other"), "annen", "anna" },
  END
};

static const Term agency_roles[] = {
  { "owner", "agency role", N_("Owner"), "eier", "eigar" },
  { "partner", "agency role", N_("Partner"), "partner", "partnar" },
  { "funder", "agency role", N_("Funder"), "finansiør", "finansiør" },
  { "benefit_recipient", "agency role", N_("Benefit recipient"), "nyttemottaker", "nyttemottakar" },
  END
};

static const Term person_roles[] = {
  { "owner", "person role", N_("Project owner"), "prosjekteier", "prosjekteigar" },
  { "leader", "person role", N_("Project leader"), "prosjektleder", "prosjektleiar" },
  { "product_owner", "person role", N_("Product owner"), "produkteier", "produkteigar" },
  { "architect", "person role", N_("Architect"), "arkitekt", "arkitekt" },
  { "benefit_owner", "person role", N_("Benefit owner"), "nytteeier", "nytteeigar" },
  { "member", "person role", N_("Team member"), "teammedlem", "teammedlem" },
  { "contact", "person role", N_("Contact"), "kontaktperson", "kontaktperson" },
  END
};

static const Term goal_levels[] = {
  { "societal", "goal level", N_("Societal goal"), "samfunnsmål", "samfunnsmål" },
  { "outcome", "goal level", N_("Outcome goal"), "effektmål", "effektmål" },
  { "output", "goal level", N_("Output goal"), "resultatmål", "resultatmål" },
  END
};

static const Term benefit_kinds[] = {
  { "efficiency", "benefit kind", N_("Efficiency"), "effektivisering", "effektivisering" },
  { "quality", "benefit kind", N_("Quality"), "kvalitet", "kvalitet" },
  { "user", "benefit kind", N_("User benefit"), "brukernytte", "brukarnytte" },
  { "societal", "benefit kind", N_("Societal"), "samfunnsnytte", "samfunnsnytte" },
  END
};

static const Term gates[] = {
  { "BP1", "gate", N_("BP1"), "BP1", "BP1" },
  { "BP2", "gate", N_("BP2"), "BP2", "BP2" },
  { "BP3", "gate", N_("BP3"), "BP3", "BP3" },
  { "BP4", "gate", N_("BP4"), "BP4", "BP4" },
  { "BP5", "gate", N_("BP5"), "BP5", "BP5" },
  { "BP6", "gate", N_("BP6"), "BP6", "BP6" },
  { "KS1", "gate", N_("KS1"), "KS1", "KS1" },
  { "KS2", "gate", N_("KS2"), "KS2", "KS2" },
  END
};

static const Term gate_outcomes[] = {
  { "approved", "gate outcome", N_("Approved"), "godkjent", "godkjend" },
  { "approved_with_conditions", "gate outcome", N_("Approved with conditions"), "godkjent med vilkår", "godkjend med vilkår" },
  { "rework", "gate outcome", N_("Rework"), "omarbeides", "omarbeidast" },
  { "paused", "gate outcome", N_("Paused"), "satt på pause", "sett på pause" },
  { "stopped", "gate outcome", N_("Stopped"), "stoppet", "stoppa" },
  END
};

static const Term risk_categories[] = {
  { "information_security", "risk category", N_("Information security"), "informasjonssikkerhet", "informasjonstryggleik" },
  { "privacy", "risk category", N_("Privacy"), "personvern", "personvern" },
  { "technology", "risk category", N_("Technology"), "teknologi", "teknologi" },
  { "finance", "risk category", N_("Finance"), "økonomi", "økonomi" },
  { "organisation", "risk category", N_("Organisation"), "organisasjon", "organisasjon" },
  { "competence", "risk category", N_("Competence"), "kompetanse", "kompetanse" },
  { "supplier", "risk category", N_("Supplier"), "leverandør", "leverandør" },
  { "legal", "risk category", N_("Legal"), "juridisk", "juridisk" },
  { "benefits", "risk category", N_("Benefits"), "nyttevirkninger", "nyttverknader" },
  { "schedule", "risk category", N_("Schedule"), "fremdrift", "framdrift" },
  END
};

static const Term criticalities[] = {
  { "low", "criticality", N_("Low"), "lav", "låg" },
  { "medium", "criticality", N_("Medium"), "middels", "middels" },
  { "high", "criticality", N_("High"), "høy", "høg" },
  END
};

static const Term dependency_states[] = {
  { "ok", "dependency state", N_("On track"), "i rute", "i rute" },
  { "at_risk", "dependency state", N_("At risk"), "utsatt", "utsett" },
  { "blocked", "dependency state", N_("Blocked"), "blokkert", "blokkert" },
  END
};

static const Term pilot_decisions[] = {
  { "scale", "pilot decision", N_("Scale up"), "skalere", "skalere" },
  { "adjust", "pilot decision", N_("Adjust"), "justere", "justere" },
  { "stop", "pilot decision", N_("Stop"), "stoppe", "stoppe" },
  END
};

static const Term item_types[] = {
  { "decision", "agenda item type", N_("Decision"), "beslutningssak", "avgjerdssak" },
  { "discussion", "agenda item type", N_("Discussion"), "drøftingssak", "drøftingssak" },
  { "information", "agenda item type", N_("Information"), "orienteringssak", "orienteringssak" },
  END
};

static const Term meeting_states[] = {
  { "draft", "meeting state", N_("Draft"), "utkast", "utkast" },
  { "notice_sent", "meeting state", N_("Notice sent"), "innkalling sendt", "innkalling send" },
  { "held", "meeting state", N_("Held"), "avholdt", "halde" },
  { "minutes_approved", "meeting state", N_("Minutes approved"), "protokoll godkjent", "protokoll godkjend" },
  END
};

static const Term participant_roles[] = {
  { "chair", "participant role", N_("Chair"), "leder", "leiar" },
  { "member", "participant role", N_("Member"), "medlem", "medlem" },
  { "substitute", "participant role", N_("Substitute"), "vara", "vara" },
  { "adviser", "participant role", N_("Adviser"), "bisitter", "bisitjar" },
  { "guest", "participant role", N_("Guest"), "gjest", "gjest" },
  { "secretary", "participant role", N_("Secretary"), "sekretær", "sekretær" },
  { "observer", "participant role", N_("Observer"), "observatør", "observatør" },
  END
};

static const Term attendances[] = {
  { "expected", "attendance", N_("Expected"), "forventet", "venta" },
  { "present", "attendance", N_("Present"), "til stede", "til stades" },
  { "absent", "attendance", N_("Absent"), "forfall", "forfall" },
  END
};

static const Term outcomes[] = {
  { "adopted_as_proposed", "decision outcome", N_("Adopted as proposed"), "vedtatt som innstilt", "vedteke som innstilt" },
  { "noted", "decision outcome", N_("Noted"), "tatt til orientering", "teke til orientering" },
  { "amended", "decision outcome", N_("Amended"), "vedtatt med endringer", "vedteke med endringar" },
  { "postponed", "decision outcome", N_("Postponed"), "utsatt", "utsett" },
  { "withdrawn", "decision outcome", N_("Withdrawn"), "trukket", "trekt" },
  END
};

static const Term action_statuses[] = {
  { "open", "action status", N_("Open"), "åpen", "open" },
  { "in_progress", "action status", N_("In progress"), "pågår", "pågår" },
  { "done", "action status", N_("Done"), "utført", "utført" },
  { "cancelled", "action status", N_("Cancelled"), "avlyst", "avlyst" },
  END
};

static const Term confidentialities[] = {
  { "open", "confidentiality", N_("Open"), "offentlig", "offentleg" },
  { "exempt", "confidentiality", N_("Exempt from public access"), "unntatt offentlighet", "unnateke offentlegheit" },
  END
};

static const Term standing_kinds[] = {
  { "approve_notice", "standing item", N_("Approval of notice and agenda"), "godkjenning av innkalling og saksliste", "godkjenning av innkalling og saksliste" },
  { "approve_minutes", "standing item", N_("Approval of minutes from the previous meeting"), "godkjenning av protokoll fra forrige møte", "godkjenning av protokoll frå førre møte" },
  { "follow_up", "standing item", N_("Follow-up list"), "oppfølgingsliste", "oppfølgingsliste" },
  { "portfolio_status", "standing item", N_("Portfolio status"), "porteføljestatus", "porteføljestatus" },
  { "any_other_business", "standing item", N_("Any other business"), "eventuelt", "eventuelt" },
  { "other", "standing item", N_("Other standing item"), "annen fast sak", "anna fast sak" },
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
