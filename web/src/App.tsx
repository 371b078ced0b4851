import type { ReactNode } from 'react';
import {
  createBrowserRouter,
  createRoutesFromElements,
  Navigate,
  Outlet,
  Route,
  RouterProvider,
  useLocation,
} from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { Layout } from './components/Layout';
import { StagesProvider } from './components/StagesContext';
import { Loading } from './components/States';
import { UnsavedChangesProvider } from './components/UnsavedChanges';
import { AccountListPage } from './pages/accounts/AccountListPage';
import { AccountPage } from './pages/account/AccountPage';
import { EventsPage } from './pages/events/EventsPage';
import { HandoffsPage } from './pages/handoff/HandoffsPage';
import { ImportPage } from './pages/import/ImportPage';
import { JourneyPage } from './pages/journey/JourneyPage';
import { LoginPage } from './pages/login/LoginPage';
import { PlanPrintPage } from './pages/plans/PlanPrintPage';
import { SourcesPage } from './pages/sources/SourcesPage';
import { StaffPage } from './pages/staff/StaffPage';
import { SuccessTemplatesPage } from './pages/templates/SuccessTemplatesPage';

export const BASENAME = '/app';

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}

/**
 * What every page sits in: the session, the journey stages (read once and shared by every
 * badge, filter and select) and the guard of unsaved changes, which needs the data router.
 */
function Root() {
  return (
    <AuthProvider>
      <StagesProvider>
        <UnsavedChangesProvider>
          <Outlet />
        </UnsavedChangesProvider>
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
      <Route path="/accounts" element={<AccountListPage />} />
      <Route path="/accounts/:id" element={<AccountPage />} />
      <Route path="/journey" element={<JourneyPage tab="board" />} />
      <Route path="/journey/funnel" element={<JourneyPage tab="funnel" />} />
      <Route path="/journey/settings" element={<JourneyPage tab="settings" />} />
      <Route path="/handoffs" element={<HandoffsPage tab="list" />} />
      <Route path="/handoffs/icp" element={<HandoffsPage tab="icp" />} />
      <Route path="/icp" element={<Navigate to="/handoffs/icp" replace />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/events" element={<EventsPage tab="catalog" />} />
      <Route path="/events/features" element={<EventsPage tab="features" />} />
      <Route path="/events/stream" element={<EventsPage tab="stream" />} />
      <Route path="/sources" element={<SourcesPage />} />
      <Route path="/staff" element={<StaffPage />} />
      <Route path="/success-templates" element={<SuccessTemplatesPage />} />
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
    <Route path="*" element={<Navigate to="/accounts" replace />} />
  </Route>,
);

// Made on first render, once: a second router would listen to the browser's history as well.
let router: ReturnType<typeof createBrowserRouter> | null = null;

export function App() {
  router ??= createBrowserRouter(routes, { basename: BASENAME });
  return <RouterProvider router={router} />;
}
