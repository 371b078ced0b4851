// How an account fits the ideal customer profile: the score and, per criterion, met or not,
// its weight and (for the fit now) the account's own value.
import { useTranslation } from 'react-i18next';
import type { AccountFit } from '../../api';
import { FitScore } from '../../components/Badges';

type Criterion = {
  id: number;
  label: string;
  weight: number;
  met: boolean;
  actual?: string | number | null;
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
  const { t } = useTranslation();
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
                <span className="muted fit-actual">
                  {c.actual === null || c.actual === undefined || c.actual === ''
                    ? t('journey.account.noValue')
                    : String(c.actual)}
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

export function CurrentFit({ fit }: { fit: AccountFit }) {
  const { t } = useTranslation();
  return (
    <FitBreakdown
      title={t('fit.now')}
      sub={t('fit.nowHint')}
      score={fit.score}
      criteria={fit.criteria}
      testId="fit-now"
    />
  );
}
