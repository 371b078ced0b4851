// Tabbed pages: the selected tab is marked and its panel shown; a routed page's tab goes to the
// tab's address, and its texts and test ids follow its scope.
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, type Rendered } from '../test/harness';
import { TabbedPage, Tabs } from './TabbedPage';

let page: Rendered;
afterEach(() => page.unmount());
const selected = () =>
  [...page.container.querySelectorAll('[role="tab"]')]
    .filter((tab) => tab.getAttribute('aria-selected') === 'true')
    .map((tab) => tab.textContent);

type HandoffsTab = 'list' | 'icp';
const ROUTES: { tab: HandoffsTab; path: string }[] = [
  { tab: 'list', path: '/handoffs' },
  { tab: 'icp', path: '/handoffs/icp' },
];

function RoutedPage() {
  const tab: HandoffsTab = useLocation().pathname === '/handoffs/icp' ? 'icp' : 'list';
  return (
    <TabbedPage scope="handoffs" tabs={ROUTES} selected={tab}>
      <p>panel of {tab}</p>
    </TabbedPage>
  );
}

function LocalTabs() {
  const [tab, setTab] = useState<'one' | 'two'>('one');
  return (
    <Tabs
      label="Sections"
      tabs={['one', 'two'] as const}
      selected={tab}
      tabLabel={(name) => name.toUpperCase()}
      onSelect={setTab}
    >
      <p>panel of {tab}</p>
    </Tabs>
  );
}

describe('TabbedPage', () => {
  it('titles the page from its scope and goes to a tab’s address when it is clicked', async () => {
    page = await renderPage(<RoutedPage />, { path: '/handoffs', answer: () => undefined });
    expect(page.byTestId('handoffs-page')!.querySelector('h1')!.textContent).toBe('Hand-offs');
    expect(
      page.container.querySelector('[role="tablist"]')!.getAttribute('aria-label'),
    ).toBeTruthy();
    expect(selected()).toEqual([page.byTestId('handoffs-tab-list')!.textContent]);
    expect(page.byTestId('handoffs-panel-list')!.textContent).toBe('panel of list');

    await click(page.byTestId('handoffs-tab-icp'));
    expect(selected()).toEqual([page.byTestId('handoffs-tab-icp')!.textContent]);
    expect(page.byTestId('handoffs-panel-icp')!.textContent).toBe('panel of icp');
    expect(page.byTestId('handoffs-panel-list')).toBeNull();
  });

  it('titles the browser tab after the tab and the page', async () => {
    page = await renderPage(<RoutedPage />, { path: '/handoffs/icp', answer: () => undefined });
    expect(document.title).toBe('Ideal customer profile · Hand-offs · Banso');
    await click(page.byTestId('handoffs-tab-list'));
    expect(document.title).toBe(
      `${page.byTestId('handoffs-tab-list')!.textContent} · Hand-offs · Banso`,
    );
  });
});

describe('Tabs', () => {
  it('marks the selected tab and shows its panel, with unprefixed test ids', async () => {
    page = await renderPage(<LocalTabs />, { answer: () => undefined });
    expect(selected()).toEqual(['ONE']);
    await click(page.byTestId('tab-two'));
    expect(selected()).toEqual(['TWO']);
    expect(page.byTestId('panel-two')!.textContent).toBe('panel of two');
    expect(page.container.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe(
      'Sections',
    );
  });
});
