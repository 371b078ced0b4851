// Where a person went or came from, linked to that account: on the departed contact "→ New
// company: …", on their new contact "← Previously at … (champion)", and on the account they
// joined a banner when they championed Banso where they were before.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RelationshipContact } from '../../api';
import { Alert } from '../../components/Alert';

type Elsewhere = NonNullable<RelationshipContact['came_from']>;

/** The value given to a catalogue placeholder that a link takes the place of (withLink). */
export const LINK_SLOT = '\u0000';

/** `text` (worded with LINK_SLOT for the link's placeholder) with the link in the slot's place. */
export function withLink(text: string, link: ReactNode): ReactNode {
  const parts = text.split(LINK_SLOT);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && link}
    </Fragment>
  ));
}

function AccountLink({ to, testId }: { to: Elsewhere; testId: string }) {
  return (
    <Link to={`/accounts/${to.account_id}?tab=contacts`} data-testid={testId}>
      {to.account_name}
    </Link>
  );
}

/** "→ New company: <link>" on a contact who left for another customer. */
export function MovedTo({ to }: { to: Elsewhere | null | undefined }) {
  const { t } = useTranslation();
  if (!to) return null;
  return (
    <div className="sub contact-move" data-testid="contact-moved-to">
      {withLink(
        t('contactMove.movedTo', { company: LINK_SLOT }),
        <AccountLink to={to} testId="contact-moved-to-link" />,
      )}
    </div>
  );
}

/** "← Previously at <link> (champion)" on a contact who came from another customer. */
export function CameFrom({ from }: { from: Elsewhere | null | undefined }) {
  const { t } = useTranslation();
  if (!from) return null;
  const text = from.role
    ? t('contactMove.cameFromAs', { company: LINK_SLOT, role: t(`enum.contactRole.${from.role}`) })
    : t('contactMove.cameFrom', { company: LINK_SLOT });
  return (
    <div className="sub contact-move" data-testid="contact-came-from">
      {withLink(text, <AccountLink to={from} testId="contact-came-from-link" />)}
    </div>
  );
}

/** Good news: people who championed Banso at their previous company now work here. */
export function FormerChampionBanner({ people }: { people: RelationshipContact[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <Alert
      tone="success"
      icon="flag"
      role="status"
      testId="former-champion-banner"
      className="former-champion"
    >
      {people.length > 1 && (
        <div className="strong">{t('contactMove.bannerMany', { n: people.length })}</div>
      )}
      {people.map((person) => (
        <div
          key={person.id}
          className={people.length > 1 ? undefined : 'strong'}
          data-testid="former-champion"
        >
          {withLink(
            t(people.length > 1 ? 'contactMove.bannerPerson' : 'contactMove.banner', {
              name: person.name,
              company: LINK_SLOT,
            }),
            <AccountLink to={person.came_from!} testId="former-champion-link" />,
          )}
        </div>
      ))}
      <div>{t('contactMove.bannerHint')}</div>
    </Alert>
  );
}
