// A success plan, templates, self-sufficiency and a relationship map as banso answers them
// (taken from a real server's answers), for the tests of the success pages. Only tests import this.
import type { RelationshipMap, SelfSufficiency, SuccessPlan, SuccessPlanTemplate } from '../api';

export function planFixture(overrides: Partial<SuccessPlan> = {}): SuccessPlan {
  return {
    id: 7,
    version: 3,
    account_id: 12,
    title: '営業DX導入 90日',
    definition: '営業が顧客と話す時間が週 5 時間増えること',
    status: 'on_track',
    starts_on: '2026-11-01',
    ends_on: '2027-01-30',
    template_key: 'sales-dx-90',
    csm_user_id: 1,
    customer_contact_id: null,
    objectives: [
      {
        id: 'o1',
        title: '営業チーム全員が毎週使う',
        type: 'co',
        kind: 'adoption',
        status: 'on_track',
        due_on: '2026-12-31',
        owner_user_id: null,
        owner_contact_id: null,
        evidence: '',
        kpis: [
          {
            id: 'k2',
            name: '週次アクティブユーザー',
            unit: '人',
            baseline: 0,
            target: 25,
            current: null,
            due_on: '2026-12-31',
            usage: { measure: 'wau', feature: '' },
            progress: 0,
          },
        ],
        milestones: [
          { id: 'm3', title: 'キックオフ', due_on: '2026-11-08', achieved_on: null },
          {
            id: 'm4',
            title: '管理者トレーニング完了',
            due_on: '2026-11-15',
            achieved_on: '2026-11-14',
          },
        ],
        progress: 0.5,
      },
      {
        id: 'o6',
        title: '迷わず使える',
        type: 'cx',
        kind: 'functional',
        status: 'not_started',
        due_on: null,
        owner_user_id: null,
        owner_contact_id: null,
        evidence: '',
        kpis: [
          {
            id: 'k7',
            name: '週次報告の作成時間',
            unit: '分',
            baseline: 120,
            target: 60,
            current: 90,
            due_on: null,
            usage: null,
            progress: 0.5,
          },
        ],
        milestones: [],
        progress: 0.5,
      },
    ],
    progress: 0.5,
    created_at: '2026-11-01T00:00:00Z',
    updated_at: '2026-11-20T00:00:00Z',
    ...overrides,
  };
}

export const templatesFixture: SuccessPlanTemplate[] = [
  {
    key: 'onboarding-30',
    version: 1,
    name: 'オンボーディング 30日',
    segment: '全セグメント / 新規顧客',
    description: '契約から最初の成果を確かめるまでの 30 日。',
    duration_days: 30,
    objectives: [
      {
        title: '初期設定を終えて使い始める',
        type: 'co',
        kind: 'adoption',
        due_in_days: 30,
        kpis: [
          {
            name: 'シート利用率',
            unit: '%',
            baseline: 0,
            target: 80,
            due_in_days: 30,
            usage: { measure: 'seat_utilisation', feature: '' },
          },
        ],
        milestones: [{ title: '初期設定', due_in_days: 7 }],
      },
    ],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  },
  {
    key: 'sales-dx-90',
    version: 1,
    name: '営業DX導入 90日',
    segment: '中堅企業 / 営業部門',
    description: '営業チームが報告作業から解放されるまでの 90 日。',
    duration_days: 90,
    objectives: [
      {
        title: '営業チーム全員が毎週使う',
        type: 'co',
        kind: 'adoption',
        due_in_days: 60,
        kpis: [],
        milestones: [{ title: 'キックオフ', due_in_days: 7 }],
      },
      {
        title: '迷わず使える',
        type: 'cx',
        kind: 'functional',
        due_in_days: 90,
        kpis: [],
        milestones: [],
      },
    ],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  },
];

export function selfFixture(overrides: Partial<SelfSufficiency> = {}): SelfSufficiency {
  return {
    level: 'guided',
    assessed_at: '2026-11-10T02:00:00Z',
    criteria: [
      {
        id: 1,
        version: 1,
        level: 'guided',
        text: '管理者が基本設定を自分で変更できる',
        position: 1,
      },
      { id: 2, version: 1, level: 'guided', text: '主要な業務で毎週使っている', position: 2 },
      {
        id: 3,
        version: 1,
        level: 'self_running',
        text: '社内に推進役（チャンピオン）がいる',
        position: 1,
      },
      {
        id: 4,
        version: 1,
        level: 'advocate',
        text: 'コミュニティで他社の質問に答えている',
        position: 1,
      },
    ],
    history: [
      {
        id: 5,
        account_id: 12,
        level: 'guided',
        met: [1, 2],
        note: '設定は自分たちで変えている',
        assessed_at: '2026-11-10T02:00:00Z',
        assessed_by: 1,
      },
    ],
    ...overrides,
  };
}

export function relationshipFixture(overrides: Partial<RelationshipMap> = {}): RelationshipMap {
  return {
    account_id: 12,
    breadth: 1,
    engagement_days: 90,
    warnings: ['single_threaded', 'champion_departed'],
    departed_champions: ['森 恵'],
    contacts: [
      {
        id: 1,
        name: '高橋 健太',
        title: '情報システム部 部長',
        role: 'user',
        departed: false,
        last_touch_at: '2026-11-20T03:00:00Z',
        touches_90d: 4,
        last_nps: 9,
        sentiment: 'positive',
        engaged: true,
      },
      {
        id: 2,
        name: '森 恵',
        title: '営業企画',
        role: 'champion',
        departed: true,
        last_touch_at: '2026-06-01T03:00:00Z',
        touches_90d: 0,
        last_nps: 6,
        sentiment: 'negative',
        engaged: false,
      },
      {
        id: 3,
        name: '伊藤 さくら',
        title: '経営企画室 室長',
        role: 'decision_maker',
        departed: false,
        last_touch_at: null,
        touches_90d: 0,
        last_nps: null,
        sentiment: null,
        engaged: false,
      },
      {
        id: 4,
        name: '中村 あかり',
        title: null,
        role: null,
        departed: false,
        last_touch_at: '2026-08-01T03:00:00Z',
        touches_90d: 0,
        last_nps: 7,
        sentiment: 'neutral',
        engaged: false,
      },
    ],
    ...overrides,
  };
}
