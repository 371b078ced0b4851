// A stage badge names the stage by the server's list; until the list is read (or when it could
// not be), a seeded stage's key is named by the catalogues, and any other key is shown as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../test/harness';
import { stagesAnswer } from '../test/journeyFixtures';
import { StageBadge } from './Badges';

let page: Rendered;
afterEach(() => page.unmount());

const badges = () => page.allByTestId('stage-badge').map((b) => b.textContent);
const list = (
  <>
    <StageBadge stage="onboarding" />
    <StageBadge stage="advocating" />
    <StageBadge stage="pilot_phase" />
  </>
);

describe('stage names', () => {
  it('come from the server’s list when it is read', async () => {
    page = await renderPage(list, { answer: stagesAnswer, lang: 'ja' });
    expect(badges()).toEqual(['オンボーディングSMOT', '推奨（アドボカシー）TMOT', 'pilot_phase']);
  });

  it('come from the catalogues for the seeded keys when the list cannot be read', async () => {
    page = await renderPage(list, { answer: () => undefined, lang: 'ja' });
    expect(badges()).toEqual(['オンボーディング', '推奨（アドボカシー）', 'pilot_phase']);
    page.unmount();
    page = await renderPage(list, { answer: () => undefined, lang: 'en' });
    expect(badges()).toEqual(['Onboarding', 'Advocating', 'pilot_phase']);
  });
});
