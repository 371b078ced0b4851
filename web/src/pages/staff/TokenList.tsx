// A staff user's API tokens (GET /users/{id}/tokens): name, the prefix that identifies it, when
// it was made and last used, when it expires, and its state; an active one is revoked after a
// confirmation (DELETE /tokens/{id}) and stops working at once.
import { useTranslation } from 'react-i18next';
import { api, type ApiToken } from '../../api';
import { Badge, type Tone } from '../../components/Badges';
import { ConfirmRow } from '../../components/ConfirmRow';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { useRowEditor } from '../../components/useRowEditor';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { tokenState, type TokenState } from '../../lib/staff';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';

const STATE_TONE: Record<TokenState, Tone> = { active: 'green', revoked: 'red', expired: 'gray' };

export function TokenList({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const tokens = useAsync((signal) => api.userTokens(userId, signal), [userId]);
  const list = tokens.data?.data;

  return (
    <div data-testid="staff-tokens" data-loading={tokens.loading ? 'true' : 'false'}>
      <ErrorBanner error={tokens.error} onRetry={tokens.reload} />
      {!list && !tokens.error && <Skeleton rows={2} />}
      {list && list.length === 0 && (
        <p className="staff-empty">
          <Icon name="key" size={14} />
          {t('staff.tokens.empty')}
        </p>
      )}
      {list && list.length > 0 && (
        <div className="table-wrap staff-token-table">
          <table className="table">
            <thead>
              <tr>
                <th>{t('staff.tokens.col.name')}</th>
                <th>{t('staff.tokens.col.prefix')}</th>
                <th>{t('staff.tokens.col.lastUsed')}</th>
                <th>{t('staff.tokens.col.expires')}</th>
                <th>{t('staff.tokens.col.status')}</th>
                <th className="actions-cell" aria-label={t('staff.col.actions')} />
              </tr>
            </thead>
            <tbody>
              {list.map((token) => (
                <TokenRow key={token.id} token={token} onRevoked={tokens.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function TokenRow({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const row = useRowEditor();
  const state = tokenState(token);

  const revoke = () =>
    row.run(
      async () => {
        await api.revokeToken(token.id);
        onRevoked();
      },
      (cause) => errorText(cause, t),
    );

  return (
    <>
      <tr
        className={state === 'active' ? undefined : 'row-dim'}
        data-testid="staff-token-row"
        data-token-id={token.id}
        data-state={state}
      >
        <td
          className="strong"
          title={t('staff.tokens.created', { time: formatDateTime(token.created_at, lang) })}
        >
          {token.name}
        </td>
        <td>
          <code>{token.prefix}…</code>
        </td>
        <td className="nowrap">
          {token.last_used_at ? (
            <span title={formatDateTime(token.last_used_at, lang)}>
              {formatRelativeTime(token.last_used_at, lang)}
            </span>
          ) : (
            <span className="muted">{t('staff.tokens.neverUsed')}</span>
          )}
        </td>
        <td className="nowrap">
          {token.expires_at ? (
            formatDateTime(token.expires_at, lang)
          ) : (
            <span className="muted">{t('staff.tokens.noExpiry')}</span>
          )}
        </td>
        <td>
          <Badge
            tone={STATE_TONE[state]}
            dot
            testId="staff-token-state"
            title={token.revoked_at ? formatDateTime(token.revoked_at, lang) : undefined}
          >
            {t(`staff.tokens.state.${state}`)}
          </Badge>
        </td>
        <td className="actions-cell nowrap">
          {state !== 'revoked' && (
            <button
              type="button"
              className="btn btn-ghost btn-sm btn-danger-text"
              disabled={row.confirming}
              onClick={row.askToConfirm}
              aria-expanded={row.confirming}
              data-testid="staff-token-revoke"
            >
              {t('staff.tokens.revoke')}
            </button>
          )}
        </td>
      </tr>
      {row.confirming && (
        <ConfirmRow
          colSpan={6}
          label={t('staff.tokens.revoke')}
          question={t('staff.tokens.revokeConfirm', { name: token.name })}
          confirmLabel={t('staff.tokens.revokeYes')}
          busyLabel={t('staff.tokens.revoking')}
          busy={row.busy}
          error={row.problem}
          onCancel={row.cancelConfirm}
          onConfirm={() => void revoke()}
          testId="staff-token-revoke"
          rowTestId="staff-token-confirm-row"
        />
      )}
    </>
  );
}
