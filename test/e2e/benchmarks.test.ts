import { describe, expect, it } from 'vitest';
import { loadPublishedBenchmarks } from '../../server/benchmarks/published-benchmarks.ts';
import { accessibilityViolations, settled, useBrowserSession } from './browser-harness.ts';

// Outside benchmarks on the demo data: beside the return rate, marked as outside figures and
// naming their source; the demo's "Indumentaria" matches the apparel figure; hiding them hides
// them, and the choice survives a reload. The Referencias page: the table and the claim rate.

const session = useBrowserSession();
const published = loadPublishedBenchmarks();
const apparel = published.entries.find((e) => e.id === 'coresight-2023-us-online-apparel')!;
const nrf = published.entries.find((e) => e.id === 'nrf-appriss-2023-us-all-retail')!;

describe('outside benchmarks in a real browser', () => {
  it('stand beside the return rate with their source, and hiding them is remembered', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/return-rate?from=2025-11-01&to=2026-04-30`);
    await settled(page);
    const panel = page.getByRole('region', { name: 'Referencias externas' });
    await panel.waitFor({ timeout: 15_000 });

    const nrfRow = panel.locator('tr').filter({ hasText: new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1 }).format(nrf.value) }).first();
    expect(await nrfRow.innerText()).toContain('Referencia externa');
    const sourceLink = nrfRow.getByRole('link', { name: nrf.source.publisher });
    expect(await sourceLink.getAttribute('href')).toBe(nrf.source.url);
    expect(await nrfRow.innerText()).toContain(String(nrf.source.year));
    // the category figure stands beside the demo's own clothing category
    expect(await panel.locator('tr').filter({ hasText: 'Tu categoría Indumentaria' }).getByRole('link', { name: apparel.source.publisher }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await session.screenshot('benchmarks-return-rate');

    await panel.getByRole('button', { name: 'Ocultar referencias externas' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Referencias externas' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: nrf.source.publisher }).count()).toBe(0);

    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: 'Mostrar referencias externas' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('region', { name: 'Referencias externas' }).count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
  });

  it('set the shop figure of the closed months only beside them, when the period ends in months still collecting returns', async () => {
    const { page } = session;
    const api = async (path: string) => (await fetch(`${session.server.url}/api/metrics/${path}`)).json();
    // the demo data ends on 31 October 2026: its last months are still collecting returns
    const period = 'from=2026-03-01&to=2026-10-31';
    const trend = await api(`trend?${period}&grain=month`);
    const closed = trend.rows.filter((row: { mature: boolean }) => row.mature);
    const open = trend.rows.filter((row: { mature: boolean }) => !row.mature);
    expect(closed.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    const lastClosed = closed.at(-1).month as string;
    const [year, month] = lastClosed.split('-').map(Number) as [number, number];
    const closedTo = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const settledRate = (await api(`summary?from=2026-03-01&to=${closedTo}`)).returnRateValue as number;
    const wholeRate = (await api(`summary?${period}`)).returnRateValue as number;
    const percent = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // the open months lower the whole period's rate: the figure set beside a year's is the closed months'
    expect(percent.format(settledRate)).not.toBe(percent.format(wholeRate));

    await page.goto(`${session.server.url}/return-rate?${period}`);
    await settled(page);
    const panel = page.getByRole('region', { name: 'Referencias externas' });
    await panel.waitFor({ timeout: 15_000 });
    const shopCell = panel.locator('tr').filter({ hasText: nrf.source.publisher }).first().locator('td').nth(1);
    await expect.poll(() => shopCell.innerText()).toBe(`Tu tienda: ${percent.format(settledRate)}`);
    expect(await panel.innerText()).toContain('ventana de devolución ya cerró');
  });

  it('the Referencias page lists every figure with its source, and the claim rate of the demo shop\'s Mercado Libre channel', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/benchmarks`);
    await settled(page);
    expect(await page.locator('main h1').first().innerText()).toBe('Referencias');
    const table = page.getByRole('region', { name: 'Tabla de referencias' });
    expect(await table.locator('tbody tr').count()).toBe(published.entries.length);
    for (const entry of published.entries) expect(await table.getByRole('link', { name: entry.source.publisher }).count()).toBeGreaterThan(0);
    // the demo shop sells on Mercado Libre (its channel), in pesos: Argentina, which has no published threshold
    const claims = await (await fetch(`${session.server.url}/api/benchmarks/mercado-libre`)).json();
    expect(claims).toMatchObject({ country: 'AR', threshold: null });
    expect(claims.sales).toBeGreaterThan(0);
    const percent = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(await page.getByTestId('ml-claim-rate').innerText()).toBe(percent.format(claims.claimRate));
    expect(await page.getByText('La tabla no tiene un umbral publicado para AR').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await session.screenshot('benchmarks-page');

    // and in English, its on-demand strings fetched with the catalogue
    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Mercado Libre claims' }).waitFor();
    expect(await page.locator('main h1').first().innerText()).toBe('Benchmarks');
    expect(await page.getByRole('region', { name: 'Benchmark table' }).locator('tbody tr').count()).toBe(published.entries.length);
    expect(session.consoleErrors).toEqual([]);
  });
});
