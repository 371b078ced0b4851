// The relationship map: how many people at the customer we are really in touch with (breadth),
// warnings when it hangs on one person or a champion has gone, and every contact as a card by
// role, coloured by sentiment, with the last touch, the last NPS and whether they are engaged;
// where a person went or came from, and a banner when a former champion has joined.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  api,
  CONTACT_ROLES,
  type ContactRole,
  type RelationshipContact,
  type RelationshipMap,
  type RelationshipWarning,
} from '../../api';
import { Alert } from '../../components/Alert';
import { Badge, ContactRoleBadge, ScoreBadge, SentimentBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import {
  dayKey,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelativeTime,
  initials,
} from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { CameFrom, FormerChampionBanner, MovedTo } from './ContactMoveLinks';
import { formerChampions } from './contactMove';

/** "3 days ago" while recent; a date once it is older than a month ("last year" says too little). */
function lastTouch(timestamp: string, lang: string, now: Date = new Date()): string {
  const days = (now.getTime() - Date.parse(timestamp)) / 86_400_000;
  return days <= 30
    ? formatRelativeTime(timestamp, lang, now)
    : formatDate(dayKey(timestamp), lang);
}

/** The order of the groups: who moves the account first. */
const ROLE_ORDER: readonly (ContactRole | 'none')[] = [
  'champion',
  'decision_maker',
  'executive_sponsor',
  'user',
  'none',
];

/** Still there first, engaged first, most recently touched first. */
function byCloseness(a: RelationshipContact, b: RelationshipContact): number {
  const touched = (c: RelationshipContact) => Date.parse(c.last_touch_at ?? '') || 0;
  return (
    Number(a.departed) - Number(b.departed) ||
    Number(b.engaged) - Number(a.engaged) ||
    touched(b) - touched(a) ||
    a.name.localeCompare(b.name)
  );
}

export function groupByRole(
  contacts: RelationshipContact[],
): { role: ContactRole | 'none'; contacts: RelationshipContact[] }[] {
  return ROLE_ORDER.map((role) => ({
    role,
    contacts: contacts
      .filter((c) =>
        role === 'none' ? !c.role || !CONTACT_ROLES.includes(c.role) : c.role === role,
      )
      .sort(byCloseness),
  })).filter((group) => group.contacts.length > 0);
}

export function RelationshipsTab({ accountId }: { accountId: number }) {
  const map = useAsync((signal) => api.relationships(accountId, signal), [accountId]);
  if (map.error) return <ErrorBanner error={map.error} onRetry={map.reload} />;
  if (!map.data) return <Skeleton />;
  return <RelationshipView map={map.data} accountId={accountId} />;
}

function RelationshipView({ map, accountId }: { map: RelationshipMap; accountId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const current = map.contacts.filter((c) => !c.departed);
  const engaged = current.filter((c) => c.engaged).sort(byCloseness);
  const champions = current.filter((c) => c.role === 'champion').length;
  const groups = groupByRole(map.contacts);
  const tone = map.breadth >= 3 ? 'good' : map.breadth === 2 ? 'fair' : 'thin';

  return (
    <div className="stack" data-testid="relationships">
      <FormerChampionBanner people={formerChampions(map)} />
      <section className={`card breadth-card breadth-${tone}`}>
        <div className="breadth-figure">
          <div className="tile-label">{t('relationships.breadth')}</div>
          <div className="breadth-value">
            <span data-testid="relationship-breadth">{formatNumber(map.breadth, lang)}</span>
            <span className="breadth-unit">
              {t('relationships.breadthUnit', { count: map.breadth })}
            </span>
          </div>
          <div className="tile-sub">
            {t('relationships.breadthHint', { days: map.engagement_days })}
          </div>
        </div>
        <div className="breadth-people" aria-hidden={engaged.length === 0}>
          {engaged.slice(0, 8).map((c) => (
            <span key={c.id} className="breadth-person" title={c.name}>
              <span className="avatar">{initials(c.name)}</span>
              <span className="breadth-name">{c.name}</span>
            </span>
          ))}
        </div>
        <dl className="breadth-facts">
          <div>
            <dt>{t('relationships.contacts')}</dt>
            <dd data-testid="relationship-current">{formatNumber(current.length, lang)}</dd>
          </div>
          <div>
            <dt>{t('relationships.activeChampions')}</dt>
            <dd className={champions === 0 ? 'neg' : undefined}>{formatNumber(champions, lang)}</dd>
          </div>
          <div>
            <dt>{t('relationships.departed')}</dt>
            <dd>{formatNumber(map.contacts.length - current.length, lang)}</dd>
          </div>
        </dl>
      </section>

      {map.warnings.map((warning) => (
        <Warning key={warning} warning={warning} map={map} />
      ))}
      {map.warnings.length === 0 && map.contacts.length > 0 && (
        <Alert tone="success" testId="relationship-healthy">
          {t('relationships.healthy')}
        </Alert>
      )}

      {map.contacts.length === 0 ? (
        <section className="card">
          <Empty
            icon="meeting"
            title={t('relationships.empty')}
            hint={t('relationships.emptyHint')}
          >
            <Link className="btn btn-secondary btn-sm" to={`/accounts/${accountId}?tab=contacts`}>
              {t('account.tab.contacts')}
            </Link>
          </Empty>
        </section>
      ) : (
        <div className="role-groups">
          {groups.map((group) => (
            <section
              key={group.role}
              className="role-group"
              data-testid="relationship-group"
              data-role={group.role}
            >
              <h3 className="role-group-title">
                {group.role === 'none' ? (
                  t('relationships.role.none')
                ) : (
                  <ContactRoleBadge role={group.role} />
                )}
                <span className="title-count">{group.contacts.length}</span>
              </h3>
              <div className="contact-cards">
                {group.contacts.map((c) => (
                  <ContactCard key={c.id} contact={c} days={map.engagement_days} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

function Warning({ warning, map }: { warning: RelationshipWarning; map: RelationshipMap }) {
  const { t } = useTranslation();
  // single_threaded also covers nobody at all in touch: say that, it is worse.
  const key = warning === 'single_threaded' && map.breadth === 0 ? 'nobody' : warning;
  const names = map.departed_champions.join(t('relationships.nameSeparator'));
  return (
    <Alert
      tone={warning === 'no_active_champion' ? 'warning' : 'error'}
      role="alert"
      testId="relationship-warning"
      className="relationship-warning"
      data-warning={warning}
    >
      <div className="strong">
        {t(`relationships.warning.${key}`, { days: map.engagement_days, names })}
      </div>
      <div>{t(`relationships.warningHint.${key}`)}</div>
    </Alert>
  );
}

function ContactCard({ contact: c, days }: { contact: RelationshipContact; days: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <article
      className={`contact-card sentiment-${c.sentiment ?? 'none'} ${c.departed ? 'contact-departed' : ''}`}
      data-testid="relationship-contact"
      data-contact-id={c.id}
      data-engaged={c.engaged ? 'true' : 'false'}
      data-departed={c.departed ? 'true' : 'false'}
    >
      <div className="contact-card-head">
        <span className="avatar-wrap">
          <span className="avatar">{initials(c.name)}</span>
          {c.engaged && !c.departed && (
            <span className="engaged-dot" title={t('relationships.engagedHint', { days })} />
          )}
        </span>
        <div className="contact-card-name">
          <div className="strong name-text">{c.name}</div>
          {c.title && <div className="sub">{c.title}</div>}
          <MovedTo to={c.moved_to} />
          <CameFrom from={c.came_from} />
        </div>
        {/* The group already names the role. */}
        {c.departed && (
          <Badge tone="gray" testId="departed-badge">
            {t('contacts.departed')}
          </Badge>
        )}
      </div>
      <dl className="contact-card-facts">
        <div>
          <dt>{t('relationships.lastTouch')}</dt>
          <dd title={c.last_touch_at ? formatDateTime(c.last_touch_at, lang) : undefined}>
            {c.last_touch_at ? (
              lastTouch(c.last_touch_at, lang)
            ) : (
              <span className="muted">{t('relationships.never')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('relationships.touches', { days })}</dt>
          <dd>{formatNumber(c.touches_90d, lang)}</dd>
        </div>
        <div>
          <dt>{t('relationships.lastNps')}</dt>
          <dd>
            {c.last_nps === null ? (
              <span className="muted">—</span>
            ) : (
              <ScoreBadge kind="nps" score={c.last_nps} />
            )}
          </dd>
        </div>
      </dl>
      <div className="contact-card-foot">
        {c.engaged && !c.departed ? (
          <span className="engaged-mark engaged-yes" data-testid="engaged-marker">
            <Icon name="check" size={13} />
            {t('relationships.engaged')}
          </span>
        ) : (
          <span className="engaged-mark">{t('relationships.notEngaged')}</span>
        )}
        <SentimentBadge sentiment={c.sentiment} />
      </div>
    </article>
  );
}
