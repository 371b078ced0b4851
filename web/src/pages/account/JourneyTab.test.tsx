// The account's journey tab against a fake /api: the stage now and for how long, the history
// (by a person, by a rule, with notes), each rule's conditions checked against the facts, and a
// move sent with the version read (409: read again; 400: at the select).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../api';
import { choose, click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { accountJourneyFixture, rulesFixture, stagesAnswer } from '../../test/journeyFixtures';
import { JourneyTab } from './JourneyTab';

let page: Rendered;
afterEach(() => page.unmount());

const account = {
  id: 12,
  name: 'さくら精機株式会社',
  version: 4,
  journey_stage: 'onboarding',
} as Account;
type Answer = { status?: number; body: unknown } | undefined;

function fakeApi(move?: (call: ApiCall) => Answer) {
  return (call: ApiCall): Answer => {
    const path = call.url.pathname;
    if (path === '/api/v1/accounts/12/journey') return { body: accountJourneyFixture() };
    if (path === '/api/v1/journey/rules') return { body: rulesFixture() };
    if (path === '/api/v1/accounts/12/journey/moves')
      return move
        ? move(call)
        : {
            status: 201,
            body: {
              account: { ...account, journey_stage: 'adopting', version: 5 },
              transition: {},
            },
          };
    return stagesAnswer(call);
  };
}
const journeyGets = () =>
  page.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/accounts/12/journey');

describe('JourneyTab', () => {
  it('shows the stage, since when and for how long, with its moment of truth', async () => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
    });
    expect(page.byTestId('journey-current')!.dataset.stage).toBe('onboarding');
    expect(page.byTestId('journey-stage')!.textContent).toBe('OnboardingSMOT');
    expect(page.byTestId('moment-badge')!.textContent).toBe('SMOT (using)');
    expect(page.byTestId('journey-days')!.textContent).toBe('120 days');
    expect(page.byTestId('journey-days')!.dataset.tone).toBe('long');
  });

  it('lists the moves newest first: by a rule (named), by a person (with the note), from creation', async () => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
    });
    const moves = page.allByTestId('transition');
    expect(moves.map((m) => [m.dataset.from, m.dataset.to])).toEqual([
      ['buying', 'onboarding'],
      ['evaluating', 'buying'],
      ['', 'evaluating'],
    ]);
    expect(moves[0]!.querySelector('[data-testid="transition-by"]')!.textContent).toContain(
      'Rule: 最初の契約 → オンボーディング',
    );
    expect(moves[1]!.querySelector('[data-testid="transition-by"]')!.textContent).toBe(
      'moved by 佐藤 花子',
    );
    expect(moves[1]!.querySelector('[data-testid="transition-note"]')!.textContent).toBe(
      '稟議が通った',
    );
    expect(moves[2]!.textContent).toContain('Created');
    expect(moves[2]!.querySelector('[data-testid="transition-by"]')!.textContent).toBe(
      'moved by import',
    );
  });

  it('explains each rule that could move it: every condition with the actual value, ✓ or ✗; and the facts', async () => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
    });
    const rule = page.byTestId('rule-explain')!;
    expect(rule.dataset.ready).toBe('false');
    expect(rule.textContent).toContain('Not yet');
    const checks = page.allByTestId('rule-check');
    expect(checks.map((c) => c.dataset.holds)).toEqual(['false', 'true']);
    expect(checks[0]!.textContent).toContain('✗');
    expect(checks[0]!.textContent).toContain('Consecutive active weeks (at most 12) ≥ 3');
    expect(checks[0]!.textContent).toContain('actual: 2');
    expect(checks[1]!.textContent).toContain('✓');
    const fact = (field: string) =>
      page.container.querySelector(`[data-testid="fact"][data-field="${field}"]`)!.textContent;
    expect(fact('renewal.days_until')).toBe('Days until the renewal date245');
    expect(fact('nps.last')).toBe('Latest NPSno value');
  });

  it('shows the account’s ARR and an ARR threshold as money in its currency', async () => {
    const journey = accountJourneyFixture({
      facts: { ...accountJourneyFixture().facts, 'account.arr_minor': 24_451_956 },
      rules: [
        {
          key: 'big_customer',
          name: '大口 → 拡大',
          to_stage: 'expanding',
          ready: false,
          conditions: [
            {
              field: 'account.arr_minor',
              op: 'gte',
              value: 30_000_000,
              actual: 24_451_956,
              holds: false,
            },
          ],
        },
      ],
    });
    page = await renderPage(
      <JourneyTab account={{ ...account, currency: 'JPY' }} onAccountChanged={() => undefined} />,
      {
        answer: (call) =>
          call.url.pathname === '/api/v1/accounts/12/journey' ? { body: journey } : fakeApi()(call),
        lang: 'ja',
      },
    );
    expect(page.byTestId('rule-check')!.textContent).toContain(
      'ARR（年間経常収益） ≥ ￥30,000,000',
    );
    expect(page.byTestId('rule-check')!.textContent).toContain('￥24,451,956');
    expect(
      page.container.querySelector('[data-testid="fact"][data-field="account.arr_minor"]')!
        .textContent,
    ).toBe('ARR（年間経常収益）￥24,451,956');
    expect(page.container.textContent).not.toContain('24451956');
  });

  it('moves the account with the version read and the note; the tab and the account are read again', async () => {
    const changed = vi.fn();
    page = await renderPage(<JourneyTab account={account} onAccountChanged={changed} />, {
      answer: fakeApi(),
    });
    await choose(page.byTestId('move-to'), 'adopting');
    await type(page.byTestId('move-note'), '3 週連続で利用');
    await click(page.byTestId('move-submit'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/accounts/12/journey/moves');
    expect(post.body).toEqual({ to: 'adopting', note: '3 週連続で利用', version: 4 });
    expect(journeyGets()).toHaveLength(2);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('on 409 says someone changed the account first and reads it again', async () => {
    const changed = vi.fn();
    page = await renderPage(<JourneyTab account={account} onAccountChanged={changed} />, {
      answer: fakeApi(() => ({
        status: 409,
        body: {
          error: {
            code: 'conflict',
            field: 'version',
            message: 'the record was changed by someone else (now version 5)',
          },
        },
      })),
    });
    await choose(page.byTestId('move-to'), 'renewing');
    await click(page.byTestId('move-submit'));
    expect(page.byTestId('move-error')!.textContent).toContain(
      'Someone else changed this account first',
    );
    expect(journeyGets()).toHaveLength(2);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('in Japanese', async () => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
      lang: 'ja',
    });
    expect(page.byTestId('journey-stage')!.textContent).toBe('オンボーディングSMOT');
    expect(page.allByTestId('transition')[0]!.textContent).toContain(
      'ルール：最初の契約 → オンボーディング',
    );
    expect(page.byTestId('journey-days')!.textContent).toBe('120 日');
  });

  // A move changes the account: the server wants write_customers, which marketers lack.
  it.each(['viewer', 'marketer'] as const)('gives a %s no move form', async (role) => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
      role,
    });
    expect(page.byTestId('journey-move')).toBeNull();
    expect(page.allByTestId('transition')).toHaveLength(3);
  });

  it('gives a CSM the move form', async () => {
    page = await renderPage(<JourneyTab account={account} onAccountChanged={() => undefined} />, {
      answer: fakeApi(),
      role: 'csm',
    });
    expect(page.byTestId('journey-move')).not.toBeNull();
  });
});
