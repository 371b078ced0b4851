// Tabbed pages: a row of tabs and the panel of the selected one. The routed pages (events,
// journey, hand-offs) give each tab its own address (TabbedPage); the account page keeps its tab
// in ?tab= under its own header (Tabs).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/**
 * The tab list and, below it, the selected tab's panel (the children). Test ids are
 * `${testIdPrefix}tab-<tab>` and `${testIdPrefix}panel-<selected>`.
 */
export function Tabs<Tab extends string>(props: {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly Tab[];
  selected: Tab;
  tabLabel: (tab: Tab) => string;
  onSelect: (tab: Tab) => void;
  testIdPrefix?: string;
  children: ReactNode;
}) {
  const { label, tabs, selected, tabLabel, onSelect, testIdPrefix = '', children } = props;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={selected === tab}
            className={`tab ${selected === tab ? 'tab-active' : ''}`}
            onClick={() => onSelect(tab)}
            data-testid={`${testIdPrefix}tab-${tab}`}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-testid={`${testIdPrefix}panel-${selected}`}>
        {children}
      </div>
    </>
  );
}

export interface RoutedTab<Tab extends string> {
  tab: Tab;
  path: string;
}

/**
 * A page of tabs, each at its own address: the title and subtitle, the tabs, and the selected
 * tab's panel (the children). Its texts are the catalogue's `<scope>.title`, `.subtitle`,
 * `.sections` (the tab list's name) and `.tab.<tab>`; its test ids `<scope>-page`,
 * `<scope>-tab-<tab>` and `<scope>-panel-<tab>`.
 */
export function TabbedPage<Tab extends string>({
  scope,
  tabs,
  selected,
  children,
}: {
  scope: string;
  tabs: readonly RoutedTab<Tab>[];
  selected: Tab;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathOf = (tab: Tab) => tabs.find((item) => item.tab === tab)?.path ?? '/';
  useDocumentTitle([t(`${scope}.tab.${selected}`), t(`${scope}.title`)]);
  return (
    <div className="page" data-testid={`${scope}-page`}>
      <div className="page-head">
        <div>
          <h1 className="page-title">{t(`${scope}.title`)}</h1>
          <p className="page-sub">{t(`${scope}.subtitle`)}</p>
        </div>
      </div>
      <Tabs
        label={t(`${scope}.sections`)}
        tabs={tabs.map((item) => item.tab)}
        selected={selected}
        tabLabel={(tab) => t(`${scope}.tab.${tab}`)}
        onSelect={(tab) => navigate(pathOf(tab))}
        testIdPrefix={`${scope}-`}
      >
        {children}
      </Tabs>
    </div>
  );
}
