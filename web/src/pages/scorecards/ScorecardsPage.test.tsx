// The scorecards page: the list with each one's version in force and draft; the editor's
// preview and backtest asked once the typing stops, and not for a definition with problems;
// Save draft sends the definition with the version read (a 409 shown as a conflict, never sent
// over), Publish asks first; a viewer reads the version in force without the editor's actions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scorecard, UserRole } from '../../api';
import { staleAnswer } from '../../test/editingFixtures';
import { click, flush, renderPage, type, until, type Rendered } from '../../test/harness';
import {
  backtestFixture,
  definitionFixture,
  distributionFixture,
  measuresFixture,
  scorecardFixture,
} from '../../test/healthFixtures';
import { PREVIEW_DEBOUNCE_MS } from './ScorecardPreview';
import { ScorecardsPage } from './ScorecardsPage';

// echarts itself is not drawn in jsdom.
vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

let page: Rendered;
afterEach(() => page.unmount());

const withDraft = (version: number): Scorecard =>
  scorecardFixture({
    version,
    draft: {
      number: 2,
      definition: definitionFixture,
      created_at: '2026-12-07T00:00:00Z',
      created_by: '山田 太郎',
      published_at: null,
      published_by: null,
    },
  });

async function render(role: UserRole, saveAnswer?: { status: number; body: unknown }) {
  const rendered = await renderPage(<ScorecardsPage />, {
    role,
    path: '/scorecards',
    route: '/scorecards',
    lang: 'ja',
    answer: (call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/scorecards') return { body: { data: [scorecardFixture()] } };
      if (path === '/api/v1/scorecards/measures') return { body: { data: measuresFixture } };
      if (path === '/api/v1/scorecards/1/preview')
        return { body: { candidate: distributionFixture, published: distributionFixture } };
      if (path === '/api/v1/scorecards/1/backtest')
        return { body: { candidate: backtestFixture, published: backtestFixture } };
      if (path === '/api/v1/scorecards/1/draft' && call.method === 'PUT')
        return saveAnswer ?? { body: withDraft(4) };
      if (path === '/api/v1/scorecards/1/publish')
        return { body: scorecardFixture({ version: 5 }) };
      return undefined;
    },
  });
  await until(() => Boolean(rendered.byTestId('scorecard-measures')), 'the editor');
  await until(() => Boolean(rendered.byTestId('scorecard-measure-auc')), 'the backtest');
  return rendered;
}

const previews = () => page.calls.filter((c) => c.url.pathname.endsWith('/preview'));
const weight = (i: number) => page.allByTestId<HTMLInputElement>('scorecard-weight')[i]!;

describe('ScorecardsPage', () => {
  it('lists the scorecards and previews the one chosen against the version in force', async () => {
    page = await render('manager');
    const row = page.byTestId('scorecard-row')!;
    expect(row.textContent).toContain('既定（ほかのすべての顧客）');
    expect(page.byTestId('scorecard-in-force')!.textContent).toContain('v1');
    expect(page.byTestId('scorecard-has-draft')!.textContent).toBe('なし');
    expect(previews()[0]!.body).toEqual({ definition: definitionFixture });
    expect(page.byTestId('scorecard-auc')!.textContent).toContain('0.791');
    expect(page.byTestId('scorecard-renewal-auc')!.textContent).toContain('0.780');
    const churn = page.allByTestId('scorecard-churn-band').map((r) => r.textContent);
    expect(churn[0]).toContain('50%');
    expect(page.allByTestId('scorecard-measure-auc-row').map((r) => r.dataset.measure)).toEqual([
      'nps_latest',
      'open_tickets',
    ]);
  });

  it('asks for a preview once typing stops, and none while the draft has problems', async () => {
    page = await render('manager');
    const before = previews().length;
    await type(weight(0), '0');
    await flush(PREVIEW_DEBOUNCE_MS + 100);
    expect(previews().length).toBe(before);
    expect(page.byTestId('scorecard-preview-problems')).not.toBeNull();
    await type(weight(0), '2');
    await type(weight(0), '20');
    await flush(PREVIEW_DEBOUNCE_MS / 2);
    expect(previews().length).toBe(before);
    await until(() => previews().length === before + 1, 'the preview');
    const sent = previews()[before]!.body as { definition: typeof definitionFixture };
    expect(sent.definition.measures[0]!.weight).toBe(20);
  });

  it('saves the draft with the version read, then publishes it after asking', async () => {
    page = await render('manager');
    await type(weight(0), '0');
    await click(page.byTestId('scorecard-save'));
    expect(page.byTestId('scorecard-weight-error')!.textContent).toBe(
      '0より大きく 1000 以下の数を入力してください。',
    );
    expect(page.calls.some((c) => c.method === 'PUT')).toBe(false);
    await type(weight(0), '25');
    expect(page.byTestId<HTMLButtonElement>('scorecard-publish')!.disabled).toBe(true);
    await click(page.byTestId('scorecard-save'));
    const put = page.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      version: 3,
      definition: { measures: [{ measure: 'open_tickets', weight: 25 }, {}] },
    });
    expect(page.byTestId('scorecard-status')!.textContent).toBe('下書き v2 を編集中');
    await click(page.byTestId('scorecard-publish'));
    expect(page.byTestId('scorecard-confirm')!.textContent).toContain('下書き v2 を公開しますか');
    await click(page.byTestId('scorecard-publish-confirm'));
    const publish = page.calls.find((c) => c.url.pathname.endsWith('/publish'))!;
    expect(publish.body).toEqual({ version: 4 });
  });

  it('says so when someone else saved first, and sends nothing over it', async () => {
    page = await render('manager', staleAnswer);
    await type(weight(1), '12');
    await click(page.byTestId('scorecard-save'));
    expect(page.byTestId('scorecard-editor-stale')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('scorecard-save')!.disabled).toBe(true);
  });

  it('lets a viewer read the version in force without editing it', async () => {
    page = await render('viewer');
    expect(page.byTestId('scorecard-save')).toBeNull();
    expect(page.byTestId('scorecard-measure-add')).toBeNull();
    expect(weight(0).matches(':disabled')).toBe(true);
    expect(page.byTestId('scorecard-status')!.textContent).toBe('公開中のバージョン（閲覧のみ）');
  });
});
