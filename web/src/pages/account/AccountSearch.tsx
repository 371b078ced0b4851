// Picks an account by searching for it (GET /accounts?q=: name, kana, domain, external id, as
// the account list searches): the first few matches once typing pauses (not while an IME is
// still composing), chosen by click or by the arrow keys and Enter; the choice is then shown
// with a button to search again.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Account } from '../../api';
import { Icon } from '../../components/Icon';
import { errorText } from '../../lib/errorText';
import { useAsync, useDebounced } from '../../lib/useAsync';

export type AccountChoice = Pick<Account, 'id' | 'name' | 'domain'>;

const LIMIT = 8;

export function AccountSearch(props: {
  value: AccountChoice | null;
  onChange: (account: AccountChoice | null) => void;
  /** Left out of the matches (the account the user is on). */
  excludeId?: number;
  label: string;
  invalid?: boolean;
  testId: string;
}) {
  const { value, onChange, excludeId, label, invalid, testId } = props;
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [composing, setComposing] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(text, 250);
  useEffect(() => {
    if (!composing) setQuery(debounced.trim());
  }, [debounced, composing]);
  const found = useAsync(
    (signal) =>
      query ? api.accounts({ q: query, limit: LIMIT + 1 }, signal) : Promise.resolve(null),
    [query],
  );
  const matches = (found.data?.data ?? []).filter((a) => a.id !== excludeId).slice(0, LIMIT);
  useEffect(() => setActive(0), [query]);

  if (value) {
    return (
      <div className="account-choice" data-testid={`${testId}-chosen`}>
        <Icon name="building" size={15} />
        <span className="account-choice-name">
          <span className="strong">{value.name}</span>
          {value.domain && <span className="sub">{value.domain}</span>}
        </span>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => onChange(null)}
          data-testid={`${testId}-change`}
        >
          {t('contactMove.search.change')}
        </button>
      </div>
    );
  }

  const open = query !== '' && !found.loading && !found.error && matches.length > 0;
  function choose(account: AccountChoice) {
    onChange({ id: account.id, name: account.name, domain: account.domain });
    setText('');
    setQuery('');
  }

  return (
    <div className="account-search">
      <div className="search">
        <Icon name="search" size={16} />
        <input
          type="search"
          role="combobox"
          value={text}
          placeholder={t('contactMove.search.placeholder')}
          aria-label={label}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-invalid={invalid ? true : undefined}
          className={invalid ? 'input-error' : ''}
          onChange={(e) => setText(e.target.value)}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={(e) => {
            setComposing(false);
            setText(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'ArrowDown' && open) {
              e.preventDefault();
              setActive((i) => Math.min(i + 1, matches.length - 1));
            } else if (e.key === 'ArrowUp' && open) {
              e.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              // Enter picks the highlighted match; it never sends the form around the search.
              e.preventDefault();
              e.stopPropagation();
              const match = matches[active];
              if (open && match) choose(match);
            }
          }}
          data-testid={testId}
        />
      </div>
      {query !== '' && (
        <div className="account-search-results" aria-live="polite">
          {found.loading ? (
            <div className="muted account-search-note">{t('contactMove.search.searching')}</div>
          ) : found.error ? (
            <div className="field-error account-search-note" role="alert">
              {errorText(found.error, t)}
            </div>
          ) : matches.length === 0 ? (
            <div className="muted account-search-note" data-testid={`${testId}-none`}>
              {t('contactMove.search.none')}
            </div>
          ) : (
            <ul id={listId} role="listbox" aria-label={label} className="account-search-list">
              {matches.map((account, i) => (
                <li
                  key={account.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseEnter={() => setActive(i)}
                  // Before the input's blur, so that the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(account)}
                  data-testid={`${testId}-option`}
                  data-account-id={account.id}
                >
                  <span className="strong">{account.name}</span>
                  {(account.name_kana || account.domain) && (
                    <span className="sub">
                      {[account.name_kana, account.domain].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
