// The routed pages loaded on demand: each is a chunk of its own, fetched when its route is first
// shown (or earlier, by preload()), so the first page loads only the code it needs. The frame
// (Layout), the session and the shared lists stay in the main chunk, and so do the account list
// and the account page (its header and profile; its other tabs are chunks too): most visits start
// there, and a chunk fetched after the main one would only add a round trip before their data.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<Props> = LazyExoticComponent<ComponentType<Props>> & {
  /** Starts fetching the page's chunk (once); rendering it later then waits for nothing. */
  preload: () => Promise<unknown>;
};

/** A page from a module loaded on first use; `load` answers the component. */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPage<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  // A failed fetch (the network, a new build) is tried again the next time, not remembered.
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (cause: unknown) => {
        loading = null;
        throw cause;
      },
    ));
  return Object.assign(lazy(preload), { preload });
}

/** Whether a route's element is a page of this table (so that its chunk can be fetched early). */
export function isLazyPage(type: unknown): type is LazyPage<object> {
  return typeof type === 'object' && type !== null && 'preload' in type;
}

export const DashboardPage = lazyPage(() =>
  import('./pages/dashboard/DashboardPage').then((m) => m.DashboardPage),
);
export const RevenuePage = lazyPage(() =>
  import('./pages/revenue/RevenuePage').then((m) => m.RevenuePage),
);
export const RenewalsPage = lazyPage(() =>
  import('./pages/renewals/RenewalsPage').then((m) => m.RenewalsPage),
);
export const JourneyPage = lazyPage(() =>
  import('./pages/journey/JourneyPage').then((m) => m.JourneyPage),
);
export const HandoffsPage = lazyPage(() =>
  import('./pages/handoff/HandoffsPage').then((m) => m.HandoffsPage),
);
export const ImportPage = lazyPage(() =>
  import('./pages/import/ImportPage').then((m) => m.ImportPage),
);
export const CurrencyPage = lazyPage(() =>
  import('./pages/currency/CurrencyPage').then((m) => m.CurrencyPage),
);
export const EventsPage = lazyPage(() =>
  import('./pages/events/EventsPage').then((m) => m.EventsPage),
);
export const SourcesPage = lazyPage(() =>
  import('./pages/sources/SourcesPage').then((m) => m.SourcesPage),
);
export const StaffPage = lazyPage(() => import('./pages/staff/StaffPage').then((m) => m.StaffPage));
export const SuccessTemplatesPage = lazyPage(() =>
  import('./pages/templates/SuccessTemplatesPage').then((m) => m.SuccessTemplatesPage),
);
export const ScorecardsPage = lazyPage(() =>
  import('./pages/scorecards/ScorecardsPage').then((m) => m.ScorecardsPage),
);
export const TouchModelPage = lazyPage(() =>
  import('./pages/touchModel/TouchModelPage').then((m) => m.TouchModelPage),
);
export const LoginPage = lazyPage(() => import('./pages/login/LoginPage').then((m) => m.LoginPage));
export const PlanPrintPage = lazyPage(() =>
  import('./pages/plans/PlanPrintPage').then((m) => m.PlanPrintPage),
);
