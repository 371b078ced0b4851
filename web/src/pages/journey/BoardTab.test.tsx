// The journey board against a fake /api: columns under their moments with the API's counts,
// long stays marked, the move dialog posting the right body and the board read again, the
// server's 400 at the stage select, viewers without the move button, both languages.
import { afterEach, describe, expect, it } from 'vitest';
import type { JourneyBoard } from '../../api';
import { choose, click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { boardFixture, stagesAnswer } from '../../test/journeyFixtures';
import { JourneyPage } from './JourneyPage';

let page: Rendered;
afterEach(() => page.unmount());

type Answer = { status?: number; body: unknown } | undefined;

function fakeApi(options: { move?: (call: ApiCall) => Answer; board?: () => JourneyBoard } = {}) {
  return (call: ApiCall): Answer => {
    const path = call.url.pathname;
    if (path === '/api/v1/users')
      return {
        body: { data: [{ id: 2, email: 'sato@banso.example', name: '佐藤 花子', role: 'csm' }] },
      };
    if (path === '/api/v1/journey/board')
      return { body: options.board ? options.board() : boardFixture() };
    if (path === '/api/v1/accounts/13/journey/moves' && call.method === 'POST') {
      if (options.move) return options.move(call);
      return {
        status: 201,
        body: {
          account: { id: 13, name: '株式会社みらい物流' },
          transition: {
            id: 99,
            account_id: 13,
            from: 'onboarding',
            to: 'adopting',
            at: '2026-11-23T00:00:00Z',
            by_user: 1,
            by_name: '山田 太郎',
            by_label: 'yamada@banso.example',
            rule: null,
            note: 'キックオフ完了',
          },
        },
      };
    }
    return stagesAnswer(call);
  };
}

const column = (key: string) =>
  page.container.querySelector<HTMLElement>(`[data-testid="board-column"][data-stage="${key}"]`)!;
const boardGets = () => page.calls.filter((c) => c.url.pathname === '/api/v1/journey/board');

describe('journey board', () => {
  it('shows every stage under its moment of truth, with the API’s counts and the longest stays first', async () => {
    page = await renderPage(<JourneyPage tab="board" />, { answer: fakeApi(), path: '/journey' });
    expect(boardGets()[0]!.url.searchParams.get('per_stage')).toBe('25');
    const moments = page.allByTestId('board-moment');
    expect(moments.map((m) => m.dataset.moment)).toEqual([
      'zmot',
      'fmot',
      'smot',
      'tmot',
      'churned',
    ]);
    expect(moments[2]!.textContent).toContain('SMOT (using)');
    expect(page.allByTestId('board-column').map((c) => c.dataset.stage)).toEqual([
      'prospect',
      'evaluating',
      'buying',
      'onboarding',
      'adopting',
      'renewing',
      'expanding',
      'advocating',
      'churned',
    ]);
    expect(column('onboarding').querySelector('[data-testid="board-count"]')!.textContent).toBe(
      '30',
    );
    expect(
      column('onboarding').querySelector('[data-testid="board-stage-name"]')!.textContent,
    ).toBe('Onboarding');
    expect(page.byTestId('board-total')!.textContent).toBe('31 accounts');

    const cards = [
      ...column('onboarding').querySelectorAll<HTMLElement>('[data-testid="board-card"]'),
    ];
    expect(cards.map((c) => c.dataset.accountId)).toEqual(['12', '13', '14']);
    expect(cards[0]!.querySelector('a')!.getAttribute('href')).toBe('/accounts/12?tab=journey');
    expect(cards[0]!.textContent).toContain('佐藤 花子');
    expect(cards[0]!.textContent).toContain('¥3,600,000'); // ARR, as everywhere else
    expect(
      cards.map((c) => c.querySelector<HTMLElement>('[data-testid="board-days"]')!.dataset.tone),
    ).toEqual(['stale', 'long', 'normal']);
    expect(cards[0]!.querySelector('[data-testid="board-days"]')!.textContent).toBe('200 days');
    // 30 in the stage, 3 shown: the rest are in the account list.
    expect(
      column('onboarding').querySelector('[data-testid="board-more"]')!.getAttribute('href'),
    ).toBe('/accounts?stage=onboarding');
    expect(column('renewing').textContent).toContain('No account in this stage');
  });

  it('moves an account through the dialog: the stage and the note are sent, the board is read again', async () => {
    page = await renderPage(<JourneyPage tab="board" />, { answer: fakeApi(), path: '/journey' });
    const card = column('onboarding').querySelectorAll('[data-testid="board-card"]')[1]!;
    await click(card.querySelector('[data-testid="board-move"]'));
    const dialog = page.byTestId('move-dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('Move “株式会社みらい物流”');
    expect(dialog.textContent).toContain('Now: Onboarding (day 95)');
    const select = page.byTestId<HTMLSelectElement>('move-to')!;
    // The stage it is in is not offered.
    expect([...select.options].find((o) => o.value === 'onboarding')!.disabled).toBe(true);
    await click(page.byTestId('move-submit'));
    expect(page.byTestId('move-to-error')!.textContent).toBe('Choose the stage to move to.');
    expect(page.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await choose(select, 'adopting');
    await type(page.byTestId('move-note'), ' キックオフ完了 ');
    await click(page.byTestId('move-submit'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/accounts/13/journey/moves');
    expect(post.body).toEqual({ to: 'adopting', note: 'キックオフ完了' });
    expect(page.byTestId('move-dialog')).toBeNull();
    expect(page.byTestId('board-moved')!.textContent).toBe(
      'Moved “株式会社みらい物流” to “Adopting”.',
    );
    expect(boardGets()).toHaveLength(2);
  });

  it('shows the server’s 400 at the stage select and keeps the dialog open', async () => {
    page = await renderPage(<JourneyPage tab="board" />, {
      answer: fakeApi({
        move: () => ({
          status: 400,
          body: {
            error: {
              code: 'invalid',
              reason: 'same_stage',
              params: { value: 'adopting' },
              field: 'to',
              message: 'the account is already in stage "adopting"',
            },
          },
        }),
      }),
      path: '/journey',
    });
    await click(column('onboarding').querySelectorAll('[data-testid="board-move"]')[1]!);
    await choose(page.byTestId('move-to'), 'adopting');
    await click(page.byTestId('move-submit'));
    expect(page.byTestId('move-to-error')!.textContent).toBe(
      'The account is already in stage "adopting".',
    );
    expect(page.byTestId('move-to')!.getAttribute('aria-invalid')).toBe('true');
    expect(page.byTestId('move-dialog')).not.toBeNull();
    expect(boardGets()).toHaveLength(1);
  });

  it('filters by tier and owner', async () => {
    page = await renderPage(<JourneyPage tab="board" />, { answer: fakeApi(), path: '/journey' });
    await choose(page.byTestId('board-tier'), 'high_touch');
    await choose(page.byTestId('board-owner'), '2');
    const last = boardGets().at(-1)!.url.searchParams;
    expect([last.get('tier'), last.get('owner_id')]).toEqual(['high_touch', '2']);
  });

  // A move needs write_customers (marketers lack it); the settings need configure_success.
  it.each(['viewer', 'marketer'] as const)(
    'lets a %s look but not move, and hides the settings',
    async (role) => {
      page = await renderPage(<JourneyPage tab="board" />, {
        answer: fakeApi(),
        path: '/journey',
        role,
      });
      expect(page.allByTestId('board-card').length).toBeGreaterThan(0);
      expect(page.byTestId('board-move')).toBeNull();
      expect(page.byTestId('journey-tab-settings')).toBeNull();
      expect(page.byTestId('journey-tab-funnel')).not.toBeNull();
    },
  );

  it('lets a CSM move accounts, without the settings', async () => {
    page = await renderPage(<JourneyPage tab="board" />, {
      answer: fakeApi(),
      path: '/journey',
      role: 'csm',
    });
    expect(page.allByTestId('board-move').length).toBeGreaterThan(0);
    expect(page.byTestId('journey-tab-settings')).toBeNull();
  });

  it('speaks Japanese: stage names from the API, moments from the catalogue', async () => {
    page = await renderPage(<JourneyPage tab="board" />, {
      answer: fakeApi(),
      path: '/journey',
      lang: 'ja',
    });
    expect(page.byTestId('journey-tab-board')!.textContent).toBe('ボード');
    expect(column('adopting').querySelector('[data-testid="board-stage-name"]')!.textContent).toBe(
      '定着・活用',
    );
    expect(page.allByTestId('board-moment')[0]!.textContent).toContain('ZMOT（情報収集）');
    expect(page.allByTestId('board-moment')[4]!.textContent).toContain('解約');
    expect(page.allByTestId('board-move')[0]!.textContent).toBe('移動');
  });
});
