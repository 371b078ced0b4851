import { describe, expect, it } from 'vitest';
import { stagesFixture } from '../test/journeyFixtures';
import {
  cohortChoices,
  fitTone,
  formatPercent,
  groupByMoment,
  indexedField,
  splitList,
  stageLabel,
  stageName,
  stayTone,
} from './journey';

describe('journey helpers', () => {
  it('names a stage in the UI language, and an unknown key as the key', () => {
    const stages = stagesFixture();
    expect(stageName(stages[4]!, 'ja')).toBe('定着・活用');
    expect(stageName(stages[4]!, 'en')).toBe('Adopting');
    expect(stageLabel('renewing', stages, 'ja')).toBe('更新');
    expect(stageLabel('trial', stages, 'ja')).toBe('trial');
    expect(stageLabel('renewing', undefined, 'en')).toBe('renewing');
    expect(stageName({ key: 'x', name_ja: '', name_en: 'X' }, 'ja')).toBe('X');
  });

  it('groups stages under their moments in journey order, leaving out empty moments', () => {
    const groups = groupByMoment(stagesFixture().filter((s) => s.moment !== 'fmot'));
    expect(groups.map((g) => [g.moment, g.stages.map((s) => s.key)])).toEqual([
      ['zmot', ['prospect']],
      ['smot', ['onboarding', 'adopting']],
      ['tmot', ['renewing', 'expanding', 'advocating']],
      ['churned', ['churned']],
    ]);
  });

  it('formats conversions as percentages, null as a dash', () => {
    expect(formatPercent(0.8, 'en')).toBe('80%');
    expect(formatPercent(0.94444, 'en')).toBe('94.4%');
    expect(formatPercent(1, 'ja')).toBe('100%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('calls a stay long after a quarter and stale after half a year, never for churned accounts', () => {
    expect(stayTone(89, 'smot')).toBe('normal');
    expect(stayTone(90, 'smot')).toBe('long');
    expect(stayTone(180, 'fmot')).toBe('stale');
    expect(stayTone(800, 'churned')).toBe('normal');
  });

  it('colours the fit: poor below 50, fair below 70', () => {
    expect([fitTone(49), fitTone(50), fitTone(69), fitTone(70)]).toEqual([
      'red',
      'amber',
      'amber',
      'green',
    ]);
  });

  it('offers years, quarters and months from the months that exist, newest first', () => {
    expect(cohortChoices(['2025-11', '2026-01', '2025-12', '2026-04', 'nonsense'])).toEqual({
      years: ['2026', '2025'],
      quarters: ['2026-Q2', '2026-Q1', '2025-Q4'],
      months: ['2026-04', '2026-01', '2025-12', '2025-11'],
    });
  });

  it('splits typed lists on commas (also Japanese ones) and lines', () => {
    expect(splitList('製造、 ソフトウェア,IT サービス，物流\n\n金融 ,')).toEqual([
      '製造',
      'ソフトウェア',
      'IT サービス',
      '物流',
      '金融',
    ]);
  });

  it('reads indexed field paths the server names', () => {
    expect(indexedField('conditions[2].field')).toEqual({
      list: 'conditions',
      index: 2,
      key: 'field',
    });
    expect(indexedField('expected_outcomes[1]')).toEqual({
      list: 'expected_outcomes',
      index: 1,
      key: null,
    });
    expect(indexedField('why_bought')).toBeNull();
  });
});
