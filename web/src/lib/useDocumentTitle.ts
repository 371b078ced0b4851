// The browser tab's title: what is on screen, most particular first, then "Banso" —
// 「株式会社かもめ · 顧客 · Banso」, "Board · Customer journey · Banso". The frame (Layout) gives
// every page its section's title as a fallback; a page that knows more (an account's name, its
// tab) gives its own, which wins while it is shown. Back, history and bookmarks then say where
// each entry was.
import { useEffect } from 'react';

export const APP_NAME = 'Banso';
const SEPARATOR = ' · ';

/** The title of these parts (blank ones left out), with the app's name last. */
export function documentTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.map((p) => p?.trim()).filter(Boolean), APP_NAME].join(SEPARATOR);
}

interface Entry {
  title: string;
  fallback: boolean;
}

// The titles asked for by the components shown, in the order they asked.
let entries: Entry[] = [];

function apply() {
  const chosen = entries.findLast((e) => !e.fallback) ?? entries.at(-1);
  if (chosen && typeof document !== 'undefined') document.title = chosen.title;
}

/**
 * Sets the tab's title while the component is shown. `fallback`: only when no other component
 * asks for one (the frame's section title).
 */
export function useDocumentTitle(
  parts: readonly (string | null | undefined)[],
  { fallback = false }: { fallback?: boolean } = {},
): void {
  const title = documentTitle(parts);
  useEffect(() => {
    const entry = { title, fallback };
    entries = [...entries, entry];
    apply();
    return () => {
      entries = entries.filter((e) => e !== entry);
      apply();
    };
  }, [title, fallback]);
}
