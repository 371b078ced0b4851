// What a KPI's unit says about its values, so that a plan cannot hold −999999 people: counts
// (人, 件, users…) are whole and not negative, percentages are 0–1000 (NRR passes 100%), money and lengths of time
// are not negative. The unit is free text; one this does not know (点, NPS…) is any number.
// A KPI bound to a usage measure counts people or events, or (seat utilisation) is a percentage.
import type { Kpi } from '../api/types';

export type KpiUnitKind = 'count' | 'percent' | 'money' | 'duration' | 'other';

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const PERCENT = words('% percent pct パーセント');
const COUNT = words(`
  人 名 件 回 社 個 席 本 台 通 枚 人数 件数 回数 ユーザー ユーザ アカウント ライセンス シート チケット
  user users people person persons seat seats account accounts license licenses licence licences
  ticket tickets count times reps`);
const MONEY = words('円 万円 千円 億円 ¥ $ € £ ドル ユーロ yen');
const DURATION = words(`
  秒 分 時間 日 日間 週 週間 月 か月 ヶ月 ヵ月 カ月 年 sec secs second seconds min mins minute
  minutes h hr hrs hour hours day days week weeks month months year years`);

const CURRENCY_CODE = /^[a-z]{3}$/;
function isCurrencyCode(unit: string): boolean {
  if (!CURRENCY_CODE.test(unit)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(unit.toUpperCase());
  } catch {
    return false;
  }
}

/** The kind of a unit as typed ("人", "％", "JPY", "days"); full-width forms count as their ASCII. */
export function unitKind(unit: string | null | undefined): KpiUnitKind {
  const u = (unit ?? '').normalize('NFKC').trim().toLowerCase();
  if (!u) return 'other';
  if (PERCENT.includes(u)) return 'percent';
  if (COUNT.includes(u)) return 'count';
  if (MONEY.includes(u) || isCurrencyCode(u)) return 'money';
  if (DURATION.includes(u)) return 'duration';
  return 'other';
}

/** The kind of a KPI's values: its usage measure's when it is bound to one, else its unit's. */
export function kpiKind(kpi: Pick<Kpi, 'unit' | 'usage'>): KpiUnitKind {
  if (kpi.usage) return kpi.usage.measure === 'seat_utilisation' ? 'percent' : 'count';
  return unitKind(kpi.unit);
}

/** The planForm message key of what is wrong with a value of that kind; null when it fits. */
export function kpiValueProblem(value: number, kind: KpiUnitKind): string | null {
  if (!Number.isFinite(value)) return 'planForm.notNumber';
  switch (kind) {
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : 'planForm.wholeNonNegative';
    case 'percent':
      return value >= 0 && value <= 1000 ? null : 'planForm.percentRange';
    case 'money':
      return value >= 0 ? null : 'planForm.nonNegative';
    case 'duration':
      return value >= 0 ? null : 'planForm.durationNonNegative';
    default:
      return null;
  }
}
