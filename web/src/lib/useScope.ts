// The portfolio scope of the page's address (lib/portfolio.ts), and a way to change one part of
// it. A change replaces the address rather than adding a history entry: Back leaves the page.
import { useSearchParams } from 'react-router-dom';
import type { PortfolioScope } from '../api';
import { readScope, SCOPE_PARAM, type ScopeKey } from './portfolio';

export interface ScopeState {
  scope: PortfolioScope;
  /** The scope as a string, for effects' dependencies. */
  scopeKey: string;
  setScope: (key: ScopeKey, value: string | number | undefined) => void;
}

export function useScope(): ScopeState {
  const [params, setParams] = useSearchParams();
  const scope = readScope(params);
  return {
    scope,
    scopeKey: JSON.stringify(scope),
    setScope: (key, value) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === undefined || value === '') next.delete(SCOPE_PARAM[key]);
          else next.set(SCOPE_PARAM[key], String(value));
          return next;
        },
        { replace: true },
      ),
  };
}
