import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useDataset } from '../features/dataset/use-dataset.ts';
import { SessionMenu } from '../features/session/SessionMenu.tsx';
import { filterParamsOnly } from '../features/filters/filter-params.ts';
import { useFormat } from '../lib/format-context.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { pages } from './pages.ts';

/** The pages, each link carrying the current filters (not one page's own choices) so moving between pages keeps the view. */
export function SideNav() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const format = useFormat();
  const dataset = useDataset().data;
  const filterSearch = filterParamsOnly(new URLSearchParams(search)).toString();

  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <p className="side-nav__brand">
        <span className="side-nav__logo" aria-hidden="true">↺</span> Inversa
      </p>
      <ul className="side-nav__pages">
        {pages.filter((page) => !page.hidden).map((page) => (
          <li key={page.path}>
            <NavLink to={{ pathname: page.path, search: filterSearch }} end className="side-nav__link">
              {t(page.title)}
              {page.badge && <page.badge />}
            </NavLink>
          </li>
        ))}
      </ul>
      <div className="side-nav__footer">
        {dataset && !dataset.empty && (
          <p className="side-nav__data">
            {t('nav.dataRange', { from: format.date(dataset.firstDate), to: format.date(dataset.lastDate) })}
          </p>
        )}
        <SessionMenu />
        <LanguageSwitch />
      </div>
    </nav>
  );
}
