// Types of the Banso REST API (/api/v1), snake_case as on the wire.
// Keep in step with the server's OpenAPI document.

/** The moments of truth (seed 002), in journey order, and churned; every journey stage is in one. */
export const MOMENTS = ['zmot', 'fmot', 'smot', 'tmot', 'churned'] as const;
export type Moment = (typeof MOMENTS)[number];

/** A journey stage's key ("onboarding"). Stages are edited by managers (GET /journey/stages), so any string. */
export type StageKey = string;

export const TIERS = ['high_touch', 'low_touch', 'tech_touch'] as const;
export type Tier = (typeof TIERS)[number];

export const USER_ROLES = ['admin', 'manager', 'csm', 'marketer', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const CONTACT_ROLES = ['champion', 'decision_maker', 'user', 'executive_sponsor'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const TOUCHPOINT_KINDS = ['meeting', 'call', 'email', 'chat', 'note', 'webinar', 'onsite'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const MOVEMENT_KINDS = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const IMPORT_KINDS = ['accounts', 'contacts', 'contracts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_ENCODINGS = ['auto', 'utf-8', 'cp932'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const EMPLOYEE_BANDS = ['1-9', '10-49', '50-249', '250-999', '1000-4999', '5000+'] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];

export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'rate_limited'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; field?: string | null };
}

/** Dates without time are ISO `YYYY-MM-DD`; timestamps are ISO 8601 with zone. */
export type IsoDate = string;
export type IsoTimestamp = string;

export const USER_LANGUAGES = ['ja', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/** A user as the session knows it (/auth/me); GET /users answers the whole StaffUser. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  language?: string | null;
}

/** A staff user as GET /users and /users/{id} answer (admins manage them on /staff). */
export interface StaffUser extends User {
  language: UserLanguage;
  disabled: boolean;
  version: number;
  created_at: IsoTimestamp;
  last_sign_in_at: IsoTimestamp | null;
  /** Set while failed sign-ins for the email hold it back; in the past once the back-off is over. */
  sign_in_blocked_until: IsoTimestamp | null;
}

/** POST /users. The password: at least 12 characters, and not a weak one (400 naming `password`). */
export interface StaffUserInput {
  email: string;
  name: string;
  role: UserRole;
  language: UserLanguage;
  password: string;
}

/** PATCH /users/{id}: the version read, and only what changes. */
export interface StaffUserPatch {
  version: number;
  name?: string;
  role?: UserRole;
  language?: UserLanguage;
  disabled?: boolean;
}

/** An API token of a user (GET /users/{id}/tokens); the secret itself is never sent again. */
export interface ApiToken {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  created_at: IsoTimestamp;
  last_used_at: IsoTimestamp | null;
  expires_at: IsoTimestamp | null;
  revoked_at: IsoTimestamp | null;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Page<T> {
  data: T[];
  total?: number;
  next_cursor: string | null;
}

export interface Account {
  id: number;
  version: number;
  name: string;
  name_kana: string | null;
  external_id: string | null;
  domain: string | null;
  industry: string | null;
  employee_band: EmployeeBand | null;
  country: string | null;
  currency: string;
  owner_id: number | null;
  owner_name: string | null;
  tier_override: Tier | null;
  tier: Tier | null;
  /** A key of GET /journey/stages; shown as the key when the stage is not (or no longer) listed. */
  journey_stage: StageKey;
  /** When the account entered its current stage. */
  journey_stage_since: IsoTimestamp;
  /** The moment of truth of its stage (null when the stage is not known). */
  moment_of_truth: Moment | null;
  start_date: IsoDate | null;
  renewal_date: IsoDate | null;
  custom_attributes: Record<string, unknown>;
  arr_minor: number;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

/** The fields a client may write (POST / PATCH); the rest is the server's. */
export type AccountInput = Pick<
  Account,
  | 'name'
  | 'name_kana'
  | 'external_id'
  | 'domain'
  | 'industry'
  | 'employee_band'
  | 'country'
  | 'currency'
  | 'owner_id'
  | 'tier_override'
  | 'journey_stage'
  | 'start_date'
  | 'renewal_date'
  | 'custom_attributes'
>;

export type AccountSort = 'name' | '-name' | 'renewal_date' | '-renewal_date' | 'arr' | '-arr';

export interface AccountQuery {
  q?: string;
  owner_id?: number;
  journey_stage?: StageKey;
  tier?: Tier;
  renewal_within_days?: number;
  sort?: AccountSort;
  limit?: number;
  cursor?: string;
}

export interface Contact {
  id: number;
  version: number;
  account_id: number;
  external_id: string | null;
  name: string;
  email: string | null;
  title: string | null;
  role: ContactRole | null;
  phone: string | null;
  language: string | null;
  marketing_consent: boolean;
  departed: boolean;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface Contract {
  id: number;
  version: number;
  account_id: number;
  external_id: string | null;
  product: string;
  start_date: IsoDate;
  end_date: IsoDate | null;
  amount_minor: number;
  currency: string;
  billing_period: 'monthly' | 'quarterly' | 'annual';
  mrr_minor: number;
  status: 'active' | 'ended';
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface RevenueMovement {
  id: number;
  account_id: number;
  contract_id: number | null;
  date: IsoDate;
  kind: MovementKind;
  mrr_delta_minor: number;
  arr_delta_minor: number;
  currency: string;
  /** Dated after today: the end of a term not yet renewed, not a change that happened. */
  scheduled: boolean;
}

export interface Touchpoint {
  id: number;
  version: number;
  account_id: number;
  contact_id: number | null;
  kind: TouchpointKind;
  occurred_at: IsoTimestamp;
  author_id: number | null;
  author_name: string | null;
  summary: string;
  sentiment: Sentiment | null;
}

export interface Survey {
  id: number;
  version: number;
  account_id: number;
  contact_id: number | null;
  contact_name: string | null;
  kind: 'nps' | 'csat';
  score: number;
  comment: string | null;
  responded_at: IsoTimestamp;
}

export type TimelineEntry =
  | { type: 'touchpoint'; occurred_at: IsoTimestamp; item: Touchpoint }
  | { type: 'survey'; occurred_at: IsoTimestamp; item: Survey }
  | { type: 'revenue_movement'; occurred_at: IsoTimestamp; item: RevenueMovement };

export interface ImportColumn {
  header: string;
  field: string | null;
}

export interface ImportRejection {
  line: number;
  field: string | null;
  reason: string;
}

export interface ImportResult {
  kind: ImportKind;
  dry_run: boolean;
  encoding: string;
  total_rows: number;
  inserted: number;
  updated: number;
  rejected: ImportRejection[];
  columns: ImportColumn[];
}

// ---------- Product usage (issue 4): sources, the event catalogue, feature mapping, usage ----------

export const EVENT_TYPES = ['track', 'page', 'screen'] as const;
/** What the catalogue counts: track events by name, page and screen views by name. */
export type EventType = (typeof EVENT_TYPES)[number];
/** Every Segment message type; the live stream shows all of them. */
export type MessageType = EventType | 'identify' | 'group' | 'alias';

/** A write-key holder that sends Segment-spec events (admin only). */
export interface Source {
  id: number;
  name: string;
  /** The first characters of the write key, to recognise it; the key itself is shown once. */
  key_prefix: string;
  created_at: IsoTimestamp;
  revoked_at: IsoTimestamp | null;
  rate_limit_per_second: number;
  events_received: number;
  last_event_at: IsoTimestamp | null;
}

/** The answer to revoking a source: the source without its event figures. */
export type RevokedSource = Omit<Source, 'events_received' | 'last_event_at'> & Partial<Pick<Source, 'events_received' | 'last_event_at'>>;

/** The answer to creating a source: the only time the whole write key is sent. */
export interface CreatedSource extends Source {
  write_key: string;
}

export interface SourceInput {
  name: string;
  rate_limit_per_second?: number;
}

export interface CatalogEvent {
  name: string;
  type: EventType;
  count: number;
  first_seen: IsoTimestamp;
  last_seen: IsoTimestamp;
  feature: string | null;
}

export interface EventVolume {
  from: IsoDate;
  to: IsoDate;
  name: string | null;
  days: { date: IsoDate; count: number }[];
}

/** One row of the event → feature mapping; GET and PUT /events/features carry `{ data: [...] }`. */
export interface FeatureMapping {
  event_name: string;
  feature: string;
}

/** `event: event` on /events/stream (admins only): one accepted message, as sent. */
export interface StreamEvent {
  source_id: number;
  type: MessageType | string;
  /** A track call's event name. */
  event: string | null;
  /** A page's or screen's name. */
  name: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  /** The groupId as sent: a group call's, or a track / page / screen call's context.groupId. */
  group_id: string | null;
  timestamp: IsoTimestamp;
  received_at: IsoTimestamp;
  message_id: string;
  /** Only when the message had them. */
  properties?: Record<string, unknown>;
  /** identify and group calls' traits, when sent (personal data: why the stream is for admins). */
  traits?: Record<string, unknown>;
}

/** `event: rejected` on /events/stream: one item of a batch that was not accepted, and why. */
export interface StreamRejection {
  source_id: number;
  index: number;
  field: string | null;
  reason: string;
  message_id: string | null;
}

export interface UsageDay {
  date: IsoDate;
  dau: number;
  wau: number;
  mau: number;
  events: number;
}

export interface AccountUsage {
  account_id: number;
  from: IsoDate;
  to: IsoDate;
  licensed_seats: number | null;
  days: UsageDay[];
  dau_average: number;
  wau: number;
  mau: number;
  /** DAU / MAU, 0–1. */
  stickiness: number;
  /** MAU / licensed seats, 0–1 (may exceed 1); null when the seats are not known. */
  seat_utilisation: number | null;
  trend_4w: { current_weekly_active: number; previous_weekly_active: number; change: number | null } | null;
  top_features: { feature: string; events: number; users: number }[];
  top_events: { name: string; type: EventType; count: number }[];
  /** The account's people (at most 200), most recently seen first. */
  users: {
    user_id: string | null;
    contact_id: number | null;
    name: string | null;
    email: string | null;
    last_seen: IsoTimestamp | null;
    /** Days in [from, to] on which the person was active. */
    active_days: number;
  }[];
}

// ---------- The customer's own success (issue 5): plans, templates, self-sufficiency, relationships ----------

export const PLAN_STATUSES = ['not_started', 'on_track', 'at_risk', 'achieved', 'abandoned'] as const;
/** A plan's or an objective's status. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** CX: the experience the customer has; CO: the outcome they get. */
export const OBJECTIVE_TYPES = ['cx', 'co'] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

export const OBJECTIVE_KINDS = ['functional', 'emotional', 'adoption', 'problem_solved', 'lasting_results'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

/** The kinds each type allows (the server refuses a CX objective of kind adoption). */
export const KINDS_OF_TYPE: Record<ObjectiveType, readonly ObjectiveKind[]> = {
  cx: ['functional', 'emotional'],
  co: ['adoption', 'problem_solved', 'lasting_results'],
};

export const USAGE_MEASURES = ['dau', 'wau', 'mau', 'seat_utilisation', 'feature_weekly_users', 'events_per_week'] as const;
export type UsageMeasure = (typeof USAGE_MEASURES)[number];

export interface Kpi {
  /** Given by the server on save (k2, k7…); absent on a KPI not saved yet. */
  id?: string;
  name: string;
  unit: string;
  baseline: number;
  /** Never equal to the baseline. */
  target: number;
  current: number | null;
  due_on: IsoDate | null;
  /** Bound to a usage measure of the event rollups, or null. */
  usage: { measure: UsageMeasure; feature: string } | null;
  /** 0–1, computed by the server (read-only). */
  progress?: number;
}

export interface Milestone {
  id?: string;
  title: string;
  due_on: IsoDate | null;
  achieved_on: IsoDate | null;
}

export interface Objective {
  id?: string;
  title: string;
  type: ObjectiveType;
  kind: ObjectiveKind | null;
  status: PlanStatus;
  due_on: IsoDate | null;
  owner_user_id: number | null;
  owner_contact_id: number | null;
  evidence: string;
  kpis: Kpi[];
  milestones: Milestone[];
  progress?: number;
}

export interface SuccessPlan {
  id: number;
  version: number;
  account_id: number;
  title: string;
  /** The customer's definition of success, in their words. */
  definition: string;
  status: PlanStatus;
  starts_on: IsoDate;
  ends_on: IsoDate | null;
  template_key: string | null;
  csm_user_id: number | null;
  customer_contact_id: number | null;
  objectives: Objective[];
  progress: number;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

/** PATCH /success-plans/{id}: the version read, and the fields changed (objectives: the whole list). */
export interface SuccessPlanPatch {
  version: number;
  title?: string;
  definition?: string;
  status?: PlanStatus;
  objectives?: Objective[];
}

/** A template's items carry `due_in_days` (from the plan's start) instead of dates. */
export interface TemplateObjective {
  title: string;
  type: ObjectiveType;
  kind?: ObjectiveKind | null;
  due_in_days?: number | null;
  kpis?: { name: string; unit?: string; baseline: number; target: number; due_in_days?: number | null; usage?: { measure: UsageMeasure; feature: string } | null }[];
  milestones?: { title: string; due_in_days?: number | null }[];
}

export interface SuccessPlanTemplate {
  key: string;
  version: number;
  name: string;
  segment: string;
  description: string;
  duration_days: number;
  objectives: TemplateObjective[];
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

export interface PlanChange {
  /** `definition`, `objectives[o1].milestones[m3].achieved_on`… (items named by their ids). */
  path: string;
  from: unknown;
  to: unknown;
}

export interface PlanHistoryEntry {
  version: number;
  changed_at: IsoTimestamp;
  /** Who saved it (the user's email, or a token's name). */
  actor: string;
  user_id: number | null;
  changes: PlanChange[];
}

export const SELF_SUFFICIENCY_LEVELS = ['dependent', 'guided', 'self_running', 'advocate'] as const;
/** 自走: how far the customer runs on its own, lowest first. */
export type SelfSufficiencyLevel = (typeof SELF_SUFFICIENCY_LEVELS)[number];

export interface SelfSufficiencyCriterion {
  id: number;
  version: number;
  /** Never `dependent`: that level needs nothing. */
  level: Exclude<SelfSufficiencyLevel, 'dependent'>;
  text: string;
  position: number;
}

export interface SelfSufficiencyAssessment {
  id: number;
  account_id: number;
  level: SelfSufficiencyLevel;
  met: number[];
  note: string;
  assessed_at: IsoTimestamp;
  assessed_by: number | null;
}

export interface SelfSufficiency {
  level: SelfSufficiencyLevel;
  assessed_at: IsoTimestamp | null;
  criteria: SelfSufficiencyCriterion[];
  /** Newest first. */
  history: SelfSufficiencyAssessment[];
}

export const RELATIONSHIP_WARNINGS = ['single_threaded', 'champion_departed', 'no_active_champion'] as const;
export type RelationshipWarning = (typeof RELATIONSHIP_WARNINGS)[number];

export interface RelationshipContact {
  id: number;
  name: string;
  title: string | null;
  role: ContactRole | null;
  departed: boolean;
  last_touch_at: IsoTimestamp | null;
  touches_90d: number;
  last_nps: number | null;
  sentiment: Sentiment | null;
  /** A touchpoint or a survey answer within the engagement window. */
  engaged: boolean;
}

export interface RelationshipMap {
  account_id: number;
  /** Contacts not departed and engaged within `engagement_days`. */
  breadth: number;
  engagement_days: number;
  warnings: RelationshipWarning[];
  departed_champions: string[];
  contacts: RelationshipContact[];
}

// ---------- The journey (issue 5): editable stages, transitions, rules, the board, the funnel ----------

export interface JourneyStage {
  id: number;
  version: number;
  key: StageKey;
  moment: Moment;
  /** Order along the journey (the list comes sorted). */
  position: number;
  name_ja: string;
  name_en: string;
}

/** POST /journey/stages; PATCH sends `version` and the fields changed (the key never changes). */
export interface JourneyStageInput {
  key: StageKey;
  moment: Moment;
  position?: number;
  name_ja: string;
  name_en: string;
}
export type JourneyStagePatch = { version: number } & Partial<Omit<JourneyStageInput, 'key'>>;

export const RULE_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
export type RuleOp = (typeof RULE_OPS)[number];

export interface RuleCondition {
  /** One of the `fields` GET /journey/rules lists ("contracts.active"). */
  field: string;
  op: RuleOp;
  value: number;
}

/** "Move accounts from these stages to that one when every condition holds." */
export interface JourneyRule {
  id: number;
  version: number;
  key: string;
  name: string;
  /** Empty: any stage but `to_stage`. */
  from_stages: StageKey[];
  to_stage: StageKey;
  conditions: RuleCondition[];
  enabled: boolean;
  position: number;
}
export type JourneyRuleInput = Omit<JourneyRule, 'id' | 'version' | 'position'> & { position?: number };
export type JourneyRulePatch = { version: number } & Partial<Omit<JourneyRuleInput, 'key'>>;

/** An account fact a journey rule or an ICP criterion can test. */
export interface FieldInfo {
  key: string;
  description: string;
  /** ICP fields: compared with gte / lte rather than listed. */
  numeric?: boolean;
}

export interface JourneyRules {
  data: JourneyRule[];
  fields: FieldInfo[];
}

export interface RuleMove {
  account_id: number;
  account_name: string;
  from: StageKey;
  to: StageKey;
  /** The rule's key. */
  rule: string;
}

export interface RuleRunResult {
  evaluated: number;
  moved: number;
  /** At most 200, even when more moved. */
  moves: RuleMove[];
}

/** One move of an account between stages: by a person, the system, or a rule. */
export interface JourneyTransition {
  id: number;
  account_id: number;
  /** Null: the account was created in `to`. */
  from: StageKey | null;
  to: StageKey;
  at: IsoTimestamp;
  by_user: number | null;
  by_name: string | null;
  /** The actor's label: an email, "cli", "rule:first_contract". */
  by_label: string;
  /** The journey rule's key when a rule moved it. */
  rule: string | null;
  note: string;
}

export interface RuleExplanation {
  key: string;
  name: string;
  to_stage: StageKey;
  /** Every condition holds: the next rule run moves the account. */
  ready: boolean;
  conditions: (RuleCondition & { actual: number | null; holds: boolean })[];
}

/** GET /accounts/{id}/journey. */
export interface AccountJourney {
  stage: StageKey;
  moment: Moment | null;
  since: IsoTimestamp;
  days_in_stage: number;
  /** The account's version, to send with a move. */
  version: number;
  /** Newest first. */
  transitions: JourneyTransition[];
  facts: Record<string, number | null>;
  /** The enabled rules that could move the account from its stage, each explained. */
  rules: RuleExplanation[];
}

export interface JourneyMoveInput {
  to: StageKey;
  note?: string;
  /** The account's version read: a stale one answers 409. */
  version?: number;
}

export interface JourneyMoveResult {
  account: Account;
  transition: JourneyTransition;
}

export interface BoardAccount {
  id: number;
  name: string;
  tier: Tier | null;
  owner_id: number | null;
  owner_name: string | null;
  arr_minor: number;
  currency: string;
  since: IsoTimestamp;
  days_in_stage: number;
}

export interface BoardStage {
  key: StageKey;
  moment: Moment;
  name_ja: string;
  name_en: string;
  /** Every account in the stage; `accounts` holds at most per_stage of them, longest in the stage first. */
  count: number;
  accounts: BoardAccount[];
}

export interface JourneyBoard {
  stages: BoardStage[];
}

export interface BoardQuery {
  tier?: Tier;
  owner_id?: number;
  per_stage?: number;
}

export interface FunnelStage {
  key: StageKey;
  moment: Moment;
  name_ja: string;
  name_en: string;
  /** Accounts that ever reached the stage. */
  reached: number;
  /** Accounts in it now. */
  current: number;
  /** 0–1: reached ÷ reached of the stage before; null for the first stage and churned. */
  conversion: number | null;
  median_days_to_next: number | null;
  churned_from: number;
}

export interface FunnelMoment {
  moment: Moment;
  reached: number;
  conversion: number | null;
  median_days_to_next: number | null;
}

export interface JourneyFunnel {
  accounts: number;
  tier: Tier | null;
  cohort: string | null;
  stages: FunnelStage[];
  moments: FunnelMoment[];
  /** The months accounts entered the journey ("2024-01"), for the cohort picker. */
  cohorts: string[];
}

export interface FunnelQuery {
  tier?: Tier;
  /** "2026", "2026-Q1" or "2026-03": when the account entered the journey. */
  cohort?: string;
}

// ---------- Sales hand-off and the ideal customer profile (issue 5) ----------

export const ICP_OPS = ['in', 'gte', 'lte'] as const;
export type IcpOp = (typeof ICP_OPS)[number];

/** One criterion of the ideal customer profile, shared by sales and CS. */
export interface IcpCriterion {
  id: number;
  version: number;
  label: string;
  /** "industry", "employee_band", "country", "arr_minor", "contacts" or "custom.<attribute>". */
  field: string;
  op: IcpOp;
  /** For `in`. */
  values: string[];
  /** For `gte` / `lte`. */
  value: number | null;
  /** 1–100. */
  weight: number;
  position: number;
}
export type IcpCriterionInput = Omit<IcpCriterion, 'id' | 'version' | 'position'> & { position?: number };
export type IcpCriterionPatch = { version: number } & Partial<IcpCriterionInput>;

export interface Icp {
  criteria: IcpCriterion[];
  fields: FieldInfo[];
}

/** GET /accounts/{id}/fit: how the account fits the profile now. */
export interface AccountFit {
  /** 0–100: the met criteria's share of the weights. */
  score: number;
  criteria: { id: number; label: string; weight: number; met: boolean; actual: string | number | null }[];
}

export const STAKEHOLDER_ROLES = ['champion', 'decision_maker', 'executive_sponsor', 'user', 'other'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export interface Stakeholder {
  /** One of the account's contacts, or null for a name only. */
  contact_id: number | null;
  name: string;
  role: StakeholderRole;
  note: string;
}

/** What sales hands over to CS when the deal closes. */
export interface Handoff {
  id: number;
  version: number;
  account_id: number;
  account_name: string;
  why_bought: string;
  expected_outcomes: string[];
  stakeholders: Stakeholder[];
  sales_owner: string;
  handed_off_at: IsoTimestamp;
  handed_off_by_name: string | null;
  /** 0–100, as it was at the hand-off. */
  fit_score: number;
  fit: { id: number; label: string; weight: number; met: boolean }[];
  /** The success plan seeded from the notes, once there is one. */
  plan_id: number | null;
}

export interface HandoffInput {
  why_bought: string;
  expected_outcomes: string[];
  stakeholders: Stakeholder[];
  sales_owner?: string;
  /** Also seed a success plan (definition = why they bought, a CO objective per expected outcome). */
  seed_plan?: { template_key?: string };
}
export type HandoffPatch = { version: number } & Partial<Omit<HandoffInput, 'seed_plan'>>;

export interface HandoffCreated {
  handoff: Handoff;
  plan: SuccessPlan | null;
}

export interface HandoffQuery {
  fit_below?: number;
  since_days?: number;
  limit?: number;
  cursor?: string | null;
}
