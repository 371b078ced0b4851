// One KPI of an objective being edited: baseline → current → target with its progress; the
// current value is typed in place unless the event rollups give it (a usage-bound KPI).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../api';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDate, formatNumber } from '../../lib/format';
import { kpiProgress } from '../../lib/plan';
import { parseNumber } from './PlanItemForms';

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

function value(v: number | null, unit: string, lang: string): string {
  if (v === null) return '—';
  return unit ? `${formatNumber(v, lang, 2)} ${unit}` : formatNumber(v, lang, 2);
}

/** The current value as typed (so that "1." or "-" can be typed), the number given up only when it is one. */
function CurrentInput({
  kpi,
  onChange,
  label,
  invalid,
}: {
  kpi: Kpi;
  onChange: (current: number | null) => void;
  label: string;
  invalid: boolean;
}) {
  const [text, setText] = useState(kpi.current === null ? '' : String(kpi.current));
  // A reload or a discard changes the value from outside: show it.
  useEffect(() => {
    const typed = parseNumber(text);
    if (typed !== kpi.current && !(typed !== null && Number.isNaN(typed)))
      setText(kpi.current === null ? '' : String(kpi.current));
  }, [kpi.current]);
  const parsed = parseNumber(text);
  const bad = parsed !== null && Number.isNaN(parsed);
  return (
    <span className="current-input">
      <input
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseNumber(e.target.value);
          if (next === null || !Number.isNaN(next)) onChange(next);
        }}
        aria-label={label}
        aria-invalid={bad || invalid ? true : undefined}
        className={`num-input ${bad || invalid ? 'input-error' : ''}`}
        placeholder="—"
        data-testid="kpi-current"
      />
      {kpi.unit && <span className="unit">{kpi.unit}</span>}
    </span>
  );
}
