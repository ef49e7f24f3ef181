import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

// The Motivos page on the demo data: its charts of every reason ask the server once per chart,
// and show the server's figures.

const period = 'from=2025-11-01&to=2026-10-31';

const session = useBrowserSession();
/** The metrics requests of the current test's page. */
let asked: string[] = [];
beforeEach(() => {
  asked = [];
  session.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/metrics/')) asked.push(`${url.pathname}?${url.searchParams}`);
  });
});

const figure = (page: Page, title: string) => page.locator('figure').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const api = async (path: string) => (await fetch(`${session.server.url}${path}`)).json();

/** Opens the Motivos page for the period and waits until every frame has its answer and its chart. */
async function openReasonsPage(page: Page) {
  await page.goto(`${session.server.url}/reasons?${period}`);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .chart-frame__skeleton').count(), { timeout: 20_000 }).toBe(0);
  expect(await page.locator('main [role="alert"]').allInnerTexts()).toEqual([]);
  await expect.poll(() => figure(page, 'Motivos de devolución por mes').locator('.recharts-surface').count()).toBeGreaterThan(0);
}

describe('the reasons page in a real browser', () => {
  it('asks for every reason by month and by category in one request each, never once per reason', async () => {
    const { page } = session;
    await openReasonsPage(page);

    const reasonsAsked = asked.filter((path) => path.startsWith('/api/metrics/reasons?'));
    expect(reasonsAsked.map((path) => new URLSearchParams(path.split('?')[1]).get('by')).sort()).toEqual(['category', 'month']);
    // the monthly charts and the heat map read those two answers: no trend, no breakdown per reason
    expect(asked.filter((path) => path.startsWith('/api/metrics/trend?'))).toEqual([]);
    expect(asked.filter((path) => path.startsWith('/api/metrics/breakdown?') && new URLSearchParams(path.split('?')[1]).get('by') !== 'reason')).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it("the monthly chart's table and the heat map show the server's figures", async () => {
    const { page } = session;
    await openReasonsPage(page);
    const number = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

    // Each month's counts: units returned for any reason, of units sold.
    const byMonth = await api(`/api/metrics/reasons?by=month&${period}`);
    const trend = figure(page, 'Motivos de devolución por mes');
    await trend.locator('summary').click();
    const counts = await trend.locator('details tbody tr td:last-child').allInnerTexts();
    expect(counts).toEqual(
      byMonth.rows.map((row: { unitsReturned: number; unitsSold: number }) => `${number.format(row.unitsReturned)} unidades devueltas de ${number.format(row.unitsSold)} vendidas`),
    );

    // The heat map's rows are the categories with sales, most units returned first; the first
    // reason column is "size too small", the vocabulary's first.
    const byCategory = await api(`/api/metrics/reasons?by=category&${period}`);
    const categories = byCategory.rows.filter((row: { unitsSold: number }) => row.unitsSold > 0);
    const heatMap = figure(page, 'Motivos por categoría');
    expect(await heatMap.locator('tbody th').allInnerTexts()).toEqual(categories.map((row: { key: string }) => row.key));
    const firstColumn = await heatMap.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    expect(firstColumn).toEqual(
      categories.map((row: { reasons: { reason: string; returnRateUnits: number }[] }) =>
        percent.format(row.reasons.find((reason) => reason.reason === 'size_too_small')?.returnRateUnits ?? 0),
      ),
    );
  });
});
