// The fit score badge: a number in its tone, or a dash when the profile had no criteria (the
// server sends a null score then).
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../test/harness';
import { FitScore } from './Badges';

let page: Rendered;
afterEach(() => page.unmount());

describe('FitScore', () => {
  it('shows the rounded score in the tone of its band', async () => {
    page = await renderPage(<FitScore score={38.6} />, { answer: () => undefined });
    const badge = page.byTestId('fit-score');
    expect(badge?.textContent).toBe('39/100');
    expect(badge?.className).toContain('fit-red');
  });

  it('shows a dash, not a score, when there is none', async () => {
    page = await renderPage(<FitScore score={null} />, { answer: () => undefined, lang: 'ja' });
    const badge = page.byTestId('fit-score');
    expect(badge?.textContent).toBe('—');
    expect(badge?.className).toContain('fit-none');
    expect(badge?.getAttribute('title')).toContain('理想顧客プロファイル');
  });
});
