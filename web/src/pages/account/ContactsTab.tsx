// Contacts: roles, and who has left (the relationship should not hang on one person). Admins,
// managers and CSMs add and edit them (ContactDialog).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Contact } from '../../api';
import { useCan } from '../../auth/permissions';
import { Badge, ContactRoleBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { TableCard } from '../../components/TableCard';
import { ErrorBanner, Skeleton } from '../../components/States';
import { initials, languageName } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { ContactDialog } from './ContactDialog';

export function ContactsTab({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const contacts = useAsync((signal) => api.contacts(accountId, signal), [accountId]);
  const canEdit = useCan('writeCustomers');
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  if (contacts.error) return <ErrorBanner error={contacts.error} onRetry={contacts.reload} />;
  if (!contacts.data) return <Skeleton />;

  const list = [...contacts.data].sort(
    (a, b) => Number(a.departed) - Number(b.departed) || a.name.localeCompare(b.name, lang),
  );
  const current = list.filter((c) => !c.departed);
  const champions = current.filter((c) => c.role === 'champion').length;

  return (
    <div className="stack">
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
          canEdit && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => setEditing('new')}
              data-testid="contact-add"
            >
              <Icon name="plus" size={14} />
              {t('contactForm.add')}
            </button>
          )
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
              <td className="actions-cell">
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
    </div>
  );
}
