// Health answers for tests: an account's score with its ledger, its history and diff, and a
// scorecard with the measures the server offers. Only tests import this.
import type {
  AccountHealth,
  HealthBacktest,
  HealthDistribution,
  HealthHistory,
  MeasureInfo,
  Scorecard,
  ScorecardDefinition,
} from '../api';

export const definitionFixture: ScorecardDefinition = {
  measures: [
    {
      measure: 'open_tickets',
      weight: 30,
      normalisation: 'thresholds',
      thresholds: [
        { at: 0, score: 100 },
        { at: 3, score: 0 },
      ],
      missing: 'neutral',
    },
    {
      measure: 'nps_latest',
      weight: 10,
      normalisation: 'thresholds',
      thresholds: [
        { at: 6, score: 0 },
        { at: 9, score: 100 },
      ],
      missing: 'leave_out',
    },
  ],
  bands: [
    { band: 'red', from: 0, to: 40 },
    { band: 'yellow', from: 40, to: 70 },
    { band: 'green', from: 70, to: 100 },
  ],
};

export function scorecardFixture(over: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 1,
    version: 3,
    name: 'Default',
    tier: null,
    segment_id: null,
    published: {
      number: 1,
      definition: definitionFixture,
      created_at: '2026-11-01T00:00:00Z',
      created_by: 'system',
      published_at: '2026-11-01T00:00:00Z',
      published_by: 'system',
    },
    draft: null,
    versions: [],
    created_at: '2026-11-01T00:00:00Z',
    updated_at: '2026-11-01T00:00:00Z',
    ...over,
  };
}

export const measuresFixture: MeasureInfo[] = [
  { measure: 'open_tickets', unit: 'count', source: 'tickets', higher_is_better: false },
  { measure: 'nps_latest', unit: 'score', source: 'surveys', higher_is_better: true },
  { measure: 'seat_utilisation', unit: 'percent', source: 'usage', higher_is_better: true },
];

export const distributionFixture: HealthDistribution = {
  histogram: [0, 0, 1, 2, 5, 8, 6, 4, 2, 1],
  bands: [
    { band: 'red', accounts: 3 },
    { band: 'yellow', accounts: 19 },
    { band: 'green', accounts: 7 },
  ],
  unscored: 0,
};

export const backtestFixture: HealthBacktest = {
  dates: ['2026-10-01', '2026-11-01'],
  rows: 58,
  churned: 6,
  unscored: 0,
  auc: 0.791,
  renewals_due: 20,
  renewal_auc: 0.78,
  horizon_days: 90,
  bands: [
    { band: 'red', accounts: 6, churned: 3, churn_rate: 0.5 },
    { band: 'yellow', accounts: 38, churned: 3, churn_rate: 0.079 },
    { band: 'green', accounts: 14, churned: 0, churn_rate: 0 },
  ],
  measures: [
    { measure: 'open_tickets', rows: 58, auc: 0.62 },
    { measure: 'nps_latest', rows: 40, auc: 0.73 },
  ],
};

/** Yellow, 52: NPS costs the most, then the open tickets; CSAT has no data and is left out. */
export function accountHealthFixture(over: Partial<AccountHealth> = {}): AccountHealth {
  return {
    account_id: 12,
    score: 52,
    band: 'yellow',
    computed_band: 'yellow',
    override: null,
    scorecard: { id: 1, name: 'Default', version: 1 },
    computed_at: '2026-12-07T05:00:00Z',
    contributions: [
      {
        measure: 'open_tickets',
        raw: 1,
        normalised: 66.7,
        weight: 30,
        points: 40,
        missing: null,
        unit: 'count',
        source: 'tickets',
      },
      {
        measure: 'csat',
        raw: null,
        normalised: null,
        weight: 4,
        points: 0,
        missing: 'leave_out',
        unit: 'score',
        source: 'surveys',
      },
      {
        measure: 'days_since_meaningful_touch',
        raw: 278,
        normalised: 0,
        weight: 10,
        points: 0,
        missing: null,
        unit: 'days',
        source: 'touchpoints',
      },
      {
        measure: 'nps_latest',
        raw: 7,
        normalised: 50,
        weight: 10,
        points: 12,
        missing: null,
        unit: 'score',
        source: 'surveys',
      },
    ],
    ...over,
  };
}

export const historyFixture: HealthHistory = {
  from: '2026-06-07',
  to: '2026-12-07',
  days: [
    { day: '2026-11-01', score: 72, band: 'green' },
    { day: '2026-12-01', score: 52, band: 'yellow' },
  ],
  band_changes: [
    {
      id: 5,
      account_id: 12,
      from: 'green',
      to: 'yellow',
      at: '2026-11-20T03:00:00Z',
      cause: 'score',
      score: 61,
      moved_by: [{ measure: 'open_tickets', points_before: 55, points: 40, raw: 1 }],
    },
  ],
};

/** A tier's scorecard and a segment's, beside the default (id 1). */
export const tierScorecardFixture = scorecardFixture({
  id: 2,
  name: 'Low touch',
  tier: 'low_touch',
});
/** A segment's, created but not published: it scores no one yet. */
export const segmentScorecardFixture = scorecardFixture({
  id: 3,
  name: '東日本',
  segment_id: 8,
  published: null,
  draft: {
    number: 1,
    definition: definitionFixture,
    created_at: '2026-12-07T00:00:00Z',
    created_by: '山田 太郎',
    published_at: null,
    published_by: null,
  },
});
