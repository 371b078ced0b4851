// The touch-model page: the pyramid top first with each tier's accounts, ARR and share, health,
// and load against capacity (over it said plainly); the moves of the quarter. The rules editor
// adds, moves and removes rules and sends them with the version read; a field the server refuses
// is shown at it, a 409 as a conflict; after a save the pyramid is read again. A viewer reads.
import { afterEach, describe, expect, it } from 'vitest';
import type { UserRole } from '../../api';
import { staleAnswer } from '../../test/editingFixtures';
import { click, renderPage, type, until, type Rendered } from '../../test/harness';
import { pyramidFixture, touchModelFixture } from '../../test/touchModelFixtures';
import { TouchModelPage } from './TouchModelPage';

let page: Rendered;
afterEach(() => page.unmount());

async function render(
  role: UserRole,
  lang: 'ja' | 'en',
  saveAnswer?: { status: number; body: unknown },
) {
  const rendered = await renderPage(<TouchModelPage />, {
    role,
    lang,
    path: '/touch-model',
    route: '/touch-model',
    answer: (call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/touch-model/pyramid') return { body: pyramidFixture };
      if (path === '/api/v1/touch-model' && call.method === 'GET')
        return { body: touchModelFixture() };
      if (path === '/api/v1/touch-model' && call.method === 'PUT')
        return saveAnswer ?? { body: touchModelFixture({ version: 4 }) };
      return undefined;
    },
  });
  await until(() => Boolean(rendered.byTestId('touch-rule-table')), 'the rules');
  return rendered;
}

const pyramidReads = () =>
  page.calls.filter((c) => c.url.pathname === '/api/v1/touch-model/pyramid').length;

describe('TouchModelPage', () => {
  it('draws the pyramid top first, each tier with its money, health and load, in Japanese', async () => {
    page = await render('viewer', 'ja');
    const tiers = page.allByTestId('pyramid-tier');
    expect(tiers.map((x) => x.dataset.tier)).toEqual(['high_touch', 'low_touch', 'tech_touch']);
    expect(tiers.map((x) => x.querySelector('.pyramid-slice-name')!.textContent)).toEqual([
      'ハイタッチ',
      'ロータッチ',
      'テックタッチ',
    ]);
    const low = tiers[1]!;
    expect(low.querySelector('[data-testid="pyramid-accounts"]')!.textContent).toBe('85 社');
    expect(low.querySelector('[data-testid="pyramid-arr"]')!.textContent).toBe('￥142,527,576');
    expect(low.querySelector('[data-testid="pyramid-share"]')!.textContent).toBe('ARR 全体の 62%');
    expect(low.querySelector('[data-testid="pyramid-over"]')!.textContent).toBe(
      '目安（50 社）を超えています',
    );
    expect(low.querySelector('[data-testid="pyramid-unowned"]')!.textContent).toBe(
      'オーナー未設定 3 社',
    );
    const bar = [...low.querySelectorAll<HTMLElement>('.band-bar-part')];
    expect(bar.map((b) => [b.dataset.band, b.style.width])).toEqual([
      ['yellow', '40%'],
      ['green', '60%'],
    ]);
    // No CSM at all is no load to measure: the unowned accounts say it.
    expect(tiers[0]!.querySelector('[data-testid="pyramid-over"]')).toBeNull();
    expect(tiers[0]!.textContent).toContain('担当する CSM がいません');
    expect(tiers[2]!.querySelector('[data-testid="pyramid-over"]')).toBeNull();
    expect(page.byTestId('touch-move')!.textContent).toBe('ロータッチハイタッチ3 社');
  });

  it('lets a viewer read the rules without editing them', async () => {
    page = await render('viewer', 'en');
    expect(page.byTestId('touch-save')).toBeNull();
    expect(page.byTestId('touch-rule-add')).toBeNull();
    expect(page.byTestId('touch-rule-up')).toBeNull();
    expect(page.byTestId<HTMLInputElement>('touch-rule-min-arr')!.matches(':disabled')).toBe(true);
    expect(page.container.textContent).toContain('Admins and managers edit the touch model.');
  });

  it('adds, moves and removes rules, and saves them with the version read; then reads the pyramid again', async () => {
    page = await render('manager', 'en');
    expect(page.allByTestId<HTMLInputElement>('touch-rule-min-arr').map((i) => i.value)).toEqual([
      '3000000',
      '600000',
    ]);
    await click(page.byTestId('touch-rule-add'));
    await type(page.allByTestId('touch-rule-min-arr')[2]!, '¥1,000,000');
    await click(page.allByTestId('touch-rule-up')[2]!);
    await click(page.allByTestId('touch-rule-remove')[2]!);
    await click(page.allByTestId('touch-rule-band')[0]!);
    const before = pyramidReads();
    await click(page.byTestId('touch-save'));
    const put = page.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      version: 3,
      rules: [
        { tier: 'high_touch', min_arr_minor: 3_000_000, employee_bands: ['1-9'] },
        { tier: 'low_touch', min_arr_minor: 1_000_000, industries: [], attribute: null },
      ],
      capacity: { high_touch: 25, low_touch: 150, tech_touch: 2000 },
    });
    await until(() => pyramidReads() === before + 1, 'the pyramid read again');
    expect(page.byTestId('touch-saved')).not.toBeNull();
    expect(page.byTestId('touch-rules')!.dataset.version).toBe('4');
  });

  it('shows a field the server refuses at that field', async () => {
    page = await render('manager', 'en', {
      status: 400,
      body: {
        error: {
          code: 'invalid',
          reason: 'out_of_range',
          params: { min: 1, max: 1000000 },
          field: 'capacity.high_touch',
          message: 'must be from 1 to 1000000',
        },
      },
    });
    await type(page.byTestId('touch-capacity-high_touch'), '30');
    await click(page.byTestId('touch-save'));
    expect(page.byTestId('touch-capacity-high_touch-error')!.textContent).toContain('1');
  });

  it('refuses a capacity that is no whole number before sending, and says when someone saved first', async () => {
    page = await render('manager', 'en', staleAnswer);
    await type(page.byTestId('touch-capacity-low_touch'), '0');
    await click(page.byTestId('touch-save'));
    expect(page.byTestId('touch-capacity-low_touch-error')!.textContent).toBe(
      'Enter a whole number from 1 to 1,000,000.',
    );
    expect(page.calls.some((c) => c.method === 'PUT')).toBe(false);
    await type(page.byTestId('touch-capacity-low_touch'), '140');
    await click(page.byTestId('touch-save'));
    expect(page.byTestId('touch-rules-stale')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('touch-save')!.disabled).toBe(true);
  });
});
