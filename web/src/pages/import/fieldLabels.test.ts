// Every field an import accepts is worded in both catalogues: the fixture lists each kind's
// fields as the server does (GET /imports/{kind}/fields), so a field added on the server and to
// the fixture fails here until it has a label in ja and en.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import ja from '../../i18n/ja.json';
import i18n from '../../i18n';
import { IMPORT_KINDS, type ImportTarget } from '../../api';
import { IMPORT_FIELD_NAMES } from '../../test/importFixtures';
import { customKey, importFieldLabel } from './fieldLabels';

type Tree = { [key: string]: string | Tree };
function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe('import field labels', () => {
  it('words every field of every kind in both languages', () => {
    const kinds = Object.keys(IMPORT_FIELD_NAMES) as ImportTarget[];
    expect(kinds).toEqual([...IMPORT_KINDS, 'fx_rates']);
    for (const kind of kinds)
      for (const field of IMPORT_FIELD_NAMES[kind]) {
        for (const [lang, catalogue] of [
          ['ja', ja],
          ['en', en],
        ] as const) {
          const label = lookup(catalogue as Tree, `import.fields.${kind}.${field}`);
          expect(typeof label, `${lang} import.fields.${kind}.${field}`).toBe('string');
          expect(label, `${lang} ${kind}.${field} shows its key`).not.toBe(field);
        }
      }
  });

  it('labels no field that the server does not list (a stale label is a renamed field)', () => {
    for (const catalogue of [ja, en]) {
      const worded = (catalogue as unknown as { import: { fields: Record<string, Tree> } }).import
        .fields;
      for (const [kind, labels] of Object.entries(worded))
        expect(Object.keys(labels).sort(), kind).toEqual(
          [...IMPORT_FIELD_NAMES[kind as ImportTarget]].sort(),
        );
    }
  });

  it('names a field in the UI language, a custom attribute by its key', async () => {
    await i18n.changeLanguage('ja');
    const t = i18n.t.bind(i18n) as Parameters<typeof importFieldLabel>[2];
    expect(importFieldLabel('accounts', 'renewal_date', t)).toBe('契約更新日');
    expect(importFieldLabel('contracts', 'start_date', t)).toBe('契約開始日');
    expect(importFieldLabel('accounts', 'custom.region', t)).toBe('カスタム属性「region」');
    await i18n.changeLanguage('en');
    expect(importFieldLabel('accounts', 'owner', t)).toBe('Owner (CSM)');
    expect(customKey('custom.地域メモ')).toBe('地域メモ');
    expect(customKey('domain')).toBeNull();
  });
});
