// A plan's change history, newest first: who saved which version when, and what changed, named
// by the titles of the objectives, KPIs and milestones rather than their ids. Read again after
// each save (the plan's version is in the dependencies).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type PlanHistoryEntry, type SuccessPlan } from '../../api';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { formatChangeValue, historyLines, type HistoryLine } from '../../lib/plan';
import { useAsync } from '../../lib/useAsync';
import { useStaffNames } from '../../lib/useStaffNames';

const LINES_SHOWN = 6;
const MAX_VALUE = 60;
/** Fields whose values are enum values, by the catalogue prefix that labels them. */
const ENUM_FIELDS: Record<string, string> = {
  status: 'enum.planStatus',
  kind: 'enum.objectiveKind',
  type: 'enum.objectiveType',
};

export function PlanHistory({ plan }: { plan: SuccessPlan }) {
  const { t } = useTranslation();
  const history = useAsync((signal) => api.planHistory(plan.id, signal), [plan.id, plan.version]);
  // Who saved: the staff user's name, else the actor the server recorded (an email, a token).
  const nameOf = useStaffNames();
  const entries = [...(history.data?.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <section className="card" data-testid="plan-history">
      <div className="card-head">
        <h2 className="card-head-title">
          <Icon name="history" size={15} /> {t('history.title')}
        </h2>
      </div>
      <ErrorBanner error={history.error} onRetry={history.reload} />
      {!history.data && !history.error && <Skeleton rows={2} />}
      {history.data && entries.length === 0 && (
        <p className="muted card-pad">{t('history.empty')}</p>
      )}
      {entries.length > 0 && (
        <ol className="history">
          {entries.map((entry) => (
            <HistoryEntry
              key={entry.version}
              entry={entry}
              plan={plan}
              who={nameOf(entry.user_id) ?? entry.actor}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryEntry({
  entry,
  plan,
  who,
}: {
  entry: PlanHistoryEntry;
  plan: SuccessPlan;
  who: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [all, setAll] = useState(false);
  // The first version is the plan as made: every field "from nothing", a summary says it better.
  const created = entry.version === 1;
  const lines = created ? [] : historyLines(entry.changes, plan.objectives);
  const shown = all ? lines : lines.slice(0, LINES_SHOWN);

  return (
    <li className="history-entry" data-testid="history-entry" data-version={entry.version}>
      <div className="history-head">
        <span className="history-version">{t('history.version', { version: entry.version })}</span>
        <span className="strong" title={entry.actor}>
          {who}
        </span>
        <span className="muted">{formatDateTime(entry.changed_at, lang)}</span>
      </div>
      {created ? (
        <div className="history-line">{t('history.created', { count: entry.changes.length })}</div>
      ) : (
        <ul className="history-lines">
          {shown.map((line, i) => (
            <li key={i} className="history-line" data-testid="history-line">
              <Line line={line} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      {lines.length > LINES_SHOWN && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setAll(!all)}>
          {all ? t('history.less') : t('history.more', { count: lines.length - LINES_SHOWN })}
        </button>
      )}
    </li>
  );
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

function Line({ line, lang }: { line: HistoryLine; lang: string }) {
  const { t } = useTranslation();
  const where = line.items.map((item, i) => (
    <span key={i} className="history-item">
      {i > 0 && <Icon name="chevronRight" size={11} />}
      {t('history.quoted', { text: item })}
    </span>
  ));
  if (line.kind !== 'changed') {
    const what =
      line.what === 'kpis'
        ? t('plan.kpis')
        : line.what === 'milestones'
          ? t('plan.milestones')
          : t('plan.objectives');
    return (
      <>
        <span className={`badge ${line.kind === 'added' ? 'badge-green' : 'badge-red'}`}>
          {t(`history.${line.kind}`)}
        </span>
        <span className="history-what">{what}</span>
        {where}
      </>
    );
  }
  const field = line.field ? t(`fieldName.${line.field}`, { defaultValue: line.field }) : '';
  const value = (v: unknown) => {
    const enumKey = line.field ? ENUM_FIELDS[line.field] : undefined;
    const text =
      enumKey && typeof v === 'string'
        ? t(`${enumKey}.${v}`, { defaultValue: v })
        : formatChangeValue(v, lang);
    // A definition can be paragraphs long: the start says which change it was.
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
  };
  return (
    <>
      {where}
      <span className="history-field">{field}</span>
      {/* A value set for the first time has nothing to strike out. */}
      {!isEmpty(line.from) && (
        <span className="history-from" title={formatChangeValue(line.from, lang)}>
          {value(line.from)}
        </span>
      )}
      <Icon name="arrowRight" size={12} />
      <span className="history-to" title={formatChangeValue(line.to, lang)}>
        {value(line.to)}
      </span>
    </>
  );
}
