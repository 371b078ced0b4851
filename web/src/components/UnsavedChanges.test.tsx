// The unsaved-changes guard: while a form holds changes, in-app navigation (a link, a ?tab=
// change) waits for an answer in the user's language, closing the browser tab is warned
// against, and closing a form asks first; without changes nothing is asked.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, type Rendered } from '../test/harness';
import { useUnsavedChangesGuard } from './UnsavedChanges';

let page: Rendered;
afterEach(() => page.unmount());

function Form() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(true);
  const [, setParams] = useSearchParams();
  const guard = useUnsavedChangesGuard(open && text !== '');
  return (
    <div>
      <Link to="/elsewhere" data-testid="link">
        elsewhere
      </Link>
      <button type="button" data-testid="tab" onClick={() => setParams({ tab: 'nps' })}>
        tab
      </button>
      <button type="button" data-testid="dirty" onClick={() => setText('typed')}>
        type
      </button>
      {open && (
        <button
          type="button"
          data-testid="close"
          onClick={() => guard.confirmDiscard(() => setOpen(false))}
        >
          close
        </button>
      )}
      <span data-testid="open">{open ? 'open' : 'closed'}</span>
    </div>
  );
}

const render = (lang: 'ja' | 'en' = 'en') =>
  renderPage(<Form />, { answer: () => undefined, path: '/accounts/12', lang });
const beforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('useUnsavedChangesGuard', () => {
  it('lets a clean form go without asking', async () => {
    page = await render();
    await click(page.byTestId('link'));
    expect(page.location()).toBe('/elsewhere');
    expect(page.byTestId('unsaved-dialog')).toBeNull();
    expect(beforeUnload()).toBe(false);
  });

  it('holds a link while there are changes: stay keeps the page, leave goes', async () => {
    page = await render('ja');
    await click(page.byTestId('dirty'));
    await click(page.byTestId('link'));
    expect(page.location()).toBe('/accounts/12');
    const dialog = page.byTestId('unsaved-dialog')!;
    expect(dialog.textContent).toContain('保存していない変更があります');
    expect(page.byTestId('unsaved-leave')!.textContent).toBe('変更を破棄して移動');
    await click(page.byTestId('unsaved-stay'));
    expect(page.byTestId('unsaved-dialog')).toBeNull();
    expect(page.location()).toBe('/accounts/12');

    await click(page.byTestId('link'));
    await click(page.byTestId('unsaved-leave'));
    expect(page.location()).toBe('/elsewhere');
  });

  it('holds a change of tab (?tab=) and navigation from code alike', async () => {
    page = await render();
    await click(page.byTestId('dirty'));
    await click(page.byTestId('tab'));
    expect(page.location()).toBe('/accounts/12');
    expect(page.byTestId('unsaved-dialog')).not.toBeNull();
    await click(page.byTestId('unsaved-leave'));
    expect(page.location()).toBe('/accounts/12?tab=nps');

    await page.navigate('/journey');
    expect(page.location()).toBe('/accounts/12?tab=nps');
    await click(page.byTestId('unsaved-stay'));
    expect(page.location()).toBe('/accounts/12?tab=nps');
  });

  it('warns before the browser tab closes or reloads while there are changes', async () => {
    page = await render();
    expect(beforeUnload()).toBe(false);
    await click(page.byTestId('dirty'));
    expect(beforeUnload()).toBe(true);
  });

  it('asks before a form with changes closes, and closes a clean one at once', async () => {
    page = await render();
    await click(page.byTestId('dirty'));
    await click(page.byTestId('close'));
    expect(page.byTestId('unsaved-leave')!.textContent).toBe('Discard changes');
    await click(page.byTestId('unsaved-stay'));
    expect(page.byTestId('open')!.textContent).toBe('open');
    await click(page.byTestId('close'));
    await click(page.byTestId('unsaved-leave'));
    expect(page.byTestId('open')!.textContent).toBe('closed');
    // Closed, the form holds nothing: leaving asks no more.
    expect(beforeUnload()).toBe(false);
    await click(page.byTestId('link'));
    expect(page.location()).toBe('/elsewhere');
  });
});
