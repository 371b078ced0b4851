import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { employeeBandLabel, industryLabel, normalisedKey, personLabel } from './labels';

describe('normalisedKey', () => {
  it('folds case, width and separators into one key', () => {
    expect(normalisedKey('Real estate')).toBe('real_estate');
    expect(normalisedKey('  REAL-ESTATE ')).toBe('real_estate');
    expect(normalisedKey('Ｒｅａｌ　Ｅｓｔａｔｅ')).toBe('real_estate');
    expect(normalisedKey('E-commerce')).toBe('e_commerce');
    expect(normalisedKey('製造業')).toBe('');
  });
});

describe('industryLabel', () => {
  const t = i18n.getFixedT('ja');
  const en = i18n.getFixedT('en');
  it('words a known industry in the UI language, however it was typed', () => {
    expect(industryLabel('Manufacturing', t)).toBe('製造');
    expect(industryLabel('healthcare', t)).toBe('医療・ヘルスケア');
    expect(industryLabel('Real Estate', t)).toBe('不動産');
    expect(industryLabel('real_estate', en)).toBe('Real estate');
  });
  it('shows an unknown one as typed, and nothing for none', () => {
    expect(industryLabel('Space mining', t)).toBe('Space mining');
    expect(industryLabel('製造業', t)).toBe('製造業');
    expect(industryLabel(null, t)).toBe('');
    expect(industryLabel('  ', t)).toBe('');
  });
});

describe('employeeBandLabel', () => {
  it('words the bands the server knows, and shows another as sent', () => {
    expect(employeeBandLabel('50-249', i18n.getFixedT('ja'))).toBe('50〜249 名');
    expect(employeeBandLabel('5000+', i18n.getFixedT('en'))).toBe('5,000 or more employees');
    expect(employeeBandLabel('about 20', i18n.getFixedT('en'))).toBe('about 20');
    expect(employeeBandLabel(null, i18n.getFixedT('en'))).toBe('');
  });
});

describe('personLabel', () => {
  it('prefers the name, then the email, never an id', () => {
    expect(personLabel({ name: '佐藤 花子', email: 'sato@x' })).toBe('佐藤 花子');
    expect(personLabel({ name: ' ', email: 'sato@x' })).toBe('sato@x');
    expect(personLabel({ name: null, email: null })).toBeNull();
    expect(personLabel(undefined)).toBeNull();
  });
});
