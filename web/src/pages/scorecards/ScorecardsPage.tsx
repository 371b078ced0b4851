// Health scorecards (settings): the default, each tier's and each segment's, with whom each
// scores, the version in force and whether a draft is being prepared; the one chosen (kept in the
// address, ?id=) is edited below it with its preview and backtest. Everyone may read them; those
// who may configure success create a tier's or a segment's, and edit, save, publish and discard
// drafts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type Scorecard, type Segment } from '../../api';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { NewScorecardDialog } from './NewScorecardDialog';
import { ScorecardEditor } from './ScorecardEditor';
import { defaultScorecard, scopeLabel } from './scorecardScope';

export function ScorecardsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('configureSuccess');
  const [params, setParams] = useSearchParams();
  const scorecards = useAsync((signal) => api.scorecards(signal), []);
  const measures = useAsync((signal) => api.scorecardMeasures(signal), []);
  // Only names the segments' scorecards: without them the list still shows (by number).
  const segments = useAsync((signal) => api.segments(signal).catch(() => undefined), []);
  const [creating, setCreating] = useState(false);
  // The one just created, shown (and chosen) until the list read again holds it.
  const [created, setCreated] = useState<Scorecard | null>(null);
  const [toChoose, setToChoose] = useState<number | null>(null);
  const read = scorecards.data?.data;
  const list =
    read && created && !read.some((s) => s.id === created.id) ? [...read, created] : read;
  const chosen = list?.find((s) => String(s.id) === params.get('id')) ?? list?.[0];
  const start = list && defaultScorecard(list)?.published;
  const segmentList = segments.data?.data;

  function onCreated(scorecard: Scorecard) {
    setCreating(false);
    setCreated(scorecard);
    setToChoose(scorecard.id);
    scorecards.reload();
  }
  // Chosen once the dialog has gone: while open, its unsaved name would block the navigation.
  useEffect(() => {
    if (toChoose === null) return;
    setParams({ id: String(toChoose) });
    setToChoose(null);
  }, [toChoose, setParams]);

  return (
    <div className="page" data-testid="scorecards-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('scorecards.title')}</h1>
          <p className="page-sub">{t('scorecards.subtitle')}</p>
        </div>
        {canEdit && start && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setCreating(true)}
            data-testid="scorecard-new"
          >
            <Icon name="plus" size={15} />
            {t('scorecards.create.open')}
          </button>
        )}
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
                  <th>{t('scorecards.col.scope')}</th>
                  <th>{t('scorecards.col.inForce')}</th>
                  <th>{t('scorecards.col.draft')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <ScorecardRow
                    key={s.id}
                    scorecard={s}
                    segments={segmentList}
                    chosen={s.id === chosen?.id}
                    onChoose={() => setParams({ id: String(s.id) })}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="card-foot muted" data-testid="scorecard-precedence">
            <Icon name="route" size={13} /> {t('scorecards.precedence')}
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
      {creating && list && start && (
        <NewScorecardDialog
          scorecards={list}
          segments={segmentList}
          start={start}
          onCreated={onCreated}
          onClose={() => setCreating(false)}
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
  segments,
  chosen,
  onChoose,
}: {
  scorecard: Scorecard;
  segments: readonly Segment[] | undefined;
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
      <td data-testid="scorecard-scope">{scopeLabel(scorecard, segments, t)}</td>
      <td data-testid="scorecard-in-force">
        {published ? (
          <>
            {t('scorecards.version', { number: published.number })}{' '}
            <span className="muted small">
              {published.published_at && formatDate(published.published_at.slice(0, 10), lang)}
            </span>
          </>
        ) : (
          <Badge tone="gray" testId="scorecard-draft-only">
            {t('scorecards.draftOnly')}
          </Badge>
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
