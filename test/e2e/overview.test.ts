import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

const session = useBrowserSession();

describe('the overview in a real browser, on the demo data', () => {
  it('shows the demo banner, every KPI and every chart filled, with no console errors', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await page.getByText('Estás viendo datos de demostración').waitFor();
    // Four charts, each drawn as an SVG with marks in it, and the breakdown table with rows.
    const charts = page.locator('figure .recharts-surface');
    await expect.poll(() => charts.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    for (const chart of await charts.all()) {
      expect(await chart.locator('path, rect').count()).toBeGreaterThan(5);
    }
    // The breakdown table (each chart's own table stays folded until asked for).
    await page.locator('.server-table tbody tr').first().waitFor();
    expect(await page.locator('.server-table tbody tr').count()).toBeGreaterThanOrEqual(6);
    await session.screenshot('overview-es');
    expect(session.consoleErrors).toEqual([]);
  });

  it('the figures on the page are the API\'s: the units return rate card matches /api/metrics/summary', async () => {
    const { page } = session;
    // the overview opens on the last 12 months of the data: November 2025 to October 2026
    await page.goto(session.server.url);
    const summary = await (await fetch(`${session.server.url}/api/metrics/summary?from=2025-11-01&to=2026-10-31`)).json();
    const expected = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.returnRateUnits);
    const rateCard = page.locator('.kpi-card').first().locator('.kpi-card__value');
    await expect.poll(() => rateCard.innerText()).toBe(expected);
  });
});
