// One KPI of an objective being edited: baseline → current → target with its progress; the
// current value is typed in place unless the event rollups give it (a usage-bound KPI), and is
// taken only when it fits the unit (whole people, 0–100 %: lib/kpiUnits).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../api';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDate, formatNumber } from '../../lib/format';
import { kpiProgress } from '../../lib/plan';
import { CurrentInput } from './CurrentInput';

/** The fields of a KPI the server may name in a 400. */
const KPI_FIELDS = ['name', 'baseline', 'target', 'current', 'due_on', 'usage.feature'];

export function KpiRow(props: {
  kpi: Kpi;
  /** Its path in the plan (`objectives[0].kpis[1]`), where the server's errors point. */
  path: string;
  canEdit: boolean;
  errorAt: (path: string) => string | undefined;
  onChange: (kpi: Kpi) => void;
  onRemove: () => void;
}) {
  const { kpi, path, canEdit, errorAt, onChange, onRemove } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const error = firstError(errorAt, path, KPI_FIELDS);
  // A usage-bound KPI's value comes from the event rollups on every read.
  const currentEditable = canEdit && !(kpi.usage && kpi.usage.measure !== 'feature_weekly_users');
  return (
    <tr data-testid="kpi-row">
      <td>
        <div className="strong">{kpi.name}</div>
        <div className="sub">
          {kpi.due_on && t('plan.milestone.dueOn', { date: formatDate(kpi.due_on, lang) })}
          {kpi.usage && (
            <span className="usage-tag">
              <Icon name="activity" size={11} />
              {t('plan.kpi.usageBound', { measure: usageLabel(kpi.usage, t) })}
            </span>
          )}
        </div>
        {error && (
          <div className="field-error" data-testid="kpi-error">
            {error}
          </div>
        )}
      </td>
      <td className="num kpi-value">{value(kpi.baseline, kpi.unit, lang)}</td>
      <td className="kpi-arrow" aria-hidden="true">
        →
      </td>
      <td className="num kpi-value kpi-current">
        {currentEditable ? (
          <CurrentInput
            kpi={kpi}
            onChange={(current) => onChange({ ...kpi, current })}
            label={t('plan.kpi.currentOf', { name: kpi.name })}
            invalid={Boolean(errorAt(`${path}.current`))}
          />
        ) : (
          value(kpi.current, kpi.unit, lang)
        )}
      </td>
      <td className="kpi-arrow" aria-hidden="true">
        →
      </td>
      <td className="num kpi-value strong">{value(kpi.target, kpi.unit, lang)}</td>
      <td className="kpi-progress">
        <ProgressBar value={kpiProgress(kpi)} size="sm" label={kpi.name} testId="kpi-progress" />
      </td>
      {canEdit && (
        <td className="actions-cell">
          <button
            type="button"
            className="icon-button icon-button-sm"
            onClick={onRemove}
            title={t('plan.removeKpi')}
            aria-label={`${t('plan.removeKpi')}: ${kpi.name}`}
          >
            <Icon name="x" size={13} />
          </button>
        </td>
      )}
    </tr>
  );
}

/** The server's message for an item of the plan (`path`) or for one of its fields, the first found. */
export function firstError(
  errorAt: (path: string) => string | undefined,
  path: string,
  fields: readonly string[],
): string | undefined {
  return [path, ...fields.map((field) => `${path}.${field}`)]
    .map(errorAt)
    .find((message) => message !== undefined);
}

/** "WAU", or "Weekly users of a feature · レポート出力" when the measure counts one feature or event. */
export function usageLabel(
  usage: NonNullable<Kpi['usage']>,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const measure = t(`enum.usageMeasure.${usage.measure}`, { defaultValue: usage.measure });
  return usage.feature ? `${measure} · ${usage.feature}` : measure;
}

/** The number and, when there is one, its unit, which may go under it in a narrow column. */
function value(v: number | null, unit: string, lang: string): ReactNode {
  if (v === null) return '—';
  return (
    <>
      <span className="kpi-number">{formatNumber(v, lang, 2)}</span>
      {unit && (
        <>
          {' '}
          <span className="unit">{unit}</span>
        </>
      )}
    </>
  );
}
