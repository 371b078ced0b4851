// The scorecard's measures as table rows: the measure (those not used elsewhere), its unit and
// source, its weight and share of the weights, how its raw value becomes 0–100 (thresholds as
// "at → score" points, or its percentile within the tier), what a missing value counts as, and
// Remove. Problems are shown at their fields, named by the server's paths.
import { useTranslation } from 'react-i18next';
import { MISSING_RULES, NORMALISATIONS, type MeasureInfo } from '../../api';
import { CellInput, FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import type { FieldErrors } from '../../components/useRecordForm';
import { formatPercent } from '../../lib/usage';
import { parseNumber, type MeasureDraft, type ThresholdDraft } from './scorecardDraft';

export function MeasureRows({
  measures,
  infos,
  errors,
  onChange,
}: {
  measures: MeasureDraft[];
  /** Every measure the server offers (GET /scorecards/measures). */
  infos: readonly MeasureInfo[];
  errors: FieldErrors;
  onChange: (measures: MeasureDraft[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const total = measures.reduce((sum, m) => sum + Math.max(0, parseNumber(m.weight) ?? 0), 0);
  const update = (i: number, patch: Partial<MeasureDraft>) =>
    onChange(measures.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <div className="table-wrap table-wrap-full">
      <table className="table scorecard-measures" data-testid="scorecard-measures">
        <thead>
          <tr>
            <th>{t('scorecards.col.measure')}</th>
            <th className="num">{t('scorecards.col.weight')}</th>
            <th>{t('scorecards.col.normalisation')}</th>
            <th>{t('scorecards.col.missing')}</th>
            <th>
              <span className="sr-only">{t('scorecards.removeMeasure')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m, i) => {
            const path = `measures[${i}]`;
            const info = infos.find((x) => x.measure === m.measure);
            const taken = new Set(measures.filter((_, j) => j !== i).map((x) => x.measure));
            const weight = parseNumber(m.weight);
            return (
              <tr key={i} data-testid="scorecard-measure" data-measure={m.measure}>
                <td>
                  <select
                    className="select select-sm scorecard-measure-select"
                    value={m.measure}
                    onChange={(e) =>
                      update(i, { measure: e.target.value as MeasureDraft['measure'] })
                    }
                    aria-label={t('scorecards.col.measure')}
                    data-testid="scorecard-measure-select"
                  >
                    {infos
                      .filter((x) => x.measure === m.measure || !taken.has(x.measure))
                      .map((x) => (
                        <option key={x.measure} value={x.measure}>
                          {t(`enum.healthMeasure.${x.measure}`)}
                        </option>
                      ))}
                  </select>
                  {info && (
                    <div className="muted small">
                      {t('scorecards.measureInfo', {
                        unit: t(`enum.measureUnit.${info.unit}`),
                        source: t(`enum.measureSource.${info.source}`),
                        direction: t(
                          info.higher_is_better
                            ? 'scorecards.higherBetter'
                            : 'scorecards.lowerBetter',
                        ),
                      })}
                    </div>
                  )}
                  <FieldError message={errors[`${path}.measure`] ?? errors[path]} />
                </td>
                <td className="num">
                  <CellInput
                    narrow
                    value={m.weight}
                    onChange={(weight) => update(i, { weight })}
                    label={t('scorecards.col.weight')}
                    error={errors[`${path}.weight`]}
                    testId="scorecard-weight"
                  />
                  {weight !== null && weight > 0 && total > 0 && (
                    <div className="muted small">{formatPercent(weight / total, lang)}</div>
                  )}
                </td>
                <td className="scorecard-normalisation-cell">
                  <select
                    className="select select-sm"
                    value={m.normalisation}
                    onChange={(e) =>
                      update(i, {
                        normalisation: e.target.value as MeasureDraft['normalisation'],
                      })
                    }
                    aria-label={t('scorecards.col.normalisation')}
                    data-testid="scorecard-normalisation"
                  >
                    {NORMALISATIONS.map((n) => (
                      <option key={n} value={n}>
                        {t(`enum.normalisation.${n}`)}
                      </option>
                    ))}
                  </select>
                  {m.normalisation === 'thresholds' ? (
                    <ThresholdsEditor
                      points={m.thresholds}
                      unit={info ? t(`enum.measureUnit.${info.unit}`) : ''}
                      path={path}
                      errors={errors}
                      onChange={(thresholds) => update(i, { thresholds })}
                    />
                  ) : (
                    <div className="muted small">{t('scorecards.percentileHint')}</div>
                  )}
                </td>
                <td>
                  <select
                    className="select select-sm"
                    value={m.missing}
                    onChange={(e) =>
                      update(i, { missing: e.target.value as MeasureDraft['missing'] })
                    }
                    aria-label={t('scorecards.col.missing')}
                    data-testid="scorecard-missing"
                  >
                    {MISSING_RULES.map((r) => (
                      <option key={r} value={r}>
                        {t(`enum.missingRule.${r}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => onChange(measures.filter((_, j) => j !== i))}
                    title={t('scorecards.removeMeasure')}
                    aria-label={t('scorecards.removeMeasure')}
                    data-testid="scorecard-measure-remove"
                  >
                    <Icon name="trash" size={15} />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The points of the map from raw value to 0–100, "at → score", in ascending order of at. */
function ThresholdsEditor({
  points,
  unit,
  path,
  errors,
  onChange,
}: {
  points: ThresholdDraft[];
  unit: string;
  path: string;
  errors: FieldErrors;
  onChange: (points: ThresholdDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (k: number, patch: Partial<ThresholdDraft>) =>
    onChange(points.map((p, j) => (j === k ? { ...p, ...patch } : p)));
  return (
    <div className="thresholds" data-testid="scorecard-thresholds">
      {points.map((p, k) => (
        <div className="threshold" key={k} data-testid="scorecard-threshold">
          <CellInput
            narrow
            value={p.at}
            onChange={(at) => update(k, { at })}
            label={t('scorecards.thresholdAt', { unit })}
            error={errors[`${path}.thresholds[${k}].at`]}
            testId="scorecard-threshold-at"
          />
          <span className="muted small threshold-unit">{unit}</span>
          <span aria-hidden="true">→</span>
          <CellInput
            narrow
            value={p.score}
            onChange={(score) => update(k, { score })}
            label={t('scorecards.thresholdScore')}
            error={errors[`${path}.thresholds[${k}].score`]}
            testId="scorecard-threshold-score"
          />
          <span className="muted small">{t('scorecards.scoreSuffix')}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => onChange(points.filter((_, j) => j !== k))}
            disabled={points.length <= 2}
            title={t('scorecards.removePoint')}
            aria-label={t('scorecards.removePoint')}
          >
            <Icon name="x" size={13} />
          </button>
        </div>
      ))}
      <FieldError message={errors[`${path}.thresholds`]} />
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={() => {
          const last = parseNumber(points[points.length - 1]?.at ?? '');
          onChange([...points, { at: last === null ? '' : String(last + 1), score: '' }]);
        }}
        data-testid="scorecard-threshold-add"
      >
        <Icon name="plus" size={12} />
        {t('scorecards.addPoint')}
      </button>
    </div>
  );
}
