// Exports a list to CSV (api.exportCsv: GET /api/v1/exports/{list}?encoding=…&<the list's
// filters>): a button and a small menu of two encodings, UTF-8 with a BOM (Excel opens it as
// UTF-8) or Shift_JIS (older Excel, Japanese business systems). The server writes every page of
// the list, filtered and sorted as asked, and names the file (Content-Disposition). The file is
// read with fetch (the session cookie goes with it), so that a refusal is said here in the
// user's words instead of being saved as a file.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  EXPORT_ENCODINGS,
  type ExportEncoding,
  type ExportList,
  type ExportQuery,
} from '../api';
import { downloadBlob } from '../lib/download';
import { errorText } from '../lib/errorText';
import { ErrorAlert } from './Alert';
import { Icon } from './Icon';

/** The catalogue's name of each encoding (export.<name>, export.<name>Hint). */
const ENCODING_KEY: Record<ExportEncoding, string> = { 'utf-8': 'utf8', shift_jis: 'shiftJis' };

/** Reads the export and saves it under the server's name. Throws an ApiError on a refusal. */
async function downloadExport(list: ExportList, encoding: ExportEncoding, query: ExportQuery) {
  const file = await api.exportCsv(list, encoding, query);
  downloadBlob(file.fileName ?? `${list}.csv`, file.blob);
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
      await downloadExport(list, encoding, query ?? {});
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
