import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, artifactsDir, settled, useBrowserSession } from './browser-harness.ts';

// Every page of the dashboard on the demo data, in Spanish and in English, plus the first page's
// weight and speed. One server and browser for the whole file.

const pages = [
  { path: '/', name: 'overview' },
  { path: '/return-rate', name: 'return-rate' },
  { path: '/reasons', name: 'reasons' },
  { path: '/cycle-times', name: 'cycle-times' },
  { path: '/value-recovery', name: 'value-recovery' },
  { path: '/customers', name: 'customers' },
  { path: '/products', name: 'products' },
  { path: '/return-policy', name: 'return-policy' },
  { path: '/causes', name: 'causes' },
  { path: '/monthly-review', name: 'monthly-review' },
  { path: '/benchmarks', name: 'benchmarks' },
  { path: '/alerts', name: 'alerts' },
  { path: '/import', name: 'import' },
];

const session = useBrowserSession();

describe('the first page', () => {
  it('loads at most 300 KB of JavaScript gzipped and draws its first chart; both figures are written to test-artifacts', async () => {
    // The server has started and answered once (as it has for anyone opening the app); the browser
    // starts cold: a fresh context, nothing cached, as on a first visit.
    await fetch(`${session.server.url}/api/dataset`);
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'es-AR' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // The moment the first chart has marks in it, in ms since navigation started.
      const w = window as unknown as { firstChartAt?: number };
      const observer = new MutationObserver(() => {
        if (w.firstChartAt === undefined && document.querySelector('figure .recharts-surface .recharts-curve, figure .recharts-surface .recharts-rectangle')) {
          w.firstChartAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), zlib.gzipSync(await response.body()).length);
    });
    await page.goto(session.server.url);
    await settled(page);
    const firstChartMs = await page.evaluate(() => (window as unknown as { firstChartAt?: number }).firstChartAt);
    const gzippedBytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    const measured = { gzippedJsBytes: gzippedBytes, scripts: scripts.size, firstChartMs: Math.round(firstChartMs ?? -1) };
    fs.writeFileSync(path.join(artifactsDir, 'performance.json'), `${JSON.stringify(measured, null, 2)}\n`);
    console.log(`[performance] first page: ${(gzippedBytes / 1024).toFixed(1)} KB of JavaScript gzipped in ${scripts.size} files; first chart at ${measured.firstChartMs} ms`);
    expect(firstChartMs).toBeGreaterThan(0);
    expect(gzippedBytes).toBeLessThanOrEqual(300 * 1024);
    await context.close();
  });
});

/** Pages made of tables, lists and forms. */
const pagesWithoutCharts = new Set(['import', 'products', 'causes', 'benchmarks', 'alerts']);

describe('every page on the demo data', () => {
  it('renders its charts and tables in Spanish with no console errors, and a screenshot of each is saved', async () => {
    const { page } = session;
    for (const { path: pagePath, name } of pages) {
      await page.goto(`${session.server.url}${pagePath}`);
      await settled(page).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      });
      if (!pagesWithoutCharts.has(name)) {
        // Charts size themselves to their frame, a frame after their data arrives; on a loaded
        // machine the monthly review's last queries take more than expect.poll's default second.
        await expect.poll(() => page.locator('figure .recharts-surface').count(), { message: name, timeout: 15_000 }).toBeGreaterThan(0);
      }
      await session.screenshot(`page-${name}-es`);
    }
    expect(await page.locator('.finding').count()).toBe(0); // the import page has no findings…
    await page.goto(`${session.server.url}/causes`);
    await settled(page);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0); // …the causes page has
    await page.goto(`${session.server.url}/products`);
    await settled(page);
    expect(await page.locator('.server-table tbody tr').count()).toBe(25);
    expect(session.consoleErrors).toEqual([]);
  }, 120_000);

  it('switching to English changes the labels and the number formats, everywhere', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await settled(page);
    const rateCard = page.locator('.kpi-card').first().locator('.kpi-card__value');
    const spanish = await rateCard.innerText();
    expect(spanish).toMatch(/^\d+,\d%$/);
    // The catalogue is fetched before the switch, so the radio follows a moment later: click, then wait.
    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('link', { name: 'Return rate' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h1').first().innerText()).toBe('Overview');
    // The same figure, now with a decimal point.
    expect(await rateCard.innerText()).toBe(spanish.replace(',', '.'));
    // Amounts too: thousands with commas in English, dots in Spanish.
    const table = page.locator('.server-table tbody tr').first();
    expect(await table.innerText()).toMatch(/\d,\d{3}/);
    for (const { path: pagePath, name } of pages) {
      await page.goto(`${session.server.url}${pagePath}`);
      await settled(page);
      await session.screenshot(`page-${name}-en`);
    }
    expect(await page.locator('main h1').first().innerText()).toBe('Import');
    // The choice sticks across reloads, and Spanish comes back as easily.
    await page.reload();
    await page.getByRole('radio', { name: 'ES' }).click();
    await page.getByRole('link', { name: 'Tasa de devolución' }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  }, 120_000);

  it('passes an automated accessibility audit (axe-core, WCAG 2.1 A and AA) on every page', async () => {
    const { page } = session;
    const violations: string[] = [];
    for (const { path: pagePath, name } of pages) {
      await page.goto(`${session.server.url}${pagePath}`);
      await settled(page);
      violations.push(...(await accessibilityViolations(page)).map((v) => `${name}: ${v}`));
    }
    expect(violations).toEqual([]);
  }, 120_000);

  it('can be used from the keyboard: skip link, and a chart\'s figures as a table', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/return-rate`);
    await settled(page);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The trend chart's table: reached by Tab, opened with Enter, with a link per month.
    const summary = page.locator('figure').first().locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const firstMonth = page.locator('figure').first().locator('details table tbody th a').first();
    await firstMonth.waitFor();
    expect(await page.locator('figure').first().locator('details table tbody tr').count()).toBe(12);
    await firstMonth.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rows\?/);
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
  });
});
