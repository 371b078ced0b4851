// Typed calls to /api/v1, one function per endpoint the console uses.
import { buildUrl, http, request, type QueryValue } from './client';
import type {
  Account,
  AccountInput,
  AccountQuery,
  AccountUsage,
  CatalogEvent,
  CreatedSource,
  EventVolume,
  FeatureMapping,
  Contact,
  Contract,
  ImportEncoding,
  ImportKind,
  ImportResult,
  Page,
  PlanHistoryEntry,
  RelationshipMap,
  RevenueMovement,
  SelfSufficiency,
  SelfSufficiencyAssessment,
  Session,
  RevokedSource,
  Source,
  SourceInput,
  SuccessPlan,
  SuccessPlanPatch,
  SuccessPlanTemplate,
  Survey,
  TimelineEntry,
  Touchpoint,
  User,
} from './types';

export { ApiError, onUnauthorized, setCsrfToken } from './client';
export * from './types';

const V1 = '/api/v1';

/** Follows next_cursor until the end (or maxPages), for the small per-account lists. */
async function fetchAll<T>(path: string, query: Record<string, QueryValue>, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
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

export const api = {
  login: (email: string, password: string) =>
    request<Session>('POST', `${V1}/auth/login`, { body: { email, password }, allowUnauthorized: true }),
  me: () => request<Session>('GET', `${V1}/auth/me`, { allowUnauthorized: true }),
  logout: () => request<void>('POST', `${V1}/auth/logout`, { allowUnauthorized: true }),

  users: (signal?: AbortSignal) => http.get<{ data: User[] }>(`${V1}/users`, undefined, signal),

  accounts: (query: AccountQuery, signal?: AbortSignal) =>
    http.get<Page<Account>>(`${V1}/accounts`, { ...query }, signal),
  account: (id: number, signal?: AbortSignal) => http.get<Account>(`${V1}/accounts/${id}`, undefined, signal),
  createAccount: (fields: AccountInput) => http.post<Account>(`${V1}/accounts`, fields),
  /** `version` is the one read: a stale one answers 409 conflict. */
  updateAccount: (id: number, version: number, fields: Partial<AccountInput>) =>
    http.patch<Account>(`${V1}/accounts/${id}`, { ...fields, version }),
  deleteAccount: (id: number) => http.del(`${V1}/accounts/${id}`),
  timeline: (accountId: number, cursor: string | null, signal?: AbortSignal) =>
    http.get<Page<TimelineEntry>>(`${V1}/accounts/${accountId}/timeline`, { limit: 50, cursor }, signal),

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

  /** dryRun=true previews; a real import with any rejected row answers 422 with the same body. */
  importCsv: (kind: ImportKind, file: Blob, encoding: ImportEncoding, dryRun: boolean) =>
    request<ImportResult>('POST', `${V1}/imports/${kind}`, {
      query: { dry_run: dryRun, encoding },
      body: file,
      contentType: 'text/csv',
    }),

  // Product usage (issue 4). Dates are `YYYY-MM-DD`, both ends included.
  sources: (signal?: AbortSignal) => http.get<{ data: Source[] }>(`${V1}/sources`, undefined, signal),
  /** The answer carries the write key: the only time it is ever shown. */
  createSource: (input: SourceInput) => http.post<CreatedSource>(`${V1}/sources`, input),
  revokeSource: (id: number) => http.post<RevokedSource>(`${V1}/sources/${id}/revoke`),
  eventCatalog: (signal?: AbortSignal) => http.get<CatalogEvent[]>(`${V1}/events/catalog`, undefined, signal),
  eventVolume: (from: string, to: string, name: string | null, signal?: AbortSignal) =>
    http.get<EventVolume>(`${V1}/events/volume`, { from, to, name }, signal),
  featureMapping: (signal?: AbortSignal) => http.get<{ data: FeatureMapping[] }>(`${V1}/events/features`, undefined, signal),
  /** Replaces the whole mapping; answers the new one. A refused row is named `data[i].event_name` / `data[i].feature`. */
  saveFeatureMapping: (data: FeatureMapping[]) => http.put<{ data: FeatureMapping[] }>(`${V1}/events/features`, { data }),
  /** For EventSource (same-origin, the session cookie goes with it). Admins only: it shows raw traits. */
  eventStreamUrl: (sourceId: number | null) => buildUrl(`${V1}/events/stream`, { source_id: sourceId }),
  accountUsage: (accountId: number, from: string, to: string, signal?: AbortSignal) =>
    http.get<AccountUsage>(`${V1}/accounts/${accountId}/usage`, { from, to }, signal),

  // The customer's own success (issue 5).
  successPlans: (accountId: number, signal?: AbortSignal) =>
    http.get<{ data: SuccessPlan[] }>(`${V1}/accounts/${accountId}/success-plans`, undefined, signal),
  successPlan: (id: number, signal?: AbortSignal) => http.get<SuccessPlan>(`${V1}/success-plans/${id}`, undefined, signal),
  /** `startsOn` counts the template's due dates; the caller becomes the plan's CSM. */
  createPlanFromTemplate: (accountId: number, templateKey: string, startsOn: string) =>
    http.post<SuccessPlan>(`${V1}/success-plans/from-template`, { account_id: accountId, template_key: templateKey, starts_on: startsOn }),
  /** Objectives, when sent, replace the list (items keep their ids); a stale version answers 409. */
  updatePlan: (id: number, patch: SuccessPlanPatch) => http.patch<SuccessPlan>(`${V1}/success-plans/${id}`, patch),
  planHistory: (id: number, signal?: AbortSignal) => http.get<{ data: PlanHistoryEntry[] }>(`${V1}/success-plans/${id}/history`, undefined, signal),
  planTemplates: (signal?: AbortSignal) => http.get<{ data: SuccessPlanTemplate[] }>(`${V1}/success-plan-templates`, undefined, signal),
  selfSufficiency: (accountId: number, signal?: AbortSignal) =>
    http.get<SelfSufficiency>(`${V1}/accounts/${accountId}/self-sufficiency`, undefined, signal),
  /** The level is the server's: the highest whose criteria, and those of every level below, are met. */
  assessSelfSufficiency: (accountId: number, met: number[], note: string) =>
    http.post<SelfSufficiencyAssessment>(`${V1}/accounts/${accountId}/self-sufficiency`, { met, note }),
  relationships: (accountId: number, signal?: AbortSignal) =>
    http.get<RelationshipMap>(`${V1}/accounts/${accountId}/relationships`, undefined, signal),
};
