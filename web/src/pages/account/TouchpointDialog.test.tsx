// Logging a touchpoint: the dialog's defaults (a meeting, today, nobody named), the summary
// typed and saved (POST), checks before sending, an edit sent with its version, and a 409 said
// plainly with the record read again on request. "Today" is a fixed date.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Touchpoint } from '../../api';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import {
  contactsFixture,
  pageOf,
  staleAnswer,
  touchpointFixture,
} from '../../test/editingFixtures';
import { TouchpointDialog } from './TouchpointDialog';

let page: Rendered;
afterEach(() => page.unmount());

const now = () => new Date(2026, 10, 23, 15, 42); // 23 Nov 2026, 15:42 local

function render(touchpoint: Touchpoint | null, answer: Parameters<typeof renderPage>[1]['answer']) {
  const saved = vi.fn();
  const closed = vi.fn();
  return {
    saved,
    closed,
    ready: renderPage(
      <TouchpointDialog
        accountId={12}
        touchpoint={touchpoint}
        onSaved={saved}
        onClose={closed}
        now={now}
      />,
      {
        answer: (call) =>
          call.url.pathname === '/api/v1/contacts'
            ? { body: pageOf(contactsFixture) }
            : answer(call),
        lang: 'ja',
      },
    ),
  };
}

describe('TouchpointDialog', () => {
  it('logs a meeting today with just the summary typed', async () => {
    const { saved, ready } = render(null, (call) =>
      call.method === 'POST' ? { status: 201, body: touchpointFixture({ id: 900 }) } : undefined,
    );
    page = await ready;
    expect(page.byTestId('touchpoint-dialog')!.textContent).toContain('タッチポイントを記録');
    expect(page.byTestId<HTMLSelectElement>('touchpoint-kind')!.value).toBe('meeting');
    expect(page.byTestId<HTMLInputElement>('touchpoint-day')!.value).toBe('2026-11-23');
    expect(page.byTestId<HTMLSelectElement>('touchpoint-contact')!.value).toBe('');
    // The summary has the focus: typing is the next step.
    expect(document.activeElement).toBe(page.byTestId('touchpoint-summary'));
    const contacts = [...page.byTestId<HTMLSelectElement>('touchpoint-contact')!.options].map(
      (o) => o.textContent,
    );
    expect(contacts).toEqual([
      '指定しない',
      '田中 一郎 · 情報システム部 部長',
      '鈴木 美穂',
      '高橋 健（退職・異動） · 情報システム部 部長',
    ]);

    await type(
      page.byTestId('touchpoint-summary'),
      '  活用状況のレビュー。次回はダッシュボードの説明。 ',
    );
    await click(page.byTestId('touchpoint-dialog-save'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/touchpoints');
    expect(post.body).toEqual({
      account_id: 12,
      kind: 'meeting',
      contact_id: null,
      sentiment: null,
      occurred_at: now().toISOString(),
      summary: '活用状況のレビュー。次回はダッシュボードの説明。',
    });
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ id: 900 }));
  });

  it('names the contact, the sentiment and another day when chosen', async () => {
    const { ready } = render(null, (call) =>
      call.method === 'POST' ? { status: 201, body: touchpointFixture() } : undefined,
    );
    page = await ready;
    await choose(page.byTestId('touchpoint-kind'), 'onsite');
    await choose(page.byTestId('touchpoint-contact'), '31');
    await choose(page.byTestId('touchpoint-sentiment'), 'negative');
    await type(page.byTestId('touchpoint-day'), '2026-11-20');
    await type(page.byTestId('touchpoint-summary'), '訪問。更新に懸念あり。');
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      kind: 'onsite',
      contact_id: 31,
      sentiment: 'negative',
      occurred_at: new Date(2026, 10, 20, 12).toISOString(),
    });
  });

  it('refuses an empty summary and a day over a year ahead before sending', async () => {
    const { ready } = render(null, () => undefined);
    page = await ready;
    await type(page.byTestId('touchpoint-day'), '2027-12-01');
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.byTestId('touchpoint-summary-error')!.textContent).toBe('入力してください。');
    expect(page.byTestId('touchpoint-day-error')!.textContent).toBe(
      '1 年以上先の日付は記録できません。',
    );
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
    // Typing clears the field's problem.
    await type(page.byTestId('touchpoint-summary'), 'メモ');
    expect(page.byTestId('touchpoint-summary-error')).toBeNull();
  });

  it('shows the server’s refusal of a field at that field', async () => {
    const { ready } = render(null, (call) =>
      call.method === 'POST'
        ? {
            status: 400,
            body: {
              error: {
                code: 'invalid',
                reason: 'too_long',
                params: { max: 10000 },
                message: 'must be at most 10000 characters',
                field: 'summary',
              },
            },
          }
        : undefined,
    );
    page = await ready;
    await type(page.byTestId('touchpoint-summary'), 'x');
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.byTestId('touchpoint-summary-error')!.textContent).toBe(
      '10000 文字以内で入力してください。',
    );
  });

  it('edits with the version read; a 409 says someone saved first, and reload shows theirs', async () => {
    const original = touchpointFixture();
    const theirs = touchpointFixture({ version: 4, summary: '別の人が直した内容', kind: 'email' });
    const { saved, ready } = render(original, (call) => {
      if (call.method === 'PATCH') return staleAnswer;
      if (call.method === 'GET' && call.url.pathname === '/api/v1/touchpoints/501')
        return { body: theirs };
      return undefined;
    });
    page = await ready;
    expect(page.byTestId('touchpoint-dialog')!.textContent).toContain('タッチポイントを編集');
    expect(page.byTestId<HTMLTextAreaElement>('touchpoint-summary')!.value).toBe(original.summary);
    expect(page.byTestId<HTMLSelectElement>('touchpoint-contact')!.value).toBe('31');
    await type(page.byTestId('touchpoint-summary'), '私の変更');
    await click(page.byTestId('touchpoint-dialog-save'));
    const patch = page.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.url.pathname).toBe('/api/v1/touchpoints/501');
    expect(patch.body).toMatchObject({ version: 3, summary: '私の変更', kind: 'call' });
    // The day is unchanged: the time of day is kept.
    expect(patch.body).toMatchObject({ occurred_at: original.occurred_at });
    expect(saved).not.toHaveBeenCalled();
    expect(page.byTestId('touchpoint-dialog-stale')!.textContent).toContain(
      'ほかの人が先に保存しました。',
    );
    expect(page.byTestId<HTMLButtonElement>('touchpoint-dialog-save')!.disabled).toBe(true);

    await click(page.byTestId('touchpoint-dialog-reload'));
    expect(page.byTestId('touchpoint-dialog-stale')).toBeNull();
    expect(page.byTestId<HTMLTextAreaElement>('touchpoint-summary')!.value).toBe(
      '別の人が直した内容',
    );
    expect(page.byTestId<HTMLSelectElement>('touchpoint-kind')!.value).toBe('email');
    expect(page.byTestId<HTMLButtonElement>('touchpoint-dialog-save')!.disabled).toBe(false);
    // The next save goes with their version.
    await type(page.byTestId('touchpoint-summary'), '読み直してから変更');
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.calls.filter((c) => c.method === 'PATCH')[1]!.body).toMatchObject({ version: 4 });
  });

  it('closes at once when nothing was typed, and asks first when something was', async () => {
    const { closed, ready } = render(null, () => undefined);
    page = await ready;
    await click(page.byTestId('touchpoint-dialog-cancel'));
    expect(closed).toHaveBeenCalledTimes(1);
    await type(page.byTestId('touchpoint-summary'), '書きかけ');
    await click(page.byTestId('touchpoint-dialog-cancel'));
    expect(closed).toHaveBeenCalledTimes(1);
    expect(page.byTestId('unsaved-dialog')!.textContent).toContain('入力した内容は失われます');
    await click(page.byTestId('unsaved-leave'));
    expect(closed).toHaveBeenCalledTimes(2);
  });
});
