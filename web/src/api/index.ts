// Typed calls to /api/v1, one function per endpoint the console uses.
import { ApiError, buildUrl, download, http, request, type QueryValue } from './client';
import type {
  Account,
  AccountBulkInput,
  AccountBulkResult,
  ApiToken,
  AccountFit,
  AccountHealth,
  AccountInput,
  AccountJourney,
  BoardQuery,
  FunnelQuery,
  Handoff,
  HandoffCreated,
  HandoffInput,
  HandoffPatch,
  HandoffQuery,
  Icp,
  IcpCriterion,
  IcpCriterionInput,
  IcpCriterionPatch,
  JourneyBoard,
  JourneyFunnel,
  JourneyMoveInput,
  JourneyMoveResult,
  JourneyRule,
  JourneyRuleInput,
  JourneyRulePatch,
  JourneyRules,
  JourneyStage,
  JourneyStageInput,
  JourneyStagePatch,
  MeasureInfo,
  RuleRunResult,
  AccountQuery,
  AccountUsage,
  CatalogEvent,
  CreatedSource,
  EventVolume,
  ExportEncoding,
  ExportList,
  FeatureMapping,
  Contact,
  ContactInput,
  ContactMoved,
  ContactMoveInput,
  ContactPatch,
  Contract,
  ContractInput,
  ContractPatch,
  FxRate,
  FxRateInput,
  FxRatePatch,
  FxRates,
  HealthBacktest,
  HealthDiff,
  HealthDistribution,
  HealthHistory,
  HealthOverride,
  HealthOverrideInput,
  ImportEncoding,
  ImportFields,
  ImportMapping,
  ImportResult,
  ImportSource,
  ImportTarget,
  Page,
  PlanHistoryEntry,
  RelationshipMap,
  Renewals,
  RenewalQuery,
  RevenueMovement,
  RevenueSettings,
  RevenueSettingsPatch,
  SelfSufficiency,
  SelfSufficiencyAssessment,
  Session,
  RevokedSource,
  Scorecard,
  ScorecardComparison,
  ScorecardDefinition,
  ScorecardInput,
  Source,
  SourceInput,
  StaffUser,
  StaffUserInput,
  StaffUserPatch,
  SuccessPlan,
  SuccessPlanPatch,
  SuccessPlanTemplate,
  SuccessPlanTemplateInput,
  SuccessPlanTemplatePatch,
  Survey,
  SurveyInput,
  SurveyResponse,
  TimelineEntry,
  TouchModel,
  TouchModelInput,
  TouchPyramid,
  Touchpoint,
  PortfolioScope,
  Dashboard,
  RetentionQuery,
  RetentionReport,
  CohortQuery,
  CohortReport,
  LifetimeQuery,
  Lifetime,
  Restatement,
  Segment,
  SegmentInput,
  SegmentPatch,
  TouchpointInput,
  TouchpointPatch,
} from './types';

export { ApiError, onUnauthorized, setCsrfToken, type DownloadedFile } from './client';
export * from './types';

const V1 = '/api/v1';

/** Follows next_cursor until the end (or maxPages), for the small per-account lists. */
async function fetchAll<T>(
  path: string,
  query: Record<string, QueryValue>,
  signal?: AbortSignal,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await http.get<Page<T>>(path, { ...query, limit: 200, cursor }, signal);
    items.push(...result.data);
    cursor = result.next_cursor;
    if (!cursor) break;
  }
  return items;
}

/** A list's filters and sort, as its own GET takes them; empty values are left out. */
export type ExportQuery = Record<string, QueryValue>;

/** An export's query: the encoding and the list's filters, without a page (limit, cursor). */
function exportQuery(encoding: ExportEncoding, query: ExportQuery): ExportQuery {
  return { encoding, ...query, limit: undefined, cursor: undefined };
}

export const api = {
  login: (email: string, password: string) =>
    request<Session>('POST', `${V1}/auth/login`, {
      body: { email, password },
      allowUnauthorized: true,
    }),
  me: () => request<Session>('GET', `${V1}/auth/me`, { allowUnauthorized: true }),
  logout: () => request<void>('POST', `${V1}/auth/logout`, { allowUnauthorized: true }),

  users: (signal?: AbortSignal) =>
    http.get<{ data: StaffUser[] }>(`${V1}/users`, undefined, signal),

  // Staff management (admins). A disabled user's sessions and tokens stop working at once.
  user: (id: number, signal?: AbortSignal) =>
    http.get<StaffUser>(`${V1}/users/${id}`, undefined, signal),
  /** A weak password answers 400 naming `password`, with the reason to show. */
  createUser: (input: StaffUserInput) => http.post<StaffUser>(`${V1}/users`, input),
  /** 409 naming `version` when stale; naming `role` or `disabled` when no enabled admin would be left. */
  updateUser: (id: number, patch: StaffUserPatch) =>
    http.patch<StaffUser>(`${V1}/users/${id}`, patch),
  /** Ends every session of the user as well. */
  resetUserPassword: (id: number, password: string) =>
    http.post<void>(`${V1}/users/${id}/password`, { password }),
  endUserSessions: (id: number) =>
    request<{ ended: number }>('DELETE', `${V1}/users/${id}/sessions`),
  userTokens: (id: number, signal?: AbortSignal) =>
    http.get<{ data: ApiToken[] }>(`${V1}/users/${id}/tokens`, undefined, signal),
  /** Revoking a revoked token changes nothing. */
  revokeToken: (id: number) => http.del(`${V1}/tokens/${id}`),
  /** Clears the back-off that failed sign-ins put on the user's email. */
  clearSignInLock: (id: number) => http.del(`${V1}/users/${id}/sign-in-lock`),

  accounts: (query: AccountQuery, signal?: AbortSignal) =>
    http.get<Page<Account>>(`${V1}/accounts`, { ...query }, signal),
  account: (id: number, signal?: AbortSignal) =>
    http.get<Account>(`${V1}/accounts/${id}`, undefined, signal),
  createAccount: (fields: AccountInput) => http.post<Account>(`${V1}/accounts`, fields),
  /** `version` is the one read: a stale one answers 409 conflict. */
  updateAccount: (id: number, version: number, fields: Partial<AccountInput>) =>
    http.patch<Account>(`${V1}/accounts/${id}`, { ...fields, version }),
  deleteAccount: (id: number) => http.del(`${V1}/accounts/${id}`),
  /** One change for the selection, made for all of them or for none. */
  bulkUpdateAccounts: (input: AccountBulkInput) =>
    http.post<AccountBulkResult>(`${V1}/accounts/bulk`, input),
  timeline: (accountId: number, cursor: string | null, signal?: AbortSignal) =>
    http.get<Page<TimelineEntry>>(
      `${V1}/accounts/${accountId}/timeline`,
      { limit: 50, cursor },
      signal,
    ),

  contacts: (accountId: number, signal?: AbortSignal) =>
    fetchAll<Contact>(`${V1}/contacts`, { account_id: accountId }, signal),
  contracts: (accountId: number, signal?: AbortSignal) =>
    fetchAll<Contract>(`${V1}/contracts`, { account_id: accountId }, signal),
  revenueMovements: (accountId: number, signal?: AbortSignal) =>
    fetchAll<RevenueMovement>(`${V1}/revenue-movements`, { account_id: accountId }, signal),
  touchpoints: (accountId: number, signal?: AbortSignal) =>
    fetchAll<Touchpoint>(`${V1}/touchpoints`, { account_id: accountId }, signal),
  surveys: (accountId: number, signal?: AbortSignal) =>
    fetchAll<Survey>(`${V1}/surveys`, { account_id: accountId }, signal),

  // Recording and editing (PATCH sends the version read: a stale one answers 409 naming
  // `version`; a refused field answers 400 naming it).
  /** The author is the signed-in user. */
  createTouchpoint: (input: TouchpointInput) => http.post<Touchpoint>(`${V1}/touchpoints`, input),
  touchpoint: (id: number, signal?: AbortSignal) =>
    http.get<Touchpoint>(`${V1}/touchpoints/${id}`, undefined, signal),
  updateTouchpoint: (id: number, patch: TouchpointPatch) =>
    http.patch<Touchpoint>(`${V1}/touchpoints/${id}`, patch),
  /** Admins and managers. */
  deleteTouchpoint: (id: number) => http.del(`${V1}/touchpoints/${id}`),
  /** The answer's account is its contact's. */
  createSurvey: (input: SurveyInput) => http.post<SurveyResponse>(`${V1}/surveys`, input),
  createContact: (input: ContactInput) => http.post<Contact>(`${V1}/contacts`, input),
  contact: (id: number, signal?: AbortSignal) =>
    http.get<Contact>(`${V1}/contacts/${id}`, undefined, signal),
  updateContact: (id: number, patch: ContactPatch) =>
    http.patch<Contact>(`${V1}/contacts/${id}`, patch),
  /** The person left for another customer: departed here, a new contact there linked back; 409 once moved. */
  moveContact: (id: number, input: ContactMoveInput) =>
    http.post<ContactMoved>(`${V1}/contacts/${id}/moves`, input),
  /** Admins and managers; the account's revenue and ARR are worked out again in the same step. */
  createContract: (input: ContractInput) => http.post<Contract>(`${V1}/contracts`, input),
  contract: (id: number, signal?: AbortSignal) =>
    http.get<Contract>(`${V1}/contracts/${id}`, undefined, signal),
  updateContract: (id: number, patch: ContractPatch) =>
    http.patch<Contract>(`${V1}/contracts/${id}`, patch),

  /**
   * dryRun=true previews; a real import with any rejected row answers 422 with the same body.
   * A mapping wins over the automatic one (and, with a source, a real import remembers it); a
   * source without a mapping uses the one remembered for it.
   */
  importCsv: (
    kind: ImportTarget,
    file: Blob,
    encoding: ImportEncoding,
    dryRun: boolean,
    { mapping, source }: { mapping?: ImportMapping | null; source?: ImportSource | null } = {},
  ) =>
    request<ImportResult>('POST', `${V1}/imports/${kind}`, {
      query: {
        dry_run: dryRun,
        encoding,
        mapping: mapping && Object.keys(mapping).length > 0 ? JSON.stringify(mapping) : null,
        source,
      },
      body: file,
      contentType: 'text/csv',
    }),
  /** The fields an import of this kind accepts, with the header words that fill each. */
  importFields: (kind: ImportTarget, signal?: AbortSignal) =>
    http.get<ImportFields>(`${V1}/imports/${kind}/fields`, undefined, signal),

  // Money in one reporting currency, and renewals (admins and managers write).
  revenueSettings: (signal?: AbortSignal) =>
    http.get<RevenueSettings>(`${V1}/settings/revenue`, undefined, signal),
  /** A new reporting currency converts every account's ARR again; a stale version answers 409. */
  updateRevenueSettings: (patch: RevenueSettingsPatch) =>
    http.patch<RevenueSettings>(`${V1}/settings/revenue`, patch),
  fxRates: (signal?: AbortSignal) => http.get<FxRates>(`${V1}/fx-rates`, undefined, signal),
  /** 409 naming `month` when the currency has a rate for that month already. */
  createFxRate: (input: FxRateInput) => http.post<FxRate>(`${V1}/fx-rates`, input),
  fxRate: (id: number, signal?: AbortSignal) =>
    http.get<FxRate>(`${V1}/fx-rates/${id}`, undefined, signal),
  updateFxRate: (id: number, patch: FxRatePatch) =>
    http.patch<FxRate>(`${V1}/fx-rates/${id}`, patch),
  deleteFxRate: (id: number) => http.del(`${V1}/fx-rates/${id}`),
  // CSV exports: every page of a list, filtered and sorted as its own GET takes them, in the
  // import columns (so that they import back).
  /** The export's address: the encoding, then the list's filters; never a page (limit, cursor). */
  exportUrl: (list: ExportList, encoding: ExportEncoding, query: ExportQuery = {}) =>
    buildUrl(`${V1}/exports/${list}`, exportQuery(encoding, query)),
  /** The file as the server wrote it, and the name it gives; a refusal is an ApiError. */
  exportCsv: (list: ExportList, encoding: ExportEncoding, query: ExportQuery = {}) =>
    download(`${V1}/exports/${list}`, exportQuery(encoding, query), 'text/csv'),
  /** Contracts due for renewal (or overdue within the grace days), soonest end first. */
  renewals: (query: RenewalQuery, signal?: AbortSignal) =>
    http.get<Renewals>(`${V1}/renewals`, { ...query }, signal),

  // Product usage (issue 4). Dates are `YYYY-MM-DD`, both ends included.
  sources: (signal?: AbortSignal) =>
    http.get<{ data: Source[] }>(`${V1}/sources`, undefined, signal),
  /** The answer carries the write key: the only time it is ever shown. */
  createSource: (input: SourceInput) => http.post<CreatedSource>(`${V1}/sources`, input),
  revokeSource: (id: number) => http.post<RevokedSource>(`${V1}/sources/${id}/revoke`),
  eventCatalog: (signal?: AbortSignal) =>
    http.get<CatalogEvent[]>(`${V1}/events/catalog`, undefined, signal),
  eventVolume: (from: string, to: string, name: string | null, signal?: AbortSignal) =>
    http.get<EventVolume>(`${V1}/events/volume`, { from, to, name }, signal),
  featureMapping: (signal?: AbortSignal) =>
    http.get<{ data: FeatureMapping[] }>(`${V1}/events/features`, undefined, signal),
  /** Replaces the whole mapping; answers the new one. A refused row is named `data[i].event_name` / `data[i].feature`. */
  saveFeatureMapping: (data: FeatureMapping[]) =>
    http.put<{ data: FeatureMapping[] }>(`${V1}/events/features`, { data }),
  /** For EventSource (same-origin, the session cookie goes with it). Admins only: it shows raw traits. */
  eventStreamUrl: (sourceId: number | null) =>
    buildUrl(`${V1}/events/stream`, { source_id: sourceId }),
  accountUsage: (accountId: number, from: string, to: string, signal?: AbortSignal) =>
    http.get<AccountUsage>(`${V1}/accounts/${accountId}/usage`, { from, to }, signal),

  // The customer's own success (issue 5).
  successPlans: (accountId: number, signal?: AbortSignal) =>
    http.get<{ data: SuccessPlan[] }>(
      `${V1}/accounts/${accountId}/success-plans`,
      undefined,
      signal,
    ),
  successPlan: (id: number, signal?: AbortSignal) =>
    http.get<SuccessPlan>(`${V1}/success-plans/${id}`, undefined, signal),
  /** `startsOn` counts the template's due dates; the caller becomes the plan's CSM. */
  createPlanFromTemplate: (accountId: number, templateKey: string, startsOn: string) =>
    http.post<SuccessPlan>(`${V1}/success-plans/from-template`, {
      account_id: accountId,
      template_key: templateKey,
      starts_on: startsOn,
    }),
  /** Objectives, when sent, replace the list (items keep their ids); a stale version answers 409. */
  updatePlan: (id: number, patch: SuccessPlanPatch) =>
    http.patch<SuccessPlan>(`${V1}/success-plans/${id}`, patch),
  planHistory: (id: number, signal?: AbortSignal) =>
    http.get<{ data: PlanHistoryEntry[] }>(`${V1}/success-plans/${id}/history`, undefined, signal),
  planTemplates: (signal?: AbortSignal) =>
    http.get<{ data: SuccessPlanTemplate[] }>(`${V1}/success-plan-templates`, undefined, signal),
  planTemplate: (key: string, signal?: AbortSignal) =>
    http.get<SuccessPlanTemplate>(
      `${V1}/success-plan-templates/${encodeURIComponent(key)}`,
      undefined,
      signal,
    ),
  /** Admins and managers; 409 naming `key` when the key is taken. */
  createPlanTemplate: (input: SuccessPlanTemplateInput) =>
    http.post<SuccessPlanTemplate>(`${V1}/success-plan-templates`, input),
  /** A 400 names the template's field (`objectives[0].kpis[1].target`). */
  updatePlanTemplate: (key: string, patch: SuccessPlanTemplatePatch) =>
    http.patch<SuccessPlanTemplate>(
      `${V1}/success-plan-templates/${encodeURIComponent(key)}`,
      patch,
    ),
  /** Plans made from it keep their content. */
  deletePlanTemplate: (key: string) =>
    http.del(`${V1}/success-plan-templates/${encodeURIComponent(key)}`),
  selfSufficiency: (accountId: number, signal?: AbortSignal) =>
    http.get<SelfSufficiency>(`${V1}/accounts/${accountId}/self-sufficiency`, undefined, signal),
  /** The level is the server's: the highest whose criteria, and those of every level below, are met. */
  assessSelfSufficiency: (accountId: number, met: number[], note: string) =>
    http.post<SelfSufficiencyAssessment>(`${V1}/accounts/${accountId}/self-sufficiency`, {
      met,
      note,
    }),
  relationships: (accountId: number, signal?: AbortSignal) =>
    http.get<RelationshipMap>(`${V1}/accounts/${accountId}/relationships`, undefined, signal),

  // The journey (issue 5): editable stages, rules, each account's moves, the board and the funnel.
  journeyStages: (signal?: AbortSignal) =>
    http.get<{ data: JourneyStage[] }>(`${V1}/journey/stages`, undefined, signal),
  createJourneyStage: (input: JourneyStageInput) =>
    http.post<JourneyStage>(`${V1}/journey/stages`, input),
  updateJourneyStage: (id: number, patch: JourneyStagePatch) =>
    http.patch<JourneyStage>(`${V1}/journey/stages/${id}`, patch),
  /** 409 while accounts are in the stage or a rule names it. */
  deleteJourneyStage: (id: number) => http.del(`${V1}/journey/stages/${id}`),
  journeyRules: (signal?: AbortSignal) =>
    http.get<JourneyRules>(`${V1}/journey/rules`, undefined, signal),
  createJourneyRule: (input: JourneyRuleInput) =>
    http.post<JourneyRule>(`${V1}/journey/rules`, input),
  /** A condition on an unknown field answers 400 naming `conditions[i].field`. */
  updateJourneyRule: (id: number, patch: JourneyRulePatch) =>
    http.patch<JourneyRule>(`${V1}/journey/rules/${id}`, patch),
  deleteJourneyRule: (id: number) => http.del(`${V1}/journey/rules/${id}`),
  /** dryRun=true says what would move and moves nothing. */
  runJourneyRules: (dryRun: boolean, accountId?: number) =>
    http.post<RuleRunResult>(
      `${V1}/journey/rules/run`,
      accountId === undefined ? { dry_run: dryRun } : { dry_run: dryRun, account_id: accountId },
    ),
  accountJourney: (accountId: number, signal?: AbortSignal) =>
    http.get<AccountJourney>(`${V1}/accounts/${accountId}/journey`, undefined, signal),
  /** 400 naming `to` for an unknown stage or the one it is in; 409 when `version` is stale. */
  moveAccount: (accountId: number, input: JourneyMoveInput) =>
    http.post<JourneyMoveResult>(`${V1}/accounts/${accountId}/journey/moves`, input),
  journeyBoard: (query: BoardQuery, signal?: AbortSignal) =>
    http.get<JourneyBoard>(`${V1}/journey/board`, { ...query }, signal),
  journeyFunnel: (query: FunnelQuery, signal?: AbortSignal) =>
    http.get<JourneyFunnel>(`${V1}/journey/funnel`, { ...query }, signal),

  // Sales hand-off and the ideal customer profile (issue 5).
  icp: (signal?: AbortSignal) => http.get<Icp>(`${V1}/icp`, undefined, signal),
  createIcpCriterion: (input: IcpCriterionInput) =>
    http.post<IcpCriterion>(`${V1}/icp/criteria`, input),
  updateIcpCriterion: (id: number, patch: IcpCriterionPatch) =>
    http.patch<IcpCriterion>(`${V1}/icp/criteria/${id}`, patch),
  deleteIcpCriterion: (id: number) => http.del(`${V1}/icp/criteria/${id}`),
  accountFit: (accountId: number, signal?: AbortSignal) =>
    http.get<AccountFit>(`${V1}/accounts/${accountId}/fit`, undefined, signal),
  /** Null while the account has no hand-off (the server answers 404). */
  handoff: async (accountId: number, signal?: AbortSignal): Promise<Handoff | null> => {
    try {
      return await http.get<Handoff>(`${V1}/accounts/${accountId}/handoff`, undefined, signal);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 404) return null;
      throw cause;
    }
  },
  /** 409 when the account already has one. */
  createHandoff: (accountId: number, input: HandoffInput) =>
    http.post<HandoffCreated>(`${V1}/accounts/${accountId}/handoff`, input),
  updateHandoff: (id: number, patch: HandoffPatch) =>
    http.patch<Handoff>(`${V1}/handoffs/${id}`, patch),
  /** A success plan seeded from the notes; the hand-off's plan_id is set to it. */
  planFromHandoff: (id: number, templateKey: string | null) =>
    http.post<SuccessPlan>(
      `${V1}/handoffs/${id}/plan`,
      templateKey ? { template_key: templateKey } : {},
    ),
  /** Newest first: the poor-fit list. */
  handoffs: (query: HandoffQuery, signal?: AbortSignal) =>
    http.get<Page<Handoff>>(`${V1}/handoffs`, { ...query }, signal),
  // Health (issue 14): each account's score and why, its history, overrides; the scorecards.
  accountHealth: (accountId: number, signal?: AbortSignal) =>
    http.get<AccountHealth>(`${V1}/accounts/${accountId}/health`, undefined, signal),
  /** Daily snapshots from `from` to `to` (both `YYYY-MM-DD`), and the band changes between. */
  healthHistory: (accountId: number, from: string, to: string, signal?: AbortSignal) =>
    http.get<HealthHistory>(`${V1}/accounts/${accountId}/health/history`, { from, to }, signal),
  /** Each measure's raw value and points on both days. */
  healthDiff: (accountId: number, from: string, to: string, signal?: AbortSignal) =>
    http.get<HealthDiff>(`${V1}/accounts/${accountId}/health/diff`, { from, to }, signal),
  /** Replaces any override in force; 400 naming `reason` or `expires_at` (not in the future). */
  setHealthOverride: (accountId: number, input: HealthOverrideInput) =>
    http.post<HealthOverride>(`${V1}/accounts/${accountId}/health/override`, input),
  endHealthOverride: (accountId: number) => http.del(`${V1}/accounts/${accountId}/health/override`),
  scorecards: (signal?: AbortSignal) =>
    http.get<{ data: Scorecard[] }>(`${V1}/scorecards`, undefined, signal),
  scorecard: (id: number, signal?: AbortSignal) =>
    http.get<Scorecard>(`${V1}/scorecards/${id}`, undefined, signal),
  scorecardMeasures: (signal?: AbortSignal) =>
    http.get<{ data: MeasureInfo[] }>(`${V1}/scorecards/measures`, undefined, signal),
  /** A new scorecard starts as a draft (version 1, not scoring until published). */
  createScorecard: (input: ScorecardInput) => http.post<Scorecard>(`${V1}/scorecards`, input),
  /** `version` is the scorecard's, as read: a stale one answers 409; a refused field is named `definition.measures[2].weight`. */
  saveScorecardDraft: (id: number, version: number, definition: ScorecardDefinition) =>
    http.put<Scorecard>(`${V1}/scorecards/${id}/draft`, { version, definition }),
  discardScorecardDraft: (id: number, version: number) =>
    request<void>('DELETE', `${V1}/scorecards/${id}/draft`, { query: { version } }),
  /** The draft becomes the version in force; every account is scored again by it. */
  publishScorecard: (id: number, version: number) =>
    http.post<Scorecard>(`${V1}/scorecards/${id}/publish`, { version }),
  /** Today's distribution under `definition` (the saved draft, else the version in force, when none). */
  previewScorecard: (id: number, definition: ScorecardDefinition | null, signal?: AbortSignal) =>
    http.post<ScorecardComparison<HealthDistribution>>(
      `${V1}/scorecards/${id}/preview`,
      definition ? { definition } : {},
      { signal },
    ),
  /** How well the score would have foretold churn at `months` monthly dates. */
  backtestScorecard: (
    id: number,
    definition: ScorecardDefinition | null,
    months: number,
    signal?: AbortSignal,
  ) =>
    http.post<ScorecardComparison<HealthBacktest>>(
      `${V1}/scorecards/${id}/backtest`,
      definition ? { definition } : {},
      { query: { months }, signal },
    ),
  // The touch model (everyone reads; those who may configure success replace it).
  touchModel: (signal?: AbortSignal) =>
    http.get<TouchModel>(`${V1}/touch-model`, undefined, signal),
  /** Every account moves to the tier the new rules give; a stale version answers 409. */
  saveTouchModel: (input: TouchModelInput) => http.put<TouchModel>(`${V1}/touch-model`, input),
  touchPyramid: (signal?: AbortSignal) =>
    http.get<TouchPyramid>(`${V1}/touch-model/pyramid`, undefined, signal),

  // The portfolio: every answer takes the scope (?tier=, ?owner_id=, ?segment_id=).
  dashboard: (scope: PortfolioScope, signal?: AbortSignal) =>
    http.get<Dashboard>(`${V1}/dashboard`, scope, signal),
  retention: (query: RetentionQuery, signal?: AbortSignal) =>
    http.get<RetentionReport>(`${V1}/revenue/retention`, query, signal),
  cohorts: (query: CohortQuery, signal?: AbortSignal) =>
    http.get<CohortReport>(`${V1}/revenue/cohorts`, query, signal),
  lifetime: (query: LifetimeQuery, signal?: AbortSignal) =>
    http.get<Lifetime>(`${V1}/revenue/lifetime`, query, signal),
  restatements: (signal?: AbortSignal) =>
    http.get<{ data: Restatement[] }>(`${V1}/revenue/restatements`, { limit: 500 }, signal),

  // Segments: saved account filters (everyone reads; those who may change accounts save them).
  segments: (signal?: AbortSignal) =>
    http.get<{ data: Segment[] }>(`${V1}/segments`, undefined, signal),
  segment: (id: number, signal?: AbortSignal) =>
    http.get<Segment>(`${V1}/segments/${id}`, undefined, signal),
  createSegment: (input: SegmentInput) => http.post<Segment>(`${V1}/segments`, input),
  updateSegment: (id: number, patch: SegmentPatch) =>
    http.patch<Segment>(`${V1}/segments/${id}`, patch),
  deleteSegment: (id: number) => http.del(`${V1}/segments/${id}`),
};
