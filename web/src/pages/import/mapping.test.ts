import { describe, expect, it } from 'vitest';
import { importReportFixture } from '../../test/importFixtures';
import { chosenFor, headerKey, ignoredColumns, remapColumn, rememberedApplies } from './mapping';

describe('column mapping', () => {
  const result = importReportFixture({ mapping: { ' 地域メモ ': 'x' } });

  it('keys a header as the server looks it up: ASCII blanks trimmed, full-width ones kept', () => {
    expect(headerKey('  Region\t')).toBe('Region');
    expect(headerKey('\u3000地域')).toBe('\u3000地域');
  });

  it('starts from the choices the preview applied, and gives each field one column', () => {
    const applied = importReportFixture({ mapping: { ARR: '' } });
    expect(remapColumn(applied, '地域メモ', 'custom.region')).toEqual({
      ARR: '',
      地域メモ: 'custom.region',
    });
    expect(remapColumn(applied, '地域メモ', 'domain')).toEqual({
      ARR: '',
      地域メモ: 'domain',
      ドメイン: '',
    });
    expect(remapColumn(applied, 'ARR', null)).toEqual({});
    expect(remapColumn(applied, ' ARR ', '')).toEqual({ ARR: '' });
  });

  it('lists the columns left out, and which were chosen by hand', () => {
    expect(ignoredColumns(result).map((c) => c.header)).toEqual(['地域メモ', 'ARR']);
    const applied = importReportFixture({ mapping: { 地域メモ: '' } });
    expect(chosenFor(applied, applied.columns[2]!)).toBe('');
    expect(chosenFor(applied, applied.columns[0]!)).toBeUndefined();
  });

  it('says a remembered mapping applies only when it chose something for this file', () => {
    expect(
      rememberedApplies(
        importReportFixture({ mapping: { 地域メモ: '' }, mapping_remembered: true }),
      ),
    ).toBe(true);
    expect(
      rememberedApplies(importReportFixture({ mapping: { Other: '' }, mapping_remembered: true })),
    ).toBe(false);
    expect(rememberedApplies(importReportFixture({ mapping: { 地域メモ: '' } }))).toBe(false);
  });
});
