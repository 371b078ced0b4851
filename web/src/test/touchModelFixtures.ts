// The touch model and pyramid as the demo's seed has them (seed 001): high touch from ¥30,000
// ARR, low touch from ¥6,000; 25, 150 and 2,000 accounts per CSM.
import type { TouchModel, TouchPyramid } from '../api';

export function touchModelFixture(overrides: Partial<TouchModel> = {}): TouchModel {
  return {
    version: 3,
    rules: [
      {
        tier: 'high_touch',
        min_arr_minor: 3_000_000,
        employee_bands: [],
        industries: [],
        attribute: null,
      },
      {
        tier: 'low_touch',
        min_arr_minor: 600_000,
        employee_bands: ['250-999', '1000-4999'],
        industries: ['Finance'],
        attribute: { key: 'plan', value: 'Business' },
      },
    ],
    capacity: { high_touch: 25, low_touch: 150, tech_touch: 2000 },
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export const pyramidFixture: TouchPyramid = {
  reporting_currency: 'JPY',
  quarter_start: '2026-10-01',
  tiers: [
    {
      tier: 'tech_touch',
      accounts: 196,
      arr_reporting_minor: 50_255_644,
      arr_share: 0.22,
      health: { red: 10, yellow: 98, green: 88, none: 0 },
      csms: 1,
      unowned_accounts: 0,
      accounts_per_csm: 196,
      capacity_per_csm: 2000,
    },
    {
      tier: 'high_touch',
      accounts: 19,
      arr_reporting_minor: 35_558_598,
      arr_share: 0.156,
      health: { red: 2, yellow: 4, green: 12, none: 1 },
      csms: 0,
      unowned_accounts: 19,
      accounts_per_csm: null,
      capacity_per_csm: 25,
    },
    {
      tier: 'low_touch',
      accounts: 85,
      arr_reporting_minor: 142_527_576,
      arr_share: 0.624,
      health: { red: 0, yellow: 34, green: 51, none: 0 },
      csms: 1,
      unowned_accounts: 3,
      accounts_per_csm: 82,
      capacity_per_csm: 50,
    },
  ],
  moves: [{ from: 'low_touch', to: 'high_touch', accounts: 3 }],
};
