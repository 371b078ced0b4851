import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api';
import { useCan } from '../../auth/permissions';
import { ArrAmount } from '../../components/ArrAmount';
import { StageBadge, TierBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { formatDate, formatDateTime, regionName } from '../../lib/format';
import { employeeBandLabel, industryLabel } from '../../lib/labels';
import { MoveForm } from '../journey/MoveForm';

function show(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? (
    <span className="muted">—</span>
  ) : (
    value
  );
}

function attributeText(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The stage, since when, and (for writers) a change of stage: a journey move with the version read. */
function StageField({
  account,
  onAccountChanged,
}: {
  account: Account;
  onAccountChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [changing, setChanging] = useState(false);
  const canMove = useCan('writeCustomers');
  return (
    <div className="stage-field" data-testid="profile-stage">
      <div className="stage-field-now">
        <StageBadge stage={account.journey_stage} moment={account.moment_of_truth} />
        {account.journey_stage_since && (
          <span className="muted">
            {t('journey.account.sinceDate', {
              date: formatDate(account.journey_stage_since.slice(0, 10), lang),
            })}
          </span>
        )}
        {canMove && !changing && (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => setChanging(true)}
            data-testid="profile-stage-change"
          >
            {t('journey.move.change')}
          </button>
        )}
      </div>
      {changing && (
        <MoveForm
          accountId={account.id}
          current={account.journey_stage}
          version={account.version}
          withNote={false}
          onMoved={() => {
            setChanging(false);
            onAccountChanged();
          }}
          onStale={onAccountChanged}
          onCancel={() => setChanging(false)}
          testId="profile-move"
        />
      )}
    </div>
  );
}

/** The edit action beside a card's title (owner, renewal, touch model, custom attributes). */
function EditButton({ onEdit, testId }: { onEdit: (() => void) | undefined; testId: string }) {
  const { t } = useTranslation();
  if (!onEdit) return null;
  return (
    <button type="button" className="btn btn-ghost btn-sm" onClick={onEdit} data-testid={testId}>
      <Icon name="pencil" size={13} />
      {t('accountForm.edit')}
    </button>
  );
}

export function ProfileTab({
  account,
  onAccountChanged,
  onEdit,
}: {
  account: Account;
  onAccountChanged: () => void;
  /** Opens the account's edit dialog; undefined when the user may not edit it. */
  onEdit?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fields: [string, ReactNode][] = [
    ['name', account.name],
    ['name_kana', account.name_kana],
    ['external_id', account.external_id && <code>{account.external_id}</code>],
    ['domain', account.domain],
    ['industry', industryLabel(account.industry, t)],
    ['employee_band', employeeBandLabel(account.employee_band, t)],
    ['country', account.country && `${regionName(account.country, lang)} (${account.country})`],
    ['currency', account.currency],
    ['owner', account.owner_name],
    ['journey_stage', <StageField account={account} onAccountChanged={onAccountChanged} />],
    ['tier', <TierBadge tier={account.tier} override={account.tier_override !== null} />],
    [
      'tier_override',
      account.tier_override ? (
        <>
          {t(`enum.tier.${account.tier_override}`)}
          {account.tier_override_reason && (
            <div className="sub" data-testid="profile-tier-reason">
              {t('account.tierReason', { reason: account.tier_override_reason })}
            </div>
          )}
        </>
      ) : (
        t('account.automatic')
      ),
    ],
    ['arr', <ArrAmount arr={account} testId="profile-arr" />],
    ['start_date', formatDate(account.start_date, lang)],
    ['renewal_date', formatDate(account.renewal_date, lang)],
    ['created_at', formatDateTime(account.created_at, lang)],
    ['updated_at', formatDateTime(account.updated_at, lang)],
  ];
  const attributes = Object.entries(account.custom_attributes ?? {});

  return (
    <div className="grid-2">
      <section className="card">
        <div className="card-head">
          <h2 className="card-head-title">{t('account.profile')}</h2>
          <EditButton onEdit={onEdit} testId="profile-edit" />
        </div>
        <dl className="kv" data-testid="profile-fields">
          {fields.map(([key, value]) => (
            <div key={key} className="kv-row">
              <dt>{t(`account.field.${key}`)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card">
        <div className="card-head">
          <h2 className="card-head-title">{t('account.customAttributes')}</h2>
          <EditButton onEdit={onEdit} testId="attributes-edit" />
        </div>
        {attributes.length === 0 ? (
          <p className="muted card-pad">{t('account.noCustomAttributes')}</p>
        ) : (
          <dl className="kv" data-testid="custom-attributes">
            {attributes.map(([key, value]) => (
              <div key={key} className="kv-row">
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>{attributeText(value, t('common.yes'), t('common.no'))}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
