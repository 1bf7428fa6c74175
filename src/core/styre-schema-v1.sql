-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Styre file format, schema version 1.
--
-- This file is compiled into Styre (a GResource in src/core) and is the single definition
-- of a new file. Later versions never edit it: they add numbered
-- migrations in styre-migrations.c. No triggers and no views (STORAGE.md rule 3).
--
-- Conventions: English singular names; money in whole NOK (INTEGER); dates 'YYYY-MM-DD';
-- timestamps UTC 'YYYY-MM-DDTHH:MM:SSZ'; meeting times local Europe/Oslo 'YYYY-MM-DDTHH:MM';
-- enumerations as TEXT with CHECK; every mutable row has version, updated_at, updated_by.
-- JSON columns (audit_log.detail, agenda_item_view.filters, dashboard_layout.content) are
-- checked in code: json_valid() may not run in a CHECK with trusted_schema off.

-- ── System ────────────────────────────────────────────────────────────────────────────

CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  user_name    TEXT NOT NULL,
  display_name TEXT NOT NULL DEFAULT '',
  host         TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'import', 'export',
                                               'migrate', 'restore', 'snapshot', 'unlock',
                                               'create')),
  table_name   TEXT NOT NULL,
  row_id       INTEGER,
  detail       TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

CREATE TABLE session (
  id           INTEGER PRIMARY KEY,
  user_name    TEXT NOT NULL,
  display_name TEXT NOT NULL,
  host         TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  started_at   TEXT NOT NULL,
  heartbeat    INTEGER NOT NULL DEFAULT 0,
  heartbeat_at TEXT NOT NULL,
  editing      TEXT NOT NULL DEFAULT '',
  mode         TEXT NOT NULL DEFAULT 'shared' CHECK (mode IN ('shared', 'single', 'read-only')),
  -- The record being edited, so an editor can say "Kari Nordmann is editing this too".
  editing_table TEXT NOT NULL DEFAULT '',
  editing_row   INTEGER
) STRICT;

-- ── Organisation and strategy ─────────────────────────────────────────────────────────

CREATE TABLE agency (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
  name              TEXT NOT NULL CHECK (length(name) > 0),
  short_name        TEXT NOT NULL DEFAULT '',
  kind              TEXT NOT NULL CHECK (kind IN ('municipality', 'county', 'state_agency',
                                                  'ministry', 'health_trust', 'company',
                                                  'other')),
  org_number        TEXT CHECK (org_number IS NULL OR org_number GLOB
                                '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  five_percent_rule INTEGER NOT NULL DEFAULT 0 CHECK (five_percent_rule IN (0, 1)),
  is_host           INTEGER NOT NULL DEFAULT 0 CHECK (is_host IN (0, 1)),
  version           INTEGER NOT NULL DEFAULT 1,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL
) STRICT;

CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) > 0),
  job_title  TEXT NOT NULL DEFAULT '',
  email      TEXT NOT NULL DEFAULT '',
  agency_id  INTEGER REFERENCES agency (id) ON DELETE SET NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX person_agency ON person (agency_id);

CREATE TABLE focus_area (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  version     INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

CREATE TABLE goal (
  id            INTEGER PRIMARY KEY,
  parent_id     INTEGER REFERENCES goal (id) ON DELETE CASCADE,
  focus_area_id INTEGER REFERENCES focus_area (id) ON DELETE SET NULL,
  level         TEXT NOT NULL CHECK (level IN ('societal', 'outcome', 'output')),
  title         TEXT NOT NULL CHECK (length(title) > 0),
  description   TEXT NOT NULL DEFAULT '',
  position      INTEGER NOT NULL DEFAULT 0,
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX goal_parent ON goal (parent_id);

CREATE TABLE competence (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  version     INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

CREATE TABLE national_component (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  provider    TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

-- ── Initiatives ───────────────────────────────────────────────────────────────────────

CREATE TABLE initiative (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
  title               TEXT NOT NULL CHECK (length(title) > 0),
  what                TEXT NOT NULL DEFAULT '',
  kind                TEXT NOT NULL CHECK (kind IN ('project', 'programme', 'product_team',
                                                    'pilot', 'innovation', 'idea')),
  method              TEXT NOT NULL CHECK (method IN ('waterfall', 'agile', 'hybrid')),
  phase               TEXT NOT NULL CHECK (phase IN ('idea', 'concept', 'planning',
                                                     'execution', 'closing', 'realisation')),
  lifecycle           TEXT NOT NULL DEFAULT 'active'
                        CHECK (lifecycle IN ('proposed', 'active', 'paused', 'closed',
                                             'stopped', 'merged')),
  owning_agency_id    INTEGER NOT NULL REFERENCES agency (id),
  owner_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
  leader_id           INTEGER REFERENCES person (id) ON DELETE SET NULL,
  parent_id           INTEGER REFERENCES initiative (id) ON DELETE SET NULL,
  merged_into_id      INTEGER REFERENCES initiative (id) ON DELETE SET NULL,
  start_date          TEXT,
  end_date            TEXT,
  strategic_value     INTEGER CHECK (strategic_value BETWEEN 1 AND 5),
  complexity          INTEGER CHECK (complexity BETWEEN 1 AND 5),
  state_project_model INTEGER NOT NULL DEFAULT 0 CHECK (state_project_model IN (0, 1)),
  co_financed         INTEGER NOT NULL DEFAULT 0 CHECK (co_financed IN (0, 1)),
  national_portfolio  INTEGER NOT NULL DEFAULT 0 CHECK (national_portfolio IN (0, 1)),
  confidentiality     TEXT NOT NULL DEFAULT 'open' CHECK (confidentiality IN ('open', 'exempt')),
  legal_basis         TEXT,
  created_at          TEXT NOT NULL,
  version             INTEGER NOT NULL DEFAULT 1,
  updated_at          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  CHECK (lifecycle <> 'merged' OR merged_into_id IS NOT NULL),
  CHECK (confidentiality = 'open' OR length(trim(coalesce(legal_basis, ''))) > 0)
) STRICT;
CREATE INDEX initiative_owning_agency ON initiative (owning_agency_id);
CREATE INDEX initiative_parent ON initiative (parent_id);
CREATE INDEX initiative_phase ON initiative (phase, lifecycle);

CREATE TABLE initiative_agency (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  agency_id     INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('owner', 'partner', 'funder', 'benefit_recipient')),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, agency_id, role)
) STRICT;
CREATE INDEX initiative_agency_agency ON initiative_agency (agency_id);

CREATE TABLE initiative_focus_area (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  focus_area_id INTEGER NOT NULL REFERENCES focus_area (id) ON DELETE CASCADE,
  weight        INTEGER NOT NULL DEFAULT 100 CHECK (weight BETWEEN 0 AND 100),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, focus_area_id)
) STRICT;
CREATE INDEX initiative_focus_area_focus ON initiative_focus_area (focus_area_id);

CREATE TABLE initiative_goal (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  goal_id       INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  weight        INTEGER NOT NULL DEFAULT 100 CHECK (weight BETWEEN 0 AND 100),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, goal_id)
) STRICT;
CREATE INDEX initiative_goal_goal ON initiative_goal (goal_id);

CREATE TABLE initiative_person (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('owner', 'leader', 'product_owner', 'architect',
                                              'benefit_owner', 'member', 'contact')),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, person_id, role)
) STRICT;
CREATE INDEX initiative_person_person ON initiative_person (person_id);

-- Tolerances per steering parameter; initiative_id NULL is the portfolio default.
-- time: days of slippage; cost: per cent over P50 (red at P85 regardless);
-- benefits: per cent of plan *missing*; others are judged by the author.
CREATE TABLE tolerance (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER REFERENCES initiative (id) ON DELETE CASCADE,
  dimension     TEXT NOT NULL CHECK (dimension IN ('time', 'cost', 'benefits', 'quality',
                                                   'scope', 'sustainability', 'risk')),
  yellow_at     INTEGER NOT NULL CHECK (yellow_at >= 0),
  red_at        INTEGER NOT NULL CHECK (red_at >= yellow_at),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, dimension)
) STRICT;
-- NULLs are distinct in UNIQUE: one portfolio default per parameter needs its own index.
CREATE UNIQUE INDEX tolerance_default ON tolerance (dimension) WHERE initiative_id IS NULL;

-- ── Status reports (history: a published report is never changed) ─────────────────────

CREATE TABLE status_report (
  id               INTEGER PRIMARY KEY,
  initiative_id    INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  period           TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  state            TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
  published_at     TEXT,
  author_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  overall_rag      TEXT NOT NULL CHECK (overall_rag IN ('grey', 'green', 'yellow', 'red')),
  phase            TEXT NOT NULL CHECK (phase IN ('idea', 'concept', 'planning', 'execution',
                                                  'closing', 'realisation')),
  summary          TEXT NOT NULL DEFAULT '',
  achievements     TEXT NOT NULL DEFAULT '',
  next_period      TEXT NOT NULL DEFAULT '',
  decisions_needed TEXT NOT NULL DEFAULT '',
  percent_complete INTEGER CHECK (percent_complete BETWEEN 0 AND 100),
  forecast_cost    INTEGER CHECK (forecast_cost >= 0),
  forecast_end     TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  UNIQUE (initiative_id, period),
  CHECK (state = 'draft' OR published_at IS NOT NULL)
) STRICT;
CREATE INDEX status_report_period ON status_report (period, state);

CREATE TABLE status_dimension (
  id               INTEGER PRIMARY KEY,
  status_report_id INTEGER NOT NULL REFERENCES status_report (id) ON DELETE CASCADE,
  dimension        TEXT NOT NULL CHECK (dimension IN ('time', 'cost', 'benefits', 'quality',
                                                      'scope', 'sustainability', 'risk')),
  rag              TEXT NOT NULL CHECK (rag IN ('grey', 'green', 'yellow', 'red')),
  suggested_rag    TEXT CHECK (suggested_rag IN ('grey', 'green', 'yellow', 'red')),
  override_reason  TEXT,
  comment          TEXT NOT NULL DEFAULT '',
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  UNIQUE (status_report_id, dimension),
  CHECK (suggested_rag IS NULL OR rag = suggested_rag
         OR length(trim(coalesce(override_reason, ''))) > 0)
) STRICT;

-- ── Money ─────────────────────────────────────────────────────────────────────────────

-- A cost frame as decided at a date; a new decision adds a row (history).
CREATE TABLE cost_frame (
  id               INTEGER PRIMARY KEY,
  initiative_id    INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  valid_from       TEXT NOT NULL,
  p50              INTEGER NOT NULL CHECK (p50 >= 0),
  p85              INTEGER NOT NULL CHECK (p85 >= p50),
  price_level_year INTEGER NOT NULL CHECK (price_level_year BETWEEN 1990 AND 2200),
  note             TEXT NOT NULL DEFAULT '',
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  UNIQUE (initiative_id, valid_from)
) STRICT;

-- The descoping list (kuttliste): what can be cut to stay within the frame.
CREATE TABLE descoping_item (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  description   TEXT NOT NULL CHECK (length(description) > 0),
  amount        INTEGER NOT NULL CHECK (amount >= 0),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX descoping_item_initiative ON descoping_item (initiative_id);

-- Budget per initiative and year; each revision is a new row (history), the latest
-- recorded_on per (initiative, year) is current.
CREATE TABLE budget_line (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  recorded_on   TEXT NOT NULL,
  approved      INTEGER NOT NULL DEFAULT 0 CHECK (approved >= 0),
  revised       INTEGER CHECK (revised >= 0),
  forecast      INTEGER CHECK (forecast >= 0),
  actual        INTEGER CHECK (actual >= 0),
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, year, recorded_on)
) STRICT;
CREATE INDEX budget_line_year ON budget_line (year, initiative_id);

-- The 5 % rule: an agency overspends an operating appropriation (post 01) by up to 5 %
-- one year against savings over the following years (R-110 2.6).
CREATE TABLE overspend_arrangement (
  id            INTEGER PRIMARY KEY,
  agency_id     INTEGER NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
  budget_year   INTEGER NOT NULL CHECK (budget_year BETWEEN 1990 AND 2200),
  chapter_post  TEXT NOT NULL DEFAULT '',
  appropriation INTEGER NOT NULL CHECK (appropriation > 0),
  overspend     INTEGER NOT NULL CHECK (overspend >= 0 AND overspend * 20 <= appropriation),
  decided_on    TEXT,
  reference     TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (agency_id, budget_year, chapter_post)
) STRICT;

CREATE TABLE overspend_repayment (
  id             INTEGER PRIMARY KEY,
  arrangement_id INTEGER NOT NULL REFERENCES overspend_arrangement (id) ON DELETE CASCADE,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  planned        INTEGER NOT NULL CHECK (planned >= 0),
  actual         INTEGER CHECK (actual >= 0),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  UNIQUE (arrangement_id, year)
) STRICT;

CREATE TABLE overspend_share (
  id             INTEGER PRIMARY KEY,
  arrangement_id INTEGER NOT NULL REFERENCES overspend_arrangement (id) ON DELETE CASCADE,
  initiative_id  INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  amount         INTEGER NOT NULL CHECK (amount >= 0),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  UNIQUE (arrangement_id, initiative_id)
) STRICT;
CREATE INDEX overspend_share_initiative ON overspend_share (initiative_id);

-- ── Benefits (nyttevirkninger) ────────────────────────────────────────────────────────

CREATE TABLE benefit (
  id                  INTEGER PRIMARY KEY,
  initiative_id       INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  title               TEXT NOT NULL CHECK (length(title) > 0),
  description         TEXT NOT NULL DEFAULT '',
  kind                TEXT NOT NULL CHECK (kind IN ('efficiency', 'quality', 'user',
                                                    'societal')),
  priced              INTEGER NOT NULL DEFAULT 0 CHECK (priced IN (0, 1)),
  unit                TEXT NOT NULL DEFAULT 'NOK',
  owner_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
  recipient_agency_id INTEGER REFERENCES agency (id) ON DELETE SET NULL,
  goal_id             INTEGER REFERENCES goal (id) ON DELETE SET NULL,
  version             INTEGER NOT NULL DEFAULT 1,
  updated_at          TEXT NOT NULL,
  updated_by          TEXT NOT NULL
) STRICT;
CREATE INDEX benefit_initiative ON benefit (initiative_id);

-- planned and realised are the benefit's effect in that year, in the benefit's unit
-- (kroner when priced).
CREATE TABLE benefit_value (
  id         INTEGER PRIMARY KEY,
  benefit_id INTEGER NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
  year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  planned    INTEGER NOT NULL DEFAULT 0,
  realised   INTEGER,
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (benefit_id, year)
) STRICT;

CREATE TABLE indicator (
  id            INTEGER PRIMARY KEY,
  benefit_id    INTEGER NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
  name          TEXT NOT NULL CHECK (length(name) > 0),
  unit          TEXT NOT NULL DEFAULT '',
  direction     TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
  baseline      REAL,
  baseline_date TEXT,
  target        REAL,
  target_date   TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_benefit ON indicator (benefit_id);

CREATE TABLE measurement (
  id           INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  measured_on  TEXT NOT NULL,
  value        REAL NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  version      INTEGER NOT NULL DEFAULT 1,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL,
  UNIQUE (indicator_id, measured_on)
) STRICT;

-- ── Delivery ──────────────────────────────────────────────────────────────────────────

CREATE TABLE milestone (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  title         TEXT NOT NULL CHECK (length(title) > 0),
  gate          TEXT CHECK (gate IN ('BP1', 'BP2', 'BP3', 'BP4', 'BP5', 'BP6', 'KS1', 'KS2')),
  baseline_date TEXT NOT NULL,
  forecast_date TEXT,
  actual_date   TEXT,
  position      INTEGER NOT NULL DEFAULT 0,
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX milestone_initiative ON milestone (initiative_id, baseline_date);

CREATE TABLE gate_decision (
  id             INTEGER PRIMARY KEY,
  initiative_id  INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  gate           TEXT NOT NULL CHECK (gate IN ('BP1', 'BP2', 'BP3', 'BP4', 'BP5', 'BP6',
                                               'KS1', 'KS2')),
  decided_on     TEXT NOT NULL,
  outcome        TEXT NOT NULL CHECK (outcome IN ('approved', 'approved_with_conditions',
                                                  'rework', 'paused', 'stopped')),
  conditions     TEXT NOT NULL DEFAULT '',
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  CHECK (outcome <> 'approved_with_conditions' OR length(trim(conditions)) > 0)
) STRICT;
CREATE INDEX gate_decision_initiative ON gate_decision (initiative_id, decided_on);
CREATE INDEX gate_decision_item ON gate_decision (agenda_item_id);

CREATE TABLE risk (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  title         TEXT NOT NULL CHECK (length(title) > 0),
  description   TEXT NOT NULL DEFAULT '',
  category      TEXT NOT NULL CHECK (category IN ('information_security', 'privacy',
                                                  'technology', 'finance', 'organisation',
                                                  'competence', 'supplier', 'legal',
                                                  'benefits', 'schedule')),
  probability   INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
  consequence   INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 5),
  mitigation    TEXT NOT NULL DEFAULT '',
  owner_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
  state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  identified_on TEXT NOT NULL,
  closed_on     TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  CHECK (state = 'open' OR closed_on IS NOT NULL)
) STRICT;
CREATE INDEX risk_initiative ON risk (initiative_id, state);

CREATE TABLE dependency (
  id                       INTEGER PRIMARY KEY,
  initiative_id            INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  depends_on_initiative_id INTEGER REFERENCES initiative (id) ON DELETE CASCADE,
  national_component_id    INTEGER REFERENCES national_component (id) ON DELETE CASCADE,
  description              TEXT NOT NULL DEFAULT '',
  criticality              TEXT NOT NULL DEFAULT 'medium'
                             CHECK (criticality IN ('low', 'medium', 'high')),
  state                    TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'at_risk',
                                                                       'blocked')),
  needed_by                TEXT,
  version                  INTEGER NOT NULL DEFAULT 1,
  updated_at               TEXT NOT NULL,
  updated_by               TEXT NOT NULL,
  CHECK ((depends_on_initiative_id IS NULL) <> (national_component_id IS NULL)),
  CHECK (depends_on_initiative_id IS NULL OR depends_on_initiative_id <> initiative_id)
) STRICT;
CREATE INDEX dependency_initiative ON dependency (initiative_id);
CREATE INDEX dependency_on ON dependency (depends_on_initiative_id);
CREATE INDEX dependency_component ON dependency (national_component_id);

-- Quarters are written 'YYYY-Qn'. FTE may be fractional.
CREATE TABLE competence_demand (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
  quarter       TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  fte           REAL NOT NULL CHECK (fte >= 0),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (initiative_id, competence_id, quarter)
) STRICT;
CREATE INDEX competence_demand_quarter ON competence_demand (competence_id, quarter);

CREATE TABLE competence_capacity (
  id            INTEGER PRIMARY KEY,
  competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
  agency_id     INTEGER REFERENCES agency (id) ON DELETE CASCADE,
  quarter       TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  fte           REAL NOT NULL CHECK (fte >= 0),
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (competence_id, agency_id, quarter)
) STRICT;
CREATE UNIQUE INDEX competence_capacity_total ON competence_capacity (competence_id, quarter)
  WHERE agency_id IS NULL;

CREATE TABLE pilot (
  id               INTEGER PRIMARY KEY,
  initiative_id    INTEGER NOT NULL UNIQUE REFERENCES initiative (id) ON DELETE CASCADE,
  hypothesis       TEXT NOT NULL DEFAULT '',
  success_criteria TEXT NOT NULL DEFAULT '',
  starts_on        TEXT,
  ends_on          TEXT,
  evaluation_due   TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL
) STRICT;

CREATE TABLE pilot_evaluation (
  id             INTEGER PRIMARY KEY,
  pilot_id       INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
  evaluated_on   TEXT NOT NULL,
  decision       TEXT NOT NULL CHECK (decision IN ('scale', 'adjust', 'stop')),
  rationale      TEXT NOT NULL DEFAULT '',
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX pilot_evaluation_pilot ON pilot_evaluation (pilot_id);
CREATE INDEX pilot_evaluation_item ON pilot_evaluation (agenda_item_id);

-- ── Meetings ──────────────────────────────────────────────────────────────────────────

CREATE TABLE forum (
  id                     INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  short_name             TEXT NOT NULL DEFAULT '',
  description            TEXT NOT NULL DEFAULT '',
  agency_id              INTEGER REFERENCES agency (id) ON DELETE SET NULL,
  number_standing_items  INTEGER NOT NULL DEFAULT 0 CHECK (number_standing_items IN (0, 1)),
  case_number_digits     INTEGER NOT NULL DEFAULT 2 CHECK (case_number_digits IN (2, 3)),
  default_start          TEXT NOT NULL DEFAULT '09:00'
                           CHECK (default_start GLOB '[0-2][0-9]:[0-5][0-9]'),
  default_minutes        INTEGER NOT NULL DEFAULT 120 CHECK (default_minutes BETWEEN 15 AND 720),
  default_place          TEXT NOT NULL DEFAULT '',
  version                INTEGER NOT NULL DEFAULT 1,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT NOT NULL
) STRICT;

CREATE TABLE forum_member (
  id         INTEGER PRIMARY KEY,
  forum_id   INTEGER NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role       TEXT NOT NULL CHECK (role IN ('chair', 'member', 'substitute', 'adviser',
                                           'secretary', 'observer')),
  position   INTEGER NOT NULL DEFAULT 0,
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (forum_id, person_id)
) STRICT;

CREATE TABLE standing_item (
  id              INTEGER PRIMARY KEY,
  forum_id        INTEGER NOT NULL REFERENCES forum (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL DEFAULT 0,
  standing_kind   TEXT NOT NULL CHECK (standing_kind IN ('approve_notice', 'approve_minutes',
                                                         'follow_up', 'portfolio_status',
                                                         'any_other_business', 'other')),
  title           TEXT NOT NULL CHECK (length(title) > 0),
  item_type       TEXT NOT NULL CHECK (item_type IN ('decision', 'discussion', 'information')),
  planned_minutes INTEGER NOT NULL DEFAULT 5 CHECK (planned_minutes BETWEEN 1 AND 600),
  at_end          INTEGER NOT NULL DEFAULT 0 CHECK (at_end IN (0, 1)),
  version         INTEGER NOT NULL DEFAULT 1,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL
) STRICT;
CREATE INDEX standing_item_forum ON standing_item (forum_id, position);

CREATE TABLE meeting (
  id                  INTEGER PRIMARY KEY,
  forum_id            INTEGER NOT NULL REFERENCES forum (id),
  title               TEXT NOT NULL DEFAULT '',
  starts_at           TEXT NOT NULL CHECK (starts_at GLOB
                        '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'),
  ends_at             TEXT NOT NULL CHECK (ends_at GLOB
                        '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'),
  place               TEXT NOT NULL DEFAULT '',
  video_link          TEXT NOT NULL DEFAULT '',
  chair_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
  secretary_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  state               TEXT NOT NULL DEFAULT 'draft'
                        CHECK (state IN ('draft', 'notice_sent', 'held', 'minutes_approved')),
  notice_sent_at      TEXT,
  held_at             TEXT,
  minutes_approved_at TEXT,
  uid                 TEXT NOT NULL UNIQUE,
  sequence            INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  version             INTEGER NOT NULL DEFAULT 1,
  updated_at          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (state = 'draft' OR notice_sent_at IS NOT NULL),
  CHECK (state NOT IN ('held', 'minutes_approved') OR held_at IS NOT NULL),
  CHECK (state <> 'minutes_approved' OR minutes_approved_at IS NOT NULL)
) STRICT;
CREATE INDEX meeting_forum ON meeting (forum_id, starts_at);
CREATE INDEX meeting_starts ON meeting (starts_at);

CREATE TABLE participant (
  id                INTEGER PRIMARY KEY,
  meeting_id        INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id         INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role              TEXT NOT NULL CHECK (role IN ('chair', 'member', 'substitute', 'adviser',
                                                  'guest', 'secretary', 'observer')),
  attendance        TEXT NOT NULL DEFAULT 'expected'
                      CHECK (attendance IN ('expected', 'present', 'absent')),
  absence_reason    TEXT NOT NULL DEFAULT '',
  substitute_for_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  position          INTEGER NOT NULL DEFAULT 0,
  version           INTEGER NOT NULL DEFAULT 1,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  UNIQUE (meeting_id, person_id)
) STRICT;

CREATE TABLE agenda_item (
  id                INTEGER PRIMARY KEY,
  meeting_id        INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  case_seq          INTEGER CHECK (case_seq BETWEEN 1 AND 999),
  case_year         INTEGER CHECK (case_year BETWEEN 1990 AND 2200),
  standing_kind     TEXT CHECK (standing_kind IN ('approve_notice', 'approve_minutes',
                                                  'follow_up', 'portfolio_status',
                                                  'any_other_business', 'other')),
  item_type         TEXT NOT NULL CHECK (item_type IN ('decision', 'discussion',
                                                       'information')),
  title             TEXT NOT NULL CHECK (length(title) > 0),
  presenter_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
  presenter_text    TEXT NOT NULL DEFAULT '',
  planned_minutes   INTEGER CHECK (planned_minutes BETWEEN 1 AND 600),
  summary           TEXT NOT NULL DEFAULT '',
  background        TEXT NOT NULL DEFAULT '',
  assessment        TEXT NOT NULL DEFAULT '',
  proposed_decision TEXT NOT NULL DEFAULT '',
  decision          TEXT NOT NULL DEFAULT '',
  outcome           TEXT CHECK (outcome IN ('adopted_as_proposed', 'noted', 'amended',
                                            'postponed', 'withdrawn')),
  dissent           TEXT NOT NULL DEFAULT '',
  minutes_note      TEXT NOT NULL DEFAULT '',
  needs_follow_up   INTEGER NOT NULL DEFAULT 0 CHECK (needs_follow_up IN (0, 1)),
  confidentiality   TEXT NOT NULL DEFAULT 'open' CHECK (confidentiality IN ('open', 'exempt')),
  legal_basis       TEXT,
  actual_start      TEXT,
  actual_end        TEXT,
  version           INTEGER NOT NULL DEFAULT 1,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK ((case_seq IS NULL) = (case_year IS NULL)),
  CHECK (confidentiality = 'open' OR length(trim(coalesce(legal_basis, ''))) > 0),
  CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
) STRICT;
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_case ON agenda_item (case_year, case_seq);

CREATE TABLE agenda_item_initiative (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  initiative_id  INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  UNIQUE (agenda_item_id, initiative_id)
) STRICT;
CREATE INDEX agenda_item_initiative_initiative ON agenda_item_initiative (initiative_id);

-- A dashboard view linked to an item: a chart with its filters and as-of date.
CREATE TABLE agenda_item_view (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  chart          TEXT NOT NULL CHECK (length(chart) > 0),
  filters        TEXT NOT NULL DEFAULT '{}',
  as_of          TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_item_view_item ON agenda_item_view (agenda_item_id, position);

CREATE TABLE attachment (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL DEFAULT 0,
  title          TEXT NOT NULL CHECK (length(title) > 0),
  location       TEXT NOT NULL CHECK (length(location) > 0),
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_item ON attachment (agenda_item_id, position);

CREATE TABLE agenda_item_guest (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  UNIQUE (agenda_item_id, person_id)
) STRICT;

CREATE TABLE action_item (
  id                   INTEGER PRIMARY KEY,
  origin_item_id       INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  initiative_id        INTEGER REFERENCES initiative (id) ON DELETE SET NULL,
  title                TEXT NOT NULL CHECK (length(title) > 0),
  description          TEXT NOT NULL DEFAULT '',
  owner_id             INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_on               TEXT,
  status               TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  created_on           TEXT NOT NULL,
  closed_on            TEXT,
  closed_in_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  latest_note          TEXT NOT NULL DEFAULT '',
  confidentiality      TEXT NOT NULL DEFAULT 'open' CHECK (confidentiality IN ('open', 'exempt')),
  legal_basis          TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  CHECK (status IN ('open', 'in_progress') OR closed_on IS NOT NULL),
  CHECK (confidentiality = 'open' OR length(trim(coalesce(legal_basis, ''))) > 0)
) STRICT;
CREATE INDEX action_item_status ON action_item (status, due_on);
CREATE INDEX action_item_owner ON action_item (owner_id);
CREATE INDEX action_item_origin ON action_item (origin_item_id);
CREATE INDEX action_item_initiative ON action_item (initiative_id);

-- A portfolio snapshot frozen when a meeting is held: how each initiative stood then.
CREATE TABLE portfolio_snapshot (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER UNIQUE REFERENCES meeting (id) ON DELETE SET NULL,
  taken_at   TEXT NOT NULL,
  taken_by   TEXT NOT NULL,
  as_of      TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE portfolio_snapshot_item (
  id                  INTEGER PRIMARY KEY,
  snapshot_id         INTEGER NOT NULL REFERENCES portfolio_snapshot (id) ON DELETE CASCADE,
  initiative_id       INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  period              TEXT,
  phase               TEXT NOT NULL,
  lifecycle           TEXT NOT NULL,
  overall_rag         TEXT NOT NULL CHECK (overall_rag IN ('grey', 'green', 'yellow', 'red')),
  rag_time            TEXT NOT NULL DEFAULT 'grey',
  rag_cost            TEXT NOT NULL DEFAULT 'grey',
  rag_benefits        TEXT NOT NULL DEFAULT 'grey',
  rag_quality         TEXT NOT NULL DEFAULT 'grey',
  rag_scope           TEXT NOT NULL DEFAULT 'grey',
  rag_sustainability  TEXT NOT NULL DEFAULT 'grey',
  rag_risk            TEXT NOT NULL DEFAULT 'grey',
  p50                 INTEGER,
  p85                 INTEGER,
  forecast_cost       INTEGER,
  budget_year         INTEGER,
  budget_approved     INTEGER,
  budget_forecast     INTEGER,
  open_risks          INTEGER NOT NULL DEFAULT 0,
  max_risk_score      INTEGER NOT NULL DEFAULT 0,
  max_slip_days       INTEGER NOT NULL DEFAULT 0,
  UNIQUE (snapshot_id, initiative_id)
) STRICT;
CREATE INDEX portfolio_snapshot_item_initiative ON portfolio_snapshot_item (initiative_id);

-- Named dashboard layouts ("Ledermøte", "Porteføljeråd"), shared by everyone in the file.
CREATE TABLE dashboard_layout (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  content    TEXT NOT NULL DEFAULT '[]',
  version    INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

-- ── History that the dashboards read "as of" a date ───────────────────────────────────

-- An initiative's phase and lifecycle state from a date. The initiative row holds the
-- current state; a change of either adds a row here (history), so the portfolio can be
-- shown as it stood at an earlier meeting.
CREATE TABLE initiative_state (
  id            INTEGER PRIMARY KEY,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  valid_from    TEXT NOT NULL CHECK (valid_from GLOB
                                     '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  phase         TEXT NOT NULL CHECK (phase IN ('idea', 'concept', 'planning', 'execution',
                                               'closing', 'realisation')),
  lifecycle     TEXT NOT NULL CHECK (lifecycle IN ('proposed', 'active', 'paused', 'closed',
                                                   'stopped', 'merged')),
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX initiative_state_initiative ON initiative_state (initiative_id, valid_from);

-- A milestone's forecast as it was recorded on a date (history). The milestone row holds
-- the current forecast; each new forecast adds a row here, so slippage can be shown as it
-- was known then. The first row is when the milestone was planned; a NULL forecast means
-- there was none (the initiative was paused).
CREATE TABLE milestone_forecast (
  id            INTEGER PRIMARY KEY,
  milestone_id  INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
  recorded_on   TEXT NOT NULL CHECK (recorded_on GLOB
                                     '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  forecast_date TEXT,
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  UNIQUE (milestone_id, recorded_on)
) STRICT;
