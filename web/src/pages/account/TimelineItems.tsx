// One entry of the account's timeline: a touchpoint (TouchpointItem: edit and delete for
// those allowed), a survey answer, a support ticket, a health band change, or a revenue
// movement.
import { useTranslation } from 'react-i18next';
import type { TimelineEntry, Touchpoint } from '../../api';
import { Badge, BandBadge, MovementBadge, ScoreBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { formatDate, formatDateTime, formatMoney, formatTime } from '../../lib/format';
import { formatPoints, movedByText } from '../../lib/health';
import { TouchpointItem } from './TouchpointItem';

export function TimelineItem({
  entry,
  onEdit,
  onDeleted,
}: {
  entry: TimelineEntry;
  onEdit: (touchpoint: Touchpoint) => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const time = formatTime(entry.occurred_at, lang);

  if (entry.type === 'touchpoint')
    return (
      <TouchpointItem touchpoint={entry.item} time={time} onEdit={onEdit} onDeleted={onDeleted} />
    );
  if (entry.type === 'survey') {
    const s = entry.item;
    return (
      <li className="tl-item" data-testid="timeline-item" data-type="survey">
        <span className="tl-icon tl-icon-survey">
          <Icon name="survey" size={15} />
        </span>
        <div className="tl-body">
          <div className="tl-head">
            <span className="tl-kind">
              {t('timeline.surveyAnswered', { kind: t(`enum.surveyKind.${s.kind}`) })}
            </span>
            {s.contact_name && <span className="tl-author">{s.contact_name}</span>}
            <ScoreBadge kind={s.kind} score={s.score} />
            <span className="tl-time">{time}</span>
          </div>
          {s.comment && <p className="tl-summary tl-quote">{s.comment}</p>}
        </div>
      </li>
    );
  }

  if (entry.type === 'ticket') {
    const ticket = entry.item;
    const urgent = ticket.priority === 'high' || ticket.priority === 'urgent';
    const solved = ticket.status === 'solved' || ticket.status === 'closed';
    return (
      <li className="tl-item" data-testid="timeline-item" data-type="ticket">
        <span className="tl-icon tl-icon-ticket">
          <Icon name="inbox" size={15} />
        </span>
        <div className="tl-body">
          <div className="tl-head">
            <span className="tl-kind">{t('timeline.ticket')}</span>
            <Badge tone={urgent ? 'red' : 'gray'}>
              {t(`enum.ticketPriority.${ticket.priority}`)}
            </Badge>
            <Badge tone={solved ? 'green' : 'amber'}>
              {t(`enum.ticketStatus.${ticket.status}`)}
            </Badge>
            <span className="tl-time">{time}</span>
          </div>
          <p className="tl-summary">{ticket.subject}</p>
          {ticket.solved_at && (
            <p className="tl-note">
              {t('timeline.ticketSolved', {
                date: formatDateTime(ticket.solved_at, lang),
              })}
            </p>
          )}
        </div>
      </li>
    );
  }

  if (entry.type === 'health_band_change') {
    const change = entry.item;
    const bandName = (band: typeof change.from) =>
      band ? t(`enum.healthBand.${band}`) : t('health.noBand');
    return (
      <li
        className="tl-item"
        data-testid="timeline-item"
        data-type="health_band_change"
        data-cause={change.cause}
      >
        <span className={`tl-icon tl-icon-band-${change.to ?? 'none'}`}>
          <Icon name="activity" size={15} />
        </span>
        <div className="tl-body">
          <div className="tl-head">
            <BandBadge band={change.to} testId="timeline-band-change">
              {t('timeline.bandChange', { from: bandName(change.from), to: bandName(change.to) })}
            </BandBadge>
            <span className="tl-kind">{t(`enum.bandChangeCause.${change.cause}`)}</span>
            {change.score !== null && (
              <span className="muted">
                {t('health.trend.score', { score: formatPoints(change.score, lang) })}
              </span>
            )}
            {/* A score's change is of a day (the daily snapshot): only a band set by hand has a time. */}
            {change.cause !== 'score' && <span className="tl-time">{time}</span>}
          </div>
          {change.moved_by.length > 0 && (
            <p className="tl-note" data-testid="timeline-band-moved">
              {t('timeline.movedBy', { list: movedByText(change, lang, t) })}
            </p>
          )}
        </div>
      </li>
    );
  }

  const m = entry.item;
  const up = m.arr_delta_minor >= 0;
  return (
    <li className="tl-item" data-testid="timeline-item" data-type="revenue_movement">
      <span className={`tl-icon ${up ? 'tl-icon-up' : 'tl-icon-down'}`}>
        <Icon name={up ? 'trendUp' : 'trendDown'} size={15} />
      </span>
      <div className="tl-body">
        <div className="tl-head">
          <span className="tl-kind">{t('timeline.revenueMovement')}</span>
          <MovementBadge kind={m.kind} />
          <span className="tl-time">{formatDate(m.date, lang)}</span>
        </div>
        <p className="tl-summary">
          <span className={`strong ${up ? 'pos' : 'neg'}`}>
            {formatMoney(m.arr_delta_minor, m.currency, lang, { signed: true })}
          </span>{' '}
          <Badge tone="gray">ARR</Badge>{' '}
          <span className="muted">
            ({formatMoney(m.mrr_delta_minor, m.currency, lang, { signed: true })} MRR)
          </span>
        </p>
      </div>
    </li>
  );
}
