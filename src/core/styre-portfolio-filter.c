/* styre-portfolio-filter.c — which initiatives the portfolio table shows
 *
 * The search runs as the person types, over thousands of initiatives, so matching is
 * cheap: each initiative carries its casefolded text and the positions of its words in
 * the vocabularies (styre-initiative.c), and the filter keeps bit masks and a few ids.
 * `styre-cli bench` times it over the whole portfolio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "styre-portfolio-filter.h"

struct _StyrePortfolioFilter
{
  char    **words;                 /* casefolded, all must be found */
  guint32   masks[STYRE_N_FACETS]; /* vocabulary facets: bit per word position */
  GArray   *ids[STYRE_N_FACETS];   /* agency and focus area facets: gint64 */
};

/**
 * styre_portfolio_facet_vocabulary:
 *
 * Returns: the vocabulary a facet chooses from, or %STYRE_N_VOCABULARIES for the
 *   agency and focus area facets, which choose rows by id
 */
StyreVocabulary
styre_portfolio_facet_vocabulary (StyrePortfolioFacet facet)
{
  switch (facet)
    {
    case STYRE_FACET_KIND: return STYRE_VOCAB_INITIATIVE_KIND;
    case STYRE_FACET_METHOD: return STYRE_VOCAB_METHOD;
    case STYRE_FACET_PHASE: return STYRE_VOCAB_PHASE;
    case STYRE_FACET_RAG: return STYRE_VOCAB_RAG;
    case STYRE_FACET_LIFECYCLE: return STYRE_VOCAB_LIFECYCLE;
    case STYRE_FACET_AGENCY:
    case STYRE_FACET_FOCUS_AREA:
    case STYRE_N_FACETS:
    default:
      return STYRE_N_VOCABULARIES;
    }
}

StyrePortfolioFilter *
styre_portfolio_filter_new (void)
{
  StyrePortfolioFilter *self = g_new0 (StyrePortfolioFilter, 1);

  self->words = g_new0 (char *, 1);
  for (guint f = 0; f < STYRE_N_FACETS; f++)
    self->ids[f] = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

StyrePortfolioFilter *
styre_portfolio_filter_copy (const StyrePortfolioFilter *self)
{
  StyrePortfolioFilter *copy = styre_portfolio_filter_new ();

  g_strfreev (copy->words);
  copy->words = g_strdupv (self->words);
  memcpy (copy->masks, self->masks, sizeof self->masks);
  for (guint f = 0; f < STYRE_N_FACETS; f++)
    g_array_append_vals (copy->ids[f], self->ids[f]->data, self->ids[f]->len);
  return copy;
}

void
styre_portfolio_filter_free (StyrePortfolioFilter *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->words);
  for (guint f = 0; f < STYRE_N_FACETS; f++)
    g_array_unref (self->ids[f]);
  g_free (self);
}

/**
 * styre_portfolio_filter_set_text:
 * @text: what the person typed; every word must be in the code, title or description
 *
 * Returns: whether the filter changed
 */
gboolean
styre_portfolio_filter_set_text (StyrePortfolioFilter *self,
                                 const char           *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
  GPtrArray *words = g_ptr_array_new ();
  gboolean changed;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);

  changed = !g_strv_equal ((const char * const *) self->words,
                           (const char * const *) words->pdata);
  g_strfreev (self->words);
  self->words = (char **) g_ptr_array_free (words, FALSE);
  return changed;
}

static int
word_position (StyreVocabulary  vocabulary,
               const char      *id)
{
  const char * const *ids = styre_vocabulary_ids (vocabulary);

  for (int i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      return i;
  return -1;
}

/**
 * styre_portfolio_filter_set_chosen:
 * @value: a vocabulary id ("execution"), or for agencies and focus areas the row's id
 *   in decimal
 *
 * Returns: whether the filter changed
 */
gboolean
styre_portfolio_filter_set_chosen (StyrePortfolioFilter *self,
                                   StyrePortfolioFacet   facet,
                                   const char           *value,
                                   gboolean              chosen)
{
  StyreVocabulary vocabulary;

  g_return_val_if_fail (facet < STYRE_N_FACETS, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (styre_portfolio_filter_get_chosen (self, facet, value) == chosen)
    return FALSE;

  vocabulary = styre_portfolio_facet_vocabulary (facet);
  if (vocabulary != STYRE_N_VOCABULARIES)
    {
      int position = word_position (vocabulary, value);

      if (position < 0 || position >= 32)
        return FALSE;
      if (chosen)
        self->masks[facet] |= 1u << position;
      else
        self->masks[facet] &= ~(1u << position);
      return TRUE;
    }
  else
    {
      gint64 id = g_ascii_strtoll (value, NULL, 10);
      GArray *ids = self->ids[facet];

      if (chosen)
        g_array_append_val (ids, id);
      else
        for (guint i = 0; i < ids->len; i++)
          if (g_array_index (ids, gint64, i) == id)
            g_array_remove_index (ids, i--);
      return TRUE;
    }
}

gboolean
styre_portfolio_filter_get_chosen (const StyrePortfolioFilter *self,
                                   StyrePortfolioFacet         facet,
                                   const char                 *value)
{
  StyreVocabulary vocabulary;

  g_return_val_if_fail (facet < STYRE_N_FACETS, FALSE);

  vocabulary = styre_portfolio_facet_vocabulary (facet);
  if (vocabulary != STYRE_N_VOCABULARIES)
    {
      int position = word_position (vocabulary, value);
      return position >= 0 && (self->masks[facet] & (1u << position)) != 0;
    }
  else
    {
      gint64 id = g_ascii_strtoll (value, NULL, 10);
      for (guint i = 0; i < self->ids[facet]->len; i++)
        if (g_array_index (self->ids[facet], gint64, i) == id)
          return TRUE;
      return FALSE;
    }
}

guint
styre_portfolio_filter_count_chosen (const StyrePortfolioFilter *self,
                                     StyrePortfolioFacet         facet)
{
  g_return_val_if_fail (facet < STYRE_N_FACETS, 0);

  if (styre_portfolio_facet_vocabulary (facet) != STYRE_N_VOCABULARIES)
    return (guint) __builtin_popcount (self->masks[facet]);
  return self->ids[facet]->len;
}

void
styre_portfolio_filter_clear_facet (StyrePortfolioFilter *self,
                                    StyrePortfolioFacet   facet)
{
  g_return_if_fail (facet < STYRE_N_FACETS);
  self->masks[facet] = 0;
  g_array_set_size (self->ids[facet], 0);
}

/**
 * styre_portfolio_filter_has_choices:
 *
 * Returns: whether any chip has a value chosen (the search text aside)
 */
gboolean
styre_portfolio_filter_has_choices (const StyrePortfolioFilter *self)
{
  for (guint f = 0; f < STYRE_N_FACETS; f++)
    if (self->masks[f] != 0 || self->ids[f]->len > 0)
      return TRUE;
  return FALSE;
}

gboolean
styre_portfolio_filter_is_empty (const StyrePortfolioFilter *self)
{
  return self->words[0] == NULL && !styre_portfolio_filter_has_choices (self);
}

/**
 * styre_portfolio_filter_match:
 *
 * Returns: whether @initiative is shown
 */
gboolean
styre_portfolio_filter_match (const StyrePortfolioFilter *self,
                              StyreInitiative            *initiative)
{
  const char *key;

  for (guint f = STYRE_FACET_KIND; f < STYRE_N_FACETS; f++)
    if (self->masks[f] != 0)
      {
        int position = styre_initiative_get_word_index (initiative,
                                                        styre_portfolio_facet_vocabulary (f));
        if (position < 0 || (self->masks[f] & (1u << position)) == 0)
          return FALSE;
      }

  if (self->ids[STYRE_FACET_AGENCY]->len > 0)
    {
      gint64 agency = styre_initiative_get_agency_id (initiative);
      gboolean found = FALSE;

      for (guint i = 0; !found && i < self->ids[STYRE_FACET_AGENCY]->len; i++)
        found = g_array_index (self->ids[STYRE_FACET_AGENCY], gint64, i) == agency;
      if (!found)
        return FALSE;
    }
  if (self->ids[STYRE_FACET_FOCUS_AREA]->len > 0)
    {
      gboolean found = FALSE;

      for (guint i = 0; !found && i < self->ids[STYRE_FACET_FOCUS_AREA]->len; i++)
        found = styre_initiative_has_focus_area (initiative,
                                                 g_array_index (self->ids[STYRE_FACET_FOCUS_AREA],
                                                                gint64, i));
      if (!found)
        return FALSE;
    }

  key = styre_initiative_get_search_key (initiative);
  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (key, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}
