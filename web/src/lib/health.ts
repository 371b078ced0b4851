// Health scores as the console words and orders them: a measure's raw value in its unit, the
// ledger ordered by the points each measure costs, the measures that moved most between two
// days, and the colour of each band.
import {
  SELF_SUFFICIENCY_LEVELS,
  type HealthBand,
  type HealthBandChange,
  type HealthContribution,
  type HealthDiffMeasure,
  type HealthMeasure,
  type MeasureUnit,
} from '../api';
import type { Translate } from './errorText';
import { formatNumber, localeOf, numberFormat } from './format';

/** The badge tone of each band (Badges.tsx). */
export const BAND_TONE = { red: 'red', yellow: 'amber', green: 'green' } as const satisfies Record<
  HealthBand,
  string
>;

/** The colour of each band in charts: the badges' hues. */
export const BAND_COLOR: Record<HealthBand, string> = {
  red: '#dc2626',
  yellow: '#d97706',
  green: '#16a34a',
};

// Measures that are a change rather than a level: their raw value is shown with its sign.
const CHANGES: ReadonlySet<HealthMeasure> = new Set(['active_user_trend', 'nps_change']);

/**
 * A measure's raw value in its unit and the UI language ("45%", "278日", "↑"…); null is "no
 * data". Percent values come as 0–100; the self-sufficiency level as 0 (dependent) to 3.
 */
export function formatRaw(
  raw: number | null,
  unit: MeasureUnit,
  measure: HealthMeasure,
  lang: string,
  t: Translate,
): string {
  if (raw === null || !Number.isFinite(raw)) return t('health.noData');
  const signDisplay = CHANGES.has(measure) ? 'exceptZero' : 'auto';
  const locale = localeOf(lang);
  switch (unit) {
    case 'percent':
      return numberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay,
      }).format(raw / 100);
    case 'flag':
      return raw > 0 ? t('common.yes') : t('common.no');
    case 'level': {
      const level = SELF_SUFFICIENCY_LEVELS[Math.round(raw)];
      return level ? t(`enum.selfLevel.${level}`) : formatNumber(raw, lang, 1);
    }
    default: {
      const value = numberFormat(locale, { maximumFractionDigits: 1, signDisplay }).format(raw);
      return t(`health.unitValue.${unit}`, { value, count: Math.abs(raw) });
    }
  }
}

/** Points on the 0–100 scale, as the ledger shows them ("12.5"). */
export function formatPoints(points: number, lang: string, signed = false): string {
  return numberFormat(localeOf(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(points);
}

export interface LedgerRow extends HealthContribution {
  /** The measure's share of the weights counted (0 when left out). */
  share: number;
  /** The points it costs: share × (100 − normalised). With the points, they sum to 100. */
  lost: number;
}

/** The ledger, the measures that cost the most points first (then the heaviest). */
export function ledgerRows(contributions: readonly HealthContribution[]): LedgerRow[] {
  const counted = contributions.filter((c) => c.normalised !== null);
  const total = counted.reduce((sum, c) => sum + c.weight, 0);
  return contributions
    .map((c) => {
      const share = c.normalised !== null && total > 0 ? c.weight / total : 0;
      const lost = c.normalised !== null ? share * (100 - c.normalised) : 0;
      return { ...c, share, lost };
    })
    .sort((a, b) => b.lost - a.lost || b.weight - a.weight);
}

/** The measures worth naming as the reason for the score: up to three, each costing a point or more. */
export function biggestCosts(rows: readonly LedgerRow[], max = 3): LedgerRow[] {
  return rows.filter((row) => row.lost >= 1).slice(0, max);
}

/** The measures whose points moved most first; those that did not move last. */
export function diffRows(measures: readonly HealthDiffMeasure[]): HealthDiffMeasure[] {
  return [...measures].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}

/** The measures whose points moved a band change, in words: "NPS 17.7 → 15.5、未解決チケット …". */
export function movedByText(change: HealthBandChange, lang: string, t: Translate): string {
  return change.moved_by
    .map((m) =>
      t('health.trend.moved', {
        measure: t(`enum.healthMeasure.${m.measure}`),
        before: formatPoints(m.points_before, lang),
        after: formatPoints(m.points, lang),
      }),
    )
    .join(t('health.listSeparator'));
}
