// A milestone ticked in the success plan editor is not dropped without a word: switching the
// account's tab (?tab=) or leaving the page asks first, in the user's language; once saved,
// nothing is asked.
import { afterEach, describe, expect, it } from 'vitest';
import { accountFixture, pageOf, withStages } from '../../test/editingFixtures';
import { click, renderPage, until, type Rendered } from '../../test/harness';
import { planFixture, selfFixture } from '../../test/successFixtures';
import { AccountPage } from '../account/AccountPage';

let page: Rendered;
afterEach(() => page.unmount());

const plan = planFixture();

async function render() {
  const rendered = await renderPage(<AccountPage />, {
    role: 'csm',
    lang: 'ja',
    path: '/accounts/12?tab=success',
    route: '/accounts/:id',
    answer: withStages((call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/accounts/12') return { body: accountFixture() };
      if (path === '/api/v1/accounts/12/success-plans') return { body: { data: [plan] } };
      if (path === '/api/v1/accounts/12/self-sufficiency') return { body: selfFixture() };
      if (path === `/api/v1/success-plans/${plan.id}/history`) return { body: { data: [] } };
      if (path === `/api/v1/success-plans/${plan.id}` && call.method === 'PATCH')
        return { body: { ...plan, version: plan.version + 1, ...(call.body as object) } };
      if (path === '/api/v1/accounts/12/timeline') return { body: pageOf([]) };
      return undefined;
    }),
  });
  // The success tab is a chunk of its own: wait until it shows the plan.
  await until(() => rendered.allByTestId('milestone').length > 0, 'the plan’s milestones');
  return rendered;
}

const firstMilestone = () => page.allByTestId('milestone')[0]!;

describe('the plan editor with unsaved changes', () => {
  it('asks before another tab drops a ticked milestone', async () => {
    page = await render();
    const before = firstMilestone().dataset.achieved;
    await click(firstMilestone().querySelector('[data-testid="milestone-toggle"]'));
    expect(firstMilestone().dataset.achieved).not.toBe(before);

    await click(page.byTestId('tab-timeline'));
    expect(page.location()).toBe('/accounts/12?tab=success');
    expect(page.byTestId('unsaved-dialog')!.textContent).toContain('保存していない変更があります');
    await click(page.byTestId('unsaved-stay'));
    expect(firstMilestone().dataset.achieved).not.toBe(before);

    await page.navigate('/accounts');
    expect(page.location()).toBe('/accounts/12?tab=success');
    await click(page.byTestId('unsaved-stay'));

    await click(page.byTestId('tab-timeline'));
    await click(page.byTestId('unsaved-leave'));
    expect(page.location()).toBe('/accounts/12?tab=timeline');
  });

  it('asks nothing once the plan is saved', async () => {
    page = await render();
    await click(firstMilestone().querySelector('[data-testid="milestone-toggle"]'));
    await click(page.byTestId('plan-save'));
    await click(page.byTestId('tab-timeline'));
    expect(page.byTestId('unsaved-dialog')).toBeNull();
    expect(page.location()).toBe('/accounts/12?tab=timeline');
  });
});
