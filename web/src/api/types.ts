// Types of the Banso REST API (/api/v1), snake_case as on the wire. They are generated from the
// server's OpenAPI document (docs/openapi.json → schema.d.ts, `npm run gen:api`); this file only
// names them for the console. A field the console needs is added to the document, not here.
import type { components, paths } from './schema';

type Schemas = components['schemas'];

/** The JSON body an operation takes. */
type JsonBody<Op> = Op extends { requestBody?: infer Body }
  ? NonNullable<Body> extends { content: { 'application/json': infer Json } }
    ? Json
    : never
  : never;

/** The query parameters an operation takes; the client leaves out those that are null. */
type Query<Op> = Op extends { parameters: { query?: infer Q } }
  ? { [K in keyof NonNullable<Q>]?: NonNullable<Q>[K] | null }
  : never;

/** A PATCH body: the version read, and only what changes. */
type Patch<T> = { version: number } & Partial<T>;

/** An item the console sends back in a PATCH: new ones have no id yet, and progress is the server's. */
type Unsaved<T extends { id: string }, ServerSet extends keyof T = 'id'> = Omit<T, ServerSet> &
  Partial<Pick<T, ServerSet>>;

/**
 * The values of a generated union, in the order the console shows them. The compiler checks that
 * the list names every member and no other, so a value added to the document shows up here.
 */
function valuesOf<Union extends string>() {
  return <const List extends readonly Union[]>(
    list: List &
      ([Exclude<Union, List[number]>] extends [never]
        ? unknown
        : { missing: Exclude<Union, List[number]> }),
  ): List => list;
}

/** Dates without time are ISO `YYYY-MM-DD`; timestamps are ISO 8601 with zone. */
export type IsoDate = string;
export type IsoTimestamp = string;

// ---------- Enumerations ----------

/** The moments of truth (seed 002), in journey order, and churned; every journey stage is in one. */
export type Moment = Schemas['JourneyStage']['moment'];
export const MOMENTS = valuesOf<Moment>()(['zmot', 'fmot', 'smot', 'tmot', 'churned']);

/** A journey stage's key ("onboarding"). Stages are edited by managers (GET /journey/stages), so any string. */
export type StageKey = Schemas['JourneyStage']['key'];

export type Tier = NonNullable<Schemas['Account']['tier_override']>;
export const TIERS = valuesOf<Tier>()(['high_touch', 'low_touch', 'tech_touch']);

export type UserRole = Schemas['User']['role'];
export const USER_ROLES = valuesOf<UserRole>()(['admin', 'manager', 'csm', 'marketer', 'viewer']);

export type UserLanguage = Schemas['User']['language'];
export const USER_LANGUAGES = valuesOf<UserLanguage>()(['ja', 'en']);

export type ContactRole = NonNullable<Schemas['Contact']['role']>;
export const CONTACT_ROLES = valuesOf<ContactRole>()([
  'champion',
  'decision_maker',
  'user',
  'executive_sponsor',
]);

export type TouchpointKind = Schemas['Touchpoint']['kind'];
export const TOUCHPOINT_KINDS = valuesOf<TouchpointKind>()([
  'meeting',
  'call',
  'email',
  'chat',
  'note',
  'webinar',
  'onsite',
]);

export type MovementKind = Schemas['RevenueMovement']['kind'];
export const MOVEMENT_KINDS = valuesOf<MovementKind>()([
  'new',
  'expansion',
  'contraction',
  'churn',
  'reactivation',
]);

export type Sentiment = NonNullable<Schemas['Touchpoint']['sentiment']>;
export const SENTIMENTS = valuesOf<Sentiment>()(['positive', 'neutral', 'negative']);

/** The kinds the import page offers; exchange rates are imported on the currency page. */
export type ImportKind = Exclude<Schemas['ImportReport']['kind'], 'fx_rates'>;
export const IMPORT_KINDS = valuesOf<ImportKind>()([
  'accounts',
  'contacts',
  'contracts',
  'touchpoints',
  'tickets',
]);

/** What a CSV import can take: the kinds above, and the exchange rates (on the currency page). */
export type ImportTarget = paths['/api/v1/imports/{kind}']['post']['parameters']['path']['kind'];

export type ImportEncoding = NonNullable<
  Query<paths['/api/v1/imports/{kind}']['post']>['encoding']
>;
export const IMPORT_ENCODINGS = valuesOf<ImportEncoding>()(['auto', 'utf-8', 'cp932']);

/** Where an imported file comes from: its column mapping is remembered per source. */
export type ImportSource = NonNullable<Query<paths['/api/v1/imports/{kind}']['post']>['source']>;
export const IMPORT_SOURCES = valuesOf<ImportSource>()(['salesforce', 'hubspot', 'banso', 'other']);

/** A list the server exports to CSV (GET /exports/{list}), in its import columns. */
export type ExportList = keyof paths extends infer Path
  ? Path extends `/api/v1/exports/${infer List}`
    ? List
    : never
  : never;
/** UTF-8 is written with a BOM (Excel opens it as UTF-8); Shift_JIS for older Excel. */
export type ExportEncoding = NonNullable<
  Query<paths['/api/v1/exports/accounts']['get']>['encoding']
>;
export const EXPORT_ENCODINGS = valuesOf<ExportEncoding>()(['utf-8', 'shift_jis']);

export type EmployeeBand = NonNullable<Schemas['Account']['employee_band']>;
export const EMPLOYEE_BANDS = valuesOf<EmployeeBand>()([
  '1-9',
  '10-49',
  '50-249',
  '250-999',
  '1000-4999',
  '5000+',
]);

// ---------- Errors, sessions, staff ----------

export type ErrorBody = Schemas['Error'];
/** The HTTP-level kind of an error. */
export type ErrorCode = ErrorBody['error']['code'];
/** What is wrong: the code of the message's form (src/core/error_reason.cpp), else the ErrorCode. */
export type ErrorReason = ErrorBody['error']['reason'];
/** The values the English message names ({"max": 200}); whole numbers are numbers. */
export type ErrorParams = ErrorBody['error']['params'];
export const ERROR_CODES = valuesOf<ErrorCode>()([
  'invalid',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'too_large',
  'unprocessable',
  'rate_limited',
  'unavailable',
  'internal',
]);

/** A user as the session knows it (/auth/me); GET /users answers the whole StaffUser. */
export type User = Schemas['User'];
export type Session = Schemas['SignedIn'];
/** A staff user as GET /users and /users/{id} answer (admins manage them on /staff). */
export type StaffUser = Schemas['StaffUser'];
/** POST /users. The password: at least 12 characters, and not a weak one (400 naming `password`). */
export type StaffUserInput = Schemas['NewUser'];
/** PATCH /users/{id}: the version read, and only what changes. */
export type StaffUserPatch = JsonBody<paths['/api/v1/users/{id}']['patch']>;
/** An API token of a user (GET /users/{id}/tokens); the secret itself is never sent again. */
export type ApiToken = Schemas['ApiToken'];

/** A page of a list; `next_cursor` asks for the next one. */
export interface Page<T> {
  data: T[];
  total?: number;
  next_cursor: string | null;
}

// ---------- Customers ----------

export type Account = Schemas['Account'];
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
  | 'tier_override_reason'
  | 'journey_stage'
  | 'start_date'
  | 'renewal_date'
  | 'custom_attributes'
>;
export type AccountQuery = Query<paths['/api/v1/accounts']['get']>;
export type AccountSort = NonNullable<AccountQuery['sort']>;
/** One change for a selection of accounts (POST /accounts/bulk): owner, touch model or stage. */
export type AccountBulkInput = JsonBody<paths['/api/v1/accounts/bulk']['post']>;
/** How many accounts it changed (one already as asked is not counted). */
export type AccountBulkResult =
  paths['/api/v1/accounts/bulk']['post']['responses'][200]['content']['application/json'];

export type Contact = Schemas['Contact'];
/** POST /contacts (PATCH: the version read and the fields changed). */
export type ContactInput = Pick<
  Contact,
  | 'account_id'
  | 'name'
  | 'email'
  | 'title'
  | 'role'
  | 'phone'
  | 'language'
  | 'marketing_consent'
  | 'departed'
>;
export type ContactPatch = Patch<Omit<ContactInput, 'account_id'>>;
/** POST /contacts/{id}/moves: the account they left for, and their role, title and email there. */
export type ContactMoveInput = JsonBody<paths['/api/v1/contacts/{id}/moves']['post']>;
/** The contact marked departed, and their new contact at the other account (linked back). */
export interface ContactMoved {
  left: Contact;
  joined: Contact;
}
/** A permission name as the session answer lists it (src/auth/role.cpp). */
export type ServerPermission = Session['permissions'][number];

export type Contract = Schemas['Contract'];
/** Amounts are per billing period, in the currency's minor unit; the currency is the account's. */
export type ContractInput = Pick<
  Contract,
  | 'account_id'
  | 'external_id'
  | 'product'
  | 'start_date'
  | 'end_date'
  | 'amount_minor'
  | 'currency'
  | 'billing_period'
  | 'seats'
>;
export type ContractPatch = Patch<Omit<ContractInput, 'account_id'>>;
export type BillingPeriod = Contract['billing_period'];
export const BILLING_PERIODS = valuesOf<BillingPeriod>()(['monthly', 'quarterly', 'annual']);
export type ContractStatus = Contract['status'];
export const CONTRACT_STATUSES = valuesOf<ContractStatus>()(['upcoming', 'active', 'ended']);

export type RevenueMovement = Schemas['RevenueMovement'];

// ---------- Money in one reporting currency; renewals ----------

/** The reporting currency (lists sort and criteria compare ARR in it) and the churn grace days. */
export type RevenueSettings = Schemas['RevenueSettings'];
export type RevenueSettingsPatch = Patch<Schemas['RevenueSettingsFields']>;
/** A month's rate into the reporting currency (`quote`), as the decimal text typed ("151.2"). */
export type FxRate = Schemas['FxRate'];
/** POST /fx-rates: month `YYYY-MM`, currency, rate (the quote is the reporting currency). */
export type FxRateInput = Required<Schemas['FxRateFields']>;
export type FxRatePatch = Patch<Schemas['FxRateFields']>;
/** GET /fx-rates: the rates, newest month first, and the currencies in use without one. */
export type FxRates = Schemas['FxRates'];
export type MissingRate = FxRates['missing'][number];

export type Renewals = Schemas['Renewals'];
export type RenewalDue = Renewals['data'][number];
export type RenewalStatus = RenewalDue['status'];
export const RENEWAL_STATUSES = valuesOf<RenewalStatus>()(['due', 'overdue']);
export type RenewalQuery = Query<paths['/api/v1/renewals']['get']>;
export type Touchpoint = Schemas['Touchpoint'];
/** POST /touchpoints; the author is the signed-in user, set by the server. */
export type TouchpointInput = Pick<
  Touchpoint,
  'account_id' | 'contact_id' | 'kind' | 'occurred_at' | 'summary' | 'sentiment'
>;
export type TouchpointPatch = Patch<Omit<TouchpointInput, 'account_id'>>;

/** A survey answer as lists give it: with its contact's name. */
export type Survey = Schemas['SurveyListItem'];
/** A survey answer as POST and PATCH answer it (without the contact's name). */
export type SurveyResponse = Schemas['SurveyResponse'];
/** POST /surveys: the account is the contact's. Scores: NPS 0–10, CSAT 1–5. */
export type SurveyInput = Pick<
  SurveyResponse,
  'contact_id' | 'kind' | 'score' | 'comment' | 'responded_at'
>;
export type SurveyKind = SurveyResponse['kind'];
export const SURVEY_KINDS = valuesOf<SurveyKind>()(['nps', 'csat']);
export type TimelineEntry = Schemas['TimelineEntry'];

export type ImportResult = Schemas['ImportReport'];
export type ImportColumn = ImportResult['columns'][number];
export type ImportRejection = ImportResult['rejected'][number];
/** Column header as written → the field it fills (custom.<key> for an account attribute), or "" to leave it out. */
export type ImportMapping = Record<string, string>;
/** GET /imports/{kind}/fields: the fields a kind accepts, the header words that fill each, what is required. */
export type ImportFields = Schemas['ImportFields'];
export type ImportField = ImportFields['fields'][number];

// ---------- Product usage (issue 4): sources, the event catalogue, feature mapping, usage ----------

/** What the catalogue counts: track events by name, page and screen views by name. */
export type EventType = Schemas['CatalogEvent']['type'];
export const EVENT_TYPES = valuesOf<EventType>()(['track', 'page', 'screen']);
/** Every Segment message type; the live stream shows all of them. */
export type MessageType = Schemas['StreamEvent']['type'];

/** A write-key holder that sends Segment-spec events (admin only). */
export type Source = Schemas['Source'];
/** The answer to revoking a source: the source, with its event figures. */
export type RevokedSource = Source;
/** The answer to creating a source: the only time the whole write key is sent. */
export type CreatedSource = Schemas['CreatedSource'];
export type SourceInput = JsonBody<paths['/api/v1/sources']['post']>;

export type CatalogEvent = Schemas['CatalogEvent'];
export type EventVolume = Schemas['EventVolume'];
/** One row of the event → feature mapping; GET and PUT /events/features carry `{ data: [...] }`. */
export type FeatureMapping = Schemas['FeatureMapping']['data'][number];
/**
 * `event: event` on /events/stream (admins only): one accepted message, as sent.
 * TODO(pages/events): previous_id is always sent (null but for alias calls); optional here until
 * the stream's test data carries it.
 */
export type StreamEvent = Omit<Schemas['StreamEvent'], 'previous_id'> &
  Partial<Pick<Schemas['StreamEvent'], 'previous_id'>>;
/** `event: rejected` on /events/stream: one item of a batch that was not accepted, and why. */
export type StreamRejection = Schemas['StreamRejection'];

export type AccountUsage = Schemas['AccountUsage'];
export type UsageDay = AccountUsage['days'][number];

// ---------- The customer's own success (issue 5): plans, templates, self-sufficiency, relationships ----------

/** A plan's or an objective's status. */
export type PlanStatus = Schemas['SuccessPlan']['status'];
export const PLAN_STATUSES = valuesOf<PlanStatus>()([
  'not_started',
  'on_track',
  'at_risk',
  'achieved',
  'abandoned',
]);

/** CX: the experience the customer has; CO: the outcome they get. */
export type ObjectiveType = Schemas['Objective']['type'];
export const OBJECTIVE_TYPES = valuesOf<ObjectiveType>()(['cx', 'co']);

export type ObjectiveKind = NonNullable<Schemas['Objective']['kind']>;
export const OBJECTIVE_KINDS = valuesOf<ObjectiveKind>()([
  'functional',
  'emotional',
  'adoption',
  'problem_solved',
  'lasting_results',
]);

/** The kinds each type allows (the server refuses a CX objective of kind adoption). */
export const KINDS_OF_TYPE: Record<ObjectiveType, readonly ObjectiveKind[]> = {
  cx: ['functional', 'emotional'],
  co: ['adoption', 'problem_solved', 'lasting_results'],
};

export type UsageMeasure = NonNullable<Schemas['Kpi']['usage']>['measure'];
export const USAGE_MEASURES = valuesOf<UsageMeasure>()([
  'dau',
  'wau',
  'mau',
  'seat_utilisation',
  'feature_weekly_users',
  'events_per_week',
]);

// A plan's items as the editor holds them: read from the server, or added and not saved yet.
export type Kpi = Unsaved<Schemas['Kpi'], 'id' | 'progress'>;
export type Milestone = Unsaved<Schemas['Milestone']>;
export type Objective = Omit<
  Unsaved<Schemas['Objective'], 'id' | 'progress'>,
  'kpis' | 'milestones'
> & {
  kpis: Kpi[];
  milestones: Milestone[];
};

export type SuccessPlan = Omit<Schemas['SuccessPlan'], 'objectives'> & { objectives: Objective[] };
/** PATCH /success-plans/{id}: the version read, and the fields changed (objectives: the whole list). */
export type SuccessPlanPatch = Patch<
  Pick<SuccessPlan, 'title' | 'definition' | 'status'> & { objectives: Objective[] }
>;

/** A template's items carry `due_in_days` (from the plan's start) instead of dates. */
export type TemplateObjective = Schemas['TemplateObjective'];
export type TemplateKpi = NonNullable<TemplateObjective['kpis']>[number];
export type TemplateMilestone = NonNullable<TemplateObjective['milestones']>[number];
export type SuccessPlanTemplate = Schemas['SuccessPlanTemplate'];
/** POST /success-plan-templates (admins and managers); the key never changes afterwards. */
export type SuccessPlanTemplateInput = Pick<
  SuccessPlanTemplate,
  'key' | 'name' | 'segment' | 'description' | 'duration_days' | 'objectives'
>;
export type SuccessPlanTemplatePatch = Patch<Omit<SuccessPlanTemplateInput, 'key'>>;

export type PlanHistoryEntry = Schemas['PlanHistoryEntry'];
export type PlanChange = PlanHistoryEntry['changes'][number];

/** 自走: how far the customer runs on its own, lowest first. */
export type SelfSufficiencyLevel = Schemas['SelfSufficiency']['level'];
export const SELF_SUFFICIENCY_LEVELS = valuesOf<SelfSufficiencyLevel>()([
  'dependent',
  'guided',
  'self_running',
  'advocate',
]);

export type SelfSufficiencyCriterion = Schemas['SelfSufficiencyCriterion'];
export type SelfSufficiencyAssessment = Schemas['SelfSufficiencyAssessment'];
export type SelfSufficiency = Schemas['SelfSufficiency'];

export type RelationshipMap = Schemas['RelationshipMap'];
export type RelationshipContact = RelationshipMap['contacts'][number];
export type RelationshipWarning = RelationshipMap['warnings'][number];
export const RELATIONSHIP_WARNINGS = valuesOf<RelationshipWarning>()([
  'single_threaded',
  'champion_departed',
  'no_active_champion',
]);

// ---------- The journey (issue 5): editable stages, transitions, rules, the board, the funnel ----------

export type JourneyStage = Schemas['JourneyStage'];
/** POST /journey/stages; PATCH sends `version` and the fields changed (the key never changes). */
export type JourneyStageInput = Omit<Schemas['JourneyStageFields'], 'id' | 'version'>;
export type JourneyStagePatch = Patch<Omit<JourneyStageInput, 'key'>>;

/** "Move accounts from these stages to that one when every condition holds." */
export type JourneyRule = Schemas['JourneyRule'];
export type RuleCondition = JourneyRule['conditions'][number];
export type RuleOp = RuleCondition['op'];
export const RULE_OPS = valuesOf<RuleOp>()(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']);
export type JourneyRuleInput = Omit<Schemas['JourneyRuleFields'], 'id' | 'version'>;
export type JourneyRulePatch = Patch<Omit<JourneyRuleInput, 'key'>>;

/** An account fact a journey rule or an ICP criterion can test. */
export type FieldInfo = Schemas['FieldInfo'];
export type JourneyRules = Schemas['JourneyRules'];
export type RuleRunResult = Schemas['RuleRunResult'];
export type RuleMove = RuleRunResult['moves'][number];

/** One move of an account between stages: by a person, the system, or a rule. */
export type JourneyTransition = Schemas['JourneyTransition'];
/** GET /accounts/{id}/journey. */
export type AccountJourney = Schemas['AccountJourney'];
export type RuleExplanation = AccountJourney['rules'][number];
export type JourneyMoveInput = JsonBody<paths['/api/v1/accounts/{id}/journey/moves']['post']>;
export type JourneyMoveResult = Schemas['JourneyMoveResult'];

export type JourneyBoard = Schemas['JourneyBoard'];
export type BoardStage = JourneyBoard['stages'][number];
export type BoardAccount = BoardStage['accounts'][number];
export type BoardQuery = Query<paths['/api/v1/journey/board']['get']>;

export type JourneyFunnel = Schemas['JourneyFunnel'];
export type FunnelStage = JourneyFunnel['stages'][number];
export type FunnelMoment = JourneyFunnel['moments'][number];
export type FunnelQuery = Query<paths['/api/v1/journey/funnel']['get']>;

// ---------- Sales hand-off and the ideal customer profile (issue 5) ----------

/** One criterion of the ideal customer profile, shared by sales and CS. */
export type IcpCriterion = Schemas['IcpCriterion'];
export type IcpOp = IcpCriterion['op'];
export const ICP_OPS = valuesOf<IcpOp>()(['in', 'gte', 'lte']);
export type IcpCriterionInput = Omit<Schemas['IcpCriterionFields'], 'id' | 'version'>;
export type IcpCriterionPatch = Patch<IcpCriterionInput>;
export type Icp = Schemas['Icp'];
/** GET /accounts/{id}/fit: how the account fits the profile now (no score without criteria). */
export type AccountFit = Schemas['Fit'];

export type Stakeholder = Schemas['Stakeholder'];
export type StakeholderRole = Stakeholder['role'];
export const STAKEHOLDER_ROLES = valuesOf<StakeholderRole>()([
  'champion',
  'decision_maker',
  'executive_sponsor',
  'user',
  'other',
]);

/** What sales hands over to CS when the deal closes (fit_score: null without ICP criteria). */
export type Handoff = Schemas['SalesHandoff'];
/** POST /accounts/{id}/handoff; `seed_plan` also seeds a success plan from the notes. */
export type HandoffInput = Omit<
  JsonBody<paths['/api/v1/accounts/{id}/handoff']['post']>,
  | 'id'
  | 'version'
  | 'account_id'
  | 'account_name'
  | 'handed_off_at'
  | 'handed_off_by'
  | 'handed_off_by_name'
  | 'fit_score'
  | 'fit'
  | 'plan_id'
>;
export type HandoffPatch = Patch<Omit<HandoffInput, 'seed_plan'>>;
export type HandoffCreated = Schemas['HandoffCreated'];
export type HandoffQuery = Query<paths['/api/v1/handoffs']['get']>;

// ---------- Health (issue 14): scores with their ledger, history, overrides, scorecards ----------

export type HealthBand = NonNullable<Schemas['AccountHealth']['band']>;
export const HEALTH_BANDS = valuesOf<HealthBand>()(['red', 'yellow', 'green']);

/** GET /accounts/{id}/health: the score, the band shown (an override's while one is in force), the ledger. */
export type AccountHealth = Schemas['AccountHealth'];
/** One measure's line of the ledger; the points of all lines sum to the score. */
export type HealthContribution = Schemas['HealthContribution'];
export type HealthMeasure = HealthContribution['measure'];
export type MeasureUnit = HealthContribution['unit'];
export type HealthOverride = Schemas['HealthOverride'];
/** POST /accounts/{id}/health/override: the band, why, and until when (in the future). */
export type HealthOverrideInput = JsonBody<paths['/api/v1/accounts/{id}/health/override']['post']>;
export type HealthHistory = Schemas['HealthHistory'];
export type HealthBandChange = Schemas['HealthBandChange'];
export type HealthDiff = Schemas['HealthDiff'];
export type HealthDiffMeasure = HealthDiff['measures'][number];

export type Scorecard = Schemas['Scorecard'];
export type ScorecardDefinition = Schemas['ScorecardDefinition'];
/** POST /scorecards: a tier's or a segment's (never both); 409 names `tier` or `segment_id` already scored. */
export type ScorecardInput = JsonBody<paths['/api/v1/scorecards']['post']>;
/** A band's scores, [from, to); the last also takes 100. */
export type BandRange = NonNullable<ScorecardDefinition['bands']>[number];
/** A measure of a scorecard as sent: unit and source are the server's (read-only). */
export type ScorecardMeasure = Omit<Schemas['ScorecardMeasure'], 'unit' | 'source'>;
export type Normalisation = NonNullable<ScorecardMeasure['normalisation']>;
export const NORMALISATIONS = valuesOf<Normalisation>()(['thresholds', 'percentile']);
export type MissingRule = NonNullable<ScorecardMeasure['missing']>;
export const MISSING_RULES = valuesOf<MissingRule>()(['leave_out', 'neutral', 'worst']);
/** GET /scorecards/measures: what a scorecard can weigh, with its unit, source and direction. */
export type MeasureInfo =
  paths['/api/v1/scorecards/measures']['get']['responses'][200]['content']['application/json']['data'][number];
export type HealthDistribution = Schemas['HealthDistribution'];

// ---------- The touch model: which tier each account gets, and the pyramid it makes ----------

/** GET /touch-model: the rules in order (the first that holds decides; none: tech touch), the capacities. */
export type TouchModel = Schemas['TouchModel'];
export type TouchRule = TouchModel['rules'][number];
/** The tiers a rule can give (tech touch is what no rule gives). */
export type RuleTier = TouchRule['tier'];
export const RULE_TIERS = valuesOf<RuleTier>()(['high_touch', 'low_touch']);
/** PUT /touch-model: the version read, the rules and capacities; 400 names `rules[0].tier`. */
export type TouchModelInput = JsonBody<paths['/api/v1/touch-model']['put']>;
/** GET /touch-model/pyramid: per tier, top first; the moves since the quarter started. */
export type TouchPyramid = Schemas['TouchPyramid'];
export type PyramidTier = TouchPyramid['tiers'][number];
export type HealthBacktest = Schemas['HealthBacktest'];
/** A candidate definition against the version in force (null while none is published). */
export interface ScorecardComparison<T> {
  candidate: T;
  published: T | null;
}

// ---------- Portfolio: the dashboard, revenue retention, lifetime value, segments ----------

/** The scope every portfolio answer takes: accounts of a tier, an owner, a segment. */
export type PortfolioScope = Query<paths['/api/v1/dashboard']['get']>;
/** GET /dashboard: outcomes first (retention, ARR at risk, LTV, plans, self-sufficiency), then health, then activity. */
export type Dashboard = Schemas['Dashboard'];
export type DashboardRetention = Dashboard['retention'];
export type DashboardLifetime = Dashboard['lifetime'];
/** A rate a revenue figure needs and lacks: the currency's amounts of that month are left out. */
export type MonthRateMissing = Schemas['MissingRate'];

export type RetentionPeriodKind = Schemas['RetentionReport']['period'];
export const RETENTION_PERIODS = valuesOf<RetentionPeriodKind>()(['month', 'quarter', 'ttm']);
/** GET /revenue/retention: the MRR bridge and the starting cohort's retention per period. */
export type RetentionReport = Schemas['RetentionReport'];
export type RetentionPeriod = Schemas['RetentionPeriod'];
export type RetentionQuery = Query<paths['/api/v1/revenue/retention']['get']>;

export type CohortBy = Schemas['CohortReport']['by'];
export const COHORT_BYS = valuesOf<CohortBy>()(['quarter', 'month']);
export type CohortMeasure = Schemas['CohortReport']['measure'];
export const COHORT_MEASURES = valuesOf<CohortMeasure>()(['revenue', 'logos']);
/** GET /revenue/cohorts: per cohort of first revenue, what is left at the end of each period. */
export type CohortReport = Schemas['CohortReport'];
export type CohortRow = Schemas['CohortRow'];
export type CohortQuery = Query<paths['/api/v1/revenue/cohorts']['get']>;

/** GET /revenue/lifetime: survival by tenure, the sBG fit, LTV and today's customers' residual value. */
export type Lifetime = Schemas['Lifetime'];
export type LifetimeQuery = Query<paths['/api/v1/revenue/lifetime']['get']>;
/** A change a back-dated contract change made to a closed month's figure. */
export type Restatement = Schemas['Restatement'];

/** A saved account filter, with the account list's query names. */
export type Segment = Schemas['Segment'];
export type AccountFilter = Schemas['AccountFilter'];
/** POST /segments; 400 names `filter.<name>`, 409 names a duplicate `name`. */
export type SegmentInput = Schemas['SegmentFields'];
/** PATCH /segments/{id}: the version read, and only what changes. */
export type SegmentPatch = Patch<SegmentInput>;
