import { describe, expect, it } from 'vitest';
import {
  CONTACT_ROLES,
  EVENT_TYPES,
  IMPORT_ENCODINGS,
  ICP_OPS,
  IMPORT_KINDS,
  MOMENTS,
  MOVEMENT_KINDS,
  OBJECTIVE_KINDS,
  OBJECTIVE_TYPES,
  PLAN_STATUSES,
  RELATIONSHIP_WARNINGS,
  RENEWAL_STATUSES,
  RULE_OPS,
  SELF_SUFFICIENCY_LEVELS,
  SENTIMENTS,
  STAKEHOLDER_ROLES,
  TIERS,
  TOUCHPOINT_KINDS,
  USAGE_MEASURES,
  USER_LANGUAGES,
  USER_ROLES,
} from '../api/types';
import { TOKEN_STATES } from '../lib/staff';
import en from './en.json';
import ja from './ja.json';
import { detectLanguage } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const jaKeys = flatten(ja as Tree);
const enKeys = flatten(en as Tree);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w]+)/g)].map((m) => m[1]!).sort();
}

describe('i18n catalogues', () => {
  it('ja and en have exactly the same keys', () => {
    expect([...jaKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('no string is empty', () => {
    for (const [key, value] of [...jaKeys, ...enKeys]) expect(value.trim(), key).not.toBe('');
  });

  it('each string uses the same placeholders in both languages', () => {
    for (const [key, value] of enKeys)
      expect(placeholders(jaKeys.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('labels every enum value of the API', () => {
    const enums: [string, readonly string[]][] = [
      // Stages are named by the server (name_ja / name_en); their moments are ours to label.
      ['enum.momentOfTruth', MOMENTS],
      ['enum.momentCode', MOMENTS],
      ['enum.stakeholderRole', STAKEHOLDER_ROLES],
      ['journey.op', RULE_OPS],
      ['icp.op', ICP_OPS],
      ['enum.tier', TIERS],
      ['enum.userRole', USER_ROLES],
      ['staff.languageName', USER_LANGUAGES],
      ['staff.tokens.state', TOKEN_STATES],
      ['enum.contactRole', CONTACT_ROLES],
      ['enum.touchpoint', TOUCHPOINT_KINDS],
      ['enum.movement', MOVEMENT_KINDS],
      ['enum.renewalStatus', RENEWAL_STATUSES],
      ['enum.sentiment', SENTIMENTS],
      ['import.kinds', IMPORT_KINDS],
      ['import.encodings', IMPORT_ENCODINGS],
      ['enum.eventType', EVENT_TYPES],
      ['enum.planStatus', PLAN_STATUSES],
      ['enum.objectiveType', OBJECTIVE_TYPES],
      ['enum.objectiveTypeHint', OBJECTIVE_TYPES],
      ['enum.objectiveKind', OBJECTIVE_KINDS],
      ['enum.usageMeasure', USAGE_MEASURES],
      ['enum.selfLevel', SELF_SUFFICIENCY_LEVELS],
      ['enum.selfLevelHint', SELF_SUFFICIENCY_LEVELS],
      ['relationships.warning', RELATIONSHIP_WARNINGS],
      ['relationships.warningHint', RELATIONSHIP_WARNINGS],
    ];
    for (const [prefix, values] of enums) {
      for (const value of values) {
        expect(jaKeys.has(`${prefix}.${value}`), `ja ${prefix}.${value}`).toBe(true);
        expect(enKeys.has(`${prefix}.${value}`), `en ${prefix}.${value}`).toBe(true);
      }
    }
  });

  it('the Japanese catalogue is Japanese', () => {
    expect(jaKeys.get('nav.accounts')).toBe('顧客');
    expect(jaKeys.get('enum.tier.high_touch')).toBe('ハイタッチ');
  });
});

describe('language detection', () => {
  it('prefers the remembered choice, then the browser language (ja → ja, else en)', () => {
    expect(detectLanguage('en', 'ja-JP')).toBe('en');
    expect(detectLanguage('ja', 'en-US')).toBe('ja');
    expect(detectLanguage(null, 'ja-JP')).toBe('ja');
    expect(detectLanguage(null, 'ja')).toBe('ja');
    expect(detectLanguage(null, 'fr-FR')).toBe('en');
    expect(detectLanguage('de', undefined)).toBe('en');
  });
});
