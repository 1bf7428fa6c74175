/* styre-initiative.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "styre-initiative.h"
#include "styre-vocabulary.h"

struct _StyreInitiative
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  char    *code;
  char    *title;
  char    *what;
  char    *kind;
  char    *method;
  char    *phase;
  char    *lifecycle;
  char    *agency_name;
  char    *owner_name;
  char    *overall_rag;
  char    *previous_rag;
  char    *last_period;
  gint64   budget;
  gint64   forecast;
  gint64   agency_id;
  GArray  *focus_areas;    /* of gint64 */
  char    *search_key;     /* code, title and what, casefolded, for the search */
  gint8    word_index[STYRE_N_VOCABULARIES];
};

G_DEFINE_FINAL_TYPE (StyreInitiative, styre_initiative, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_WHAT,
  PROP_KIND,
  PROP_METHOD,
  PROP_PHASE,
  PROP_LIFECYCLE,
  PROP_AGENCY_NAME,
  PROP_OWNER_NAME,
  PROP_OVERALL_RAG,
  PROP_RAG_SEVERITY,
  PROP_TREND,
  PROP_LAST_PERIOD,
  PROP_BUDGET,
  PROP_FORECAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
styre_initiative_finalize (GObject *object)
{
  StyreInitiative *self = (StyreInitiative *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->phase, g_free);
  g_clear_pointer (&self->lifecycle, g_free);
  g_clear_pointer (&self->agency_name, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->overall_rag, g_free);
  g_clear_pointer (&self->previous_rag, g_free);
  g_clear_pointer (&self->last_period, g_free);
  g_clear_pointer (&self->focus_areas, g_array_unref);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (styre_initiative_parent_class)->finalize (object);
}

static void
styre_initiative_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyreInitiative *self = STYRE_INITIATIVE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_WHAT: g_value_set_string (value, self->what); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_METHOD: g_value_set_string (value, self->method); break;
    case PROP_PHASE: g_value_set_string (value, self->phase); break;
    case PROP_LIFECYCLE: g_value_set_string (value, self->lifecycle); break;
    case PROP_AGENCY_NAME: g_value_set_string (value, self->agency_name); break;
    case PROP_OWNER_NAME: g_value_set_string (value, self->owner_name); break;
    case PROP_OVERALL_RAG: g_value_set_string (value, self->overall_rag); break;
    case PROP_RAG_SEVERITY:
      g_value_set_int (value, styre_rag_severity (styre_rag_from_id (self->overall_rag)));
      break;
    case PROP_TREND: g_value_set_int (value, styre_initiative_get_trend (self)); break;
    case PROP_LAST_PERIOD: g_value_set_string (value, self->last_period); break;
    case PROP_BUDGET: g_value_set_int64 (value, self->budget); break;
    case PROP_FORECAST: g_value_set_int64 (value, self->forecast); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_initiative_class_init (StyreInitiativeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = styre_initiative_finalize;
  object_class->get_property = styre_initiative_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_METHOD] = g_param_spec_string ("method", NULL, NULL, NULL, flags);
  properties[PROP_PHASE] = g_param_spec_string ("phase", NULL, NULL, NULL, flags);
  properties[PROP_LIFECYCLE] = g_param_spec_string ("lifecycle", NULL, NULL, NULL, flags);
  properties[PROP_AGENCY_NAME] = g_param_spec_string ("agency-name", NULL, NULL, NULL, flags);
  properties[PROP_OWNER_NAME] = g_param_spec_string ("owner-name", NULL, NULL, NULL, flags);
  properties[PROP_OVERALL_RAG] = g_param_spec_string ("overall-rag", NULL, NULL, NULL, flags);
  properties[PROP_RAG_SEVERITY] = g_param_spec_int ("rag-severity", NULL, NULL, 0, 3, 0, flags);
  properties[PROP_TREND] = g_param_spec_int ("trend", NULL, NULL, -3, 3, 0, flags);
  properties[PROP_LAST_PERIOD] = g_param_spec_string ("last-period", NULL, NULL, NULL, flags);
  properties[PROP_BUDGET] = g_param_spec_int64 ("budget", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_FORECAST] = g_param_spec_int64 ("forecast", NULL, NULL, -1, G_MAXINT64, -1,
                                                  flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_initiative_init (StyreInitiative *self)
{
}

StyreInitiative *
styre_initiative_new (const StyreInitiativeData *data)
{
  StyreInitiative *self = g_object_new (STYRE_TYPE_INITIATIVE, NULL);

  self->id = data->id;
  self->version = data->version;
  self->code = g_strdup (data->code);
  self->title = g_strdup (data->title);
  self->what = g_strdup (data->what ? data->what : "");
  self->kind = g_strdup (data->kind);
  self->method = g_strdup (data->method);
  self->phase = g_strdup (data->phase);
  self->lifecycle = g_strdup (data->lifecycle);
  self->agency_name = g_strdup (data->agency_name ? data->agency_name : "");
  self->owner_name = g_strdup (data->owner_name ? data->owner_name : "");
  self->overall_rag = g_strdup (data->overall_rag ? data->overall_rag : "grey");
  self->previous_rag = g_strdup (data->previous_rag ? data->previous_rag : "grey");
  self->last_period = g_strdup (data->last_period);
  self->budget = data->budget;
  self->forecast = data->forecast;
  self->agency_id = data->agency_id;
  self->focus_areas = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (data->focus_area_ids != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (data->focus_area_ids, ",", -1);
      for (guint i = 0; ids[i] != NULL; i++)
        {
          gint64 id = g_ascii_strtoll (ids[i], NULL, 10);
          if (id > 0)
            g_array_append_val (self->focus_areas, id);
        }
    }
  {
    g_autofree char *all = g_strjoin ("\n", self->code ? self->code : "",
                                      self->title ? self->title : "", self->what, NULL);
    self->search_key = g_utf8_casefold (all, -1);
  }
  {
    const struct { StyreVocabulary v; const char *id; } words[] = {
      { STYRE_VOCAB_INITIATIVE_KIND, self->kind }, { STYRE_VOCAB_METHOD, self->method },
      { STYRE_VOCAB_PHASE, self->phase }, { STYRE_VOCAB_LIFECYCLE, self->lifecycle },
      { STYRE_VOCAB_RAG, self->overall_rag },
    };

    memset (self->word_index, -1, sizeof self->word_index);
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        const char * const *ids = styre_vocabulary_ids (words[i].v);
        for (int k = 0; ids[k] != NULL; k++)
          if (g_strcmp0 (ids[k], words[i].id) == 0)
            self->word_index[words[i].v] = (gint8) k;
      }
  }
  return self;
}

gint64
styre_initiative_get_agency_id (StyreInitiative *self)
{
  return self->agency_id;
}

gboolean
styre_initiative_has_focus_area (StyreInitiative *self,
                                 gint64           focus_area_id)
{
  for (guint i = 0; i < self->focus_areas->len; i++)
    if (g_array_index (self->focus_areas, gint64, i) == focus_area_id)
      return TRUE;
  return FALSE;
}

/**
 * styre_initiative_get_search_key:
 *
 * Returns: the code, title and one-sentence description, casefolded, for the search
 */
const char *
styre_initiative_get_search_key (StyreInitiative *self)
{
  return self->search_key;
}

/**
 * styre_initiative_get_word_index:
 * @vocabulary: %STYRE_VOCAB_INITIATIVE_KIND, _METHOD, _PHASE, _LIFECYCLE or _RAG (the
 *   latest overall colour)
 *
 * Returns: the position of the initiative's word in styre_vocabulary_ids(), or -1
 */
int
styre_initiative_get_word_index (StyreInitiative *self,
                                 StyreVocabulary  vocabulary)
{
  g_return_val_if_fail (vocabulary < STYRE_N_VOCABULARIES, -1);
  return self->word_index[vocabulary];
}

gint64 styre_initiative_get_id (StyreInitiative *self) { return self->id; }
gint64 styre_initiative_get_version (StyreInitiative *self) { return self->version; }
const char *styre_initiative_get_code (StyreInitiative *self) { return self->code; }
const char *styre_initiative_get_title (StyreInitiative *self) { return self->title; }
const char *styre_initiative_get_what (StyreInitiative *self) { return self->what; }
const char *styre_initiative_get_kind (StyreInitiative *self) { return self->kind; }
const char *styre_initiative_get_method (StyreInitiative *self) { return self->method; }
const char *styre_initiative_get_phase (StyreInitiative *self) { return self->phase; }
const char *styre_initiative_get_lifecycle (StyreInitiative *self) { return self->lifecycle; }
const char *styre_initiative_get_agency_name (StyreInitiative *self) { return self->agency_name; }
const char *styre_initiative_get_owner_name (StyreInitiative *self) { return self->owner_name; }
const char *styre_initiative_get_overall_rag (StyreInitiative *self) { return self->overall_rag; }
const char *styre_initiative_get_previous_rag (StyreInitiative *self) { return self->previous_rag; }
const char *styre_initiative_get_last_period (StyreInitiative *self) { return self->last_period; }
gint64 styre_initiative_get_budget (StyreInitiative *self) { return self->budget; }
gint64 styre_initiative_get_forecast (StyreInitiative *self) { return self->forecast; }

/**
 * styre_initiative_get_trend:
 *
 * Returns: how the overall colour moved since the previous report: negative is better,
 *   positive worse, 0 unchanged or unknown
 */
int
styre_initiative_get_trend (StyreInitiative *self)
{
  StyreRag now = styre_rag_from_id (self->overall_rag);
  StyreRag before = styre_rag_from_id (self->previous_rag);

  if (now == STYRE_RAG_GREY || before == STYRE_RAG_GREY)
    return 0;
  return styre_rag_severity (now) - styre_rag_severity (before);
}
