// The printable plan against a fake /api: the sheet (account, title, definition, objectives,
// KPIs, milestones) without the console around it, and the Markdown download.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, renderPage, type Rendered } from '../../test/harness';
import { planFixture } from '../../test/successFixtures';
import { PlanPrintPage } from './PlanPrintPage';

let page: Rendered;
afterEach(() => page.unmount());

const answer = (call: { url: URL }) => {
  if (call.url.pathname === '/api/v1/success-plans/7') return { body: planFixture() };
  if (call.url.pathname === '/api/v1/accounts/12')
    return { body: { id: 12, name: '株式会社あおぞら教育' } };
  return undefined;
};

describe('PlanPrintPage', () => {
  it('lays the plan out as a sheet to share', async () => {
    page = await renderPage(<PlanPrintPage />, {
      answer,
      path: '/plans/7/print',
      route: '/plans/:id/print',
      lang: 'ja',
    });
    const sheet = page.byTestId('print-sheet')!;
    expect(sheet.querySelector('h1')!.textContent).toBe('営業DX導入 90日');
    expect(sheet.textContent).toContain('株式会社あおぞら教育 様');
    expect(sheet.textContent).toContain('営業が顧客と話す時間が週 5 時間増えること');
    expect(page.allByTestId('print-objective')).toHaveLength(2);
    expect(sheet.textContent).toContain('週次報告の作成時間');
    expect(sheet.textContent).toContain('2026年11月14日 に達成');
    expect(sheet.querySelectorAll('.print-milestones li.done')).toHaveLength(1);
    expect(page.byTestId<HTMLAnchorElement>('print-back')!.getAttribute('href')).toBe(
      '/accounts/12?tab=success&plan=7',
    );
  });

  it('downloads the plan as Markdown built in the browser', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:plan';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('営業DX導入 90日.md');
    });
    page = await renderPage(<PlanPrintPage />, {
      answer,
      path: '/plans/7/print',
      route: '/plans/:id/print',
      lang: 'ja',
    });
    await click(page.byTestId('plan-markdown'));
    expect(clicked).toHaveBeenCalledTimes(1);
    // jsdom's Blob has no text(): read it as a browser would read a file.
    const markdown = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(markdown.startsWith('# 営業DX導入 90日\n')).toBe(true);
    expect(markdown).toContain('**顧客:** 株式会社あおぞら教育');
    expect(markdown).toContain('- [x] 管理者トレーニング完了');
    clicked.mockRestore();
  });

  it('says so when the plan is gone', async () => {
    page = await renderPage(<PlanPrintPage />, {
      answer: () => undefined,
      path: '/plans/99/print',
      route: '/plans/:id/print',
    });
    expect(page.container.textContent).toContain(
      'This success plan does not exist or was deleted.',
    );
  });
});
