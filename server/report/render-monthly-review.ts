import { hc } from 'hono/client';
import type { Browser, Page } from 'playwright-core';
import type { AppType } from '../app.ts';
import { monthPeriod, reviewMonths } from '../../web/src/features/monthly-review/review-month.ts';
import { launchChromium } from './chromium.ts';
import { ReportError } from './report-error.ts';

// The monthly review as files, for a manager who does not open the app: the review page of a
// running Inversa, printed by Chromium. The page is the one source of what the review says and
// how it formats it; this only waits for it, prints it, and reads back its title and figures.

export type ReviewLanguage = 'es' | 'en';

export interface MonthlyReviewRequest {
  /** A running Inversa: `http://127.0.0.1:5177`. */
  baseUrl: string;
  /** YYYY-MM; none: the month the page opens on by default (the newest whose return window has closed). */
  month?: string;
  lang: ReviewLanguage;
  /** Who reads: the server's INVERSA_TOKEN (team mode, or a token-guarded server), or a signed-in person's session cookie. */
  auth?: { token?: string; cookie?: string };
  /** A Chromium already running (the schedule's, a test's); none: the system one is launched and closed. */
  browser?: Browser;
}

export interface MonthlyReview {
  /** YYYY-MM. */
  month: string;
  /** The page's heading: "Revisión mensual: octubre de 2026". */
  title: string;
  /** One line for an email subject: "Revisión mensual — octubre de 2026". */
  subject: string;
  /** The written summary, a sentence each. */
  summary: string[];
  /** The month's column of the KPI table, as the page shows it. */
  figures: Array<{ label: string; value: string }>;
  pdf: Buffer;
  /** One file: styles inlined, charts as SVG, no script. */
  html: string;
}

/** The Intl locale the page formats with in each language (web/src/i18n/i18n.ts). */
const localeOf: Record<ReviewLanguage, string> = { es: 'es-AR', en: 'en-US' };
/** Where the web app keeps the reader's language (web/src/i18n/i18n.ts). */
const languageStorageKey = 'inversa.language';
/** A4 less the page margins of the print stylesheet (12 mm each side), at 96 px per inch: the width charts are drawn at. */
const printWidthPx = Math.round(((210 - 24) / 25.4) * 96);
/** The causes of the quarter can take several seconds on a large database; a page still loading after this is broken. */
const loadTimeoutMs = 120_000;

/** Checks with the API that the month has data before a browser is started: a clear error, and nothing written. */
/** The headers that say who reads, on every request of the check and of the page. */
function readerHeaders({ token, cookie }: NonNullable<MonthlyReviewRequest['auth']> = {}): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cookie ? { cookie } : {}) };
}

async function checkMonthHasData(request: MonthlyReviewRequest): Promise<void> {
  const headers = readerHeaders(request.auth);
  const client = hc<AppType>(request.baseUrl, { headers });
  const answer = await client.api.dataset.$get().catch((error: unknown) => {
    throw new ReportError(`No Inversa answers at ${request.baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (answer.status === 401) {
    throw new ReportError(`${request.baseUrl} asks who is reading: set INVERSA_TOKEN to that server's token.`);
  }
  if (!answer.ok) throw new ReportError(`${request.baseUrl} answered ${answer.status} to GET /api/dataset.`);
  const dataset = await answer.json();
  if (dataset.empty || !dataset.firstDate || !dataset.lastDate) {
    throw new ReportError('The database has no data yet: import orders and returns first (inversa import, or the Import page).');
  }
  if (!request.month) return;
  const months = reviewMonths({ firstDate: dataset.firstDate, lastDate: dataset.lastDate });
  if (!months.includes(request.month)) {
    throw new ReportError(`${request.month} is outside the data, which runs from ${dataset.firstDate} to ${dataset.lastDate}.`);
  }
  const summary = await client.api.metrics.summary.$get({ query: monthPeriod(request.month) });
  if (!summary.ok) throw new ReportError(`${request.baseUrl} answered ${summary.status} to the summary of ${request.month}.`);
  if ((await summary.json()).orders === 0) throw new ReportError(`${request.month} has no orders in the data: there is nothing to review.`);
}

/**
 * Waits until the page says every answer is in (`data-ready` on the review's header) and no frame
 * shows a loading placeholder, held over several frames: an answer that enables another query
 * can leave the page idle for one render before the next fetch starts.
 */
async function waitUntilSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const state = window as unknown as { inversaSettledFrames?: number };
        const settled =
          document.querySelector('[data-review-month]')?.getAttribute('data-ready') === 'true' &&
          !document.querySelector('main .chart-frame__skeleton');
        state.inversaSettledFrames = settled ? (state.inversaSettledFrames ?? 0) + 1 : 0;
        return state.inversaSettledFrames >= 10;
      },
      undefined,
      { polling: 'raf', timeout: loadTimeoutMs },
    )
    .catch(() => {
      throw new ReportError(`The review page did not finish loading within ${loadTimeoutMs / 1000} s.`);
    });
  const failures = await page.locator('main [role="alert"]').allInnerTexts();
  if (failures.length > 0) throw new ReportError(`Part of the review could not be loaded: ${failures.join(' / ')}`);
}

/** What the page shows, read back for the message that carries the review. */
async function readReview(page: Page) {
  const head = page.locator('[data-review-month]');
  const [month, name, monthLabel] = await Promise.all(['data-review-month', 'data-review-name', 'data-month-label'].map((a) => head.getAttribute(a)));
  const title = await page.locator('main h1').first().innerText();
  const summary = await page.locator('.review__sentences p').allInnerTexts();
  const figures = await page.locator('.review-kpis tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      label: row.querySelector('th')?.textContent?.trim() ?? '',
      // the value as it stands, without a provisional month's expected rate under it
      value: row.querySelector('.review-kpis__now')?.firstChild?.textContent?.trim() ?? '',
    })),
  );
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return { month: month!, title: capitalised(title), subject: `${name} — ${monthLabel}`, summary, figures };
}

/**
 * The page as one file a mail client or a browser opens without the app: every stylesheet
 * inlined, scripts and the app's navigation, filter bar, demo banner and buttons left out (the
 * notices about the data stay: they qualify the figures), links absolute.
 */
async function selfContainedHtml(page: Page, subject: string): Promise<string> {
  return page.evaluate((title) => {
    const css = [...document.styleSheets]
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .join('\n');
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const link of copy.querySelectorAll<HTMLAnchorElement>('a[href]')) link.setAttribute('href', link.href);
    copy
      .querySelectorAll('script, link, style, noscript, .skip-link, .side-nav, .app-shell__top, .demo-banner:not(.data-notice), .review__controls, button')
      .forEach((node) => node.remove());
    const style = document.createElement('style');
    // without its navigation the app's two-column shell is one column
    style.textContent = `${css}\n.app-shell { display: block; }`;
    const head = copy.querySelector('head')!;
    head.querySelector('title')!.textContent = title;
    head.append(style);
    return `<!doctype html>\n${copy.outerHTML}`;
  }, subject);
}

/** Renders the review of a month of a running Inversa to an A4 PDF and a self-contained HTML. */
export async function renderMonthlyReview(request: MonthlyReviewRequest): Promise<MonthlyReview> {
  await checkMonthHasData(request);
  const browser = request.browser ?? (await launchChromium());
  const context = await browser.newContext({
    locale: localeOf[request.lang],
    viewport: { width: printWidthPx, height: 1123 },
    extraHTTPHeaders: readerHeaders(request.auth),
  });
  try {
    await context.addInitScript(([key, lang]) => localStorage.setItem(key, lang), [languageStorageKey, request.lang] as const);
    const page = await context.newPage();
    const url = new URL('/monthly-review', request.baseUrl);
    if (request.month) url.searchParams.set('month', request.month);
    // laid out as printed from the start, so the charts are drawn at the page's width
    await page.emulateMedia({ media: 'print' });
    await page.goto(url.href);
    await waitUntilSettled(page);
    const review = await readReview(page);
    if (request.month && review.month !== request.month) {
      throw new ReportError(`The review page opened ${review.month} instead of ${request.month}.`);
    }
    if (review.summary.length === 0) throw new ReportError(`${review.month} has no figures to review.`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const html = await selfContainedHtml(page, review.subject);
    return { ...review, pdf, html };
  } finally {
    await context.close();
    if (!request.browser) await browser.close();
  }
}
