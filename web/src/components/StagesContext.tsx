// The journey stages (GET /journey/stages), read once and shared: badges, filters and selects
// all over the console name stages by key, and managers can rename them. Asked for when the page
// starts (src/prefetch.ts) and taken on first use; the stage editor calls reload() after a change
// so every badge follows.
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
import { useTranslation } from 'react-i18next';
import { api, type JourneyStage } from '../api';
import { stageLabel } from '../lib/journey';
import { takeArrived, takePrefetched } from '../prefetch';

interface StagesState {
  /** Undefined until loaded (or when the load failed: labels then show keys). */
  stages: JourneyStage[] | undefined;
  error: Error | undefined;
  reload: () => void;
  /** Asks for the list; consumers call it on mount. */
  want: () => void;
}

const StagesContext = createContext<StagesState | null>(null);

export function StagesProvider({ children }: { children: ReactNode }) {
  // The list from its answer asked for at load, when that arrived before the first render.
  const [stages, setStages] = useState<JourneyStage[] | undefined>(
    () => takeArrived('stages')?.data,
  );
  const [error, setError] = useState<Error>();
  const started = useRef(stages !== undefined);
  const generation = useRef(0);

  // `asked`: the answer asked for at load, on the first load; else the API is asked now.
  const load = useCallback((asked?: Promise<{ data: JourneyStage[] }>) => {
    started.current = true;
    const mine = ++generation.current;
    (asked ?? api.journeyStages())
      .then((answer) => {
        if (mine !== generation.current) return;
        setStages(answer.data);
        setError(undefined);
      })
      .catch((cause: unknown) => {
        if (mine !== generation.current) return;
        // A later want() tries again (e.g. after signing in).
        started.current = false;
        setError(cause instanceof Error ? cause : new Error(String(cause)));
      });
  }, []);

  const want = useCallback(() => {
    if (!started.current) load(takePrefetched('stages'));
  }, [load]);
  const reload = useCallback(() => load(), [load]);

  const value = useMemo(() => ({ stages, error, reload, want }), [stages, error, reload, want]);
  return <StagesContext.Provider value={value}>{children}</StagesContext.Provider>;
}

/** The shared stage list (loading it on first use), and a function naming a key in the UI language. */
export function useStages(): {
  stages: JourneyStage[] | undefined;
  error: Error | undefined;
  reload: () => void;
  label: (key: string | null | undefined) => string;
} {
  const state = useContext(StagesContext);
  if (!state) throw new Error('useStages outside StagesProvider');
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { want, stages, error, reload } = state;
  useEffect(() => want(), [want]);
  // The server's names (managers edit them) first; until the list is read, or for a key it does
  // not have, the catalogue's name of a seeded stage, else the key.
  const label = useCallback(
    (key: string | null | undefined) =>
      !key || stages?.some((s) => s.key === key)
        ? stageLabel(key, stages, lang)
        : t(`enum.stage.${key}`, { defaultValue: key }),
    [stages, lang, t],
  );
  return { stages, error, reload, label };
}
