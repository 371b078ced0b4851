// The revenue settings (GET /settings/revenue): the reporting currency that every converted ARR
// is in, and the churn grace days. Read once (asked for when the page starts, src/prefetch.ts,
// and taken on first use) and shared: the account list, the account's header, the board and the
// money criteria all name the reporting currency. The currency page calls reload() after a
// change, so every amount follows.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api, type RevenueSettings } from '../api';
import { takeArrived, takePrefetched } from '../prefetch';

interface RevenueSettingsState {
  /** Undefined until read (or when the read failed). */
  settings: RevenueSettings | undefined;
  error: Error | undefined;
  reload: () => void;
  /** Sets the settings a save answered, without reading them again. */
  set: (settings: RevenueSettings) => void;
  /** Asks for the settings; consumers call it on mount. */
  want: () => void;
}

const RevenueSettingsContext = createContext<RevenueSettingsState | null>(null);

export function RevenueSettingsProvider({ children }: { children: ReactNode }) {
  // From the answer asked for at load, when that arrived before the first render.
  const [settings, setSettings] = useState<RevenueSettings | undefined>(() =>
    takeArrived('revenueSettings'),
  );
  const [error, setError] = useState<Error>();
  const started = useRef(settings !== undefined);
  const generation = useRef(0);

  // `asked`: the answer asked for at load, on the first load; else the API is asked now.
  const load = useCallback((asked?: Promise<RevenueSettings>) => {
    started.current = true;
    const mine = ++generation.current;
    (asked ?? api.revenueSettings())
      .then((answer) => {
        if (mine !== generation.current) return;
        setSettings(answer);
        setError(undefined);
      })
      .catch((cause: unknown) => {
        if (mine !== generation.current) return;
        started.current = false; // a later want() tries again (after signing in, say)
        setError(cause instanceof Error ? cause : new Error(String(cause)));
      });
  }, []);

  const want = useCallback(() => {
    if (!started.current) load(takePrefetched('revenueSettings'));
  }, [load]);
  const reload = useCallback(() => load(), [load]);

  const set = useCallback((next: RevenueSettings) => {
    generation.current++; // a read under way would be older than this
    started.current = true;
    setSettings(next);
    setError(undefined);
  }, []);

  const value = useMemo(
    () => ({ settings, error, reload, set, want }),
    [settings, error, reload, set, want],
  );
  return (
    <RevenueSettingsContext.Provider value={value}>{children}</RevenueSettingsContext.Provider>
  );
}

/**
 * The shared revenue settings, read on first use. `reportingCurrency` is undefined until they
 * are read: amounts then show in the account's own currency only, never as if converted.
 */
export function useRevenueSettings(): {
  settings: RevenueSettings | undefined;
  reportingCurrency: string | undefined;
  error: Error | undefined;
  reload: () => void;
  set: (settings: RevenueSettings) => void;
} {
  const state = useContext(RevenueSettingsContext);
  if (!state) throw new Error('useRevenueSettings outside RevenueSettingsProvider');
  const { want, settings, error, reload, set } = state;
  useEffect(() => want(), [want]);
  return { settings, reportingCurrency: settings?.reporting_currency, error, reload, set };
}
