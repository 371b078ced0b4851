// The signed-in frame: left navigation, top bar (language switch and the signed-in user), content.
// It titles the browser tab after the section shown, unless the page gives a title of its own.
import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { can, type Permission } from '../auth/permissions';
import { initials } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Icon, type IconName } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './States';

// `permission`: shown only to those the server gives it (it refuses the others anyway).
const NAV: {
  to: string;
  label: string;
  icon: IconName;
  testId: string;
  permission?: Permission;
}[] = [
  { to: '/dashboard', label: 'nav.dashboard', icon: 'gauge', testId: 'nav-dashboard' },
  { to: '/accounts', label: 'nav.accounts', icon: 'building', testId: 'nav-accounts' },
  { to: '/revenue', label: 'nav.revenue', icon: 'trendUp', testId: 'nav-revenue' },
  { to: '/renewals', label: 'nav.renewals', icon: 'refresh', testId: 'nav-renewals' },
  { to: '/journey', label: 'nav.journey', icon: 'route', testId: 'nav-journey' },
  { to: '/handoffs', label: 'nav.handoffs', icon: 'handoff', testId: 'nav-handoffs' },
  {
    to: '/import',
    label: 'nav.import',
    icon: 'upload',
    testId: 'nav-import',
    permission: 'import',
  },
  { to: '/currency', label: 'nav.currency', icon: 'coins', testId: 'nav-currency' },
  {
    to: '/success-templates',
    label: 'nav.successTemplates',
    icon: 'flag',
    testId: 'nav-success-templates',
  },
  { to: '/scorecards', label: 'nav.scorecards', icon: 'barChart', testId: 'nav-scorecards' },
  { to: '/touch-model', label: 'nav.touchModel', icon: 'pyramid', testId: 'nav-touch-model' },
  { to: '/events', label: 'nav.events', icon: 'activity', testId: 'nav-events' },
  {
    to: '/sources',
    label: 'nav.sources',
    icon: 'key',
    testId: 'nav-sources',
    permission: 'manageSources',
  },
  {
    to: '/staff',
    label: 'nav.staff',
    icon: 'user',
    testId: 'nav-staff',
    permission: 'manageUsers',
  },
];

export function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--brand)" />
      <path
        d="M8.5 22.5c3-8.5 12-8.5 15 0"
        stroke="#fff"
        strokeWidth="2.6"
        fill="none"
        strokeLinecap="round"
      />
      <circle cx="12" cy="11" r="2.6" fill="#fff" />
      <circle cx="20" cy="11" r="2.6" fill="#c7d2fe" />
    </svg>
  );
}

/** The navigation item whose section the address is in (/accounts/12 → Accounts). */
export function sectionOf(pathname: string): (typeof NAV)[number] | undefined {
  return NAV.find((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
}

export function Layout() {
  const { t } = useTranslation();
  const { user, permissions, signOut } = useAuth();
  const section = sectionOf(useLocation().pathname);
  useDocumentTitle([section && t(section.label)], { fallback: true });
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <Logo />
          <div>
            <div className="brand-name">Banso</div>
            <div className="brand-sub">{t('app.tagline')}</div>
          </div>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <div className="nav-section">{t('nav.customerSuccess')}</div>
          {NAV.filter((item) => !item.permission || can(permissions, item.permission)).map(
            (item) => (
              <NavLink key={item.to} to={item.to} className="nav-item" data-testid={item.testId}>
                <Icon name={item.icon} size={17} />
                <span>{t(item.label)}</span>
              </NavLink>
            ),
          )}
        </nav>
        <div className="sidebar-foot">{t('app.footer')}</div>
      </aside>
      <div className="main">
        <header className="topbar">
          <div className="topbar-spacer" />
          <LanguageSwitch />
          {user && (
            <div className="user-chip" data-testid="current-user">
              <span className="avatar" aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="user-text">
                <span className="user-name">{user.name}</span>
                <span className="user-role">
                  {t(`enum.userRole.${user.role}`, { defaultValue: user.role })}
                </span>
              </span>
              <button
                type="button"
                className="icon-button"
                onClick={() => void signOut()}
                title={t('nav.signOut')}
                aria-label={t('nav.signOut')}
                data-testid="sign-out"
              >
                <Icon name="logout" size={16} />
              </button>
            </div>
          )}
        </header>
        <main className="content">
          {/* A page's chunk loading (the first time it is shown): the frame stays, the page waits. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
