// The journey, the hand-off and the ICP as banso answers them (the stages as its migration
// creates them), for the tests of the journey and hand-off pages. Only tests import this.
import type {
  AccountFit,
  AccountJourney,
  Handoff,
  Icp,
  JourneyBoard,
  JourneyFunnel,
  JourneyRules,
  JourneyStage,
} from '../api';

const STAGES: [string, JourneyStage['moment'], string, string][] = [
  ['prospect', 'zmot', '見込み（情報収集）', 'Prospect'],
  ['evaluating', 'fmot', '評価中', 'Evaluating'],
  ['buying', 'fmot', '購買手続き', 'Buying'],
  ['onboarding', 'smot', 'オンボーディング', 'Onboarding'],
  ['adopting', 'smot', '定着・活用', 'Adopting'],
  ['renewing', 'tmot', '更新', 'Renewing'],
  ['expanding', 'tmot', '拡大', 'Expanding'],
  ['advocating', 'tmot', '推奨（アドボカシー）', 'Advocating'],
  ['churned', 'churned', '解約', 'Churned'],
];

export function stagesFixture(): JourneyStage[] {
  return STAGES.map(([key, moment, name_ja, name_en], i) => ({
    id: i + 1,
    version: 1,
    key,
    moment,
    position: (i + 1) * 10,
    name_ja,
    name_en,
  }));
}

/** Answers GET /journey/stages, for tests that render stage badges and selects. */
export function stagesAnswer(call: { method: string; url: URL }): { body: unknown } | undefined {
  return call.method === 'GET' && call.url.pathname === '/api/v1/journey/stages'
    ? { body: { data: stagesFixture() } }
    : undefined;
}

export function boardFixture(): JourneyBoard {
  const account = (id: number, name: string, days: number) => ({
    id,
    name,
    tier: 'high_touch' as const,
    owner_id: 2,
    owner_name: '佐藤 花子',
    arr_minor: 3_600_000,
    arr_reporting_minor: 3_600_000,
    currency: 'JPY',
    since: '2026-06-01T00:00:00Z',
    days_in_stage: days,
  });
  return {
    stages: stagesFixture().map((s) => {
      const accounts =
        s.key === 'onboarding'
          ? [
              account(12, 'さくら精機株式会社', 200),
              account(13, '株式会社みらい物流', 95),
              account(14, '合同会社こもれび', 3),
            ]
          : s.key === 'prospect'
            ? [account(21, 'Acme Analytics Inc.', 40)]
            : [];
      return {
        key: s.key,
        moment: s.moment,
        name_ja: s.name_ja,
        name_en: s.name_en,
        count: s.key === 'onboarding' ? 30 : accounts.length,
        accounts,
      };
    }),
  };
}

export function funnelFixture(): JourneyFunnel {
  const row = (
    key: string,
    reached: number,
    current: number,
    conversion: number | null,
    median: number | null,
    churned: number,
  ) => {
    const s = stagesFixture().find((x) => x.key === key)!;
    return {
      key,
      moment: s.moment,
      name_ja: s.name_ja,
      name_en: s.name_en,
      reached,
      current,
      conversion,
      median_days_to_next: median,
      churned_from: churned,
    };
  };
  return {
    accounts: 300,
    tier: null,
    cohort: null,
    stages: [
      row('prospect', 300, 20, null, 21, 4),
      row('evaluating', 240, 18, 0.8, 14, 10),
      row('buying', 180, 6, 0.75, 9.5, 2),
      row('onboarding', 170, 30, 0.9444, 45, 8),
      row('adopting', 120, 60, 0.7059, 200, 12),
      row('renewing', 60, 25, 0.5, null, 5),
      row('expanding', 20, 12, 0.3333, null, 1),
      row('advocating', 8, 8, 0.4, null, 0),
      row('churned', 42, 42, null, null, 0),
    ],
    moments: [
      { moment: 'zmot', reached: 300, conversion: null, median_days_to_next: 21 },
      { moment: 'fmot', reached: 240, conversion: 0.8, median_days_to_next: 25 },
      { moment: 'smot', reached: 170, conversion: 0.7083, median_days_to_next: 230 },
      { moment: 'tmot', reached: 60, conversion: 0.3529, median_days_to_next: null },
      { moment: 'churned', reached: 42, conversion: null, median_days_to_next: null },
    ],
    cohorts: ['2025-11', '2025-12', '2026-01', '2026-04'],
  };
}

export function rulesFixture(): JourneyRules {
  return {
    data: [
      {
        id: 1,
        version: 2,
        key: 'first_contract',
        name: '最初の契約 → オンボーディング',
        from_stages: ['prospect', 'evaluating', 'buying'],
        to_stage: 'onboarding',
        conditions: [{ field: 'contracts.active', op: 'gte', value: 1 }],
        enabled: true,
        position: 10,
      },
      {
        id: 2,
        version: 1,
        key: 'three_active_weeks',
        name: '3 週連続で利用 → 定着・活用',
        from_stages: ['onboarding'],
        to_stage: 'adopting',
        conditions: [
          { field: 'usage.active_weeks', op: 'gte', value: 3 },
          { field: 'account.days_in_stage', op: 'gte', value: 30 },
        ],
        enabled: true,
        position: 20,
      },
      {
        id: 3,
        version: 1,
        key: 'renewal_near',
        name: '更新 90 日前 → 更新',
        from_stages: [],
        to_stage: 'renewing',
        conditions: [{ field: 'renewal.days_until', op: 'lte', value: 90 }],
        enabled: false,
        position: 30,
      },
    ],
    fields: [
      { key: 'contracts.active', description: 'contracts in force today' },
      {
        key: 'usage.active_weeks',
        description: 'consecutive weeks, up to today, with someone active (at most 12)',
      },
      {
        key: 'renewal.days_until',
        description: 'days until the renewal date (negative when past)',
      },
      { key: 'account.days_in_stage', description: 'days since the account entered its stage' },
      { key: 'nps.last', description: 'the latest NPS score of any contact' },
    ],
  };
}

export function accountJourneyFixture(overrides: Partial<AccountJourney> = {}): AccountJourney {
  return {
    stage: 'onboarding',
    moment: 'smot',
    since: '2026-05-01T03:00:00Z',
    days_in_stage: 120,
    version: 4,
    transitions: [
      {
        id: 30,
        account_id: 12,
        from: 'buying',
        to: 'onboarding',
        at: '2026-05-01T03:00:00Z',
        by_user: null,
        by_name: null,
        by_label: 'rule:first_contract',
        rule: 'first_contract',
        note: '',
      },
      {
        id: 22,
        account_id: 12,
        from: 'evaluating',
        to: 'buying',
        at: '2026-04-10T01:00:00Z',
        by_user: 2,
        by_name: '佐藤 花子',
        by_label: 'sato@banso.example',
        rule: null,
        note: '稟議が通った',
      },
      {
        id: 11,
        account_id: 12,
        from: null,
        to: 'evaluating',
        at: '2026-03-01T00:00:00Z',
        by_user: null,
        by_name: null,
        by_label: 'import',
        rule: null,
        note: '',
      },
    ],
    facts: {
      'contracts.active': 1,
      'usage.active_weeks': 2,
      'renewal.days_until': 245,
      'account.days_in_stage': 120,
      'nps.last': null,
    },
    rules: [
      {
        key: 'three_active_weeks',
        name: '3 週連続で利用 → 定着・活用',
        to_stage: 'adopting',
        ready: false,
        conditions: [
          { field: 'usage.active_weeks', op: 'gte', value: 3, actual: 2, holds: false },
          { field: 'account.days_in_stage', op: 'gte', value: 30, actual: 120, holds: true },
        ],
      },
    ],
    ...overrides,
  };
}

export function fitFixture(): AccountFit {
  return {
    score: 62,
    criteria: [
      { id: 1, label: '対象業種', field: 'industry', weight: 40, met: true, actual: '製造' },
      {
        id: 2,
        label: '従業員 250 名以上',
        field: 'employee_band',
        weight: 35,
        met: false,
        actual: '50-249',
      },
      { id: 3, label: '担当者 3 名以上', field: 'contacts', weight: 25, met: true, actual: 4 },
    ],
  };
}

export function icpFixture(): Icp {
  return {
    criteria: [
      {
        id: 1,
        version: 1,
        label: '対象業種',
        field: 'industry',
        op: 'in',
        values: ['製造', 'ソフトウェア'],
        value: null,
        weight: 40,
        position: 10,
      },
      {
        id: 2,
        version: 3,
        label: '従業員 250 名以上',
        field: 'employee_band',
        op: 'in',
        values: ['250-999', '1000-4999', '5000+'],
        value: null,
        weight: 35,
        position: 20,
      },
      {
        id: 3,
        version: 1,
        label: '担当者 3 名以上',
        field: 'contacts',
        op: 'gte',
        values: [],
        value: 3,
        weight: 25,
        position: 30,
      },
    ],
    // As banso lists them: which compare as numbers, and a placeholder for custom attributes.
    fields: [
      { key: 'industry', description: 'the account’s industry', numeric: false },
      {
        key: 'employee_band',
        description: 'employees: 1-9, 10-49, 50-249, 250-999, 1000-4999, 5000+',
        numeric: false,
      },
      { key: 'country', description: 'ISO 3166-1 alpha-2 country code', numeric: false },
      {
        key: 'arr_minor',
        description: 'annual recurring revenue in minor currency units',
        numeric: true,
      },
      { key: 'contacts', description: 'contacts at the customer (not departed)', numeric: true },
      {
        key: 'custom.<attribute>',
        description: 'a custom attribute (numbers compare with gte / lte)',
        numeric: false,
      },
    ],
  };
}

export function handoffFixture(overrides: Partial<Handoff> = {}): Handoff {
  return {
    id: 5,
    version: 2,
    account_id: 12,
    account_name: 'さくら精機株式会社',
    why_bought: '営業の報告作業が多く、顧客と話す時間が取れていなかった',
    expected_outcomes: ['週次報告の作成時間を半分にする', '全営業が毎週使う'],
    stakeholders: [
      { contact_id: 40, name: '高橋 健太', role: 'champion', note: '推進役' },
      { contact_id: null, name: '木下 部長', role: 'decision_maker', note: '' },
    ],
    sales_owner: '営業部 木村',
    handed_off_at: '2026-04-30T06:00:00Z',
    handed_off_by: 1,
    handed_off_by_name: '佐藤 花子',
    fit_score: 40,
    fit: [
      { id: 1, label: '対象業種', weight: 40, met: true },
      { id: 2, label: '従業員 250 名以上', weight: 35, met: false },
      { id: 3, label: '担当者 3 名以上', weight: 25, met: false },
    ],
    plan_id: null,
    ...overrides,
  };
}
