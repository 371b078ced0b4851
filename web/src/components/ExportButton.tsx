// Exports a list to CSV (GET /api/v1/exports/{list}?encoding=…&<the list's filters>): a button
// and a small menu of two encodings, UTF-8 with a BOM (Excel opens it as UTF-8) or Shift_JIS
// (older Excel, Japanese business systems). The server writes every page of the list, filtered
// and sorted as asked, and names the file (Content-Disposition). The file is read with fetch
// (the session cookie goes with it), so that a refusal is said here in the user's words instead
// of being saved as a file.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ErrorParams } from '../api';
import { buildUrl } from '../api/client';
import { downloadBlob } from '../lib/download';
import { errorText } from '../lib/errorText';
import { ErrorAlert } from './Alert';
import { Icon } from './Icon';
import './ExportButton.css';

export type ExportList = 'accounts' | 'renewals' | 'contacts' | 'contracts' | 'touchpoints';
export const EXPORT_ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number];
/** The list's filters and sort, as its own GET takes them; empty values are left out. */
export type ExportQuery = Record<string, string | number | boolean | null | undefined>;

/** The catalogue's name of each encoding (export.<name>, export.<name>Hint). */
const ENCODING_KEY: Record<ExportEncoding, string> = { 'utf-8': 'utf8', shift_jis: 'shiftJis' };

/** The export's address: the encoding, then the list's filters; never a page (limit, cursor). */
export function exportUrl(list: ExportList, encoding: ExportEncoding, query: ExportQuery = {}) {
  return buildUrl(`/api/v1/exports/${list}`, {
    encoding,
    ...query,
    limit: undefined,
    cursor: undefined,
  });
}

/** The file name a Content-Disposition gives (RFC 6266: filename*, else filename); else null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*[\w-]+'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

const STATUS_CODE: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'too_large',
  429: 'rate_limited',
};

/** The server's refusal as the API client would raise it (worded by lib/errorText). */
async function refusal(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: only the status is known
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  const fallback = STATUS_CODE[response.status] ?? 'internal';
  if (error && typeof error.message === 'string') {
    const code = String(error.code ?? fallback);
    const params = Object.fromEntries(
      Object.entries((error.params as object | null) ?? {}).filter(
        ([, v]) => typeof v === 'string' || typeof v === 'number',
      ),
    ) as ErrorParams;
    return new ApiError(response.status, code, error.message, {
      field: typeof error.field === 'string' ? error.field : null,
      body,
      reason: error.reason ? String(error.reason) : code,
      params,
    });
  }
  return new ApiError(response.status, fallback, `HTTP ${response.status}`, { body });
}

/** Reads the export and saves it under the server's name. Throws an ApiError on a refusal. */
export async function downloadExport(
  list: ExportList,
  encoding: ExportEncoding,
  query: ExportQuery = {},
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(exportUrl(list, encoding, query), {
      credentials: 'same-origin',
      headers: { Accept: 'text/csv, application/json' },
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await refusal(response);
  const blob = await response.blob();
  downloadBlob(fileNameOf(response.headers.get('Content-Disposition')) ?? `${list}.csv`, blob);
}

/** Where the menu (or an error) shows: under the button, right edges aligned, over any card. */
interface Anchor {
  top: number;
  right: number;
}

export function ExportButton({
  list,
  query,
  title,
  testId = `export-${list}`,
}: {
  list: ExportList;
  query?: ExportQuery;
  /** The button's tooltip: what the export holds. */
  title?: string;
  /** The button's; its choices are `${testId}-utf-8` and `${testId}-shift_jis`, its error `${testId}-error`. */
  testId?: string;
}) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<Anchor | null>(null);
  const [failure, setFailure] = useState<{ anchor: Anchor; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  function anchor(): Anchor {
    const rect = buttonRef.current?.getBoundingClientRect();
    if (!rect) return { top: 0, right: 0 };
    return { top: rect.bottom + 4, right: Math.max(8, window.innerWidth - rect.right) };
  }

  // An open menu takes the focus, and closes on Escape, a click elsewhere or a scroll.
  useEffect(() => {
    if (!menu) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = () => setMenu(null);
    const onPointer = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) close();
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      buttonRef.current?.focus();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [menu]);

  /** Up and down move between the two choices. */
  function moveFocus(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
  }

  async function run(encoding: ExportEncoding) {
    const at = menu ?? anchor();
    setMenu(null);
    setFailure(null);
    setBusy(true);
    buttonRef.current?.focus();
    try {
      await downloadExport(list, encoding, query);
    } catch (cause) {
      setFailure({ anchor: at, message: errorText(cause, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-secondary btn-sm"
        onClick={() => {
          if (busy) return; // one export at a time; the button stays focusable meanwhile
          setFailure(null);
          setMenu(menu ? null : anchor());
        }}
        aria-busy={busy}
        aria-haspopup="menu"
        aria-expanded={menu !== null}
        aria-controls={menu ? menuId : undefined}
        title={title}
        data-testid={testId}
      >
        <Icon name="download" size={14} />
        {busy ? t('export.busy') : t('export.button')}
        <Icon name="chevronDown" size={12} />
      </button>
      {menu && (
        <div
          ref={menuRef}
          id={menuId}
          className="export-menu"
          role="menu"
          aria-label={t('export.menu')}
          style={{ top: menu.top, right: menu.right }}
          onKeyDown={moveFocus}
          data-testid={`${testId}-menu`}
        >
          {EXPORT_ENCODINGS.map((encoding) => (
            <button
              key={encoding}
              type="button"
              role="menuitem"
              className="export-choice"
              onClick={() => void run(encoding)}
              data-testid={`${testId}-${encoding}`}
            >
              <span className="export-choice-label">{t(`export.${ENCODING_KEY[encoding]}`)}</span>
              <span className="export-choice-hint">
                {t(`export.${ENCODING_KEY[encoding]}Hint`)}
              </span>
            </button>
          ))}
        </div>
      )}
      {failure && (
        <div
          className="export-popover"
          style={{ top: failure.anchor.top, right: failure.anchor.right }}
        >
          <ErrorAlert
            testId={`${testId}-error`}
            action={
              <button
                type="button"
                className="icon-button icon-button-sm"
                onClick={() => setFailure(null)}
                aria-label={t('common.close')}
                title={t('common.close')}
              >
                <Icon name="x" size={13} />
              </button>
            }
          >
            <strong>{t('export.failed')}</strong> {failure.message}
          </ErrorAlert>
        </div>
      )}
    </div>
  );
}
