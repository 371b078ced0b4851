// Answers of the portfolio's API (dashboard, retention, cohorts, lifetime, segments) for unit
// tests. Months are counted back from the clock, as the server's are, so no test depends on
// today's date.
import type {
  CohortReport,
  Dashboard,
  Lifetime,
  RetentionPeriod,
  RetentionReport,
  Segment,
} from '../api';
import { addMonths, monthOf } from '../lib/portfolio';

const thisMonth = () => monthOf(new Date());
/** The month `n` months before this one. */
export const monthsAgo = (n: number) => addMonths(thisMonth(), n);

export const DEFINITIONS = {
  nrr: 'retention.nrr.cohort_end_mrr_over_start_mrr',
  grr: 'retention.grr.cohort_min_of_end_and_start_mrr_over_start_mrr',
  logo_retention: 'retention.logo_retention.cohort_accounts_with_mrr_at_end_over_cohort',
};

export function dashboardFixture(overrides: Partial<Dashboard> = {}): Dashboard {
  const today = new Date().toISOString().slice(0, 10);
  return {
    as_of: today,
    scope: { tier: null, owner_id: null, segment_id: null },
    reporting_currency: 'JPY',
    accounts: 300,
    customers: 218,
    arr: 228_341_818,
    arr_missing_rate: 0,
    arr_at_risk: { arr: 12_500_000, accounts: 9, share: 0.0547 },
    retention: {
      first_month: monthsAgo(12),
      last_month: monthsAgo(1),
      nrr: 0.8648,
      grr: 0.8213,
      logo_retention: 0.7883,
      start_arr: 204_350_688,
      trend: Array.from({ length: 12 }, (_, i) => ({
        month: monthsAgo(12 - i),
        nrr: 0.85 + i * 0.002,
        grr: 0.8 + i * 0.002,
        logo_retention: 0.78,
      })),
      definition: DEFINITIONS,
      complete: false,
      missing_rates: [{ currency: 'USD', month: monthsAgo(3) }],
    },
    lifetime: {
      ltv: 3_692_386,
      residual_value: 634_258_063,
      expected_lifetime_years: 3.525,
      discount: 0.1,
      model: { alpha: 2.4, beta: 8.9 },
      complete: true,
      missing_rates: [],
    },
    outcomes: {
      success_plans: {
        customers: 214,
        with_plan: 78,
        achieving: 54,
        share_achieving: 0.6923,
        share_with_plan: 0.3645,
        objectives: 207,
        objectives_on_track: 167,
      },
      self_sufficiency: {
        levels: [
          { level: 'dependent', accounts: 18, share: 0.0841 },
          { level: 'guided', accounts: 40, share: 0.1869 },
          { level: 'self_running', accounts: 29, share: 0.1355 },
          { level: 'advocate', accounts: 14, share: 0.0654 },
        ],
        not_assessed: 113,
        share_not_assessed: 0.528,
      },
    },
    health: {
      bands: [
        { band: 'green', accounts: 130, arr: 158_679_940, share: 0.596 },
        { band: 'yellow', accounts: 84, arr: 67_513_878, share: 0.385 },
        { band: 'red', accounts: 9, arr: 12_500_000, share: 0.04 },
        { band: null, accounts: 4, arr: 2_148_000, share: 0.018 },
      ],
      histogram: [0, 0, 0, 9, 0, 32, 52, 95, 35, 0],
    },
    activity: {
      days: 30,
      touchpoints: { call: 20, email: 39, meeting: 35 },
      tickets_opened: 55,
      survey_responses: 11,
    },
    ...overrides,
  };
}

export function cohortFixture(): CohortReport {
  return {
    by: 'quarter',
    measure: 'revenue',
    tier: null,
    reporting_currency: 'JPY',
    definition: { revenue: 'retention.cohorts.revenue.mrr_at_period_end_over_first_period_end' },
    complete: true,
    missing_rates: [],
    data: [
      {
        cohort: '2025-Q1',
        accounts: 24,
        start_mrr: 1_972_193,
        mrr: [1_972_193, 1_735_000],
        logos: [24, 22],
        retention: [1, 0.88],
      },
      {
        cohort: '2025-Q2',
        accounts: 26,
        start_mrr: 1_749_587,
        mrr: [1_749_587],
        logos: [26],
        retention: [1],
      },
    ],
  };
}

function period(month: string, overrides: Partial<RetentionPeriod> = {}): RetentionPeriod {
  return {
    period: month,
    first_month: month,
    last_month: month,
    opening_mrr: 17_514_413,
    opening_arr: 210_172_956,
    new_mrr: 431_194,
    expansion_mrr: 32_743,
    contraction_mrr: 86_388,
    churn_mrr: 426_449,
    reactivation_mrr: 0,
    closing_mrr: 17_465_514,
    closing_arr: 209_586_168,
    logos_start: 193,
    logos_new: 9,
    logos_reactivated: 0,
    logos_churned: 4,
    logos_end: 198,
    closed: true,
    partial: false,
    complete: true,
    missing_rates: [],
    cohort: {
      start_mrr: 17_514_413,
      end_mrr: 17_034_320,
      retained_mrr: 17_001_577,
      expansion_mrr: 32_743,
      contraction_mrr: 86_388,
      churn_mrr: 426_449,
      logos: 193,
      logos_retained: 189,
    },
    nrr: 0.9726,
    grr: 0.9707,
    logo_retention: 0.9793,
    ...overrides,
  };
}

export function retentionFixture(): RetentionReport {
  return {
    period: 'month',
    from: monthsAgo(1),
    to: monthsAgo(0),
    tier: null,
    reporting_currency: 'JPY',
    definition: { ...DEFINITIONS, bridge: 'retention.bridge.movements_dated_in_period' },
    complete: true,
    missing_rates: [],
    data: [
      period(monthsAgo(1)),
      period(monthsAgo(0), { partial: true, closed: false, new_mrr: 0, nrr: 0.998 }),
    ],
  };
}

export function lifetimeFixture(overrides: Partial<Lifetime> = {}): Lifetime {
  return {
    tier: null,
    reporting_currency: 'JPY',
    discount: 0.1,
    survival: [1, 0.808, 0.617],
    at_risk: [280, 219, 97],
    model: { alpha: 2.4, beta: 8.9 },
    expected_lifetime_years: 3.525,
    customers: 218,
    arr: 228_341_819,
    ltv: 3_692_386,
    residual_value: 634_258_063,
    definition: { ltv: 'ltv.value.average_arr_times_discounted_expected_lifetime' },
    complete: true,
    missing_rates: [],
    ...overrides,
  };
}

export function segmentFixture(overrides: Partial<Segment> = {}): Segment {
  return {
    id: 7,
    version: 2,
    name: 'エンタープライズ（レッド）',
    description: null,
    filter: { tier: 'high_touch', health_band: 'red' },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    accounts: 12,
    ...overrides,
  };
}
