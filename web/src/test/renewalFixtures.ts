// Renewals in tests: a contract due in 12 days (a yen account), one overdue 15 days into 30
// grace days (a dollar account converted), and one of a pound account without a rate.
import type { RenewalDue, Renewals } from '../api';
import { contractFixture } from './editingFixtures';

export function renewalFixture(overrides: Partial<RenewalDue> = {}): RenewalDue {
  return {
    contract: contractFixture({ id: 71, product: 'Banso Cloud', end_date: '2026-12-18' }),
    account: {
      id: 12,
      name: 'さくら精機株式会社',
      owner_id: 2,
      owner_name: '佐藤 花子',
      currency: 'JPY',
      arr_minor: 1_200_000,
      arr_reporting_minor: 1_200_000,
    },
    status: 'due',
    days_until: 12,
    ...overrides,
  };
}

export function renewalsFixture(overrides: Partial<Renewals> = {}): Renewals {
  return {
    data: [
      renewalFixture({
        contract: contractFixture({ id: 80, product: 'Banso Business', end_date: '2026-11-21' }),
        account: {
          id: 40,
          name: 'Blue Harbor Software Ltd.',
          owner_id: null,
          owner_name: null,
          currency: 'USD',
          arr_minor: 804_000,
          arr_reporting_minor: 1_215_648,
        },
        status: 'overdue',
        days_until: -15,
      }),
      renewalFixture(),
      renewalFixture({
        contract: contractFixture({ id: 81, product: 'Banso Cloud', end_date: '2027-01-30' }),
        account: {
          id: 41,
          name: 'Bluebird Media Ltd.',
          owner_id: 3,
          owner_name: '小林 翔',
          currency: 'GBP',
          arr_minor: 60_000,
          arr_reporting_minor: null,
        },
        days_until: 55,
      }),
    ],
    reporting_currency: 'JPY',
    churn_grace_days: 30,
    ...overrides,
  };
}
