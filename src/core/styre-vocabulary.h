/* styre-vocabulary.h — the file's enumerations and their words in the UI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * StyreVocabulary:
 *
 * Each enumeration the file stores as TEXT (see styre-schema-v1.sql). The stored ids are
 * English and never shown; styre_vocabulary_label() gives the translated word.
 */
typedef enum
{
  STYRE_VOCAB_INITIATIVE_KIND,
  STYRE_VOCAB_METHOD,
  STYRE_VOCAB_PHASE,
  STYRE_VOCAB_LIFECYCLE,
  STYRE_VOCAB_RAG,
  STYRE_VOCAB_DIMENSION,
  STYRE_VOCAB_AGENCY_KIND,
  STYRE_VOCAB_AGENCY_ROLE,
  STYRE_VOCAB_PERSON_ROLE,
  STYRE_VOCAB_GOAL_LEVEL,
  STYRE_VOCAB_BENEFIT_KIND,
  STYRE_VOCAB_GATE,
  STYRE_VOCAB_GATE_OUTCOME,
  STYRE_VOCAB_RISK_CATEGORY,
  STYRE_VOCAB_CRITICALITY,
  STYRE_VOCAB_DEPENDENCY_STATE,
  STYRE_VOCAB_PILOT_DECISION,
  STYRE_VOCAB_ITEM_TYPE,
  STYRE_VOCAB_MEETING_STATE,
  STYRE_VOCAB_PARTICIPANT_ROLE,
  STYRE_VOCAB_ATTENDANCE,
  STYRE_VOCAB_OUTCOME,
  STYRE_VOCAB_ACTION_STATUS,
  STYRE_VOCAB_CONFIDENTIALITY,
  STYRE_VOCAB_STANDING_KIND,
  STYRE_VOCAB_INDICATOR_DIRECTION,
  STYRE_VOCAB_RISK_STATE,
  STYRE_VOCAB_REPORT_STATE,
  STYRE_N_VOCABULARIES
} StyreVocabulary;

const char  *styre_vocabulary_label   (StyreVocabulary  vocabulary,
                                       const char      *id);
gboolean     styre_vocabulary_contains (StyreVocabulary vocabulary,
                                        const char     *id);
const char * const *styre_vocabulary_ids (StyreVocabulary vocabulary);
const char  *styre_vocabulary_match   (StyreVocabulary  vocabulary,
                                       const char      *text);

/* Traffic lights: colour is never the only signal (PRODUCT.md). */
typedef enum
{
  STYRE_RAG_GREY,
  STYRE_RAG_GREEN,
  STYRE_RAG_YELLOW,
  STYRE_RAG_RED,
} StyreRag;

#define STYRE_N_DIMENSIONS 7

StyreRag     styre_rag_from_id        (const char *id);
const char  *styre_rag_to_id          (StyreRag    rag);
const char  *styre_rag_symbol         (StyreRag    rag);
const char  *styre_rag_letter         (StyreRag    rag);
int          styre_rag_severity       (StyreRag    rag);

G_END_DECLS
