import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { DemoBanner } from '../features/dataset/DemoBanner.tsx';
import { DataNotices } from '../features/dataset/DataNotices.tsx';
import { FilterBar } from '../features/filters/FilterBar.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import { SideNav } from './SideNav.tsx';
import './AppShell.css';

/** Navigation on the left; the filter bar stays on top while the page scrolls under it. */
export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <SideNav />
      <div className="app-shell__main">
        <header className="app-shell__top">
          <FilterBar />
        </header>
        <main id="main" className="app-shell__content" tabIndex={-1}>
          <DemoBanner />
          <DataNotices />
          <PageErrorBoundary resetKey={pathname}>
            <Suspense fallback={<p className="page-message">{t('states.loading')}</p>}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </main>
      </div>
    </div>
  );
}
