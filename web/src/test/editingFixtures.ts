// Records the account page edits in tests: an account, its contacts, a touchpoint, a contract,
// the staff list, and an answer for the calls every account tab makes (stages).
import type { Account, Contact, Contract, StaffUser, TimelineEntry, Touchpoint } from '../api';
import type { ApiAnswer, ApiCall } from './harness';
import { stagesAnswer } from './journeyFixtures';

export function accountFixture(overrides: Partial<Account> = {}): Account {
  return {
    id: 12,
    version: 6,
    name: 'さくら精機株式会社',
    name_kana: null,
    external_id: null,
    domain: 'sakura-seiki.example.jp',
    industry: '製造',
    employee_band: '250-999',
    country: 'JP',
    currency: 'JPY',
    owner_id: 2,
    owner_name: '佐藤 花子',
    tier_override: null,
    tier: null,
    journey_stage: 'onboarding',
    journey_stage_since: '2026-09-01T00:00:00Z',
    moment_of_truth: 'smot',
    start_date: '2025-04-01',
    renewal_date: '2027-03-31',
    custom_attributes: { plan: 'Business', seats_planned: 40, pilot: true },
    arr_minor: 1_200_000,
    arr_reporting_minor: null,
    tier_override_reason: null,
    health_score: null,
    health_band: null,
    created_at: '2025-04-01T00:00:00Z',
    updated_at: '2026-09-01T00:00:00Z',
    ...overrides,
  };
}

export function contactFixture(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 31,
    version: 2,
    account_id: 12,
    external_id: null,
    name: '田中 一郎',
    email: 'tanaka@sakura-seiki.example.jp',
    title: '情報システム部 部長',
    role: 'champion',
    phone: null,
    language: 'ja',
    marketing_consent: true,
    departed: false,
    departed_at: null,
    previous_contact_id: null,
    created_at: '2025-04-01T00:00:00Z',
    updated_at: '2025-04-01T00:00:00Z',
    ...overrides,
  };
}

export const contactsFixture: Contact[] = [
  contactFixture(),
  contactFixture({ id: 32, name: '鈴木 美穂', role: 'user', title: null, email: null }),
  contactFixture({ id: 33, name: '高橋 健', role: 'decision_maker', departed: true }),
];

export function touchpointFixture(overrides: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id: 501,
    version: 3,
    external_id: null,
    account_id: 12,
    contact_id: 31,
    kind: 'call',
    occurred_at: '2026-10-05T01:30:00Z',
    author_id: 2,
    author_name: '佐藤 花子',
    summary: '定例の電話。導入範囲を営業部全体に広げたいとのこと。',
    sentiment: 'positive',
    created_at: '2026-10-05T01:40:00Z',
    updated_at: '2026-10-05T01:40:00Z',
    ...overrides,
  };
}

export function contractFixture(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 71,
    version: 4,
    account_id: 12,
    external_id: 'C-2025-001',
    product: 'Banso Business',
    start_date: '2025-04-01',
    end_date: '2026-03-31',
    amount_minor: 1_200_000,
    currency: 'JPY',
    billing_period: 'annual',
    seats: 40,
    mrr_minor: 100_000,
    status: 'ended',
    created_at: '2025-04-01T00:00:00Z',
    updated_at: '2025-04-01T00:00:00Z',
    ...overrides,
  };
}

export function staffFixture(): StaffUser[] {
  const user = (id: number, name: string, email: string, disabled = false): StaffUser => ({
    id,
    email,
    name,
    role: 'csm',
    language: 'ja',
    disabled,
    version: 1,
    created_at: '2025-01-01T00:00:00Z',
    last_sign_in_at: null,
    sign_in_blocked_until: null,
  });
  return [
    user(2, '佐藤 花子', 'sato@banso.example'),
    user(3, '', 'nameless@banso.example'),
    user(4, '伊藤 直樹', 'ito@banso.example'),
    user(5, '退職 済', 'gone@banso.example', true),
  ];
}

export const timelineOf = (touchpoints: Touchpoint[]): TimelineEntry[] =>
  touchpoints.map((item) => ({ type: 'touchpoint', occurred_at: item.occurred_at, item }));

/** A page of a list, as the API gives it. */
export const pageOf = <T>(data: T[]) => ({ data, total: data.length, next_cursor: null });

/** Answers the stages, then `answer`, then 404. */
export function withStages(answer: ApiAnswer): ApiAnswer {
  return (call: ApiCall) => stagesAnswer(call) ?? answer(call);
}

/** A 409 naming `version`, as the server answers a stale PATCH. */
export const staleAnswer = {
  status: 409,
  body: {
    error: {
      code: 'conflict',
      reason: 'stale_version',
      params: { version: 7 },
      message: 'the record was changed by someone else (now version 7); reload and try again',
      field: 'version',
    },
  },
};
