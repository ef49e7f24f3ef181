import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/test-store.ts';
import { useBrowserSession } from './browser-harness.ts';

// The Import page says how it will read a file before anything is written, asks the person to
// confirm a column paired on a partial name, and takes several files in one drop.

const eventually = { timeout: 30_000 };
const fixture = (...parts: string[]) => ({ name: parts.at(-1)!, mimeType: 'text/csv', buffer: fs.readFileSync(path.join(fixturesDir, ...parts)) });

// each test opens its own page on the file's server, and imports what it needs
const session = useBrowserSession({ demo: false });

describe('the Import page says how it reads a file', () => {
  it('a partial-name pairing is marked and must be confirmed before the import; the lines on how returns were read show in the preview and the report', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/import`);
    await page.locator('input[type="file"]').setInputFiles(fixture('layouts', 'superstore-prejoined.csv'));
    const preview = page.locator('.import-preview');
    await preview.getByText('Returns: the lines whose "Order Returned" says returned').waitFor(eventually);
    expect(await preview.locator('.report-notes__assumptions .report-notes__title').innerText()).toBe('Cómo se leyó el archivo');
    // "Order Returned" holds the word "returned" only: 70 % sure, marked, with what its values are
    const flag = page.locator('.mapping-editor__field.is-unsure');
    expect(await flag.count()).toBe(1);
    expect(await flag.locator('.mapping-editor__evidence').innerText()).toBe('valores: 2 distinct yes/no values');
    expect(await page.locator('.import-form__blocked').innerText()).toBe('Revisá las columnas marcadas en la vista previa y confirmalas.');

    await page.getByRole('checkbox', { name: 'Revisé las columnas marcadas: están bien' }).check();
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    const report = page.locator('.import-report');
    await report.getByRole('heading', { name: 'superstore-prejoined.csv importado' }).waitFor(eventually);
    expect(await report.locator('.report-notes__assumptions li').allInnerTexts()).toEqual([
      'Returns: the lines whose "Order Returned" says returned (Yes, Sí, 1, Returned…), each line whole.',
      "No return date: each return is dated at its order's date.",
      'No resolution and no refund amount: how each return ended is unknown, so refunded, exchanged and store-credit values are not given.',
      '"Sales" is each line\'s total: the unit price is it ÷ "Quantity".',
    ]);
  });

  it('two files dropped together are previewed one by one and imported as one, orders first: one report each', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/import`);
    await page.locator('input[type="file"]').setInputFiles([fixture('superstore', 'Returns.csv'), fixture('superstore', 'Orders.csv')]);
    const files = page.locator('.drop-previews__file');
    await files.nth(1).getByText('Returns: none read; this file holds orders only.').waitFor(eventually);
    expect(await files.nth(0).locator('.drop-previews__name').innerText()).toBe('Returns.csv · Devoluciones · Exportación de devoluciones (plataforma o ERP)');
    expect(await page.getByRole('radio', { name: 'Pedidos', exact: true }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('heading', { name: 'Orders.csv importado' }).waitFor(eventually);
    const headings = await page.locator('.import-report h2').allInnerTexts();
    expect(headings).toEqual(['Orders.csv importado', 'Returns.csv importado']);
    // 7 order lines, then 2 of the 3 listed orders found (3 returned lines) and 1 refused
    const counts = await page.locator('.import-report .import-report__counts').allInnerTexts();
    expect(counts.map((c) => c.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/Filas leídas 7 Importadas 7 Rechazadas 0/),
      expect.stringMatching(/Filas leídas 3 Importadas 2 Rechazadas 1/),
    ]);
  });
});
