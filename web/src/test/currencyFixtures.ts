// The currency page in tests: rates into JPY, the currencies without one, the settings.
import type { FxRate, FxRates } from '../api';
import { revenueSettingsFixture } from './harness';

export function fxRateFixture(overrides: Partial<FxRate> = {}): FxRate {
  return {
    id: 4,
    version: 2,
    month: '2026-11',
    currency: 'USD',
    quote: 'JPY',
    rate: '151.2',
    created_at: '2026-11-02T00:00:00Z',
    updated_at: '2026-11-02T00:00:00Z',
    ...overrides,
  };
}

export function fxRatesFixture(overrides: Partial<FxRates> = {}): FxRates {
  return {
    reporting_currency: 'JPY',
    data: [
      fxRateFixture(),
      fxRateFixture({ id: 3, version: 1, month: '2026-10', currency: 'EUR', rate: '163.45' }),
    ],
    missing: [
      { currency: 'GBP', accounts: 20 },
      { currency: 'SGD', accounts: 1 },
    ],
    ...overrides,
  };
}

export { revenueSettingsFixture };
