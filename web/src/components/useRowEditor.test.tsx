// The row editor: busy while an action runs, a failure as the row's problem (forgotten on the
// next try), and the confirmation closed on success, kept or closed on failure as asked.
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, type Rendered } from '../test/harness';
import { useRowEditor } from './useRowEditor';

/** An action the test finishes when it likes. */
function deferred() {
  let finish!: (error?: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  return { promise, finish };
}

function Row({
  action,
  closeConfirmOnFailure = false,
}: {
  action: () => Promise<void>;
  closeConfirmOnFailure?: boolean;
}) {
  const row = useRowEditor({ closeConfirmOnFailure });
  return (
    <div data-testid="row" data-busy={String(row.busy)} data-confirming={String(row.confirming)}>
      {row.problem && <span data-testid="problem">{row.problem}</span>}
      <button type="button" onClick={row.askToConfirm} data-testid="ask" />
      <button type="button" onClick={row.cancelConfirm} data-testid="cancel" />
      <button
        type="button"
        onClick={() => void row.run(action, (cause) => `failed: ${(cause as Error).message}`)}
        data-testid="run"
      />
    </div>
  );
}

let page: Rendered;
afterEach(() => page.unmount());
const state = () => ({
  busy: page.byTestId('row')!.dataset.busy,
  confirming: page.byTestId('row')!.dataset.confirming,
  problem: page.byTestId('problem')?.textContent ?? null,
});

describe('useRowEditor', () => {
  it('is busy while the action runs, and closes the confirmation once it succeeded', async () => {
    const current = deferred();
    page = await renderPage(<Row action={() => current.promise} />, { answer: () => undefined });
    await click(page.byTestId('ask'));
    await click(page.byTestId('run'));
    expect(state()).toEqual({ busy: 'true', confirming: 'true', problem: null });
    current.finish();
    await click(page.byTestId('row'));
    expect(state()).toEqual({ busy: 'false', confirming: 'false', problem: null });
  });

  it('keeps the confirmation open with the failure, for another try that forgets it', async () => {
    let current = deferred();
    page = await renderPage(<Row action={() => current.promise} />, { answer: () => undefined });
    await click(page.byTestId('ask'));
    await click(page.byTestId('run'));
    current.finish(new Error('409'));
    await click(page.byTestId('row'));
    expect(state()).toEqual({ busy: 'false', confirming: 'true', problem: 'failed: 409' });

    current = deferred();
    await click(page.byTestId('run'));
    expect(state()).toEqual({ busy: 'true', confirming: 'true', problem: null });
  });

  it('closes the confirmation on a failure when the row shows the failure itself', async () => {
    const current = deferred();
    page = await renderPage(<Row action={() => current.promise} closeConfirmOnFailure />, {
      answer: () => undefined,
    });
    await click(page.byTestId('ask'));
    await click(page.byTestId('run'));
    current.finish(new Error('in use'));
    await click(page.byTestId('row'));
    expect(state()).toEqual({ busy: 'false', confirming: 'false', problem: 'failed: in use' });
  });
});
