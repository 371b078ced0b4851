// The catalogues word every error reason the server can send, and nothing else: the reasons are
// docs/openapi.json's list (components.schemas.Error…reason.enum), their English forms and
// params are src/core/error_reason.cpp's table. lib/errorText.ts picks errors.form.<reason>.<params>
// for exactly those params, else errors.reason.<reason>.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../api/types';
import en from './en.json';
import ja from './ja.json';

// Node's fs, typed here: the console's tsconfig has no @types/node.
const { readFileSync } = (await import('node:fs' as string)) as {
  readFileSync: (path: URL, encoding: 'utf8') => string;
};
// The repository's root, from web/src/i18n/ (a base in a variable: Vite leaves it alone).
const root = new URL('../../../', import.meta.url.toString());
const repoFile = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface OpenApi {
  components: {
    schemas: { Error: { properties: { error: { properties: { reason: { enum: string[] } } } } } };
  };
}
const reasons: string[] = (JSON.parse(repoFile('docs/openapi.json')) as OpenApi).components.schemas
  .Error.properties.error.properties.reason.enum;

/** The server's English forms: {"too_long", "must be at most {max} characters"} → too_long: [["max"]]. */
function serverForms(source: string): Map<string, string[][]> {
  const forms = new Map<string, string[][]>();
  for (const [, code, english] of source.matchAll(/\{"(\w+)",\s*"((?:[^"\\]|\\.)*)"\}/g)) {
    const params = [...english!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    forms.set(code!, [...(forms.get(code!) ?? []), params]);
  }
  return forms;
}
const forms = serverForms(repoFile('src/core/error_reason.cpp'));
// A reason that is also an HTTP code is sent with no params when the message has no listed form.
for (const code of ERROR_CODES) forms.set(code, [...(forms.get(code) ?? []), []]);

interface Errors {
  reason: Record<string, string>;
  form: Record<string, Record<string, string>>;
}
const catalogues: [string, Errors][] = [
  ['ja', ja.errors],
  ['en', en.errors],
];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

describe('error reasons', () => {
  it('reads the server’s lists', () => {
    for (const code of ERROR_CODES) expect(reasons, `the code ${code} is a reason`).toContain(code);
    // Not finding the table means it changed shape: this parser needs to follow.
    expect(forms.get('too_long'), 'too_long in src/core/error_reason.cpp').toContainEqual(['max']);
    for (const code of forms.keys())
      expect(reasons, `${code} of error_reason.cpp in openapi.json`).toContain(code);
  });

  it('words every reason the server sends, in ja and en, and no other', () => {
    for (const [lang, errors] of catalogues) {
      const worded = Object.keys(errors.reason);
      const missing = reasons.filter((reason) => !worded.includes(reason));
      const neverSent = worded.filter((reason) => !reasons.includes(reason));
      expect({ missing, neverSent }, `${lang} errors.reason`).toEqual({
        missing: [],
        neverSent: [],
      });
    }
  });

  it('a reason’s entry names only the params every form of it carries', () => {
    for (const [lang, errors] of catalogues) {
      for (const [reason, text] of Object.entries(errors.reason)) {
        const always = (forms.get(reason) ?? [[]]).reduce((common, params) =>
          common.filter((p) => params.includes(p)),
        );
        for (const name of placeholders(text))
          expect(always, `${lang} errors.reason.${reason}: {{${name}}}`).toContain(name);
      }
    }
  });

  it('each form entry is for params a form of its reason carries, and names only those', () => {
    for (const [lang, errors] of catalogues) {
      for (const [reason, byParams] of Object.entries(errors.form)) {
        expect(reasons, `${lang} errors.form.${reason}`).toContain(reason);
        const sent = (forms.get(reason) ?? []).map((params) => params.join('+'));
        for (const [key, text] of Object.entries(byParams)) {
          const names = key.replace(PLURAL_SUFFIX, ''); // i18next's plural forms of an entry with {{count}}
          expect(
            sent,
            `${lang} errors.form.${reason}.${key}: no form of ${reason} has these params`,
          ).toContain(names);
          for (const name of placeholders(text))
            expect(names.split('+'), `${lang} errors.form.${reason}.${key}`).toContain(name);
        }
      }
    }
  });

  it('every form of a reason that is an HTTP code has params, so that no params means no listed form', () => {
    for (const code of ERROR_CODES) {
      const listed = (forms.get(code) ?? []).slice(0, -1); // the last one is the no-params answer added above
      for (const params of listed)
        expect(params.length, `a form of ${code} without params`).toBeGreaterThan(0);
    }
  });
});
