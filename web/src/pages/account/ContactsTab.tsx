// Contacts: roles, and who has left (the relationship should not hang on one person). Admins,
// managers and CSMs add and edit them (ContactDialog), and record the company a contact left for
// (ContactMoveDialog); where each person went or came from is the relationship map's answer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Contact, type ContactMoved } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { Badge, ContactRoleBadge } from '../../components/Badges';
import { ExportButton } from '../../components/ExportButton';
import { Icon } from '../../components/Icon';
import { TableCard } from '../../components/TableCard';
import { ErrorBanner, Skeleton } from '../../components/States';
import { initials, languageName } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import type { AccountChoice } from './AccountSearch';
import { ContactDialog } from './ContactDialog';
import { ContactMoveDialog } from './ContactMoveDialog';
import { CameFrom, FormerChampionBanner, LINK_SLOT, MovedTo, withLink } from './ContactMoveLinks';
import { formerChampions, movesById } from './contactMove';

export function ContactsTab({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const contacts = useAsync((signal) => api.contacts(accountId, signal), [accountId]);
  const canEdit = useCan('writeCustomers');
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  // Where people went or came from; the list stands without it.
  const map = useAsync((signal) => api.relationships(accountId, signal), [accountId]);
  const [moving, setMoving] = useState<Contact | null>(null);
  // The move just recorded from this account (the tab stays mounted when a link opens another).
  const [moved, setMoved] = useState<{
    from: number;
    moved: ContactMoved;
    to: AccountChoice;
  } | null>(null);
  const moves = movesById(map.data);
  const refresh = () => {
    contacts.reload();
    map.reload();
  };
  if (contacts.error) return <ErrorBanner error={contacts.error} onRetry={contacts.reload} />;
  if (!contacts.data) return <Skeleton />;

  const list = [...contacts.data].sort(
    (a, b) => Number(a.departed) - Number(b.departed) || a.name.localeCompare(b.name, lang),
  );
  const current = list.filter((c) => !c.departed);
  const champions = current.filter((c) => c.role === 'champion').length;

  return (
    <div className="stack">
      <FormerChampionBanner people={formerChampions(map.data)} />
      {moved?.from === accountId && (
        <Alert tone="success" role="status" testId="contact-moved">
          {withLink(
            t('contactMove.moved', { name: moved.moved.joined.name, company: LINK_SLOT }),
            <Link to={`/accounts/${moved.to.id}?tab=contacts`} data-testid="contact-moved-link">
              {moved.to.name}
            </Link>,
          )}
        </Alert>
      )}
      <div className="tiles">
        <div className="tile">
          <div className="tile-label">{t('contacts.current')}</div>
          <div className="tile-value">{current.length}</div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('contacts.champions')}</div>
          <div className="tile-value">{champions}</div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('contacts.departedCount')}</div>
          <div className="tile-value">{list.length - current.length}</div>
        </div>
      </div>
      <TableCard
        title={t('contacts.title')}
        testId="contacts-table"
        empty={list.length === 0 ? { icon: 'meeting', title: t('contacts.empty') } : null}
        columns={[
          { label: t('contacts.col.name') },
          { label: t('contacts.col.role') },
          { label: t('contacts.col.email') },
          { label: t('contacts.col.phone') },
          { label: t('contacts.col.language') },
          { label: t('contacts.col.consent') },
          ...(canEdit ? [{ label: '' }] : []),
        ]}
        action={
          <div className="card-head-tools">
            {list.length > 0 && <ExportButton list="contacts" query={{ account_id: accountId }} />}
            {canEdit && (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => setEditing('new')}
                data-testid="contact-add"
              >
                <Icon name="plus" size={14} />
                {t('contactForm.add')}
              </button>
            )}
          </div>
        }
      >
        {list.map((c) => (
          <tr
            key={c.id}
            className={c.departed ? 'row-departed' : undefined}
            data-testid="contact-row"
            data-contact-id={c.id}
          >
            <td>
              <div className="person">
                <span className="avatar avatar-sm">{initials(c.name)}</span>
                <div>
                  <div className="contact-name">
                    <span className="strong name-text">{c.name}</span>
                    {c.departed && (
                      <Badge tone="gray" testId="departed-badge">
                        {t('contacts.departed')}
                      </Badge>
                    )}
                  </div>
                  {c.title && <div className="sub">{c.title}</div>}
                  <MovedTo to={moves.get(c.id)?.moved_to} />
                  <CameFrom from={moves.get(c.id)?.came_from} />
                </div>
              </div>
            </td>
            <td>
              <ContactRoleBadge role={c.role} />
            </td>
            <td>
              {c.email ? (
                <a href={`mailto:${c.email}`}>{c.email}</a>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="nowrap">{c.phone || <span className="muted">—</span>}</td>
            <td>
              {c.language ? languageName(c.language, lang) : <span className="muted">—</span>}
            </td>
            <td>
              {c.marketing_consent ? (
                <span className="consent consent-yes" title={t('contacts.consentYes')}>
                  <Icon name="check" size={14} />
                  {t('common.yes')}
                </span>
              ) : (
                <span className="muted">{t('common.no')}</span>
              )}
            </td>
            {canEdit && (
              <td className="actions-cell actions-cell-pair">
                <button
                  type="button"
                  className="icon-button icon-button-sm"
                  onClick={() => setEditing(c)}
                  title={t('contactForm.editTitle')}
                  aria-label={`${t('contactForm.editTitle')}: ${c.name}`}
                  data-testid="contact-edit"
                >
                  <Icon name="pencil" size={13} />
                </button>
                {!moves.get(c.id)?.moved_to && (
                  <button
                    type="button"
                    className="icon-button icon-button-sm"
                    onClick={() => setMoving(c)}
                    title={t('contactMove.action')}
                    aria-label={`${t('contactMove.action')}: ${c.name}`}
                    data-testid="contact-move"
                  >
                    <Icon name="route" size={13} />
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </TableCard>
      {editing && (
        <ContactDialog
          accountId={accountId}
          contact={editing === 'new' ? null : editing}
          onSaved={() => {
            setEditing(null);
            contacts.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {moving && (
        <ContactMoveDialog
          contact={moving}
          onMoved={(result, to) => {
            setMoving(null);
            setMoved({ from: accountId, moved: result, to });
            refresh();
          }}
          onAlreadyMoved={refresh}
          onClose={() => setMoving(null)}
        />
      )}
    </div>
  );
}
