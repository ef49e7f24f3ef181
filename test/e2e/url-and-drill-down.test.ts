import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

// The view lives in the URL, and every figure opens into its rows: one server for the file.

/** The server answers in its own time on a busy machine: wait for the page, not a fixed second. */
const eventually = { timeout: 15_000 };

const session = useBrowserSession();

async function api(path: string) {
  return (await fetch(`${session.server.url}${path}`)).json();
}

describe('filters in the URL', () => {
  it('a filter change updates the URL, a reload shows the same view, and back and forward walk through it', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    const bar = page.getByRole('group', { name: 'Filtros' });
    const rateCard = page.locator('.kpi-card').first().locator('.kpi-card__value');
    await rateCard.waitFor();
    const allCategories = await rateCard.innerText();

    await bar.getByRole('combobox', { name: /^Categoría/ }).selectOption('Calzado');
    await page.waitForURL(/category=Calzado/);
    await bar.getByRole('combobox', { name: /^Comparar con/ }).selectOption('year');
    await page.waitForURL(/compare=year/);
    await bar.locator('.period-picker select').selectOption('last3Months');
    await page.waitForURL(/from=2026-08-01/);
    await expect.poll(() => page.locator('.kpi-row__comparison').innerText(), eventually).toContain('año anterior');
    const url = page.url();
    // The card shows the API's Calzado rate for those three months.
    const summary = await api('/api/metrics/summary?from=2026-08-01&to=2026-10-31&category=Calzado');
    const calzado = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.returnRateUnits);
    await expect.poll(() => rateCard.innerText(), eventually).toBe(calzado);

    await page.reload();
    await expect.poll(() => rateCard.innerText(), eventually).toBe(calzado);
    expect(page.url()).toBe(url);
    expect(await bar.getByRole('combobox', { name: /^Categoría/ }).inputValue()).toBe('Calzado');
    expect(await bar.getByRole('combobox', { name: /^Comparar con/ }).inputValue()).toBe('year');

    // Back three times: the period, the comparison, the category come off one by one.
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search, eventually).toBe('');
    await expect.poll(() => rateCard.innerText(), eventually).toBe(allCategories);
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('category'), eventually).toBe('Calzado');
    await expect.poll(() => bar.getByRole('combobox', { name: /^Categoría/ }).inputValue(), eventually).toBe('Calzado');

    // Another page keeps the filters; its own choices stay its own.
    await page.getByRole('link', { name: 'Tasa de devolución' }).click();
    await page.waitForURL(/\/return-rate\?category=Calzado/);
    await page.getByRole('radio', { name: 'Valor' }).click();
    await page.waitForURL(/measure=value/);
    await page.getByRole('link', { name: 'Resumen' }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('category') === 'Calzado' && !u.searchParams.has('measure'));
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('drill-down', () => {
  it('a bar opens the returns behind it, with the same filters, sorted and paged by the server', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/return-rate?from=2026-01-01&to=2026-06-30&channel=Instagram`);
    const byCategory = page.locator('figure', { hasText: 'Tasa por categoría' });
    await byCategory.locator('.recharts-rectangle').first().waitFor();
    // The chart sorts categories by rate: the top bar is the first row of its table.
    await byCategory.locator('summary').click();
    const topCategory = await byCategory.locator('details tbody th').first().innerText();
    await byCategory.locator('.recharts-rectangle').first().click();

    await page.waitForURL(/\/rows\?/);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ from: '2026-01-01', to: '2026-06-30', channel: 'Instagram', category: topCategory });
    const expected = await api(`/api/rows/returns?${params}&limit=1`);
    await expect.poll(() => page.locator('.chart-frame__title').first().innerText(), eventually).toContain(new Intl.NumberFormat('es-AR').format(expected.total));
    const rows = page.locator('.server-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(50, expected.total));
    // The same rows as the API's for those filters, newest request first.
    const firstPage = await api(`/api/rows/returns?${params}&limit=50`);
    const returnIds = await page.locator('.server-table tbody tr td:nth-child(2)').allInnerTexts();
    expect(returnIds).toEqual(firstPage.rows.map((row: { returnId: string }) => row.returnId));
    expect(new Set(firstPage.rows.map((row: { category: string }) => row.category))).toEqual(new Set([topCategory]));

    // Sorting asks the server again, and the sort is in the URL.
    await page.getByRole('button', { name: /Importe/ }).click();
    await page.waitForURL(/sort=amount/);
    const sorted = await api(`/api/rows/returns?${new URL(page.url()).searchParams}&limit=1`);
    await expect.poll(() => page.locator('.server-table tbody tr').first().locator('td').nth(1).innerText(), eventually).toBe(sorted.rows[0].returnId);
    await session.screenshot('drill-down-returns');
  });

  it('the CSV export downloads exactly those rows, with the data model\'s columns', async () => {
    const { page } = session;
    // the returns of the category with the highest rate among Instagram's, largest amount first
    const period = 'from=2026-01-01&to=2026-06-30&channel=Instagram';
    const [top] = (await api(`/api/metrics/breakdown?by=category&${period}&sort=returnRateUnits&limit=1`)).rows;
    await page.goto(`${session.server.url}/rows?${period}&category=${encodeURIComponent(top.key)}&sort=amount&order=desc`);
    await page.locator('.server-table tbody tr').first().waitFor();
    const params = new URLSearchParams(new URL(page.url()).search);
    const expected = await api(`/api/rows/returns?${params}&limit=1`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('inversa-returns-2026-01-01_2026-06-30.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 5)).toEqual(['return_id', 'order_id', 'sku', 'product_name', 'category']);
    expect(lines).toHaveLength(expected.total);
    const channel = columns.indexOf('channel');
    const category = columns.indexOf('category');
    for (const line of lines) {
      const cells = line.split(',');
      expect(cells[channel]).toBe('Instagram');
      expect(cells[category]).toBe(params.get('category'));
    }
    // The same order as on screen: sorted by amount, largest first.
    expect(lines[0]!.split(',')[0]).toBe(expected.rows[0].returnId);
  });

  it('a point of a monthly chart opens that month, and the order lines are one click away', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/?from=2026-01-01&to=2026-06-30`);
    const trend = page.locator('figure', { hasText: 'Tasa de devolución por mes' });
    await trend.locator('summary').click();
    await trend.locator('details tbody th a').nth(2).click();
    await page.waitForURL(/\/rows\?/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual(['2026-03-01', '2026-03-31']);
    await page.getByRole('radio', { name: 'Líneas de pedido' }).click();
    await page.waitForURL(/view=orderLines/);
    const expected = await api('/api/rows/order-lines?from=2026-03-01&to=2026-03-31&limit=1');
    await expect.poll(() => page.locator('.chart-frame__title').first().innerText(), eventually).toContain(new Intl.NumberFormat('es-AR').format(expected.total));
    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
    expect(session.consoleErrors).toEqual([]);
  });
});
