// Scorecards by scope: the list says whom each scorecard scores (the default, a tier, a segment by
// name) and that a draft-only one scores no one yet; "New scorecard" offers the tiers and segments
// without one (those with one, or filtering by health band, disabled with why), sends the chosen
// scope with the default's definition in force, opens the new one in the editor, and words the
// server's refusals in the user's language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scorecard } from '../../api';
import { click, renderPage, type, until, type ApiAnswer, type Rendered } from '../../test/harness';
import {
  definitionFixture,
  distributionFixture,
  backtestFixture,
  measuresFixture,
  scorecardFixture,
  segmentScorecardFixture,
  tierScorecardFixture,
} from '../../test/healthFixtures';
import { segmentFixture } from '../../test/portfolioFixtures';
import { ScorecardsPage } from './ScorecardsPage';

vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

let page: Rendered;
afterEach(() => page.unmount());

const segments = [
  segmentFixture({ id: 7, name: 'レッドの大口', accounts: 12 }),
  segmentFixture({ id: 8, name: '東日本', filter: { q: '東日本' }, accounts: 40 }),
  segmentFixture({
    id: 9,
    name: 'エンタープライズ',
    filter: { tier: 'high_touch' },
    accounts: 1234,
  }),
];
const created = scorecardFixture({
  id: 12,
  name: 'エンタープライズ用',
  segment_id: 9,
  published: null,
  draft: { ...segmentScorecardFixture.draft! },
});

const refusal = (status: number, reason: string, field: string | null, params = {}) => ({
  status,
  body: {
    error: {
      code: status === 409 ? 'conflict' : 'invalid',
      reason,
      params,
      field,
      message: reason,
    },
  },
});

async function render(lang: 'ja' | 'en', createAnswer?: ReturnType<typeof refusal>) {
  let list: Scorecard[] = [scorecardFixture(), tierScorecardFixture, segmentScorecardFixture];
  const answer: ApiAnswer = (call) => {
    const path = call.url.pathname;
    if (path === '/api/v1/scorecards' && call.method === 'POST') {
      if (createAnswer) return createAnswer;
      list = [...list, created];
      return { status: 201, body: created };
    }
    if (path === '/api/v1/scorecards') return { body: { data: list } };
    if (path === '/api/v1/segments') return { body: { data: segments } };
    if (path === '/api/v1/scorecards/measures') return { body: { data: measuresFixture } };
    if (path.endsWith('/preview'))
      return { body: { candidate: distributionFixture, published: distributionFixture } };
    if (path.endsWith('/backtest'))
      return { body: { candidate: backtestFixture, published: backtestFixture } };
    return undefined;
  };
  page = await renderPage(<ScorecardsPage />, {
    role: 'manager',
    path: '/scorecards',
    route: '/scorecards',
    lang,
    answer,
  });
  await until(() => page.allByTestId('scorecard-row').length === 3, 'the list');
  await until(() => Boolean(page.byTestId('scorecard-editor')), 'the editor');
}

const choices = (testId: string) =>
  page.allByTestId<HTMLButtonElement>(testId).map((b) => ({
    value: b.dataset.value,
    disabled: b.disabled,
    text: b.textContent,
  }));

async function openDialog() {
  await click(page.byTestId('scorecard-new'));
  await until(() => Boolean(page.byTestId('new-scorecard-dialog')), 'the dialog');
}

async function fillAndSend(name: string, segmentId: string) {
  await type(page.byTestId('new-scorecard-name'), name);
  await click(page.byTestId('new-scorecard-kind-segment'));
  const segment = page
    .allByTestId('new-scorecard-segment')
    .find((b) => b.dataset.value === segmentId);
  await click(segment!);
  await click(page.byTestId('new-scorecard-dialog-save'));
}

const posts = () =>
  page.calls.filter((c) => c.method === 'POST' && c.url.pathname === '/api/v1/scorecards');

describe('Scorecards by scope', () => {
  it('says whom each scorecard scores, which comes first, and that a draft scores no one', async () => {
    await render('ja');
    await until(
      () => page.allByTestId('scorecard-scope')[2]!.textContent === 'セグメント: 東日本',
      'the segment named',
    );
    expect(page.allByTestId('scorecard-scope').map((c) => c.textContent)).toEqual([
      '既定（ほかのすべての顧客）',
      'ロータッチ',
      'セグメント: 東日本',
    ]);
    expect(page.allByTestId('scorecard-draft-only').length).toBe(1);
    expect(page.allByTestId('scorecard-in-force')[2]!.textContent).toBe(
      '下書きのみ – まだ採点に使われていません',
    );
    expect(page.byTestId('scorecard-precedence')!.textContent).toContain('セグメント');
  });

  it('offers only tiers and segments without a scorecard, and says why the others cannot', async () => {
    await render('ja');
    await openDialog();
    expect(page.byTestId('new-scorecard-start')!.textContent).toContain('v1');
    expect(choices('new-scorecard-tier')).toEqual([
      { value: 'high_touch', disabled: false, text: 'ハイタッチ' },
      { value: 'low_touch', disabled: true, text: 'ロータッチスコアカードがすでにあります' },
      { value: 'tech_touch', disabled: false, text: 'テックタッチ' },
    ]);
    await click(page.byTestId('new-scorecard-kind-segment'));
    expect(choices('new-scorecard-segment')).toEqual([
      {
        value: '7',
        disabled: true,
        text: 'レッドの大口12 社 · ヘルスバンドで絞り込むため割り当てられません',
      },
      { value: '8', disabled: true, text: '東日本40 社 · スコアカードがすでにあります' },
      { value: '9', disabled: false, text: 'エンタープライズ1,234 社' },
    ]);
  });

  it("sends the chosen segment with the default's definition, then opens the new scorecard", async () => {
    await render('ja');
    await openDialog();
    await click(page.byTestId('new-scorecard-dialog-save'));
    expect(page.byTestId('new-scorecard-name-error')!.textContent).toBe('入力してください。');
    expect(page.byTestId('new-scorecard-scope-error')!.textContent).toBe(
      'ティアを選んでください。',
    );
    expect(posts()).toEqual([]);
    await fillAndSend(' エンタープライズ用 ', '9');
    expect(posts().map((c) => c.body)).toEqual([
      { name: 'エンタープライズ用', segment_id: 9, definition: definitionFixture },
    ]);
    await until(() => !page.byTestId('new-scorecard-dialog'), 'the dialog closed');
    await until(
      () => page.byTestId('scorecard-editor')?.dataset.scorecardId === '12',
      'the new scorecard in the editor',
    );
    expect(page.byTestId('scorecard-status')!.textContent).toBe('下書き v1 を編集中');
    await until(() => page.allByTestId('scorecard-row').length === 4, 'the list read again');
  });

  it('sends a tier and nothing of a segment', async () => {
    await render('en');
    await openDialog();
    await type(page.byTestId('new-scorecard-name'), 'High touch');
    await click(page.byTestId('new-scorecard-kind-segment'));
    await click(page.allByTestId('new-scorecard-segment')[2]!);
    await click(page.byTestId('new-scorecard-kind-tier'));
    await click(page.allByTestId('new-scorecard-tier')[0]!);
    await click(page.byTestId('new-scorecard-dialog-save'));
    expect(posts()[0]!.body).toEqual({
      name: 'High touch',
      tier: 'high_touch',
      definition: definitionFixture,
    });
  });

  it.each([
    [
      'ja',
      refusal(409, 'already_exists', 'segment_id', { entity: 'scorecard', field: 'segment_id' }),
      '「セグメント」が同じスコアカードがすでにあります。',
    ],
    [
      'en',
      refusal(409, 'already_exists', 'segment_id', { entity: 'scorecard', field: 'segment_id' }),
      'Another scorecard already has this segment.',
    ],
    [
      'ja',
      refusal(400, 'segment_by_health', 'segment_id'),
      'ヘルスバンドで絞り込むセグメントにはスコアカードを割り当てられません（バンド自体がスコアカードで決まるため）。',
    ],
    [
      'en',
      refusal(400, 'segment_by_health', 'segment_id'),
      'A segment that filters by health band cannot choose a scorecard: its band would come from the scorecard itself.',
    ],
  ] as const)('words a refusal of the segment (%s)', async (lang, answer, text) => {
    await render(lang, answer);
    await openDialog();
    await fillAndSend('X', '9');
    await until(() => Boolean(page.byTestId('new-scorecard-scope-error')), 'the refusal');
    expect(page.byTestId('new-scorecard-scope-error')!.textContent).toBe(text);
    expect(page.byTestId('new-scorecard-dialog')).not.toBeNull();
  });

  it('words a refusal of no field in the dialog', async () => {
    await render('en', refusal(400, 'tier_or_segment', null));
    await openDialog();
    await fillAndSend('X', '9');
    await until(() => Boolean(page.byTestId('new-scorecard-dialog-error')), 'the refusal');
    expect(page.byTestId('new-scorecard-dialog-error')!.textContent).toContain(
      'A scorecard scores either a tier or a segment, not both.',
    );
  });

  it('offers no new scorecard to a viewer', async () => {
    page = await renderPage(<ScorecardsPage />, {
      role: 'viewer',
      path: '/scorecards',
      route: '/scorecards',
      answer: (call) =>
        call.url.pathname === '/api/v1/scorecards'
          ? { body: { data: [scorecardFixture()] } }
          : undefined,
    });
    await until(() => page.allByTestId('scorecard-row').length === 1, 'the list');
    expect(page.byTestId('scorecard-new')).toBeNull();
  });
});
