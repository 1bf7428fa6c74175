/* styre-fields.c — the columns people edit, described once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"

#define TEXT(c, l, f)        { c, l, STYRE_FIELD_TEXT, f, 0, NULL, 0, 0, NULL }
#define HINTED(c, l, f, h)   { c, l, STYRE_FIELD_TEXT, f, 0, NULL, 0, 0, h }
#define LONG(c, l)           { c, l, STYRE_FIELD_LONG_TEXT, STYRE_FIELD_NOT_NULL, 0, NULL, 0, 0, NULL }
#define KIND(c, l, k, f)     { c, l, k, f, 0, NULL, 0, 0, NULL }
#define RANGE(c, l, k, f, a, b) { c, l, k, f, 0, NULL, a, b, NULL }
#define CHOICE(c, l, v, f)   { c, l, STYRE_FIELD_CHOICE, f, v, NULL, 0, 0, NULL }
#define REF(c, l, t, f)      { c, l, STYRE_FIELD_REFERENCE, f, 0, t, 0, 0, NULL }
#define HIDDEN(c, k)         { c, NULL, k, STYRE_FIELD_HIDDEN, 0, NULL, 0, 0, NULL }
#define HIDDEN_REF(c, t)     { c, NULL, STYRE_FIELD_REFERENCE, STYRE_FIELD_HIDDEN, 0, t, 0, 0, NULL }

#define REQ STYRE_FIELD_REQUIRED
#define POS STYRE_FIELD_POSITIVE
#define NN  STYRE_FIELD_NOT_NULL

static const StyreField initiative_fields[] = {
  RANGE ("code", NC_("field", "Code"), STYRE_FIELD_TEXT, REQ, 1, 32),
  TEXT ("title", NC_("field", "Title"), REQ),
  { "what", NC_("field", "What it achieves"), STYRE_FIELD_LONG_TEXT, NN, 0, NULL, 0, 0,
    N_("One sentence on what is to be achieved, not how") },
  CHOICE ("kind", NC_("field", "Kind"), STYRE_VOCAB_INITIATIVE_KIND, REQ),
  CHOICE ("method", NC_("field", "Method"), STYRE_VOCAB_METHOD, REQ),
  CHOICE ("phase", NC_("field", "Phase"), STYRE_VOCAB_PHASE, REQ),
  CHOICE ("lifecycle", NC_("field", "State"), STYRE_VOCAB_LIFECYCLE, REQ),
  REF ("owning_agency_id", NC_("field", "Owning agency"), "agency", REQ),
  REF ("owner_id", NC_("field", "Project owner"), "person", 0),
  REF ("leader_id", NC_("field", "Project leader or product owner"), "person", 0),
  REF ("parent_id", NC_("field", "Part of programme"), "initiative", 0),
  REF ("merged_into_id", NC_("field", "Merged into"), "initiative", 0),
  KIND ("start_date", NC_("field", "Start"), STYRE_FIELD_DATE, 0),
  KIND ("end_date", NC_("field", "End"), STYRE_FIELD_DATE, 0),
  RANGE ("strategic_value", NC_("field", "Strategic value (1–5)"), STYRE_FIELD_INTEGER, 0, 1, 5),
  RANGE ("complexity", NC_("field", "Complexity (1–5)"), STYRE_FIELD_INTEGER, 0, 1, 5),
  KIND ("state_project_model", NC_("field", "Under the state project model"), STYRE_FIELD_BOOL, 0),
  KIND ("co_financed", NC_("field", "Co-financed"), STYRE_FIELD_BOOL, 0),
  KIND ("national_portfolio", NC_("field", "In the national portfolio"), STYRE_FIELD_BOOL, 0),
  CHOICE ("confidentiality", NC_("field", "Public access"), STYRE_VOCAB_CONFIDENTIALITY, REQ),
  { "legal_basis", NC_("field", "Legal basis for exemption"), STYRE_FIELD_TEXT, 0, 0, NULL, 0,
    0, N_("For example offl. § 14") },
  HIDDEN ("created_at", STYRE_FIELD_TEXT),
};

static const StyreField initiative_agency_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("agency_id", NC_("field", "Agency"), "agency", REQ),
  CHOICE ("role", NC_("field", "Role"), STYRE_VOCAB_AGENCY_ROLE, REQ),
};

static const StyreField initiative_focus_area_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("focus_area_id", NC_("field", "Focus area"), "focus_area", REQ),
  RANGE ("weight", NC_("field", "Weight (0–100)"), STYRE_FIELD_INTEGER, REQ, 0, 100),
};

static const StyreField initiative_goal_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("goal_id", NC_("field", "Goal"), "goal", REQ),
  RANGE ("weight", NC_("field", "Weight (0–100)"), STYRE_FIELD_INTEGER, REQ, 0, 100),
};

static const StyreField initiative_person_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("person_id", NC_("field", "Person"), "person", REQ),
  CHOICE ("role", NC_("field", "Role"), STYRE_VOCAB_PERSON_ROLE, REQ),
};

static const StyreField tolerance_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  CHOICE ("dimension", NC_("field", "Steering parameter"), STYRE_VOCAB_DIMENSION,
          REQ | STYRE_FIELD_FIXED),
  { "yellow_at", NC_("field", "Yellow from"), STYRE_FIELD_INTEGER, REQ | POS, 0, NULL, 0, 0,
    N_("Days late for time, per cent over P50 for cost, per cent of the plan missing for "
       "benefits") },
  RANGE ("red_at", NC_("field", "Red from"), STYRE_FIELD_INTEGER, REQ | POS, 0, 0),
};

static const StyreField status_report_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  KIND ("period", NC_("field", "Period"), STYRE_FIELD_PERIOD, REQ | STYRE_FIELD_FIXED),
  CHOICE ("state", NC_("field", "State"), STYRE_VOCAB_REPORT_STATE, STYRE_FIELD_HIDDEN),
  HIDDEN ("published_at", STYRE_FIELD_TEXT),
  REF ("author_id", NC_("field", "Author"), "person", 0),
  CHOICE ("overall_rag", NC_("field", "Overall status"), STYRE_VOCAB_RAG, REQ),
  CHOICE ("phase", NC_("field", "Phase"), STYRE_VOCAB_PHASE, REQ),
  LONG ("summary", NC_("field", "Summary")),
  LONG ("achievements", NC_("field", "Achieved this period")),
  LONG ("next_period", NC_("field", "Planned for the next period")),
  LONG ("decisions_needed", NC_("field", "Decisions needed")),
  RANGE ("percent_complete", NC_("field", "Per cent complete"), STYRE_FIELD_INTEGER, 0, 0, 100),
  KIND ("forecast_cost", NC_("field", "Forecast total cost"), STYRE_FIELD_AMOUNT, POS),
  KIND ("forecast_end", NC_("field", "Forecast end"), STYRE_FIELD_DATE, 0),
};

static const StyreField status_dimension_fields[] = {
  HIDDEN_REF ("status_report_id", "status_report"),
  CHOICE ("dimension", NC_("field", "Steering parameter"), STYRE_VOCAB_DIMENSION,
          REQ | STYRE_FIELD_FIXED),
  CHOICE ("rag", NC_("field", "Status"), STYRE_VOCAB_RAG, REQ),
  CHOICE ("suggested_rag", NC_("field", "Suggested status"), STYRE_VOCAB_RAG, STYRE_FIELD_HIDDEN),
  TEXT ("override_reason", NC_("field", "Why another colour than suggested"), 0),
  LONG ("comment", NC_("field", "Comment")),
};

static const StyreField cost_frame_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  KIND ("valid_from", NC_("field", "Decided on"), STYRE_FIELD_DATE, REQ),
  KIND ("p50", NC_("field", "Management budget (P50)"), STYRE_FIELD_AMOUNT, REQ | POS),
  KIND ("p85", NC_("field", "Cost frame (P85)"), STYRE_FIELD_AMOUNT, REQ | POS),
  RANGE ("price_level_year", NC_("field", "Price level (year)"), STYRE_FIELD_YEAR, REQ, 1990, 2200),
  LONG ("note", NC_("field", "Note")),
};

static const StyreField descoping_item_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  HIDDEN ("position", STYRE_FIELD_INTEGER),
  TEXT ("description", NC_("field", "What can be cut"), REQ),
  KIND ("amount", NC_("field", "Saves"), STYRE_FIELD_AMOUNT, REQ | POS),
};

static const StyreField budget_line_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  RANGE ("year", NC_("field", "Year"), STYRE_FIELD_YEAR, REQ, 1990, 2200),
  KIND ("recorded_on", NC_("field", "Recorded on"), STYRE_FIELD_DATE, REQ),
  KIND ("approved", NC_("field", "Approved"), STYRE_FIELD_AMOUNT, REQ | POS),
  KIND ("revised", NC_("field", "Revised"), STYRE_FIELD_AMOUNT, POS),
  KIND ("forecast", NC_("field", "Forecast"), STYRE_FIELD_AMOUNT, POS),
  KIND ("actual", NC_("field", "Actual"), STYRE_FIELD_AMOUNT, POS),
  LONG ("note", NC_("field", "Note")),
};

static const StyreField overspend_arrangement_fields[] = {
  REF ("agency_id", NC_("field", "Agency"), "agency", REQ),
  RANGE ("budget_year", NC_("field", "Budget year"), STYRE_FIELD_YEAR, REQ, 1990, 2200),
  { "chapter_post", NC_("field", "Chapter and post"), STYRE_FIELD_TEXT, NN, 0, NULL, 0, 0,
    N_("For example kap. 1600 post 01") },
  KIND ("appropriation", NC_("field", "Appropriation"), STYRE_FIELD_AMOUNT, REQ | POS),
  KIND ("overspend", NC_("field", "Overspend"), STYRE_FIELD_AMOUNT, REQ | POS),
  KIND ("decided_on", NC_("field", "Decided on"), STYRE_FIELD_DATE, 0),
  TEXT ("reference", NC_("field", "Reference"), NN),
  LONG ("description", NC_("field", "Description")),
};

static const StyreField overspend_share_fields[] = {
  REF ("arrangement_id", NC_("field", "Overspend arrangement"), "overspend_arrangement", REQ),
  HIDDEN_REF ("initiative_id", "initiative"),
  KIND ("amount", NC_("field", "Share of the overspend"), STYRE_FIELD_AMOUNT, REQ | POS),
};

static const StyreField overspend_repayment_fields[] = {
  HIDDEN_REF ("arrangement_id", "overspend_arrangement"),
  RANGE ("year", NC_("field", "Year"), STYRE_FIELD_YEAR, REQ, 1990, 2200),
  KIND ("planned", NC_("field", "Planned repayment"), STYRE_FIELD_AMOUNT, REQ | POS),
  KIND ("actual", NC_("field", "Actual repayment"), STYRE_FIELD_AMOUNT, POS),
};

static const StyreField benefit_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  TEXT ("title", NC_("field", "Benefit"), REQ),
  LONG ("description", NC_("field", "Description")),
  CHOICE ("kind", NC_("field", "Kind"), STYRE_VOCAB_BENEFIT_KIND, REQ),
  KIND ("priced", NC_("field", "Priced in kroner"), STYRE_FIELD_BOOL, 0),
  { "unit", NC_("field", "Unit"), STYRE_FIELD_TEXT, NN, 0, NULL, 0, 0,
    N_("NOK for priced benefits; otherwise what is counted, like hours or per cent") },
  REF ("owner_id", NC_("field", "Benefit owner"), "person", 0),
  REF ("recipient_agency_id", NC_("field", "Recipient agency"), "agency", 0),
  REF ("goal_id", NC_("field", "Goal"), "goal", 0),
};

static const StyreField benefit_value_fields[] = {
  HIDDEN_REF ("benefit_id", "benefit"),
  RANGE ("year", NC_("field", "Year"), STYRE_FIELD_YEAR, REQ | STYRE_FIELD_FIXED, 1990, 2200),
  KIND ("planned", NC_("field", "Planned"), STYRE_FIELD_INTEGER, REQ),
  KIND ("realised", NC_("field", "Realised"), STYRE_FIELD_INTEGER, 0),
};

static const StyreField indicator_fields[] = {
  HIDDEN_REF ("benefit_id", "benefit"),
  TEXT ("name", NC_("field", "Indicator"), REQ),
  TEXT ("unit", NC_("field", "Unit"), NN),
  CHOICE ("direction", NC_("field", "Direction"), STYRE_VOCAB_INDICATOR_DIRECTION, REQ),
  KIND ("baseline", NC_("field", "Baseline"), STYRE_FIELD_DECIMAL, 0),
  KIND ("baseline_date", NC_("field", "Baseline measured on"), STYRE_FIELD_DATE, 0),
  KIND ("target", NC_("field", "Target"), STYRE_FIELD_DECIMAL, 0),
  KIND ("target_date", NC_("field", "Target date"), STYRE_FIELD_DATE, 0),
};

static const StyreField measurement_fields[] = {
  HIDDEN_REF ("indicator_id", "indicator"),
  KIND ("measured_on", NC_("field", "Measured on"), STYRE_FIELD_DATE, REQ),
  KIND ("value", NC_("field", "Value"), STYRE_FIELD_DECIMAL, REQ),
  TEXT ("note", NC_("field", "Note"), NN),
};

static const StyreField milestone_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  TEXT ("title", NC_("field", "Milestone"), REQ),
  CHOICE ("gate", NC_("field", "Decision point"), STYRE_VOCAB_GATE, 0),
  KIND ("baseline_date", NC_("field", "Baseline"), STYRE_FIELD_DATE, REQ),
  KIND ("forecast_date", NC_("field", "Forecast"), STYRE_FIELD_DATE, 0),
  KIND ("actual_date", NC_("field", "Reached on"), STYRE_FIELD_DATE, 0),
  HIDDEN ("position", STYRE_FIELD_INTEGER),
};

static const StyreField gate_decision_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  CHOICE ("gate", NC_("field", "Decision point"), STYRE_VOCAB_GATE, REQ),
  KIND ("decided_on", NC_("field", "Decided on"), STYRE_FIELD_DATE, REQ),
  CHOICE ("outcome", NC_("field", "Decision"), STYRE_VOCAB_GATE_OUTCOME, REQ),
  LONG ("conditions", NC_("field", "Conditions")),
  REF ("agenda_item_id", NC_("field", "Decided in"), "agenda_item", 0),
};

static const StyreField risk_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  TEXT ("title", NC_("field", "Risk"), REQ),
  LONG ("description", NC_("field", "Description")),
  CHOICE ("category", NC_("field", "Category"), STYRE_VOCAB_RISK_CATEGORY, REQ),
  RANGE ("probability", NC_("field", "Probability (1–5)"), STYRE_FIELD_INTEGER, REQ, 1, 5),
  RANGE ("consequence", NC_("field", "Consequence (1–5)"), STYRE_FIELD_INTEGER, REQ, 1, 5),
  LONG ("mitigation", NC_("field", "Mitigation")),
  REF ("owner_id", NC_("field", "Risk owner"), "person", 0),
  CHOICE ("state", NC_("field", "State"), STYRE_VOCAB_RISK_STATE, REQ),
  KIND ("identified_on", NC_("field", "Identified on"), STYRE_FIELD_DATE, REQ),
  KIND ("closed_on", NC_("field", "Closed on"), STYRE_FIELD_DATE, 0),
};

static const StyreField dependency_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("depends_on_initiative_id", NC_("field", "Depends on initiative"), "initiative", 0),
  REF ("national_component_id", NC_("field", "Depends on national component"),
       "national_component", 0),
  LONG ("description", NC_("field", "What is needed")),
  CHOICE ("criticality", NC_("field", "Criticality"), STYRE_VOCAB_CRITICALITY, REQ),
  CHOICE ("state", NC_("field", "State"), STYRE_VOCAB_DEPENDENCY_STATE, REQ),
  KIND ("needed_by", NC_("field", "Needed by"), STYRE_FIELD_DATE, 0),
};

static const StyreField competence_demand_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  REF ("competence_id", NC_("field", "Competence"), "competence", REQ),
  KIND ("quarter", NC_("field", "Quarter"), STYRE_FIELD_QUARTER, REQ),
  RANGE ("fte", NC_("field", "Full-time equivalents"), STYRE_FIELD_DECIMAL, REQ | POS, 0, 1000),
};

static const StyreField competence_capacity_fields[] = {
  REF ("competence_id", NC_("field", "Competence"), "competence", REQ),
  REF ("agency_id", NC_("field", "Agency"), "agency", 0),
  KIND ("quarter", NC_("field", "Quarter"), STYRE_FIELD_QUARTER, REQ),
  RANGE ("fte", NC_("field", "Full-time equivalents"), STYRE_FIELD_DECIMAL, REQ | POS, 0, 10000),
};

static const StyreField pilot_fields[] = {
  HIDDEN_REF ("initiative_id", "initiative"),
  LONG ("hypothesis", NC_("field", "Hypothesis")),
  LONG ("success_criteria", NC_("field", "Success criteria")),
  KIND ("starts_on", NC_("field", "Starts on"), STYRE_FIELD_DATE, 0),
  KIND ("ends_on", NC_("field", "Ends on"), STYRE_FIELD_DATE, 0),
  KIND ("evaluation_due", NC_("field", "Evaluation due"), STYRE_FIELD_DATE, 0),
};

static const StyreField pilot_evaluation_fields[] = {
  HIDDEN_REF ("pilot_id", "pilot"),
  KIND ("evaluated_on", NC_("field", "Evaluated on"), STYRE_FIELD_DATE, REQ),
  CHOICE ("decision", NC_("field", "Decision"), STYRE_VOCAB_PILOT_DECISION, REQ),
  LONG ("rationale", NC_("field", "Rationale")),
  REF ("agenda_item_id", NC_("field", "Decided in"), "agenda_item", 0),
};

static const StyreField agency_fields[] = {
  RANGE ("code", NC_("field", "Code"), STYRE_FIELD_TEXT, REQ, 1, 32),
  TEXT ("name", NC_("field", "Name"), REQ),
  TEXT ("short_name", NC_("field", "Short name"), NN),
  CHOICE ("kind", NC_("field", "Kind"), STYRE_VOCAB_AGENCY_KIND, REQ),
  { "org_number", NC_("field", "Organisation number"), STYRE_FIELD_TEXT, 0, 0, NULL, 0, 0,
    N_("Nine digits") },
  KIND ("five_percent_rule", NC_("field", "Under the 5 % rule"), STYRE_FIELD_BOOL, 0),
  KIND ("is_host", NC_("field", "Hosts this file"), STYRE_FIELD_BOOL, 0),
};

static const StyreField person_fields[] = {
  TEXT ("name", NC_("field", "Name"), REQ),
  TEXT ("job_title", NC_("field", "Job title"), NN),
  TEXT ("email", NC_("field", "Email"), NN),
  REF ("agency_id", NC_("field", "Agency"), "agency", 0),
};

static const StyreField focus_area_fields[] = {
  TEXT ("name", NC_("field", "Name"), REQ),
  LONG ("description", NC_("field", "Description")),
  HIDDEN ("position", STYRE_FIELD_INTEGER),
};

static const StyreField goal_fields[] = {
  CHOICE ("level", NC_("field", "Level"), STYRE_VOCAB_GOAL_LEVEL, REQ),
  TEXT ("title", NC_("field", "Goal"), REQ),
  REF ("parent_id", NC_("field", "Serves the goal"), "goal", 0),
  REF ("focus_area_id", NC_("field", "Focus area"), "focus_area", 0),
  LONG ("description", NC_("field", "Description")),
  HIDDEN ("position", STYRE_FIELD_INTEGER),
};

static const StyreField competence_fields[] = {
  TEXT ("name", NC_("field", "Name"), REQ),
  LONG ("description", NC_("field", "Description")),
  HIDDEN ("position", STYRE_FIELD_INTEGER),
};

static const StyreField national_component_fields[] = {
  TEXT ("name", NC_("field", "Name"), REQ),
  TEXT ("provider", NC_("field", "Provider"), NN),
  LONG ("description", NC_("field", "Description")),
};

#define FORM(t, thing, name, parent) \
  { #t, thing, name, parent, t##_fields, G_N_ELEMENTS (t##_fields) }

static const StyreTableForm forms[] = {
  FORM (initiative, NC_("thing", "initiative"), "title", NULL),
  FORM (initiative_agency, NC_("thing", "participating agency"), "agency_id", "initiative_id"),
  FORM (initiative_focus_area, NC_("thing", "focus area"), "focus_area_id", "initiative_id"),
  FORM (initiative_goal, NC_("thing", "goal"), "goal_id", "initiative_id"),
  FORM (initiative_person, NC_("thing", "person"), "person_id", "initiative_id"),
  FORM (tolerance, NC_("thing", "tolerance"), "dimension", "initiative_id"),
  FORM (status_report, NC_("thing", "status report"), "period", "initiative_id"),
  FORM (status_dimension, NC_("thing", "steering parameter"), "dimension", "status_report_id"),
  FORM (cost_frame, NC_("thing", "cost frame"), "valid_from", "initiative_id"),
  FORM (descoping_item, NC_("thing", "descoping item"), "description", "initiative_id"),
  FORM (budget_line, NC_("thing", "budget"), "year", "initiative_id"),
  FORM (overspend_arrangement, NC_("thing", "overspend arrangement"), "chapter_post", NULL),
  FORM (overspend_share, NC_("thing", "share of an overspend"), "amount", "initiative_id"),
  FORM (overspend_repayment, NC_("thing", "repayment"), "year", "arrangement_id"),
  FORM (benefit, NC_("thing", "benefit"), "title", "initiative_id"),
  FORM (benefit_value, NC_("thing", "planned and realised value"), "year", "benefit_id"),
  FORM (indicator, NC_("thing", "indicator"), "name", "benefit_id"),
  FORM (measurement, NC_("thing", "measurement"), "measured_on", "indicator_id"),
  FORM (milestone, NC_("thing", "milestone"), "title", "initiative_id"),
  FORM (gate_decision, NC_("thing", "gate decision"), "gate", "initiative_id"),
  FORM (risk, NC_("thing", "risk"), "title", "initiative_id"),
  FORM (dependency, NC_("thing", "dependency"), "description", "initiative_id"),
  FORM (competence_demand, NC_("thing", "competence need"), "quarter", "initiative_id"),
  FORM (competence_capacity, NC_("thing", "competence capacity"), "quarter", NULL),
  FORM (pilot, NC_("thing", "pilot"), "hypothesis", "initiative_id"),
  FORM (pilot_evaluation, NC_("thing", "pilot evaluation"), "evaluated_on", "pilot_id"),
  FORM (agency, NC_("thing", "agency"), "name", NULL),
  FORM (person, NC_("thing", "person"), "name", NULL),
  FORM (focus_area, NC_("thing", "focus area"), "name", NULL),
  FORM (goal, NC_("thing", "goal"), "title", NULL),
  FORM (competence, NC_("thing", "competence"), "name", NULL),
  FORM (national_component, NC_("thing", "national component"), "name", NULL),
};

/**
 * styre_table_form_lookup:
 *
 * Returns: (nullable): how the rows of @table are edited, or %NULL for tables people do
 *   not edit field by field
 */
const StyreTableForm *
styre_table_form_lookup (const char *table)
{
  if (table == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (forms[i].table, table))
      return &forms[i];
  return NULL;
}

/**
 * styre_table_form_get_thing:
 *
 * Returns: the translated noun for one row: "risk", "milestone"
 */
const char *
styre_table_form_get_thing (const StyreTableForm *form)
{
  g_return_val_if_fail (form != NULL, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "thing", form->thing);
}

const StyreField *
styre_table_form_get_field (const StyreTableForm *form,
                            const char           *column)
{
  g_return_val_if_fail (form != NULL, NULL);

  for (guint i = 0; i < form->n_fields; i++)
    if (g_str_equal (form->fields[i].column, column))
      return &form->fields[i];
  return NULL;
}

const StyreField *
styre_field_lookup (const char *table,
                    const char *column)
{
  const StyreTableForm *form = styre_table_form_lookup (table);

  return form ? styre_table_form_get_field (form, column) : NULL;
}

/**
 * styre_field_get_label:
 *
 * Returns: the translated name of the field: "Phase", "Management budget (P50)"
 */
const char *
styre_field_get_label (const StyreField *field)
{
  g_return_val_if_fail (field != NULL, "");
  if (field->label == NULL)
    return field->column;
  return g_dpgettext2 (GETTEXT_PACKAGE, "field", field->label);
}

/* ── parsing ─────────────────────────────────────────────────────────────────────────── */

/**
 * styre_parse_decimal:
 *
 * Reads "1,5", "1.5", "1 234,5", "−2" (a decimal comma; spaces group thousands).
 */
gboolean
styre_parse_decimal (const char  *text,
                     double      *value,
                     GError     **error)
{
  g_autoptr(GString) number = g_string_new (NULL);
  gboolean seen_digit = FALSE, seen_point = FALSE;
  char *end = NULL;
  double v;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    goto invalid;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128 && g_ascii_isdigit (c))
        {
          g_string_append_c (number, (char) c);
          seen_digit = TRUE;
        }
      else if ((c == ',' || c == '.') && !seen_point)
        {
          g_string_append_c (number, '.');
          seen_point = TRUE;
        }
      else if ((c == '-' || c == 0x2212) && number->len == 0)
        g_string_append_c (number, '-');
      else if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        continue;
      else
        goto invalid;
    }
  if (!seen_digit)
    goto invalid;
  v = g_ascii_strtod (number->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (v))
    goto invalid;
  *value = v;
  return TRUE;

invalid:
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
               _("“%s” is not a number. Write it like 1,5."), text ? text : "");
  return FALSE;
}

static int
month_from_word (const char *word)
{
  static const char *months[][3] = {
    { "january", "januar", "jan" }, { "february", "februar", "feb" },
    { "march", "mars", "mar" }, { "april", "april", "apr" }, { "may", "mai", "mai" },
    { "june", "juni", "jun" }, { "july", "juli", "jul" }, { "august", "august", "aug" },
    { "september", "september", "sep" }, { "october", "oktober", "okt" },
    { "november", "november", "nov" }, { "december", "desember", "des" },
  };
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    for (guint k = 0; k < 3; k++)
      if (g_str_equal (folded, months[m][k]))
        return (int) m + 1;
  return 0;
}

/**
 * styre_parse_period:
 * @period: (out): 'YYYY-MM'
 *
 * Reads a month: "11.2026", "11/2026", "2026-11", "november 2026".
 */
gboolean
styre_parse_period (const char  *text,
                    char       **period,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  guint a = 0, b = 0;
  char sep = 0, extra = 0;
  char word[32];
  int m = 0, y = 0;

  if (text == NULL)
    goto invalid;
  trimmed = g_strstrip (g_strdup (text));

  if (sscanf (trimmed, "%u%c%u%c", &a, &sep, &b, &extra) == 3)
    {
      if (sep == '-' && a >= 1000)
        y = (int) a, m = (int) b;
      else if (sep == '.' || sep == '/')
        y = (int) b, m = (int) a;
    }
  else if (sscanf (trimmed, "%31s %u%c", word, &b, &extra) == 2)
    {
      m = month_from_word (word);
      y = (int) b;
    }

  if (m < 1 || m > 12 || y < 1990 || y > 2200)
    goto invalid;
  *period = g_strdup_printf ("%04d-%02d", y, m);
  return TRUE;

invalid:
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
               _("“%s” is not a month. Write it like 11.2026."), text ? text : "");
  return FALSE;
}

/**
 * styre_parse_quarter:
 * @quarter: (out): 'YYYY-Qn'
 *
 * Reads a quarter: "2026-Q4", "Q4 2026", "4. kvartal 2026".
 */
gboolean
styre_parse_quarter (const char  *text,
                     char       **quarter,
                     GError     **error)
{
  g_autofree char *folded = NULL;
  guint y = 0, q = 0;
  char extra = 0;

  if (text == NULL)
    goto invalid;
  folded = g_strstrip (g_utf8_casefold (text, -1));

  if (sscanf (folded, "%u-q%u%c", &y, &q, &extra) == 2
      || sscanf (folded, "q%u %u%c", &q, &y, &extra) == 2
      || sscanf (folded, "q%u-%u%c", &q, &y, &extra) == 2
      || sscanf (folded, "%u. kvartal %u%c", &q, &y, &extra) == 2
      || sscanf (folded, "%u q%u%c", &y, &q, &extra) == 2)
    {
      if (q >= 1 && q <= 4 && y >= 1990 && y <= 2200)
        {
          *quarter = g_strdup_printf ("%04u-Q%u", y, q);
          return TRUE;
        }
    }

invalid:
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
               _("“%s” is not a quarter. Write it like 2026-Q4."), text ? text : "");
  return FALSE;
}

/**
 * styre_parse_bool:
 *
 * Reads yes and no the ways spreadsheets write them: "ja", "nei", "yes", "no", "x", "1",
 * "0", "sant", "usant", "true", "false"; empty is no.
 */
gboolean
styre_parse_bool (const char *text,
                  gboolean   *value)
{
  static const char *yes[] = { "ja", "yes", "x", "1", "sant", "true", "j", "y" };
  static const char *no[] = { "", "nei", "no", "0", "usant", "false", "n", "-" };
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_strstrip (g_utf8_casefold (text, -1));
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      return *value = TRUE, TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      return *value = FALSE, TRUE;
  return FALSE;
}

static void
set_null (StyreValue *value)
{
  value->type = STYRE_VALUE_NULL;
  value->i = 0;
}

static void
set_int (StyreValue *value,
         gint64      i)
{
  value->type = STYRE_VALUE_INT;
  value->i = i;
}

static void
take_text (StyreValue *value,
           char       *s)
{
  value->type = STYRE_VALUE_TEXT;
  value->s = s;
}

static gboolean
check_range (const StyreField  *field,
             double             v,
             GError           **error)
{
  if ((field->flags & STYRE_FIELD_POSITIVE) && v < 0)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("This cannot be negative."));
      return FALSE;
    }
  if (field->max > field->min && field->kind != STYRE_FIELD_TEXT
      && (v < field->min || v > field->max))
    {
      g_autofree char *lo = styre_format_decimal (field->min, fmod (field->min, 1) ? 1 : 0);
      g_autofree char *hi = styre_format_decimal (field->max, fmod (field->max, 1) ? 1 : 0);

      if (field->kind == STYRE_FIELD_YEAR)
        {
          g_free (lo), g_free (hi);
          lo = g_strdup_printf ("%d", (int) field->min);
          hi = g_strdup_printf ("%d", (int) field->max);
        }
      /* Translators: the range a number must be in, e.g. "Use a number from 1 to 5." */
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("Use a number from %s to %s."), lo, hi);
      return FALSE;
    }
  return TRUE;
}

/**
 * styre_field_parse:
 * @text: what the person typed (or a spreadsheet cell)
 * @value: (out caller-allocates): the value to store; clear it with styre_value_clear()
 *
 * Reads and checks one field. Empty text is %NULL (or '' for text that may not be
 * %NULL), and an error when the field is required.
 *
 * Returns: %FALSE with a short reason a person can act on, shown beside the field
 */
gboolean
styre_field_parse (const StyreField  *field,
                   const char        *text,
                   StyreValue        *value,
                   GError           **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  set_null (value);
  trimmed = g_strstrip (g_strdup (text ? text : ""));
  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The text has characters that cannot be read."));
      return FALSE;
    }

  if (*trimmed == '\0' && field->kind != STYRE_FIELD_BOOL)
    {
      if (field->flags & STYRE_FIELD_REQUIRED)
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                               _("This must be filled in."));
          return FALSE;
        }
      if ((field->flags & STYRE_FIELD_NOT_NULL)
          && (field->kind == STYRE_FIELD_TEXT || field->kind == STYRE_FIELD_LONG_TEXT))
        take_text (value, g_strdup (""));
      return TRUE;
    }

  switch (field->kind)
    {
    case STYRE_FIELD_TEXT:
      if (field->max > 0 && g_utf8_strlen (trimmed, -1) > (glong) field->max)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("Use at most %d characters."), (int) field->max);
          return FALSE;
        }
      take_text (value, g_steal_pointer (&trimmed));
      return TRUE;

    case STYRE_FIELD_LONG_TEXT:
      /* Paragraphs keep their inner line breaks; only the ends are trimmed. */
      take_text (value, g_steal_pointer (&trimmed));
      return TRUE;

    case STYRE_FIELD_AMOUNT:
      {
        gint64 amount;
        if (!styre_parse_amount (trimmed, &amount, error)
            || !check_range (field, (double) amount, error))
          return FALSE;
        set_int (value, amount);
        return TRUE;
      }

    case STYRE_FIELD_INTEGER:
    case STYRE_FIELD_YEAR:
      {
        g_autoptr(GError) local = NULL;
        double d;
        gint64 amount;

        /* Whole numbers may be grouped like amounts ("1 200") but have no unit. */
        if (field->kind == STYRE_FIELD_INTEGER && styre_parse_amount (trimmed, &amount, NULL)
            && strpbrk (trimmed, "kKmMnN") == NULL)
          d = (double) amount;
        else if (!styre_parse_decimal (trimmed, &d, &local) || d != floor (d))
          {
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         field->kind == STYRE_FIELD_YEAR
                         ? _("“%s” is not a year. Write it like 2026.")
                         : _("“%s” is not a whole number."), trimmed);
            return FALSE;
          }
        if (field->kind == STYRE_FIELD_YEAR && (d < 1990 || d > 2200))
          {
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("“%s” is not a year. Write it like 2026."), trimmed);
            return FALSE;
          }
        if (!check_range (field, d, error))
          return FALSE;
        set_int (value, (gint64) d);
        return TRUE;
      }

    case STYRE_FIELD_DECIMAL:
      {
        double d;
        if (!styre_parse_decimal (trimmed, &d, error) || !check_range (field, d, error))
          return FALSE;
        value->type = STYRE_VALUE_REAL;
        value->d = d;
        return TRUE;
      }

    case STYRE_FIELD_DATE:
      {
        char *iso = NULL;
        if (!styre_parse_date (trimmed, &iso, error))
          return FALSE;
        take_text (value, iso);
        return TRUE;
      }

    case STYRE_FIELD_PERIOD:
      {
        char *period = NULL;
        if (!styre_parse_period (trimmed, &period, error))
          return FALSE;
        take_text (value, period);
        return TRUE;
      }

    case STYRE_FIELD_QUARTER:
      {
        char *quarter = NULL;
        if (!styre_parse_quarter (trimmed, &quarter, error))
          return FALSE;
        take_text (value, quarter);
        return TRUE;
      }

    case STYRE_FIELD_BOOL:
      {
        gboolean b;
        if (!styre_parse_bool (trimmed, &b))
          {
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("“%s” is neither yes nor no."), trimmed);
            return FALSE;
          }
        set_int (value, b ? 1 : 0);
        return TRUE;
      }

    case STYRE_FIELD_CHOICE:
      {
        const char *id = styre_vocabulary_match (field->vocabulary, trimmed);
        if (id == NULL)
          {
            g_autoptr(GString) words = g_string_new (NULL);
            const char * const *ids = styre_vocabulary_ids (field->vocabulary);

            for (guint i = 0; ids[i] != NULL; i++)
              g_string_append_printf (words, "%s%s", i ? ", " : "",
                                      styre_vocabulary_label (field->vocabulary, ids[i]));
            /* Translators: a value that is not one of the words a field takes, e.g.
             * "“Gjennomføring” is not one of: Idé, Konsept, Planlegge, …" */
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("“%s” is not one of: %s."), trimmed, words->str);
            return FALSE;
          }
        take_text (value, g_strdup (id));
        return TRUE;
      }

    case STYRE_FIELD_REFERENCE:
      {
        gint64 id = g_ascii_strtoll (trimmed, NULL, 10);
        if (id <= 0)
          {
            g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                                 _("Choose one from the list."));
            return FALSE;
          }
        set_int (value, id);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

/* ── showing ─────────────────────────────────────────────────────────────────────────── */

static char *
format_decimal_short (double v)
{
  /* As many decimals as the value needs, at most three. */
  for (guint d = 0; d < 3; d++)
    if (fabs (v * pow (10, d) - round (v * pow (10, d))) < 1e-9)
      return styre_format_decimal (v, d);
  return styre_format_decimal (v, 3);
}

static char *
format_quarter (const char *quarter)
{
  guint y, q;

  if (quarter == NULL || sscanf (quarter, "%4u-Q%u", &y, &q) != 2)
    return g_strdup (quarter ? quarter : "");
  /* Translators: a quarter of a year, e.g. "Q4 2026"; Norwegian "%1$u. kvartal %2$u" */
  return g_strdup_printf (_("Q%1$u %2$u"), q, y);
}

/**
 * styre_field_format:
 *
 * The value as a person reads it: "12 500 000 kr", "27.11.2026", "Execution", "Yes".
 *
 * Returns: (transfer full) (nullable): the text, "" for an empty value, or %NULL for a
 *   reference, which the caller names from the row it refers to
 */
char *
styre_field_format (const StyreField *field,
                    const StyreValue *value)
{
  g_return_val_if_fail (field != NULL, NULL);

  if (value == NULL || value->type == STYRE_VALUE_NULL)
    return field->kind == STYRE_FIELD_REFERENCE ? NULL : g_strdup ("");

  switch (field->kind)
    {
    case STYRE_FIELD_AMOUNT:
      return value->type == STYRE_VALUE_INT ? styre_format_nok (value->i)
                                            : styre_value_to_string (value);
    case STYRE_FIELD_INTEGER:
      return value->type == STYRE_VALUE_INT ? styre_format_integer (value->i)
                                            : styre_value_to_string (value);
    case STYRE_FIELD_DECIMAL:
      if (value->type == STYRE_VALUE_REAL)
        return format_decimal_short (value->d);
      if (value->type == STYRE_VALUE_INT)
        return format_decimal_short ((double) value->i);
      return styre_value_to_string (value);
    case STYRE_FIELD_DATE:
      return value->type == STYRE_VALUE_TEXT ? styre_format_date (value->s)
                                             : styre_value_to_string (value);
    case STYRE_FIELD_PERIOD:
      return value->type == STYRE_VALUE_TEXT ? styre_format_month (value->s)
                                             : styre_value_to_string (value);
    case STYRE_FIELD_QUARTER:
      return value->type == STYRE_VALUE_TEXT ? format_quarter (value->s)
                                             : styre_value_to_string (value);
    case STYRE_FIELD_BOOL:
      return g_strdup (value->type == STYRE_VALUE_INT && value->i ? _("Yes") : _("No"));
    case STYRE_FIELD_CHOICE:
      return value->type == STYRE_VALUE_TEXT
             ? g_strdup (styre_vocabulary_label (field->vocabulary, value->s))
             : styre_value_to_string (value);
    case STYRE_FIELD_REFERENCE:
      return NULL;
    case STYRE_FIELD_TEXT:
    case STYRE_FIELD_LONG_TEXT:
    case STYRE_FIELD_YEAR:
    default:
      return styre_value_to_string (value);
    }
}

/**
 * styre_field_format_for_editing:
 *
 * The value as it is put in an entry to be edited, in a form styre_field_parse() reads
 * back to the same value: "12 500 000", "27.11.2026", "11.2026", "1,5".
 */
char *
styre_field_format_for_editing (const StyreField *field,
                                const StyreValue *value)
{
  g_return_val_if_fail (field != NULL, NULL);

  if (value == NULL || value->type == STYRE_VALUE_NULL)
    return g_strdup ("");

  switch (field->kind)
    {
    case STYRE_FIELD_AMOUNT:
    case STYRE_FIELD_INTEGER:
      {
        g_autofree char *text = value->type == STYRE_VALUE_INT ? styre_format_integer (value->i)
                                                                : styre_value_to_string (value);
        /* Plain spaces and minus, so the text can be copied into a spreadsheet. */
        g_auto(GStrv) parts = g_strsplit (text, STYRE_THOUSANDS_SEPARATOR, -1);
        g_autofree char *joined = g_strjoinv (" ", parts);
        g_auto(GStrv) signs = g_strsplit (joined, "−", -1);
        return g_strjoinv ("-", signs);
      }
    case STYRE_FIELD_DECIMAL:
      {
        g_autofree char *text = styre_field_format (field, value);
        g_auto(GStrv) parts = g_strsplit (text, STYRE_THOUSANDS_SEPARATOR, -1);
        g_autofree char *joined = g_strjoinv ("", parts);
        g_auto(GStrv) signs = g_strsplit (joined, "−", -1);
        return g_strjoinv ("-", signs);
      }
    case STYRE_FIELD_PERIOD:
      {
        guint y, m;
        if (value->type == STYRE_VALUE_TEXT && sscanf (value->s, "%4u-%2u", &y, &m) == 2)
          return g_strdup_printf ("%02u.%04u", m, y);
        return styre_value_to_string (value);
      }
    case STYRE_FIELD_QUARTER:
    case STYRE_FIELD_YEAR:
      return styre_value_to_string (value);
    case STYRE_FIELD_REFERENCE:
      return styre_value_to_string (value);
    case STYRE_FIELD_TEXT:
    case STYRE_FIELD_LONG_TEXT:
    case STYRE_FIELD_DATE:
    case STYRE_FIELD_BOOL:
    case STYRE_FIELD_CHOICE:
    default:
      {
        char *text = styre_field_format (field, value);
        return text ? text : g_strdup ("");
      }
    }
}

/* ── rules across fields ─────────────────────────────────────────────────────────────── */

static const char *
text_of (const StyreRow *row,
         const char     *column)
{
  const StyreValue *v = styre_row_get (row, column);

  return v != NULL && v->type == STYRE_VALUE_TEXT ? v->s : NULL;
}

static gboolean
is_null (const StyreRow *row,
         const char     *column)
{
  const StyreValue *v = styre_row_get (row, column);

  if (v == NULL || v->type == STYRE_VALUE_NULL)
    return TRUE;
  if (v->type == STYRE_VALUE_TEXT)
    {
      for (const char *p = v->s; *p; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

static gboolean
int_of (const StyreRow *row,
        const char     *column,
        gint64         *out)
{
  const StyreValue *v = styre_row_get (row, column);

  if (v == NULL || v->type != STYRE_VALUE_INT)
    return FALSE;
  *out = v->i;
  return TRUE;
}

static void
add_problem (GHashTable *problems,
             const char *column,
             const char *message)
{
  if (!g_hash_table_contains (problems, column))
    g_hash_table_insert (problems, g_strdup (column), g_strdup (message));
}

static void
check_order (GHashTable     *problems,
             const StyreRow *row,
             const char     *first,
             const char     *last,
             const char     *message)
{
  const char *a = text_of (row, first);
  const char *b = text_of (row, last);

  if (a != NULL && b != NULL && *a && *b && strcmp (b, a) < 0)
    add_problem (problems, last, message);
}

/**
 * styre_table_form_check_row:
 * @row: the values of a row as they would be saved
 *
 * The rules that tie fields together: an end after the start, P85 not below P50, a
 * legal basis for what is exempt, conditions for an approval with conditions.
 *
 * Returns: (transfer full) (element-type utf8 utf8): column → reason, empty when the row
 *   may be saved
 */
GHashTable *
styre_table_form_check_row (const StyreTableForm *form,
                            const StyreRow       *row)
{
  GHashTable *problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *table;
  gint64 a, b;

  g_return_val_if_fail (form != NULL && row != NULL, problems);
  table = form->table;

  if (g_str_equal (table, "initiative"))
    {
      const char *lifecycle = text_of (row, "lifecycle");
      const char *confidentiality = text_of (row, "confidentiality");

      check_order (problems, row, "start_date", "end_date", _("The end is before the start."));
      if (g_strcmp0 (lifecycle, "merged") == 0 && is_null (row, "merged_into_id"))
        add_problem (problems, "merged_into_id",
                     _("Say which initiative it was merged into."));
      if (g_strcmp0 (confidentiality, "exempt") == 0 && is_null (row, "legal_basis"))
        add_problem (problems, "legal_basis",
                     _("An exempt initiative needs its legal basis, like offl. § 14."));
      if (int_of (row, "id", &a) && int_of (row, "parent_id", &b) && a == b)
        add_problem (problems, "parent_id", _("An initiative cannot be part of itself."));
      if (int_of (row, "id", &a) && int_of (row, "merged_into_id", &b) && a == b)
        add_problem (problems, "merged_into_id",
                     _("An initiative cannot be merged into itself."));
    }
  else if (g_str_equal (table, "tolerance"))
    {
      if (int_of (row, "yellow_at", &a) && int_of (row, "red_at", &b) && b < a)
        add_problem (problems, "red_at", _("Red must start at or after yellow."));
    }
  else if (g_str_equal (table, "cost_frame"))
    {
      if (int_of (row, "p50", &a) && int_of (row, "p85", &b) && b < a)
        add_problem (problems, "p85", _("The cost frame (P85) cannot be below P50."));
    }
  else if (g_str_equal (table, "gate_decision"))
    {
      if (g_strcmp0 (text_of (row, "outcome"), "approved_with_conditions") == 0
          && is_null (row, "conditions"))
        add_problem (problems, "conditions", _("Write the conditions of the approval."));
    }
  else if (g_str_equal (table, "risk"))
    {
      if (g_strcmp0 (text_of (row, "state"), "closed") == 0 && is_null (row, "closed_on"))
        add_problem (problems, "closed_on", _("Say when the risk was closed."));
      check_order (problems, row, "identified_on", "closed_on",
                   _("A risk cannot be closed before it was identified."));
    }
  else if (g_str_equal (table, "dependency"))
    {
      gboolean on_initiative = !is_null (row, "depends_on_initiative_id");
      gboolean on_component = !is_null (row, "national_component_id");

      if (on_initiative == on_component)
        add_problem (problems, on_initiative ? "national_component_id"
                                             : "depends_on_initiative_id",
                     _("Choose either an initiative or a national component."));
      if (int_of (row, "initiative_id", &a) && int_of (row, "depends_on_initiative_id", &b)
          && a == b)
        add_problem (problems, "depends_on_initiative_id",
                     _("An initiative cannot depend on itself."));
    }
  else if (g_str_equal (table, "overspend_arrangement"))
    {
      if (int_of (row, "appropriation", &a) && int_of (row, "overspend", &b) && b * 20 > a)
        {
          g_autofree char *most = styre_format_nok (a / 20);
          g_autofree char *why = NULL;

          /* Translators: %s is the largest overspend allowed, e.g. "2 500 000 kr" */
          why = g_strdup_printf (_("The 5 %% rule allows an overspend of at most 5 %% of the "
                                   "appropriation, here %s."), most);
          add_problem (problems, "overspend", why);
        }
    }
  else if (g_str_equal (table, "agency"))
    {
      const char *number = text_of (row, "org_number");

      if (number != NULL && *number
          && (strlen (number) != 9 || strspn (number, "0123456789") != 9))
        add_problem (problems, "org_number", _("An organisation number has nine digits."));
    }
  else if (g_str_equal (table, "pilot"))
    {
      check_order (problems, row, "starts_on", "ends_on", _("The end is before the start."));
    }
  else if (g_str_equal (table, "status_dimension"))
    {
      const char *rag = text_of (row, "rag");
      const char *suggested = text_of (row, "suggested_rag");

      if (suggested != NULL && g_strcmp0 (rag, suggested) != 0
          && is_null (row, "override_reason"))
        add_problem (problems, "override_reason",
                     _("Say why the colour differs from the suggestion."));
    }
  else if (g_str_equal (table, "person"))
    {
      const char *email = text_of (row, "email");

      if (email != NULL && *email && strchr (email, '@') == NULL)
        add_problem (problems, "email", _("An email address has an @."));
    }

  return problems;
}

/* ── one of a kind ───────────────────────────────────────────────────────────────────── */

/* The UNIQUE constraints a person can run into in a form, in the file's words: which
 * columns, the field the reason is shown beside, and the reason. A NULL in a key column
 * counts as a value here, as the partial indexes for "the whole organisation" make it. */
typedef struct
{
  const char *table;
  const char *columns[4];
  const char *blame;
  const char *message;
} UniqueKey;

static const UniqueKey unique_keys[] = {
  { "agency", { "code" }, "code", N_("Another agency already has this code.") },
  { "focus_area", { "name" }, "name", N_("Another focus area already has this name.") },
  { "competence", { "name" }, "name", N_("Another competence already has this name.") },
  { "national_component", { "name" }, "name",
    N_("Another national component already has this name.") },
  { "overspend_arrangement", { "agency_id", "budget_year", "chapter_post" }, "chapter_post",
    N_("This agency already has an arrangement for this chapter and post in that budget "
       "year.") },
  { "overspend_repayment", { "arrangement_id", "year" }, "year",
    N_("The repayment plan already has this year; edit that year instead.") },
  { "overspend_share", { "arrangement_id", "initiative_id" }, "arrangement_id",
    N_("This initiative already has a share of this arrangement; edit that one instead.") },
  { "competence_capacity", { "competence_id", "agency_id", "quarter" }, "quarter",
    N_("This agency already has a capacity for this competence in that quarter.") },
};

static const char *
unique_key_message (const UniqueKey *key,
                    const StyreRow  *row)
{
  /* The organisation-wide total is the one without an agency. */
  if (g_str_equal (key->table, "competence_capacity") && row != NULL
      && is_null (row, "agency_id"))
    return _("The whole organisation already has a capacity for this competence in that "
             "quarter.");
  return _(key->message);
}

static gboolean
same_key_value (const StyreValue *a,
                const StyreValue *b)
{
  gboolean a_empty = a == NULL || a->type == STYRE_VALUE_NULL
                     || (a->type == STYRE_VALUE_TEXT && *a->s == '\0');
  gboolean b_empty = b == NULL || b->type == STYRE_VALUE_NULL
                     || (b->type == STYRE_VALUE_TEXT && *b->s == '\0');

  if (a_empty || b_empty)
    return a_empty && b_empty;
  if (a->type == STYRE_VALUE_TEXT && b->type == STYRE_VALUE_TEXT)
    return g_utf8_collate (a->s, b->s) == 0;
  return styre_value_equal (a, b);
}

/**
 * styre_table_form_has_unique_keys:
 *
 * Returns: whether a row of @form's table must differ from the others in some fields,
 *   so that styre_table_form_check_duplicates() needs the others
 */
gboolean
styre_table_form_has_unique_keys (const StyreTableForm *form)
{
  g_return_val_if_fail (form != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (unique_keys); i++)
    if (g_str_equal (unique_keys[i].table, form->table))
      return TRUE;
  return FALSE;
}

/**
 * styre_table_form_check_duplicates:
 * @row: the values of a row as they would be saved (with its "id" when it is in the file)
 * @others: (element-type StyreRow) (nullable): the rows of the table already in the file
 *   (an editor reads its siblings: a plan's other years, every arrangement)
 *
 * What the file's UNIQUE constraints would refuse, said beside the field before saving.
 *
 * Returns: (transfer full) (element-type utf8 utf8): column → reason, empty when @row is
 *   the only one of its kind
 */
GHashTable *
styre_table_form_check_duplicates (const StyreTableForm *form,
                                   const StyreRow       *row,
                                   GPtrArray            *others)
{
  GHashTable *problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 id = 0;

  g_return_val_if_fail (form != NULL && row != NULL, problems);
  if (others == NULL)
    return problems;
  int_of (row, "id", &id);

  for (guint k = 0; k < G_N_ELEMENTS (unique_keys); k++)
    {
      const UniqueKey *key = &unique_keys[k];

      if (!g_str_equal (key->table, form->table))
        continue;
      for (guint i = 0; i < others->len; i++)
        {
          const StyreRow *other = g_ptr_array_index (others, i);
          gint64 other_id = 0;
          gboolean same = TRUE;

          if (int_of (other, "id", &other_id) && id != 0 && other_id == id)
            continue;
          for (guint c = 0; c < G_N_ELEMENTS (key->columns) && key->columns[c]; c++)
            same &= same_key_value (styre_row_get (row, key->columns[c]),
                                    styre_row_get (other, key->columns[c]));
          if (same)
            {
              add_problem (problems, key->blame, unique_key_message (key, row));
              break;
            }
        }
    }
  return problems;
}

/**
 * styre_repayment_year_problem:
 * @budget_year: the year the agency overspent its appropriation
 * @year: a year of the repayment plan
 *
 * The 5 % rule lets savings repay an overspend over at most the five years after it
 * (PRODUCT.md; R-110 2.6): a plan's year must be one of those.
 *
 * Returns: (nullable) (transfer full): why @year cannot be in the plan, or %NULL
 */
char *
styre_repayment_year_problem (gint64 budget_year,
                              gint64 year)
{
  if (year <= budget_year)
    /* Translators: %d is the first year of a repayment plan, the year after the overspend */
    return g_strdup_printf (_("Savings repay the overspend from the year after it, %d."),
                            (int) budget_year + 1);
  if (year > budget_year + 5)
    /* Translators: the years a repayment plan may cover, e.g. "2027–2031" */
    return g_strdup_printf (_("The repayment plan covers at most the five years after the "
                              "overspend, %d–%d."), (int) budget_year + 1, (int) budget_year + 5);
  return NULL;
}

/**
 * styre_unique_key_message:
 * @table: the table
 * @columns: the columns SQLite named when it refused a row, "t.a, t.b"
 *
 * The reason in words for a UNIQUE constraint of @table, for a refusal that no form
 * foresaw (someone else saved the same year a moment before).
 *
 * Returns: (nullable): the reason, or %NULL when Styre has no words for it
 */
const char *
styre_unique_key_message (const char *table,
                          const char *columns)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (table != NULL && columns != NULL, NULL);

  parts = g_strsplit (columns, ",", -1);
  for (guint k = 0; k < G_N_ELEMENTS (unique_keys); k++)
    {
      const UniqueKey *key = &unique_keys[k];
      gboolean all = TRUE;

      if (!g_str_equal (key->table, table))
        continue;
      /* Every column named is one of the key's: the partial index of the totals names
       * fewer columns than the constraint. */
      for (guint p = 0; parts[p] != NULL && all; p++)
        {
          const char *dot = strchr (parts[p], '.');
          g_autofree char *column = g_strstrip (g_strdup (dot ? dot + 1 : parts[p]));
          gboolean found = FALSE;

          for (guint c = 0; c < G_N_ELEMENTS (key->columns) && key->columns[c]; c++)
            found |= g_str_equal (key->columns[c], column);
          all &= found;
        }
      if (all)
        {
          if (g_str_equal (table, "competence_capacity") && strstr (columns, "agency_id") == NULL)
            return _("The whole organisation already has a capacity for this competence in "
                     "that quarter.");
          return _(key->message);
        }
    }
  return NULL;
}
