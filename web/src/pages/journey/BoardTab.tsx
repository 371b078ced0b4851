// The journey board: one column per stage, under its moment of truth, with the number of
// accounts in it and the longest-waiting ones first (days in the stage turn amber after a
// quarter, red after half a year). Each card moves its account through a small dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import {
  api,
  TIERS,
  type BoardAccount,
  type BoardStage,
  type JourneyMoveResult,
  type Moment,
  type Tier,
} from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { ArrAmount } from '../../components/ArrAmount';
import { TierBadge } from '../../components/Badges';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useStages } from '../../components/StagesContext';
import { ErrorBanner, Skeleton } from '../../components/States';
import { initials } from '../../lib/format';
import { groupByMoment, stageName, stayTone } from '../../lib/journey';
import { useAsync } from '../../lib/useAsync';
import { MoveForm } from './MoveForm';

export const PER_STAGE = 25;

export function BoardTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // A journey move changes the account (POST /accounts/{id}/journey/moves: write_customers).
  const canMove = useCan('writeCustomers');
  const { label } = useStages();
  const [params, setParams] = useSearchParams();
  const tier = TIERS.includes(params.get('tier') as Tier)
    ? (params.get('tier') as Tier)
    : undefined;
  const owner = Number(params.get('owner')) > 0 ? Number(params.get('owner')) : undefined;
  const users = useAsync((signal) => api.users(signal), []);
  const board = useAsync(
    (signal) => api.journeyBoard({ tier, owner_id: owner, per_stage: PER_STAGE }, signal),
    [tier, owner],
  );
  const [moving, setMoving] = useState<{ account: BoardAccount; stage: BoardStage } | null>(null);
  const [moved, setMoved] = useState<{ name: string; to: string } | null>(null);

  function setFilter(key: 'tier' | 'owner', value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  function done(result: JourneyMoveResult) {
    setMoved({ name: moving?.account.name ?? result.account.name, to: result.transition.to });
    setMoving(null);
    board.reload();
  }

  const stages = board.data?.stages ?? [];
  const total = stages.reduce((n, s) => n + s.count, 0);

  return (
    <div className="stack">
      <div className="card">
        <div className="toolbar">
          <select
            className="select"
            value={tier ?? ''}
            onChange={(e) => setFilter('tier', e.target.value)}
            aria-label={t('accounts.filter.tier')}
            data-testid="board-tier"
          >
            <option value="">{t('accounts.filter.allTiers')}</option>
            {TIERS.map((item) => (
              <option key={item} value={item}>
                {t(`enum.tier.${item}`)}
              </option>
            ))}
          </select>
          <select
            className="select"
            value={owner ?? ''}
            onChange={(e) => setFilter('owner', e.target.value)}
            aria-label={t('accounts.filter.owner')}
            data-testid="board-owner"
          >
            <option value="">{t('accounts.filter.allOwners')}</option>
            {(users.data?.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <div className="toolbar-spacer" />
          {board.data && (
            <span className="count" data-testid="board-total">
              {t('accounts.total', { count: total })}
            </span>
          )}
        </div>
      </div>
      {moved && (
        <Alert tone="success" testId="board-moved">
          {t('journey.move.done', { name: moved.name, stage: label(moved.to) })}
        </Alert>
      )}
      <ErrorBanner error={board.error} onRetry={board.reload} />
      {!board.data && !board.error && <Skeleton rows={6} />}
      {board.data && (
        <div
          className={`board ${board.loading ? 'is-refreshing' : ''}`}
          data-testid="board"
          data-loading={board.loading ? 'true' : 'false'}
        >
          {groupByMoment(stages).map((group) => (
            <section
              key={group.moment}
              className={`board-moment moment-${group.moment}`}
              data-testid="board-moment"
              data-moment={group.moment}
            >
              <header className="board-moment-head">
                <span className="board-moment-name">{t(`enum.momentOfTruth.${group.moment}`)}</span>
                <span className="board-moment-count">
                  {t('accounts.total', { count: group.stages.reduce((n, s) => n + s.count, 0) })}
                </span>
              </header>
              <div className="board-columns">
                {group.stages.map((stage) => (
                  <BoardColumn
                    key={stage.key}
                    stage={stage}
                    lang={lang}
                    canMove={canMove}
                    onMove={(account) => setMoving({ account, stage })}
                  />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
      {moving && (
        <Dialog
          title={t('journey.move.title', { name: moving.account.name })}
          onClose={() => setMoving(null)}
          testId="move-dialog"
        >
          <div className="modal-body">
            <p className="muted move-from">
              {t('journey.move.from', {
                stage: stageName(moving.stage, lang),
                days: moving.account.days_in_stage,
              })}
            </p>
            <MoveForm
              accountId={moving.account.id}
              current={moving.stage.key}
              onMoved={done}
              onCancel={() => setMoving(null)}
              onStale={board.reload}
            />
          </div>
        </Dialog>
      )}
    </div>
  );
}

function BoardColumn({
  stage,
  lang,
  canMove,
  onMove,
}: {
  stage: BoardStage;
  lang: string;
  canMove: boolean;
  onMove: (account: BoardAccount) => void;
}) {
  const { t } = useTranslation();
  const hidden = stage.count - stage.accounts.length;
  return (
    <div className="board-column" data-testid="board-column" data-stage={stage.key}>
      <div className="board-column-head">
        <span className="board-stage-name" data-testid="board-stage-name">
          {stageName(stage, lang)}
        </span>
        <span className="board-count" data-testid="board-count">
          {stage.count}
        </span>
      </div>
      <div className="board-cards">
        {stage.accounts.length === 0 && (
          <div className="board-empty muted">{t('journey.board.empty')}</div>
        )}
        {stage.accounts.map((account) => (
          <BoardCard
            key={account.id}
            account={account}
            moment={stage.moment}
            canMove={canMove}
            onMove={() => onMove(account)}
          />
        ))}
        {hidden > 0 && (
          <Link
            className="board-more"
            to={`/accounts?stage=${encodeURIComponent(stage.key)}`}
            data-testid="board-more"
          >
            {t('journey.board.more', { count: hidden })}
            <Icon name="arrowRight" size={13} />
          </Link>
        )}
      </div>
    </div>
  );
}

function BoardCard({
  account,
  moment,
  canMove,
  onMove,
}: {
  account: BoardAccount;
  moment: Moment;
  canMove: boolean;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  const tone = stayTone(account.days_in_stage, moment);
  return (
    <article className="board-card" data-testid="board-card" data-account-id={account.id}>
      <Link to={`/accounts/${account.id}?tab=journey`} className="board-card-name">
        {account.name}
      </Link>
      <div className="board-card-meta">
        {account.owner_name ? (
          <span className="person">
            <span className="avatar avatar-sm">{initials(account.owner_name)}</span>
            {account.owner_name}
          </span>
        ) : (
          <span className="muted">{t('common.unassigned')}</span>
        )}
        {account.tier && <TierBadge tier={account.tier} />}
      </div>
      <div className="board-card-foot">
        <span
          className={`stay stay-${tone}`}
          data-testid="board-days"
          data-tone={tone}
          title={t(`journey.board.stay.${tone}`)}
        >
          <Icon name="calendar" size={13} />
          {t('journey.days', { count: account.days_in_stage })}
        </span>
        <span className="board-arr">
          <ArrAmount arr={account} testId="board-arr" />
        </span>
        {canMove && (
          <button
            type="button"
            className="btn btn-ghost btn-sm board-move"
            onClick={onMove}
            data-testid="board-move"
            aria-label={t('journey.move.open', { name: account.name })}
          >
            {t('journey.move.button')}
          </button>
        )}
      </div>
    </article>
  );
}
