// The tab's title: a page's own title wins over the frame's section title while it is shown,
// and the frame's comes back when it goes.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { documentTitle, useDocumentTitle } from './useDocumentTitle';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Frame({ page }: { page: string | null }) {
  useDocumentTitle(['顧客'], { fallback: true });
  return page === null ? null : <Page name={page} />;
}
function Page({ name }: { name: string }) {
  useDocumentTitle([name, '顧客']);
  return null;
}

let container: HTMLDivElement;
afterEach(() => container?.remove());

describe('documentTitle', () => {
  it('puts the parts, most particular first, before the app’s name', () => {
    expect(documentTitle(['株式会社かもめ', '顧客'])).toBe('株式会社かもめ · 顧客 · Banso');
    expect(documentTitle([null, '', 'Accounts'])).toBe('Accounts · Banso');
    expect(documentTitle([])).toBe('Banso');
  });
});

describe('useDocumentTitle', () => {
  it('lets the page’s title win over the frame’s, and gives it back', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<Frame page="株式会社かもめ" />));
    expect(document.title).toBe('株式会社かもめ · 顧客 · Banso');
    await act(async () => root.render(<Frame page="Kamome Inc." />));
    expect(document.title).toBe('Kamome Inc. · 顧客 · Banso');
    await act(async () => root.render(<Frame page={null} />));
    expect(document.title).toBe('顧客 · Banso');
    act(() => root.unmount());
  });
});
