// CSV imports in tests. IMPORT_FIELD_NAMES mirrors the server's field lists (CanonicalFields in
// src/importer/header_mapping.cpp, answered by GET /api/v1/imports/{kind}/fields): a field added
// there is added here, and the catalogue check (fieldLabels.test.ts) then fails until the field
// is worded in both languages. e2e/imports.mjs compares this list with the running server's.
import type { ImportFields, ImportResult, ImportTarget } from '../api';

export const IMPORT_FIELD_NAMES: Record<ImportTarget, readonly string[]> = {
  accounts: [
    'external_id',
    'name',
    'name_kana',
    'domain',
    'industry',
    'employee_band',
    'employees',
    'country',
    'currency',
    'owner',
    'tier_override',
    'journey_stage',
    'start_date',
    'renewal_date',
  ],
  contacts: [
    'external_id',
    'account_external_id',
    'name',
    'last_name',
    'first_name',
    'email',
    'title',
    'role',
    'phone',
    'language',
    'marketing_consent',
    'departed',
  ],
  contracts: [
    'external_id',
    'account_external_id',
    'product',
    'start_date',
    'end_date',
    'amount',
    'currency',
    'billing_period',
    'seats',
  ],
  touchpoints: [
    'external_id',
    'account_external_id',
    'kind',
    'occurred_at',
    'summary',
    'sentiment',
    'contact_email',
    'author',
  ],
  tickets: [
    'external_id',
    'account_external_id',
    'organization',
    'contact_email',
    'subject',
    'priority',
    'status',
    'opened_at',
    'solved_at',
  ],
  fx_rates: ['month', 'currency', 'rate'],
};

const REQUIRED: Record<ImportTarget, string[][]> = {
  accounts: [['name']],
  contacts: [['email', 'name', 'last_name', 'first_name'], ['account_external_id']],
  contracts: [['account_external_id'], ['start_date'], ['amount']],
  touchpoints: [['account_external_id'], ['occurred_at'], ['summary']],
  tickets: [['account_external_id', 'organization', 'contact_email'], ['subject'], ['opened_at']],
  fx_rates: [['month'], ['currency'], ['rate']],
};

/** A few of the server's header words, enough for the tests to find. */
const HEADERS: Record<string, string[]> = {
  'accounts.name': ['Account Name', '顧客名', '会社名'],
  'accounts.domain': ['Website', 'ドメイン'],
  'accounts.owner': ['Owner', '担当者', 'オーナー'],
  'accounts.renewal_date': ['更新日', '契約更新日'],
  'touchpoints.summary': ['Subject', '件名', '内容'],
};

const EXAMPLES: Record<string, string> = {
  'accounts.name': '株式会社かもめ物流',
  'accounts.domain': 'kamome-logistics.example',
  'accounts.renewal_date': '2027-03-31',
  'touchpoints.kind': 'meeting',
  'touchpoints.summary': '定例会, 次回は "QBR"',
};

/** What GET /api/v1/imports/{kind}/fields answers for `kind`. */
export function importFieldsFixture(kind: ImportTarget): ImportFields {
  return {
    kind,
    fields: IMPORT_FIELD_NAMES[kind].map((name) => ({
      name,
      headers: HEADERS[`${kind}.${name}`] ?? [],
      example: EXAMPLES[`${kind}.${name}`] ?? `${name}-1`,
    })),
    required: REQUIRED[kind],
    custom_attributes: kind === 'accounts',
  };
}

export function importReportFixture(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    kind: 'accounts',
    dry_run: true,
    encoding: 'utf-8',
    total_rows: 3,
    inserted: 2,
    updated: 1,
    rejected_count: 0,
    rejected: [],
    columns: [
      { header: '顧客名', field: 'name', ignored: null },
      { header: 'ドメイン', field: 'domain', ignored: null },
      { header: '地域メモ', field: null, ignored: 'unknown' },
      { header: 'ARR', field: null, ignored: 'derived' },
    ],
    mapping: {},
    mapping_remembered: false,
    ...overrides,
  };
}
