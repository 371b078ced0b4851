// Templates made, edited and deleted from their page by admins and managers: the editor with
// the plan editor's add forms (due in days), the version on a save, a 409 said plainly, the
// delete after a question, and the unsaved-changes question on leaving.
import { afterEach, describe, expect, it } from 'vitest';
import type { SuccessPlanTemplate, UserRole } from '../../api';
import { staleAnswer } from '../../test/editingFixtures';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { templatesFixture } from '../../test/successFixtures';
import { SuccessTemplatesPage } from './SuccessTemplatesPage';

let page: Rendered;
afterEach(() => page?.unmount());

type Write = (method: string, path: string) => { status?: number; body: unknown } | undefined;

function render(role: UserRole, write: Write = () => undefined) {
  return renderPage(<SuccessTemplatesPage />, {
    role,
    lang: 'ja',
    path: '/success-templates',
    answer: (call) => {
      const path = call.url.pathname;
      if (call.method === 'GET' && path === '/api/v1/success-plan-templates')
        return { body: { data: templatesFixture } };
      if (call.method === 'GET' && path === '/api/v1/success-plan-templates/sales-dx-90')
        return { body: { ...templatesFixture[1]!, version: 2, name: '営業DX導入 90日（改）' } };
      return write(call.method, path);
    },
  });
}
const card = (key: string) => page.allByTestId('template-card').find((c) => c.dataset.key === key)!;
const sent = (method: string) => page.calls.find((c) => c.method === method)!;

describe('SuccessTemplatesPage editing', () => {
  it('makes a template with an objective, a KPI and a milestone due in days', async () => {
    const created: SuccessPlanTemplate = {
      ...templatesFixture[0]!,
      key: 'renewal-60',
      name: '更新準備 60日',
    };
    page = await render('manager', (method) =>
      method === 'POST' ? { status: 201, body: created } : undefined,
    );
    await click(page.byTestId('template-new'));
    const editor = page.byTestId('template-editor')!;
    await click(page.byTestId('template-editor-save'));
    expect(page.byTestId('template-key-error')!.textContent).toContain('半角英小文字');
    expect(page.byTestId('template-objectives-error')!.textContent).toBe(
      '目標を 1 つ以上追加してください。',
    );
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);

    await type(page.byTestId('template-name'), '更新準備 60日');
    await type(page.byTestId('template-key'), 'renewal-60');
    await type(page.byTestId('template-segment'), 'ハイタッチ / 既存顧客');
    await type(page.byTestId('template-duration_days'), '60');
    await click(page.byTestId('template-objective-add'));
    await type(page.byTestId('objective-form-title'), '更新の意思決定者と合意する');
    await click(page.byTestId('objective-form-type-co'));
    await choose(page.byTestId('objective-form-kind'), 'lasting_results');
    await type(page.byTestId('objective-form-due'), '45');
    await click(page.byTestId('objective-form-submit'));
    await click(page.byTestId('template-kpi-add'));
    // A template has no current value.
    expect(page.byTestId('kpi-form-current')).toBeNull();
    await type(page.byTestId('kpi-form-name'), '役員との面談');
    await type(page.byTestId('kpi-form-unit'), '回');
    await type(page.byTestId('kpi-form-baseline'), '0');
    await type(page.byTestId('kpi-form-target'), '2');
    await type(page.byTestId('kpi-form-due_on'), '30');
    await click(page.byTestId('kpi-form-submit'));
    await click(page.byTestId('template-milestone-add'));
    await type(page.byTestId('milestone-form-title'), '更新提案');
    await type(page.byTestId('milestone-form-due'), 'あす');
    await click(page.byTestId('milestone-form-submit'));
    expect(page.byTestId('milestone-form-due-error')!.textContent).toBe(
      '0〜3650 の日数を入力してください。',
    );
    await type(page.byTestId('milestone-form-due'), '50');
    await click(page.byTestId('milestone-form-submit'));
    expect(page.allByTestId<HTMLInputElement>('template-milestone-title')[0]!.value).toBe(
      '更新提案',
    );
    expect(editor.querySelectorAll('[data-testid="template-kpi-row"]')).toHaveLength(1);

    await click(page.byTestId('template-editor-save'));
    expect(sent('POST').url.pathname).toBe('/api/v1/success-plan-templates');
    expect(sent('POST').body).toEqual({
      key: 'renewal-60',
      name: '更新準備 60日',
      segment: 'ハイタッチ / 既存顧客',
      description: '',
      duration_days: 60,
      objectives: [
        {
          title: '更新の意思決定者と合意する',
          type: 'co',
          kind: 'lasting_results',
          due_in_days: 45,
          kpis: [{ name: '役員との面談', unit: '回', baseline: 0, target: 2, due_in_days: 30 }],
          milestones: [{ title: '更新提案', due_in_days: 50 }],
        },
      ],
    });
    expect(page.byTestId('template-editor')).toBeNull();
    expect(page.byTestId('template-notice')!.textContent).toBe(
      'テンプレート「更新準備 60日」を作成しました。',
    );
  });

  it('edits a template in place with its version; the server’s 400 shows at its field', async () => {
    let patches = 0;
    page = await render('admin', (method) => {
      if (method !== 'PATCH') return undefined;
      patches++;
      return patches === 1
        ? {
            status: 400,
            body: {
              error: {
                code: 'invalid',
                reason: 'empty',
                params: {},
                message: 'must not be empty',
                field: 'objectives[1].title',
              },
            },
          }
        : { body: { ...templatesFixture[1]!, version: 2 } };
    });
    await click(card('sales-dx-90').querySelector('[data-testid="template-edit"]'));
    const titles = page.allByTestId<HTMLInputElement>('template-objective-title');
    expect(titles.map((i) => i.value)).toEqual(['営業チーム全員が毎週使う', '迷わず使える']);
    expect(page.byTestId<HTMLInputElement>('template-key')!.disabled).toBe(true);
    await type(page.allByTestId('template-milestone-title')[0]!, 'キックオフ会議');
    await click(page.byTestId('template-editor-save'));
    expect(sent('PATCH').url.pathname).toBe('/api/v1/success-plan-templates/sales-dx-90');
    expect(sent('PATCH').body).toMatchObject({ version: 1, duration_days: 90 });
    const errors = page.allByTestId('template-objective-title-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.textContent).toBe('空にはできません。');
    expect(page.allByTestId('template-objective-editor')[1]!.contains(errors[0]!)).toBe(true);

    await click(page.allByTestId('template-objective-remove')[1]!);
    expect(page.byTestId('template-objective-title-error')).toBeNull();
    await click(page.byTestId('template-editor-save'));
    const second = page.calls.filter((c) => c.method === 'PATCH')[1]!.body as {
      objectives: { milestones: { title: string }[] }[];
    };
    expect(second.objectives).toHaveLength(1);
    expect(second.objectives[0]!.milestones[0]!.title).toBe('キックオフ会議');
    expect(page.byTestId('template-notice')!.textContent).toContain('を保存しました。');
  });

  it('says when someone else saved the template first, and loads theirs on request', async () => {
    page = await render('manager', (method) => (method === 'PATCH' ? staleAnswer : undefined));
    await click(card('sales-dx-90').querySelector('[data-testid="template-edit"]'));
    await type(page.byTestId('template-name'), '営業DX 90日');
    await click(page.byTestId('template-editor-save'));
    expect(page.byTestId('template-editor-stale')!.textContent).toContain(
      'ほかの人が先に保存しました。',
    );
    expect(page.byTestId<HTMLButtonElement>('template-editor-save')!.disabled).toBe(true);
    await click(page.byTestId('template-editor-reload'));
    expect(page.byTestId<HTMLInputElement>('template-name')!.value).toBe('営業DX導入 90日（改）');
    await click(page.byTestId('template-editor-save'));
    expect(page.calls.filter((c) => c.method === 'PATCH')[1]!.body).toMatchObject({ version: 2 });
  });

  it('deletes a template after a question', async () => {
    page = await render('admin', (method) =>
      method === 'DELETE' ? { status: 204, body: null } : undefined,
    );
    await click(card('onboarding-30').querySelector('[data-testid="template-delete"]'));
    expect(page.container.textContent).toContain(
      'テンプレート「オンボーディング 30日」を削除しますか？',
    );
    expect(page.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await click(page.byTestId('template-delete-confirm'));
    expect(sent('DELETE').url.pathname).toBe('/api/v1/success-plan-templates/onboarding-30');
    expect(page.byTestId('template-notice')!.textContent).toContain('削除しました');
  });

  it('asks before leaving an editor with unsaved changes', async () => {
    page = await render('manager');
    await click(card('sales-dx-90').querySelector('[data-testid="template-edit"]'));
    await type(page.byTestId('template-description'), '書きかけ');
    await page.navigate('/accounts');
    expect(page.location()).toBe('/success-templates');
    expect(page.byTestId('unsaved-dialog')).not.toBeNull();
    await click(page.byTestId('unsaved-stay'));
    await click(page.byTestId('template-editor-cancel'));
    expect(page.byTestId('unsaved-dialog')).not.toBeNull();
    await click(page.byTestId('unsaved-leave'));
    expect(page.byTestId('template-editor')).toBeNull();
  });

  it('offers CSMs no editing', async () => {
    page = await render('csm');
    expect(page.byTestId('template-new')).toBeNull();
    expect(page.byTestId('template-edit')).toBeNull();
    expect(page.container.textContent).toContain('管理者とマネージャーが行えます');
  });
});
