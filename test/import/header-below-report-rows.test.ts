import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Reports saved from a spreadsheet or an ERP put rows above the header (a title, the filters the
// report was run with) and end each row their own way; the header is still found, and every
// figure is the data rows'. Worked out by hand from the three sales:
// 1001: 1 × 1,234.50; 1002: 2 × 100; 1003: 1 × 50 → 3 orders, 4 units, 1,484.50.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const sales = ['1001;01/03/2026;A;1;1.234,50', '1002;02/03/2026;B;2;100,00', '1003;15/03/2026;A;1;50,00'];
const header = 'Pedido;Fecha;SKU;Cantidad;Precio unitario';

async function expectTheThreeSales(report: { rowsRead: number; rowsImported: number; rowsRejected: number; format: { headerLine: number } }, headerLine: number) {
  expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsRejected: 0, format: { headerLine } });
  const summary = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2026-03-01', to: '2026-03-31' } }));
  expect(summary).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 1484.5 });
}

describe('rows a spreadsheet padded to the header’s width above it', () => {
  it('filter rows of two and four values ("Filtros:", "Desde … Hasta …") and a blank row: the header is line 4', async () => {
    // Excel writes every row of its used range with as many delimiters, so the filter rows are as
    // wide as the header: they were taken for it, and the file refused with missing_columns
    const csv = ['Filtros:;Estado = Entregado;;;', 'Desde;01/03/2026;Hasta;31/03/2026;', ';;;;', header, ...sales].join('\r\n');
    const report = await importedReport(store.app, csv, { fileName: 'reporte.csv' });
    expect(report.mapping).toMatchObject({ order_id: 'Pedido', ordered_at: 'Fecha', sku: 'SKU', quantity: 'Cantidad', unit_price: 'Precio unitario' });
    await expectTheThreeSales(report, 4);
  });

  it('with more data rows than the header search looks ahead (every candidate sees 50 rows of its width)', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `${2001 + i};20/03/2026;C;1;1,00`);
    const csv = ['Filtros:;Estado = Entregado;;;', 'Desde;01/03/2026;Hasta;31/03/2026;', header, ...sales, ...many].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'reporte.csv' });
    expect(report).toMatchObject({ rowsRead: 63, rowsImported: 63, rowsRejected: 0, format: { headerLine: 3 } });
    // the three sales and 60 more of 1 × 1.00: 63 orders, 64 units, 1,544.50
    const summary = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2026-03-01', to: '2026-03-31' } }));
    expect(summary).toMatchObject({ orders: 63, unitsSold: 64, grossSales: 1544.5 });
  });
});

describe('data rows that end with a delimiter the header does not have (an ERP’s "value;" lines)', () => {
  it('are read under the header, their empty last value dropped', async () => {
    // the rows were one value wider than the header, so the first sale was taken for the header
    const csv = [header, ...sales.map((row) => `${row};`)].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv' });
    await expectTheThreeSales(report, 1);
  });
});

describe('a header that ends with delimiters its rows do not have (an ERP’s "name;" header)', () => {
  it('is the header, its empty last names dropped, and every row is read under it', async () => {
    // the header was one value wider than every row, so the first sale was taken for the header
    // and the file refused with missing_columns naming "1001", "01/03/2026"…
    const csv = [`${header};`, ...sales].join('\r\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv' });
    expect(report.mapping).toMatchObject({ order_id: 'Pedido', ordered_at: 'Fecha', sku: 'SKU', quantity: 'Cantidad', unit_price: 'Precio unitario' });
    await expectTheThreeSales(report, 1);
  });

  it('two trailing delimiters, under a title: the header is line 3', async () => {
    const csv = ['Ventas de marzo', '', `${header};;`, ...sales].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv' });
    await expectTheThreeSales(report, 3);
  });

  it('a row that fills the header’s last column is a row of the wider width, not cut', async () => {
    // the sales' rows have 5 values and one row 6 with a value in the unnamed column: that row
    // does not fit, and is left out with its line, never read cut short
    const csv = [`${header};`, ...sales, '1004;16/03/2026;B;1;10;nota'].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv' });
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 3, rowsRejected: 1 });
    expect(report.rejects[0]).toMatchObject({ line: 5 });
  });
});
