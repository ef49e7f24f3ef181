import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

// A Spanish shop's own exports, as Excel writes them on Windows: Windows-1252, semicolons, decimal
// commas, day/month/year dates and Spanish headers. Worked out by hand: 4,000 order lines of one
// unit at 1.234,50; every 4th line comes back (1,000 returns), so the return rate is 25,0 %.
const lines = 4000;
const everyNth = 4;

function ordersFile(): Buffer {
  const rows = ['Nº de pedido;Fecha;Cliente;SKU;Producto;Categoría;Cantidad;Precio unitario;Moneda;Canal;Provincia;Transportista'];
  for (let i = 1; i <= lines; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const north = i % 2 === 1;
    rows.push(
      `P-${i};${day}/03/2026 10:30;cliente${i}@ejemplo.com;LAM-${north ? 'N' : 'C'};Lámpara de pie ${north ? 'Nórdica' : 'Clásica'};Decoración;1;1.234,50;ARS;Tienda online;${north ? 'Córdoba' : 'Neuquén'};Andreani`,
    );
  }
  return iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1252');
}

function returnsFile(): Buffer {
  const rows = ['Nº de pedido;SKU;Cantidad;Motivo;Fecha de solicitud;Resolución;Importe'];
  for (let i = 1; i <= lines; i += everyNth) {
    const day = String((i % 28) + 1).padStart(2, '0');
    // Half arrived broken, half were a size too small.
    rows.push(`P-${i};LAM-${i % 2 === 1 ? 'N' : 'C'};1;${i % 8 === 1 ? 'Llegó dañado' : 'Talle pequeño'};${day}/04/2026 09:00;Reembolso;1.234,50`);
  }
  return iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1252');
}

const eventually = { timeout: 30_000 };

// Each test opens its own page; the later ones import the two files through the API first, which
// the import keys make harmless when the first test already did (nothing is counted twice).
const session = useBrowserSession({ demo: false });

async function importThroughApi(name: string, kind: string, content: Buffer) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([content as BlobPart]), name);
  const res = await fetch(`${session.server.url}/api/imports`, { method: 'POST', body: form });
  expect(res.status).toBe(200);
}

async function ensureShopImported() {
  await importThroughApi('pedidos.csv', 'orders', ordersFile());
  await importThroughApi('devoluciones.csv', 'returns', returnsFile());
}

describe('importing a Spanish Windows-1252 export through the page', () => {
  it('shows the upload\'s progress, then the report with the detected format', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/import`);
    // A slow link, so the upload takes long enough to watch (the file is about 480 KB).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 160 * 1024 });

    await page.locator('input[type="file"]').setInputFiles({ name: 'pedidos.csv', mimeType: 'text/csv', buffer: ordersFile() });
    await page.getByRole('radio', { name: 'Pedidos', exact: true }).click();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    // The bar moves while the file goes up: some value strictly between the start and the end.
    const progress = page.getByRole('progressbar');
    await expect
      .poll(async () => Number((await progress.getAttribute('aria-valuenow').catch(() => null)) ?? 0), { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(10);
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
    await session.screenshot('import-progress');
    await page.getByRole('heading', { name: 'pedidos.csv importado' }).waitFor(eventually);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const report = page.locator('main');
    await expect.poll(() => report.innerText(), eventually).toMatch(/windows-1252/i);
    expect(await report.innerText()).toContain('4.000');
    await session.screenshot('import-report-orders');

    await page.locator('input[type="file"]').setInputFiles({ name: 'devoluciones.csv', mimeType: 'text/csv', buffer: returnsFile() });
    await page.getByRole('radio', { name: 'Devoluciones', exact: true }).click();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('heading', { name: 'devoluciones.csv importado' }).waitFor(eventually);
    await expect.poll(() => report.innerText(), eventually).toContain('1.000');
    expect(session.consoleErrors).toEqual([]);
  });

  it('the overview then shows the new figures, with the accents read right', async () => {
    const { page } = session;
    await ensureShopImported();
    await page.goto(`${session.server.url}/`);
    const rateCard = page.locator('.kpi-card').first().locator('.kpi-card__value');
    await expect.poll(() => rateCard.innerText(), eventually).toBe('25,0%');
    const filters = page.getByRole('group', { name: 'Filtros' });
    expect(await filters.getByRole('combobox', { name: /^Provincia/ }).locator('option').allInnerTexts()).toEqual(['Todas', 'Córdoba', 'Neuquén']);
    expect(await filters.getByRole('combobox', { name: /^Categoría/ }).locator('option').allInnerTexts()).toEqual(['Todas', 'Decoración']);
    // "Llegó dañado" and "Talle pequeño" were read as the canonical reasons, 500 units each.
    const reasons = page.locator('figure', { hasText: 'Motivos de devolución' });
    await reasons.locator('summary').click();
    expect(await reasons.locator('details tbody').innerText()).toMatch(/Dañado en el envío\s+500[\s\S]*Talle chico\s+500|Talle chico\s+500[\s\S]*Dañado en el envío\s+500/);
    await session.screenshot('import-overview-after');
    expect(session.consoleErrors).toEqual([]);
  });

  it('remembers the columns when asked, lists them, and forgets them', async () => {
    const { page } = session;
    await ensureShopImported();
    const savedOnServer = async () => ((await (await fetch(`${session.server.url}/api/imports/mappings`)).json()) as { rows: unknown[] }).rows;
    await page.goto(`${session.server.url}/import`);
    const remembered = page.locator('figure', { hasText: 'Columnas recordadas' });
    await expect.poll(() => remembered.innerText(), eventually).toContain('No hay columnas recordadas');

    // the same returns again: nothing is counted twice, and this time its columns are remembered
    const returnsOnServer = async () => ((await (await fetch(`${session.server.url}/api/metrics/summary`)).json()) as { returns: number }).returns;
    const returnsBefore = await returnsOnServer();
    await page.locator('input[type="file"]').setInputFiles({ name: 'devoluciones.csv', mimeType: 'text/csv', buffer: returnsFile() });
    await page.getByRole('radio', { name: 'Devoluciones', exact: true }).click();
    await page.locator('.import-preview__mapping summary').click(eventually);
    await page.getByRole('checkbox', { name: /^Recordar estas columnas/ }).check();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('heading', { name: 'devoluciones.csv importado' }).waitFor(eventually);
    expect([returnsBefore, await returnsOnServer()]).toEqual([lines / everyNth, lines / everyNth]);

    // listed with the file's headers (folded) and what each feeds
    await expect.poll(() => remembered.locator('tbody tr').count(), eventually).toBe(1);
    const row = remembered.locator('tbody tr').first();
    expect(await row.innerText()).toMatch(/n.? de pedido, sku, cantidad, motivo, fecha de solicitud, resolucion, importe/i);
    expect(await row.innerText()).toContain('Devoluciones');
    expect(await savedOnServer()).toHaveLength(1);
    await session.screenshot('import-remembered-columns');

    await row.getByRole('button', { name: /^Olvidar las columnas de/ }).click();
    await expect.poll(() => remembered.innerText(), eventually).toContain('No hay columnas recordadas');
    expect(await savedOnServer()).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
