// Every definition key and restated figure the server may send is worded in both catalogues:
// the text keys of src/revenue/retention_service.cpp ("retention.nrr.…", "ltv.model.…") under
// `definition.`, and the figures a restatement names (NamedFigures in src/revenue/retention.cpp)
// under `revenuePage.metric.`. Read from the server's source, so a key added there fails here.
import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';

const { readFileSync } = (await import('node:fs' as string)) as {
  readFileSync: (path: URL, encoding: 'utf8') => string;
};
const root = new URL('../../../', import.meta.url.toString());
const repoFile = (path: string) => readFileSync(new URL(path, root), 'utf8');

type Tree = { [key: string]: string | Tree };
function has(tree: Tree, path: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}
const catalogues: [string, Tree][] = [
  ['ja', ja as Tree],
  ['en', en as Tree],
];

const service = repoFile('src/revenue/retention_service.cpp');
const definitionKeys = [...service.matchAll(/"((?:retention|ltv)\.[a-z_]+(?:\.[a-z_]+)+)"/g)].map(
  (m) => m[1]!,
);
const retention = repoFile('src/revenue/retention.cpp');
const fields = retention.slice(
  retention.indexOf('void ForEachField'),
  retention.indexOf('template <class Op>'),
);
const namedFigures = retention.slice(retention.indexOf('NamedFigures('));
const metrics = [
  ...[...fields.matchAll(/fn\("([a-z_]+)"/g)].map((m) => m[1]!),
  ...[...namedFigures.matchAll(/out\.emplace_back\("([a-z_]+)"/g)].map((m) => m[1]!),
];

describe('the server’s revenue texts', () => {
  it('finds the keys in the server’s source (the reading still fits it)', () => {
    expect(definitionKeys).toContain('retention.nrr.cohort_end_mrr_over_start_mrr');
    expect(definitionKeys).toContain('ltv.survival.kaplan_meier_by_years_of_tenure');
    expect(definitionKeys).toContain('ltv.model.shifted_beta_geometric');
    expect(definitionKeys).toContain('ltv.value.average_arr_times_discounted_expected_lifetime');
    expect(definitionKeys).toContain('ltv.residual.arr_times_derl_at_tenure');
    expect(definitionKeys.length).toBeGreaterThanOrEqual(14);
    expect(metrics).toEqual(
      expect.arrayContaining(['opening_mrr', 'churn', 'nrr', 'logo_retention']),
    );
  });

  it('words every definition key in ja and en', () => {
    for (const [lang, tree] of catalogues)
      expect(
        definitionKeys.filter((key) => !has(tree, `definition.${key}`)),
        lang,
      ).toEqual([]);
  });

  it('names every figure a restatement may name, in ja and en', () => {
    for (const [lang, tree] of catalogues)
      expect(
        metrics.filter((metric) => !has(tree, `revenuePage.metric.${metric}`)),
        lang,
      ).toEqual([]);
  });
});
