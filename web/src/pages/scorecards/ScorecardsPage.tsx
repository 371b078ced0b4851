// Health scorecards (settings): the default and each tier's, with the version in force and
// whether a draft is being prepared; the one chosen (kept in the address, ?id=) is edited below
// it with its preview and backtest. Everyone may read them; those who may configure success
// edit, save, publish and discard drafts.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type Scorecard } from '../../api';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { ScorecardEditor } from './ScorecardEditor';

export function ScorecardsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('configureSuccess');
  const [params, setParams] = useSearchParams();
  const scorecards = useAsync((signal) => api.scorecards(signal), []);
  const measures = useAsync((signal) => api.scorecardMeasures(signal), []);
  const list = scorecards.data?.data;
  const chosen = list?.find((s) => String(s.id) === params.get('id')) ?? list?.[0];

  return (
    <div className="page" data-testid="scorecards-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('scorecards.title')}</h1>
          <p className="page-sub">{t('scorecards.subtitle')}</p>
        </div>
      </div>
      <ErrorBanner error={scorecards.error ?? measures.error} onRetry={scorecards.reload} />
      {!list && !scorecards.error && <Skeleton />}
      {list && list.length === 0 && (
        <section className="card">
          <Empty icon="barChart" title={t('scorecards.empty')} />
        </section>
      )}
      {list && list.length > 0 && (
        <section className="card">
          <div className="table-wrap table-wrap-full">
            <table className="table" data-testid="scorecard-list">
              <thead>
                <tr>
                  <th>{t('scorecards.col.name')}</th>
                  <th>{t('scorecards.col.tier')}</th>
                  <th>{t('scorecards.col.inForce')}</th>
                  <th>{t('scorecards.col.draft')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <ScorecardRow
                    key={s.id}
                    scorecard={s}
                    chosen={s.id === chosen?.id}
                    onChoose={() => setParams({ id: String(s.id) })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {chosen && measures.data && (
        <ScorecardEditor
          key={chosen.id}
          scorecard={chosen}
          measures={measures.data.data}
          canEdit={canEdit}
          onChanged={scorecards.reload}
        />
      )}
      {list && list.length > 0 && !canEdit && (
        <p className="muted templates-note">
          <Icon name="lock" size={13} /> {t('scorecards.readOnlyNote')}
        </p>
      )}
    </div>
  );
}

function ScorecardRow({
  scorecard,
  chosen,
  onChoose,
}: {
  scorecard: Scorecard;
  chosen: boolean;
  onChoose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { published, draft } = scorecard;
  return (
    <tr
      className={chosen ? 'row-selected' : undefined}
      data-testid="scorecard-row"
      data-scorecard-id={scorecard.id}
    >
      <td>
        <button
          type="button"
          className="link-button strong"
          onClick={onChoose}
          aria-current={chosen ? 'true' : undefined}
          data-testid="scorecard-choose"
        >
          {scorecard.name}
        </button>
      </td>
      <td>{scorecard.tier ? t(`enum.tier.${scorecard.tier}`) : t('scorecards.everyTier')}</td>
      <td data-testid="scorecard-in-force">
        {published ? (
          <>
            {t('scorecards.version', { number: published.number })}{' '}
            <span className="muted small">
              {published.published_at && formatDate(published.published_at.slice(0, 10), lang)}
            </span>
          </>
        ) : (
          <span className="muted">{t('scorecards.notPublished')}</span>
        )}
      </td>
      <td data-testid="scorecard-has-draft">
        {draft ? (
          <Badge tone="amber" dot>
            {t('scorecards.draftExists', { number: draft.number })}
          </Badge>
        ) : (
          <span className="muted">{t('scorecards.noDraft')}</span>
        )}
      </td>
    </tr>
  );
}
