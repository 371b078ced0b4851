// The profile's journey stage: named from the stage list, with since when; a change of stage
// is a journey move sent with the account's version. The reason for a touch model set by hand,
// on the profile and in the header.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../api';
import { choose, click, renderPage, type Rendered } from '../../test/harness';
import { stagesAnswer } from '../../test/journeyFixtures';
import { AccountHeader } from './AccountHeader';
import { ProfileTab } from './ProfileTab';

let page: Rendered;
afterEach(() => page.unmount());

const account: Account = {
  id: 12,
  version: 6,
  name: 'さくら精機株式会社',
  name_kana: null,
  external_id: null,
  domain: null,
  industry: '製造',
  employee_band: '250-999',
  country: 'JP',
  currency: 'JPY',
  owner_id: 2,
  owner_name: '佐藤 花子',
  tier_override: null,
  tier: 'high_touch',
  journey_stage: 'expanding',
  journey_stage_since: '2026-09-01T00:00:00Z',
  moment_of_truth: 'tmot',
  start_date: null,
  renewal_date: null,
  custom_attributes: {},
  arr_minor: 1_200_000,
  arr_reporting_minor: 1_200_000,
  tier_override_reason: null,
  health_score: 72.4,
  health_band: 'green',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-09-01T00:00:00Z',
};

describe('ProfileTab journey stage', () => {
  it('names the stage from the list, says since when, and moves it with the version', async () => {
    const changed = vi.fn();
    page = await renderPage(<ProfileTab account={account} onAccountChanged={changed} />, {
      answer: (call) =>
        call.method === 'POST'
          ? {
              status: 201,
              body: { account: { ...account, journey_stage: 'advocating' }, transition: {} },
            }
          : stagesAnswer(call),
      lang: 'ja',
    });
    const field = page.byTestId('profile-stage')!;
    expect(field.querySelector('[data-testid="stage-badge"]')!.textContent).toBe('拡大TMOT');
    expect(field.textContent).toContain('2026年9月1日 から');
    await click(page.byTestId('profile-stage-change'));
    const select = page.byTestId<HTMLSelectElement>('move-to')!;
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      'ZMOT（情報収集）',
      'FMOT（選択・購買）',
      'SMOT（利用）',
      'TMOT（更新・推奨）',
      '解約',
    ]);
    expect(page.byTestId('move-note')).toBeNull();
    await choose(select, 'advocating');
    await click(page.byTestId('move-submit'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/accounts/12/journey/moves');
    expect(post.body).toEqual({ to: 'advocating', version: 6 });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(page.byTestId('profile-move')).toBeNull();
  });

  it.each(['viewer', 'marketer'] as const)(
    'shows an unknown stage as its key, and no change to a %s',
    async (role) => {
      page = await renderPage(
        <ProfileTab
          account={{ ...account, journey_stage: 'trial', moment_of_truth: null }}
          onAccountChanged={() => undefined}
        />,
        { answer: stagesAnswer, role },
      );
      expect(
        page.byTestId('profile-stage')!.querySelector('[data-testid="stage-badge"]')!.textContent,
      ).toBe('trial');
      expect(page.byTestId('profile-stage-change')).toBeNull();
    },
  );
});

describe('the touch model set by hand', () => {
  const manual: Account = {
    ...account,
    tier: 'high_touch',
    tier_override: 'high_touch',
    tier_override_reason: '戦略顧客（業界の代表的企業）',
  };

  it('shows its reason on the profile and in the header, in Japanese', async () => {
    page = await renderPage(
      <>
        <AccountHeader account={manual} />
        <ProfileTab account={manual} onAccountChanged={() => {}} />
      </>,
      { answer: stagesAnswer, lang: 'ja' },
    );
    expect(page.byTestId('account-tier-reason')!.textContent).toBe(
      '手動設定：戦略顧客（業界の代表的企業）',
    );
    expect(page.byTestId('profile-tier-reason')!.textContent).toBe(
      '手動設定：戦略顧客（業界の代表的企業）',
    );
  });

  it('in English, and not at all without an override', async () => {
    page = await renderPage(<AccountHeader account={manual} />, {
      answer: stagesAnswer,
      lang: 'en',
    });
    expect(page.byTestId('account-tier-reason')!.textContent).toBe(
      'Set by hand: 戦略顧客（業界の代表的企業）',
    );
    page.unmount();
    page = await renderPage(<AccountHeader account={account} />, { answer: stagesAnswer });
    expect(page.byTestId('account-tier-reason')).toBeNull();
  });
});
