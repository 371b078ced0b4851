// Segments on the account list: the filters saved by name (the list's query names, the sort
// left out), a duplicate name shown at the name in the user's language, a segment chosen
// narrowing the list with the other filters, and a segment renamed with the version read.
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountQuery } from '../../api';
import { choose, click, renderPage, type, until, type Rendered } from '../../test/harness';
import { segmentFixture } from '../../test/portfolioFixtures';
import { AccountListPage } from './AccountListPage';
import { segmentFilterOf } from './segmentFilter';

let page: Rendered | undefined;
afterEach(() => {
  page?.unmount();
  page = undefined;
});

async function render(path: string, lang: 'ja' | 'en', save?: { status: number; body: unknown }) {
  const rendered = await renderPage(<AccountListPage />, {
    role: 'csm',
    lang,
    path,
    route: '/accounts',
    answer: (call) => {
      const p = call.url.pathname;
      if (p === '/api/v1/accounts') return { body: { data: [], next_cursor: null, total: 0 } };
      if (p === '/api/v1/users') return { body: { data: [] } };
      if (p === '/api/v1/segments' && call.method === 'GET')
        return { body: { data: [segmentFixture()] } };
      if (p === '/api/v1/segments' && call.method === 'POST')
        return save ?? { status: 201, body: segmentFixture({ id: 9, name: 'new' }) };
      if (p === '/api/v1/segments/7' && call.method === 'PATCH')
        return { body: segmentFixture({ version: 3, name: 'renamed' }) };
      return undefined;
    },
  });
  await until(() => Boolean(rendered.byTestId('filter-segment')), 'the filters');
  return rendered;
}

describe('segments on the account list', () => {
  it('turns the list’s query into a segment filter, a segment applied lending its own', () => {
    const query: AccountQuery = {
      tier: 'high_touch',
      journey_stage: 'onboarding',
      arr_reporting_min: 0,
      sort: '-arr',
      segment_id: 7,
    };
    expect(segmentFilterOf(query, { health_band: 'red', tier: 'low_touch' })).toEqual({
      health_band: 'red',
      tier: 'high_touch',
      journey_stage: ['onboarding'],
      arr_reporting_min: 0,
    });
  });

  it('saves the filters as a segment and shows it', async () => {
    page = await render('/accounts?tier=high_touch&band=red&sort=-arr', 'en');
    await click(page!.byTestId('segment-save'));
    expect(page!.byTestId('segment-filter')!.textContent).toBe(
      'Touch model: High touch, Health: Red',
    );
    await type(page!.byTestId('segment-name'), ' Enterprise in red ');
    await click(page!.byTestId('segment-dialog-save'));
    const post = page!.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      name: 'Enterprise in red',
      description: null,
      filter: { tier: 'high_touch', health_band: 'red' },
    });
    await until(
      () => page!.location() === '/accounts?segment=9&sort=-arr',
      `the segment shown, at ${page!.location()}`,
    );
  });

  it('shows a duplicate name at the name, in Japanese', async () => {
    page = await render('/accounts?tier=high_touch', 'ja', {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          reason: 'already_exists',
          params: { entity: 'segment' },
          field: 'name',
          message: 'a segment with this name already exists',
        },
      },
    });
    await click(page!.byTestId('segment-save'));
    await type(page!.byTestId('segment-name'), 'エンタープライズ（レッド）');
    await click(page!.byTestId('segment-dialog-save'));
    const error = page!.byTestId('segment-name-error')!.textContent!;
    expect(error).not.toBe('');
    expect(error).not.toContain('already exists');
  });

  it('narrows the list by a segment with the other filters, and renames one', async () => {
    page = await render('/accounts?tier=low_touch', 'en');
    await until(
      () => page!.byTestId<HTMLSelectElement>('filter-segment')!.options.length === 2,
      'the segments',
    );
    await choose(page!.byTestId('filter-segment'), '7');
    await until(
      () =>
        page!.calls.some(
          (c) =>
            c.url.pathname === '/api/v1/accounts' &&
            c.url.searchParams.get('segment_id') === '7' &&
            c.url.searchParams.get('tier') === 'low_touch',
        ),
      'the list asked with both',
    );
    await click(page!.byTestId('segments-manage'));
    await click(page!.byTestId('segment-edit'));
    await type(page!.byTestId('segment-name'), 'renamed');
    await click(page!.byTestId('segment-dialog-save'));
    const patch = page!.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({ version: 2, name: 'renamed', description: null });
  });
});
