import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ParseKeys } from 'i18next';

export interface Page {
  path: string;
  /** Navigation label and page title. */
  title: ParseKeys;
  /** Loaded on first visit, so the first page does not carry every other page's code. */
  component: LazyExoticComponent<ComponentType>;
}

// The navigation and the router both read this list: a page is added here and nowhere else.
export const pages: Page[] = [
  {
    path: '/',
    title: 'pages.overview.title',
    component: lazy(() => import('../features/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage }))),
  },
  {
    path: '/import',
    title: 'pages.import.title',
    component: lazy(() => import('../features/import/ImportPage.tsx').then((m) => ({ default: m.ImportPage }))),
  },
];
