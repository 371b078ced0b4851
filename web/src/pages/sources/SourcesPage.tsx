// Event sources (manage_sources: admins): each holds a write key for the Segment-spec tracking API.
// The key is shown once, when the source is created; revoking stops it at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type CreatedSource, type RevokedSource, type Source } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { ConfirmRow } from '../../components/ConfirmRow';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useRowEditor } from '../../components/useRowEditor';
import { formatDateTime, formatNumber, formatRelativeTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';
import { analyticsNodeSnippet } from './snippet';

export function SourcesPage() {
  const { t } = useTranslation();
  const canManage = useCan('manageSources');
  if (!canManage) {
    return (
      <div className="page" data-testid="sources-page">
        <Empty icon="lock" title={t('sources.adminOnly')} hint={t('sources.adminOnlyHint')} />
      </div>
    );
  }
  return <SourcesAdmin />;
}

function SourcesAdmin() {
  const { t } = useTranslation();
  const list = useAsync((signal) => api.sources(signal), []);
  const [sources, setSources] = useState<Source[] | null>(null);
  const [created, setCreated] = useState<CreatedSource | null>(null);
  const shown = sources ?? list.data?.data ?? null;

  /** The revoke answer has no event figures: the row keeps the ones it shows. */
  function replace(source: RevokedSource) {
    setSources((shown ?? []).map((s) => (s.id === source.id ? { ...s, ...source } : s)));
  }

  return (
    <div className="page" data-testid="sources-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('sources.title')}</h1>
          <p className="page-sub">{t('sources.subtitle')}</p>
        </div>
      </div>

      {created && <WriteKeyPanel source={created} onDone={() => setCreated(null)} />}

      <CreateSourceForm
        onCreated={(source) => {
          const { write_key: _key, ...plain } = source;
          setSources([plain, ...(shown ?? []).filter((s) => s.id !== source.id)]);
          setCreated(source);
        }}
      />

      <section className="card">
        <h2 className="card-title">{t('sources.listTitle')}</h2>
        <ErrorBanner error={list.error} onRetry={list.reload} />
        {!shown && !list.error && <Skeleton rows={3} />}
        {shown && shown.length === 0 && (
          <Empty icon="key" title={t('sources.empty')} hint={t('sources.emptyHint')} />
        )}
        {shown && shown.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="sources-table">
              <thead>
                <tr>
                  <th>{t('sources.col.name')}</th>
                  <th>{t('sources.col.key')}</th>
                  <th>{t('sources.col.created')}</th>
                  <th>{t('sources.col.status')}</th>
                  <th className="num">{t('sources.col.rateLimit')}</th>
                  <th className="num">{t('sources.col.received')}</th>
                  <th>{t('sources.col.lastEvent')}</th>
                  <th className="actions-cell" aria-label={t('sources.col.actions')} />
                </tr>
              </thead>
              <tbody>
                {shown.map((source) => (
                  <SourceRow key={source.id} source={source} onRevoked={replace} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function CreateSourceForm({ onCreated }: { onCreated: (source: CreatedSource) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError({ field: 'name', message: t('sources.nameRequired') });
      return;
    }
    const perSecond = rate.trim() === '' ? undefined : Number(rate);
    if (perSecond !== undefined && (!Number.isInteger(perSecond) || perSecond < 1)) {
      setError({ field: 'rate_limit_per_second', message: t('sources.rateInvalid') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const source = await api.createSource(
        perSecond === undefined
          ? { name: trimmed }
          : { name: trimmed, rate_limit_per_second: perSecond },
      );
      setName('');
      setRate('');
      onCreated(source);
    } catch (cause) {
      setError({
        field: cause instanceof ApiError ? cause.field : null,
        message: errorText(cause, t),
      });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const general =
    error && error.field !== 'name' && error.field !== 'rate_limit_per_second'
      ? error.message
      : null;

  return (
    <section className="card card-pad-lg">
      <h2 className="section-title">{t('sources.createTitle')}</h2>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="source-form">
        <label className="field field-grow">
          <span className="field-label">{t('sources.name')}</span>
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('sources.namePlaceholder')}
            className={fieldError('name') ? 'input-error' : undefined}
            aria-invalid={fieldError('name') ? true : undefined}
            data-testid="source-name"
          />
          {fieldError('name') && (
            <span className="field-error" data-testid="source-name-error">
              {fieldError('name')}
            </span>
          )}
        </label>
        <label className="field field-rate">
          <span className="field-label">{t('sources.rateLimit')}</span>
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            placeholder="1000"
            className={fieldError('rate_limit_per_second') ? 'input-error' : undefined}
            aria-invalid={fieldError('rate_limit_per_second') ? true : undefined}
            data-testid="source-rate"
          />
          {fieldError('rate_limit_per_second') ? (
            <span className="field-error" data-testid="source-rate-error">
              {fieldError('rate_limit_per_second')}
            </span>
          ) : (
            <span className="field-hint">{t('sources.rateHint')}</span>
          )}
        </label>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy}
          data-testid="source-create"
        >
          <Icon name="plus" size={15} />
          {busy ? t('sources.creating') : t('sources.create')}
        </button>
      </form>
      {general && (
        <ErrorAlert testId="source-error" className="form-alert">
          {general}
        </ErrorAlert>
      )}
    </section>
  );
}

/** Puts text on the clipboard; outside a secure context, through a selected textarea. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function CopyButton({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="btn btn-secondary btn-sm"
      onClick={() => {
        void copyText(text).then((ok) => {
          setState(ok ? 'copied' : 'failed');
          setTimeout(() => setState('idle'), 2000);
        });
      }}
      data-testid={testId}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} size={14} />
      {state === 'copied'
        ? t('sources.copied')
        : state === 'failed'
          ? t('sources.copyFailed')
          : t('sources.copy')}
    </button>
  );
}

function WriteKeyPanel({ source, onDone }: { source: CreatedSource; onDone: () => void }) {
  const { t } = useTranslation();
  const snippet = analyticsNodeSnippet(source.write_key, window.location.origin);
  return (
    <section className="card key-panel" data-testid="write-key-panel">
      <div className="key-panel-head">
        <Icon name="key" size={18} />
        <h2>{t('sources.keyTitle', { name: source.name })}</h2>
      </div>
      <Alert tone="warning" role="alert">
        {t('sources.keyWarning')}
      </Alert>
      <div className="key-box">
        <code className="key-value" data-testid="write-key">
          {source.write_key}
        </code>
        <CopyButton text={source.write_key} testId="copy-write-key" />
      </div>
      <div className="snippet">
        <div className="snippet-head">
          <span>{t('sources.snippetTitle')}</span>
          <CopyButton text={snippet} testId="copy-snippet" />
        </div>
        <pre className="code-block" data-testid="write-key-snippet">
          {snippet}
        </pre>
        <p className="muted snippet-note">{t('sources.snippetNote')}</p>
      </div>
      <div className="key-panel-foot">
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={onDone}
          data-testid="write-key-done"
        >
          <Icon name="check" size={14} />
          {t('sources.keyStored')}
        </button>
      </div>
    </section>
  );
}

function SourceRow({
  source,
  onRevoked,
}: {
  source: Source;
  onRevoked: (source: RevokedSource) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const row = useRowEditor();
  const revoked = source.revoked_at !== null;

  const revoke = () =>
    row.run(
      async () => onRevoked(await api.revokeSource(source.id)),
      (cause) => errorText(cause, t),
    );

  return (
    <>
      <tr
        className={revoked ? 'row-dim' : undefined}
        data-testid="source-row"
        data-source-id={source.id}
      >
        <td className="strong nowrap">{source.name}</td>
        <td>
          <code>{source.key_prefix}…</code>
        </td>
        <td className="nowrap">{formatDateTime(source.created_at, lang)}</td>
        <td>
          {revoked ? (
            <Badge
              tone="red"
              title={formatDateTime(source.revoked_at, lang)}
              testId="source-revoked"
            >
              {t('sources.revokedOn', { date: formatDateTime(source.revoked_at, lang) })}
            </Badge>
          ) : (
            <Badge tone="green" dot testId="source-active">
              {t('sources.active')}
            </Badge>
          )}
        </td>
        <td className="num">
          {t('sources.perSecond', { rate: formatNumber(source.rate_limit_per_second, lang) })}
        </td>
        <td className="num strong">{formatNumber(source.events_received, lang)}</td>
        <td>
          {source.last_event_at ? (
            <div className="date-cell">
              <span>{formatRelativeTime(source.last_event_at, lang)}</span>
              <span className="relative">{formatDateTime(source.last_event_at, lang)}</span>
            </div>
          ) : (
            <span className="muted">{t('sources.noEvents')}</span>
          )}
        </td>
        <td className="actions-cell nowrap">
          {!revoked && (
            <button
              type="button"
              className="btn btn-ghost btn-sm btn-danger-text"
              disabled={row.confirming}
              onClick={row.askToConfirm}
              aria-expanded={row.confirming}
              data-testid="source-revoke"
            >
              {t('sources.revoke')}
            </button>
          )}
        </td>
      </tr>
      {!revoked && row.confirming && (
        <ConfirmRow
          colSpan={8}
          label={t('sources.revoke')}
          question={t('sources.revokeConfirm', { name: source.name })}
          confirmLabel={t('sources.revokeYes')}
          busyLabel={t('sources.revoking')}
          busy={row.busy}
          error={row.problem}
          onCancel={row.cancelConfirm}
          onConfirm={() => void revoke()}
          testId="source-revoke"
          rowTestId="source-confirm-row"
        />
      )}
    </>
  );
}
