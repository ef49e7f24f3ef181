import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ParseKeys } from 'i18next';
import { UnreadAlertsBadge } from '../features/alerts/UnreadAlertsBadge.tsx';
import { withOnDemandStrings } from '../i18n/i18n.ts';

export interface Page {
  path: string;
  /** Navigation label and page title. */
  title: ParseKeys;
  /** Loaded on first visit, so the first page does not carry every other page's code. */
  component: LazyExoticComponent<ComponentType>;
  /** Reached from the pages (a drill-down), not listed in the navigation. */
  hidden?: boolean;
  /** Shown beside the navigation label (the unread alerts); kept tiny, it is on every page. */
  badge?: ComponentType;
}

// The navigation and the router both read this list: a page is added here and nowhere else.
export const pages: Page[] = [
  {
    path: '/',
    title: 'pages.overview.title',
    component: lazy(() => import('../features/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage }))),
  },
  {
    path: '/return-rate',
    title: 'pages.returnRate.title',
    component: lazy(() => import('../features/return-rate/ReturnRatePage.tsx').then((m) => ({ default: m.ReturnRatePage }))),
  },
  {
    path: '/reasons',
    title: 'pages.reasons.title',
    component: lazy(() => import('../features/reasons/ReasonsPage.tsx').then((m) => ({ default: m.ReasonsPage }))),
  },
  {
    path: '/cycle-times',
    title: 'pages.cycleTimes.title',
    component: lazy(() => withOnDemandStrings(import('../features/cycle-times/CycleTimesPage.tsx')).then((m) => ({ default: m.CycleTimesPage }))),
  },
  {
    path: '/value-recovery',
    title: 'pages.valueRecovery.title',
    component: lazy(() => import('../features/value-recovery/ValueRecoveryPage.tsx').then((m) => ({ default: m.ValueRecoveryPage }))),
  },
  {
    path: '/customers',
    title: 'pages.customers.title',
    component: lazy(() => withOnDemandStrings(import('../features/customers/CustomersPage.tsx')).then((m) => ({ default: m.CustomersPage }))),
  },
  {
    path: '/products',
    title: 'pages.products.title',
    component: lazy(() => import('../features/products/ProductsPage.tsx').then((m) => ({ default: m.ProductsPage }))),
  },
  {
    path: '/return-policy',
    title: 'pages.returnPolicy.title',
    component: lazy(() => withOnDemandStrings(import('../features/return-policy/ReturnPolicyPage.tsx')).then((m) => ({ default: m.ReturnPolicyPage }))),
  },
  {
    path: '/causes',
    title: 'pages.causes.title',
    component: lazy(() => import('../features/causes/CausesPage.tsx').then((m) => ({ default: m.CausesPage }))),
  },
  {
    path: '/monthly-review',
    title: 'pages.monthlyReview.title',
    component: lazy(() => withOnDemandStrings(import('../features/monthly-review/MonthlyReviewPage.tsx')).then((m) => ({ default: m.MonthlyReviewPage }))),
  },
  {
    path: '/benchmarks',
    title: 'pages.benchmarks.title',
    component: lazy(() => withOnDemandStrings(import('../features/benchmarks/BenchmarksPage.tsx')).then((m) => ({ default: m.BenchmarksPage }))),
  },
  {
    path: '/alerts',
    title: 'pages.alerts.title',
    component: lazy(() => withOnDemandStrings(import('../features/alerts/AlertsPage.tsx')).then((m) => ({ default: m.AlertsPage }))),
    badge: UnreadAlertsBadge,
  },
  {
    path: '/import',
    title: 'pages.import.title',
    component: lazy(() => withOnDemandStrings(import('../features/import/ImportPage.tsx')).then((m) => ({ default: m.ImportPage }))),
  },
  {
    path: '/rows',
    title: 'pages.rows.title',
    component: lazy(() => import('../features/drill-down/DrillDownPage.tsx').then((m) => ({ default: m.DrillDownPage }))),
    hidden: true,
  },
];
