import { isValidElement, Suspense, type ReactNode } from 'react';
import {
  createBrowserRouter,
  createRoutesFromElements,
  matchRoutes,
  Navigate,
  Outlet,
  Route,
  RouterProvider,
  useLocation,
} from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { RevenueSettingsProvider } from './components/RevenueSettingsContext';
import { StagesProvider } from './components/StagesContext';
import { Loading } from './components/States';
import { UnsavedChangesProvider } from './components/UnsavedChanges';
import { AccountPage } from './pages/account/AccountPage';
import { AccountListPage } from './pages/accounts/AccountListPage';
import {
  CurrencyPage,
  DashboardPage,
  EventsPage,
  HandoffsPage,
  ImportPage,
  isLazyPage,
  JourneyPage,
  LoginPage,
  PlanPrintPage,
  RenewalsPage,
  RevenuePage,
  ScorecardsPage,
  SourcesPage,
  StaffPage,
  SuccessTemplatesPage,
  TouchModelPage,
} from './lazyPages';

export const BASENAME = '/app';

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}

/**
 * What every page sits in: the session, the journey stages and the revenue settings (read once
 * and shared by every badge, filter and amount) and the guard of unsaved changes, which needs
 * the data router. Pages are loaded on demand: the sign-in and print pages wait here, the
 * console's pages inside the frame (Layout).
 */
function Root() {
  return (
    <AuthProvider>
      <StagesProvider>
        <RevenueSettingsProvider>
          <UnsavedChangesProvider>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </UnsavedChangesProvider>
        </RevenueSettingsProvider>
      </StagesProvider>
    </AuthProvider>
  );
}

const routes = createRoutesFromElements(
  <Route element={<Root />}>
    <Route path="/login" element={<LoginPage />} />
    <Route
      element={
        <RequireAuth>
          <Layout />
        </RequireAuth>
      }
    >
      <Route path="/dashboard" element={<DashboardPage />} />
      <Route path="/revenue" element={<RevenuePage tab="retention" />} />
      <Route path="/revenue/cohorts" element={<RevenuePage tab="cohorts" />} />
      <Route path="/revenue/lifetime" element={<RevenuePage tab="lifetime" />} />
      <Route path="/revenue/restatements" element={<RevenuePage tab="restatements" />} />
      <Route path="/accounts" element={<AccountListPage />} />
      <Route path="/accounts/:id" element={<AccountPage />} />
      <Route path="/journey" element={<JourneyPage tab="board" />} />
      <Route path="/journey/funnel" element={<JourneyPage tab="funnel" />} />
      <Route path="/journey/settings" element={<JourneyPage tab="settings" />} />
      <Route path="/handoffs" element={<HandoffsPage tab="list" />} />
      <Route path="/handoffs/icp" element={<HandoffsPage tab="icp" />} />
      <Route path="/icp" element={<Navigate to="/handoffs/icp" replace />} />
      <Route path="/renewals" element={<RenewalsPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/currency" element={<CurrencyPage />} />
      <Route path="/events" element={<EventsPage tab="catalog" />} />
      <Route path="/events/features" element={<EventsPage tab="features" />} />
      <Route path="/events/stream" element={<EventsPage tab="stream" />} />
      <Route path="/sources" element={<SourcesPage />} />
      <Route path="/staff" element={<StaffPage />} />
      <Route path="/success-templates" element={<SuccessTemplatesPage />} />
      <Route path="/scorecards" element={<ScorecardsPage />} />
      <Route path="/touch-model" element={<TouchModelPage />} />
    </Route>
    {/* A sheet to print or share: signed in, but without the console's frame. */}
    <Route
      path="/plans/:id/print"
      element={
        <RequireAuth>
          <PlanPrintPage />
        </RequireAuth>
      }
    />
    <Route path="*" element={<Navigate to="/dashboard" replace />} />
  </Route>,
);

/**
 * Starts fetching the chunks of the pages an address shows, so that they arrive while the
 * session is checked rather than after it (the account page and list are most often the first).
 * main.tsx calls it for the first address, before anything renders.
 */
export function preloadPagesFor(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname, BASENAME) ?? []) {
    const type = isValidElement(route.element) ? route.element.type : null;
    if (isLazyPage(type)) void type.preload();
  }
}

// Made on first render, once: a second router would listen to the browser's history as well.
let router: ReturnType<typeof createBrowserRouter> | null = null;

export function App() {
  router ??= createBrowserRouter(routes, { basename: BASENAME });
  return <RouterProvider router={router} />;
}
