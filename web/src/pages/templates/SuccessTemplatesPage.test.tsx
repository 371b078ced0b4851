// The templates page against a fake /api: each template with its segment, length and objectives.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../../test/harness';
import { templatesFixture } from '../../test/successFixtures';
import { SuccessTemplatesPage } from './SuccessTemplatesPage';

let page: Rendered;
afterEach(() => page.unmount());

describe('SuccessTemplatesPage', () => {
  it('lists the templates and what each one starts a plan with', async () => {
    page = await renderPage(<SuccessTemplatesPage />, {
      answer: (call) =>
        call.url.pathname === '/api/v1/success-plan-templates'
          ? { body: { data: templatesFixture } }
          : undefined,
      lang: 'ja',
    });
    const cards = page.allByTestId('template-card');
    expect(cards.map((c) => c.dataset.key)).toEqual(['onboarding-30', 'sales-dx-90']);
    expect(cards[1]!.textContent).toContain('営業DX導入 90日');
    expect(cards[1]!.textContent).toContain('中堅企業 / 営業部門');
    expect(cards[1]!.textContent).toContain('90 日');
    expect(page.allByTestId('template-objective')).toHaveLength(3);
    expect(cards[0]!.textContent).toContain('シート利用率');
    expect(cards[0]!.textContent).toContain('0 → 80 %');
    expect(cards[0]!.textContent).toContain('利用データ: シート利用率');
    expect(cards[0]!.textContent).toContain('7 日目');
    expect(cards[1]!.textContent).toContain('CX体験機能的');
  });
});
