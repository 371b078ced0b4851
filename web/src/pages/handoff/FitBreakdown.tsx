// How an account fits the ideal customer profile: the score and, per criterion, met or not,
// its weight and (for the fit now) the account's own value, in words: its ARR in the reporting
// currency (or that its currency has no rate yet), its industry in the UI language (the
// criterion's field is the profile's, GET /icp).
import { useTranslation } from 'react-i18next';
import type { AccountFit, IcpCriterion } from '../../api';
import { FitScore } from '../../components/Badges';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { fieldValueText, noValueText } from '../../lib/fieldValues';

type Criterion = {
  id: number;
  label: string;
  weight: number;
  met: boolean;
  actual?: string | number | null;
  /** The account field it tests, when known (the fit's criteria do not carry it). */
  field?: string;
};

export function FitBreakdown({
  title,
  score,
  criteria,
  testId,
  sub,
}: {
  title: string;
  score: number | null;
  criteria: Criterion[];
  testId: string;
  sub?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const currency = useRevenueSettings().reportingCurrency;
  return (
    <section className="card fit-card" data-testid={testId}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{title}</h2>
          {sub && <div className="card-head-sub">{sub}</div>}
        </div>
        <FitScore score={score} testId={`${testId}-score`} size="lg" />
      </div>
      {criteria.length === 0 ? (
        <p className="muted card-pad">{t('fit.noCriteria')}</p>
      ) : (
        <ul className="fit-criteria">
          {criteria.map((c) => (
            <li
              key={c.id}
              className={c.met ? 'met' : 'unmet'}
              data-testid="fit-criterion"
              data-met={c.met ? 'true' : 'false'}
            >
              <span className="check-mark" aria-label={c.met ? t('fit.met') : t('fit.unmet')}>
                {c.met ? '✓' : '✗'}
              </span>
              <span className="fit-label">{c.label}</span>
              {'actual' in c && (
                <span className="muted fit-actual" data-testid="fit-actual">
                  {fieldValueText(c.field, c.actual, { lang, t, currency }) ??
                    noValueText(c.field, t)}
                </span>
              )}
              <span className="fit-weight">{t('fit.weight', { weight: c.weight })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The fit now, each value worded by the field its criterion tests (`criteria`: the profile's). */
export function CurrentFit({
  fit,
  criteria = [],
}: {
  fit: AccountFit;
  criteria?: readonly Pick<IcpCriterion, 'id' | 'field'>[];
}) {
  const { t } = useTranslation();
  const fieldOf = new Map(criteria.map((c) => [c.id, c.field]));
  return (
    <FitBreakdown
      title={t('fit.now')}
      sub={t('fit.nowHint')}
      score={fit.score}
      criteria={fit.criteria.map((c) => ({ ...c, field: fieldOf.get(c.id) }))}
      testId="fit-now"
    />
  );
}
