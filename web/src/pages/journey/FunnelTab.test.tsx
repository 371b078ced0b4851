// The journey funnel against a fake /api: the table's figures as the API gives them (reached,
// now, conversion in %, median days, churned from), the per-moment tiles, the chart, the
// cohort picker (years, quarters, months) and the filters sent.
import { afterEach, describe, expect, it } from 'vitest';
import { choose, flush, renderPage, type ApiCall, type Rendered } from '../../test/harness';
import { funnelFixture, stagesAnswer } from '../../test/journeyFixtures';
import { JourneyPage } from './JourneyPage';

let page: Rendered;
afterEach(() => page.unmount());

const answer = (call: ApiCall) =>
  call.url.pathname === '/api/v1/journey/funnel' ? { body: funnelFixture() } : stagesAnswer(call);
const cells = (stage: string) => {
  const row = page.container.querySelector(`[data-testid="funnel-row"][data-stage="${stage}"]`)!;
  return [
    'funnel-reached',
    'funnel-current',
    'funnel-conversion',
    'funnel-median',
    'funnel-churned-from',
  ].map((id) => row.querySelector(`[data-testid="${id}"]`)!.textContent);
};

describe('journey funnel', () => {
  it('tables every stage’s figures as the API gives them', async () => {
    page = await renderPage(<JourneyPage tab="funnel" />, { answer, path: '/journey/funnel' });
    expect(page.allByTestId('funnel-row').map((r) => r.dataset.stage)).toEqual([
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
    expect(cells('prospect')).toEqual(['300', '20', '—', '21 days', '4']);
    expect(cells('evaluating')).toEqual(['240', '18', '80%', '14 days', '10']);
    expect(cells('buying')).toEqual(['180', '6', '75%', '9.5 days', '2']);
    expect(cells('onboarding')).toEqual(['170', '30', '94.4%', '45 days', '8']);
    expect(cells('churned')).toEqual(['42', '42', '—', '—', '0']);
    expect(page.byTestId('funnel-row')!.textContent).toContain('Prospect');
    expect(page.byTestId('funnel-accounts')!.textContent).toBe('300 accounts');
    expect(page.byTestId('funnel-chart')).not.toBeNull();
  });

  it('sums up each moment of truth', async () => {
    page = await renderPage(<JourneyPage tab="funnel" />, { answer, path: '/journey/funnel' });
    const tiles = page.allByTestId('funnel-moment');
    expect(tiles.map((t) => t.dataset.moment)).toEqual(['zmot', 'fmot', 'smot', 'tmot', 'churned']);
    expect(tiles[1]!.textContent).toContain('FMOT (choosing, buying)');
    expect(tiles[1]!.querySelector('[data-testid="funnel-moment-reached"]')!.textContent).toContain(
      '240',
    );
    expect(tiles[2]!.querySelector('[data-testid="funnel-moment-conversion"]')!.textContent).toBe(
      '70.8%',
    );
    expect(tiles[2]!.textContent).toContain('median 230 days to the next');
  });

  it('offers the cohorts by year, quarter and month and sends the one chosen, with the tier', async () => {
    page = await renderPage(<JourneyPage tab="funnel" />, { answer, path: '/journey/funnel' });
    const picker = page.byTestId<HTMLSelectElement>('funnel-cohort')!;
    expect(
      [...picker.querySelectorAll('optgroup')].map((g) => [
        g.label,
        [...g.querySelectorAll('option')].map((o) => o.value),
      ]),
    ).toEqual([
      ['Year', ['2026', '2025']],
      ['Quarter', ['2026-Q2', '2026-Q1', '2025-Q4']],
      ['Month', ['2026-04', '2026-01', '2025-12', '2025-11']],
    ]);
    expect(picker.querySelector('option[value="2026-Q1"]')!.textContent).toBe('Started in 2026 Q1');
    await choose(picker, '2026-Q1');
    await choose(page.byTestId('funnel-tier'), 'low_touch');
    await flush();
    const last = page.calls.filter((c) => c.url.pathname === '/api/v1/journey/funnel').at(-1)!.url
      .searchParams;
    expect([last.get('cohort'), last.get('tier')]).toEqual(['2026-Q1', 'low_touch']);
  });

  it('speaks Japanese', async () => {
    page = await renderPage(<JourneyPage tab="funnel" />, {
      answer,
      path: '/journey/funnel',
      lang: 'ja',
    });
    expect(page.byTestId('journey-tab-funnel')!.textContent).toBe('ファネル');
    expect(page.byTestId('funnel-row')!.textContent).toContain('見込み（情報収集）');
    expect(cells('buying')[3]).toBe('9.5 日');
    expect(
      page.byTestId<HTMLSelectElement>('funnel-cohort')!.querySelector('option[value="2026-04"]')!
        .textContent,
    ).toBe('2026 年 4 月に開始');
  });
});
