// Plans on the client: progress as the server computes it, what a save sends, where a path
// points, the history in words, and the Markdown a plan is shared as.
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { planFixture } from '../test/successFixtures';
import {
  describePath,
  draftOf,
  historyLines,
  isDraftDirty,
  kpiProgress,
  markdownFileName,
  objectiveProgress,
  objectivesForSave,
  planMarkdown,
  planProgress,
  todayIso,
} from './plan';

describe('progress', () => {
  it('goes from baseline to target in either direction, clamped, 0 without a current value', () => {
    expect(kpiProgress({ baseline: 0, target: 25, current: 5 })).toBeCloseTo(0.2);
    expect(kpiProgress({ baseline: 120, target: 60, current: 90 })).toBeCloseTo(0.5); // down is progress
    expect(kpiProgress({ baseline: 120, target: 60, current: 150 })).toBe(0);
    expect(kpiProgress({ baseline: 0, target: 10, current: 30 })).toBe(1);
    expect(kpiProgress({ baseline: 0, target: 10, current: null })).toBe(0);
  });

  it('averages KPIs and milestones; achieved is 1; abandoned objectives do not count', () => {
    const plan = planFixture();
    const [first, second] = plan.objectives;
    expect(objectiveProgress(first!)).toBeCloseTo(1 / 3); // KPI 0, one of two milestones
    expect(objectiveProgress({ ...first!, status: 'achieved' })).toBe(1);
    expect(objectiveProgress({ ...second!, kpis: [], milestones: [] })).toBe(0);
    expect(planProgress(plan.objectives)).toBeCloseTo((1 / 3 + 0.5) / 2);
    expect(planProgress([first!, { ...second!, status: 'abandoned' }])).toBeCloseTo(1 / 3);
    expect(planProgress([])).toBe(0);
  });
});

describe('saving', () => {
  it('sends every item with its id and without the computed progress', () => {
    const sent = objectivesForSave(planFixture().objectives);
    expect(sent[0]).not.toHaveProperty('progress');
    expect(sent[0]!.kpis[0]).not.toHaveProperty('progress');
    expect(sent[0]!.id).toBe('o1');
    expect(sent[0]!.kpis[0]!.id).toBe('k2');
    expect(sent[0]!.milestones.map((m) => m.id)).toEqual(['m3', 'm4']);
    expect(sent[0]!.kpis[0]!.usage).toEqual({ measure: 'wau', feature: '' }); // a usage binding stays
  });

  it('knows a draft from the plan it came from', () => {
    const plan = planFixture();
    const draft = draftOf(plan);
    expect(isDraftDirty(draft, plan)).toBe(false);
    expect(isDraftDirty({ ...draft, definition: 'x' }, plan)).toBe(true);
  });

  it('dates today in the browser’s own calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('paths', () => {
  const objectives = planFixture().objectives;
  it('names items by id (history) or by index (a 400’s field)', () => {
    expect(describePath('objectives[o1].milestones[m3].achieved_on', objectives)).toEqual({
      items: ['営業チーム全員が毎週使う', 'キックオフ'],
      field: 'achieved_on',
    });
    expect(describePath('objectives[1].kpis[0].target', objectives)).toEqual({
      items: ['迷わず使える', '週次報告の作成時間'],
      field: 'target',
    });
    expect(describePath('objectives[o99].title', objectives)).toEqual({
      items: ['o99'],
      field: 'title',
    });
    expect(describePath('objectives[5].type', objectives)).toEqual({
      items: ['#6'],
      field: 'type',
    });
    expect(describePath('definition', objectives)).toEqual({ items: [], field: 'definition' });
    expect(describePath('objectives[o1].kpis[k2].usage.feature', objectives).field).toBe(
      'usage.feature',
    );
  });

  it('reads a version’s changes as items added, removed, and fields changed (null → null left out)', () => {
    const lines = historyLines(
      [
        { path: 'objectives[o6].kpis[k9].name', from: '旧 KPI', to: null },
        { path: 'objectives[o6].kpis[k9].baseline', from: 3, to: null },
        { path: 'objectives[o6].kpis[k9].usage', from: null, to: null },
        { path: 'status', from: 'not_started', to: 'on_track' },
        { path: 'objectives[o13].title', from: null, to: '新しい目標' },
        { path: 'objectives[o13].kind', from: null, to: null },
        { path: 'objectives[o1].milestones[m3].achieved_on', from: null, to: '2026-11-23' },
      ],
      objectives,
    );
    expect(lines).toEqual([
      {
        kind: 'removed',
        what: 'kpis',
        items: ['迷わず使える', '旧 KPI'],
        field: null,
        from: null,
        to: null,
      },
      {
        kind: 'changed',
        what: null,
        items: [],
        field: 'status',
        from: 'not_started',
        to: 'on_track',
      },
      {
        kind: 'added',
        what: 'objectives',
        items: ['新しい目標'],
        field: null,
        from: null,
        to: null,
      },
      {
        kind: 'changed',
        what: null,
        items: ['営業チーム全員が毎週使う', 'キックオフ'],
        field: 'achieved_on',
        from: null,
        to: '2026-11-23',
      },
    ]);
  });
});

describe('Markdown', () => {
  it('holds the title, the definition, each objective with a KPI table and a milestone checklist', async () => {
    await i18n.changeLanguage('ja');
    const md = planMarkdown(planFixture(), {
      accountName: '株式会社あおぞら教育',
      t: i18n.t.bind(i18n),
      lang: 'ja',
    });
    expect(md.startsWith('# 営業DX導入 90日\n')).toBe(true);
    expect(md).toContain('**顧客:** 株式会社あおぞら教育');
    expect(md).toContain('## お客様にとっての成功\n\n> 営業が顧客と話す時間が週 5 時間増えること');
    expect(md).toContain('### 1. 営業チーム全員が毎週使う');
    expect(md).toContain('成果 (CO) · 定着');
    expect(md).toContain('| 週次報告の作成時間 | 120 分 | 90 分 | 60 分 | — | 50% |');
    expect(md).toContain('- [ ] キックオフ (期日 2026年11月8日)');
    expect(md).toContain('- [x] 管理者トレーニング完了');
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('escapes table pipes and speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    const plan = planFixture();
    plan.objectives[1]!.kpis[0]!.name = 'A | B';
    const md = planMarkdown(plan, { t: i18n.t.bind(i18n), lang: 'en' });
    expect(md).toContain('| A \\| B |');
    expect(md).toContain('## What success means to the customer');
    expect(md).toContain('Outcome (CO) · Adoption');
    expect(md).not.toContain('**Customer:**'); // no account name given
  });

  it('names the file after the plan', () => {
    expect(markdownFileName({ id: 3, title: '営業DX導入 90日' })).toBe('営業DX導入 90日.md');
    expect(markdownFileName({ id: 3, title: 'a/b: c?' })).toBe('a b c.md');
    expect(markdownFileName({ id: 3, title: '  ' })).toBe('plan-3.md');
  });
});
