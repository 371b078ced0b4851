// NPS: latest answer per contact, the account's NPS (% promoters − % detractors), its trend;
// an answer a contact gave (NPS or CSAT) is recorded from here (SurveyDialog).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCan } from '../../auth/permissions';
import { Icon } from '../../components/Icon';
import { ScoreBadge } from '../../components/Badges';
import { TableCard } from '../../components/TableCard';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDate, formatNumber } from '../../lib/format';
import { latestNpsPerContact, npsTrend, summarizeNps } from '../../lib/nps';
import { useAsync } from '../../lib/useAsync';
import { NpsTrendChart } from './NpsTrendChart';
import { SurveyDialog } from './SurveyDialog';

export function NpsTab({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const surveys = useAsync((signal) => api.surveys(accountId, signal), [accountId]);
  const canRecord = useCan('writeActivity');
  const [recording, setRecording] = useState(false);
  const bar = (
    <div className="section-bar">
      <h2 className="section-title">{t('surveyForm.sectionTitle')}</h2>
      {canRecord && (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setRecording(true)}
          data-testid="survey-record"
        >
          <Icon name="plus" size={14} />
          {t('surveyForm.record')}
        </button>
      )}
      {recording && (
        <SurveyDialog
          accountId={accountId}
          onSaved={() => {
            setRecording(false);
            surveys.reload();
          }}
          onClose={() => setRecording(false)}
        />
      )}
    </div>
  );
  if (surveys.error) return <ErrorBanner error={surveys.error} onRetry={surveys.reload} />;
  if (!surveys.data) return <Skeleton />;

  const latest = latestNpsPerContact(surveys.data);
  const summary = summarizeNps(latest.map((s) => s.score));
  const trend = npsTrend(surveys.data);
  const csat = surveys.data.filter((s) => s.kind === 'csat');
  const csatAverage = csat.length ? csat.reduce((sum, s) => sum + s.score, 0) / csat.length : null;

  if (latest.length === 0 && csat.length === 0)
    return (
      <div className="stack">
        {bar}
        <Empty icon="survey" title={t('nps.empty')} hint={t('nps.emptyHint')} />
      </div>
    );

  const pct = (n: number) => (summary.responses ? (n / summary.responses) * 100 : 0);
  const npsTone =
    summary.nps === null ? '' : summary.nps > 30 ? 'pos' : summary.nps < 0 ? 'neg' : 'warn';

  return (
    <div className="stack">
      {bar}
      <div className="grid-nps">
        <section className="card nps-score-card">
          <div className="tile-label">{t('nps.score')}</div>
          <div className={`nps-big ${npsTone}`} data-testid="nps-value">
            {summary.nps === null ? '—' : summary.nps > 0 ? `+${summary.nps}` : summary.nps}
          </div>
          <div className="nps-formula">{t('nps.formula')}</div>
          <div className="nps-bar" aria-hidden="true">
            <span className="nps-bar-det" style={{ width: `${pct(summary.detractors)}%` }} />
            <span className="nps-bar-pas" style={{ width: `${pct(summary.passives)}%` }} />
            <span className="nps-bar-pro" style={{ width: `${pct(summary.promoters)}%` }} />
          </div>
          <ul className="nps-legend">
            <li>
              <span className="dot dot-red" />
              {t('nps.category.detractor')} <strong>{summary.detractors}</strong>
            </li>
            <li>
              <span className="dot dot-amber" />
              {t('nps.category.passive')} <strong>{summary.passives}</strong>
            </li>
            <li>
              <span className="dot dot-green" />
              {t('nps.category.promoter')} <strong>{summary.promoters}</strong>
            </li>
          </ul>
          <dl className="nps-facts">
            <div>
              <dt>{t('nps.average')}</dt>
              <dd data-testid="nps-average">
                {summary.average === null ? '—' : formatNumber(summary.average, lang, 1)}
              </dd>
            </div>
            <div>
              <dt>{t('nps.responses')}</dt>
              <dd>{summary.responses}</dd>
            </div>
            <div>
              <dt>{t('nps.csatAverage')}</dt>
              <dd>{csatAverage === null ? '—' : formatNumber(csatAverage, lang, 1)}</dd>
            </div>
          </dl>
        </section>
        <section className="card">
          <h2 className="card-title">{t('nps.trend')}</h2>
          {trend.length < 2 ? (
            <p className="muted card-pad">{t('nps.trendTooShort')}</p>
          ) : (
            <NpsTrendChart points={trend} />
          )}
        </section>
      </div>

      <TableCard
        title={t('nps.latestPerContact')}
        testId="nps-table"
        empty={latest.length === 0 ? { icon: 'survey', title: t('nps.empty') } : null}
        columns={[
          { label: t('nps.col.contact') },
          { label: t('nps.col.score') },
          { label: t('nps.col.comment') },
          { label: t('nps.col.date') },
        ]}
      >
        {latest.map((s) => (
          <tr key={s.id}>
            <td className="strong nowrap">
              {s.contact_name ?? <span className="muted">{t('nps.anonymous')}</span>}
            </td>
            <td>
              <ScoreBadge kind="nps" score={s.score} />
            </td>
            <td className="wrap">{s.comment || <span className="muted">—</span>}</td>
            <td className="nowrap">{formatDate(s.responded_at.slice(0, 10), lang)}</td>
          </tr>
        ))}
      </TableCard>
    </div>
  );
}
