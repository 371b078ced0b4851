// The self-sufficiency ladder marks the level reached only once someone assessed it: before the
// first assessment the server's "dependent" is a default, not a judgement.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../../test/harness';
import { selfFixture } from '../../test/successFixtures';
import { SelfSufficiencyCard } from './SelfSufficiencyCard';

let page: Rendered;
afterEach(() => page.unmount());

const render = (self: ReturnType<typeof selfFixture>, lang: 'ja' | 'en' = 'en') =>
  renderPage(<SelfSufficiencyCard accountId={12} canEdit />, {
    answer: (call) =>
      call.url.pathname === '/api/v1/accounts/12/self-sufficiency' ? { body: self } : undefined,
    lang,
  });
const steps = () => [...page.container.querySelectorAll<HTMLElement>('.ladder-step')];

describe('SelfSufficiencyCard', () => {
  it('marks no level while none has been assessed', async () => {
    page = await render(selfFixture({ level: 'dependent', assessed_at: null, history: [] }));
    expect(steps()).toHaveLength(4);
    expect(steps().filter((s) => s.getAttribute('aria-current'))).toHaveLength(0);
    expect(page.container.querySelector('.ladder-current, .ladder-past')).toBeNull();
    expect(page.byTestId('self-level')).toBeNull();
    expect(page.byTestId('self-sufficiency')!.dataset.assessed).toBe('false');
    expect(page.byTestId('self-assessed-at')!.textContent).toBe('Not assessed yet');
  });

  it('marks the level reached, and the ones below it, once assessed', async () => {
    page = await render(selfFixture(), 'ja');
    expect(steps().map((s) => s.className.trim().split(/\s+/).slice(1).join(' '))).toEqual([
      'ladder-past',
      'ladder-current',
      '',
      '',
    ]);
    expect(page.byTestId('self-level')!.getAttribute('aria-current')).toBe('step');
    expect(page.byTestId('self-sufficiency')!.dataset.assessed).toBe('true');
  });
});
