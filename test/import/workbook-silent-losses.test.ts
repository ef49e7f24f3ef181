import ExcelJS from 'exceljs';
import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Workbooks as analysts hand them over, which once imported "successfully" while reading other
// rows than the ones they hold. Built with exceljs's writer; every figure worked out by hand.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** A date cell as exceljs takes it: the UTC fields are the wall clock the sheet shows. */
const at = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const header = ['Pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario'];

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One sheet of sales under the header, imported as the page sends it; the report of a success. */
async function importSalesSheet(rows: Array<[number, Date, string, number, number]>) {
  const workbook = await workbookBytes((book) => book.addWorksheet('Ventas').addRows([header, ...rows]));
  const res = await uploadFile(store.app, workbook, { fileName: 'ventas.xlsx' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function summary() {
  return parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2026-01-01', to: '2026-12-31' } }));
}

describe('order numbers of 16 digits in number cells (Mercado Libre\'s "# de venta")', () => {
  it('are read whole: three sales stay three orders, none merged into another', async () => {
    // 2000003508419494 and 2000003508419491 both read 2000003508419490 at 15 significant digits,
    // and 2000003508419497 read 2000003508419500: two orders, the first holding two sales' lines
    const report = await importSalesSheet([
      [2000003508419494, at(2026, 3, 5), 'A', 1, 10],
      [2000003508419497, at(2026, 3, 6), 'B', 2, 20],
      [2000003508419491, at(2026, 3, 7), 'C', 1, 30],
    ]);
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3, rowsRejected: 0 });
    expect((await store.db.all('SELECT order_id FROM order_lines ORDER BY order_id')).map((r) => r.order_id)).toEqual([
      '2000003508419491',
      '2000003508419494',
      '2000003508419497',
    ]);
    // 3 orders; units 1 + 2 + 1 = 4; gross 10 + 2×20 + 30 = 80
    expect(await summary()).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 80 });
  });

  it('past what a number cell holds exactly (18-digit ids), are written as Excel shows them, and the merge they cause is warned of', async () => {
    // 576543210987654321 and 576543210987654399 are one double apart from no other: both read
    // 576543210987654016 written out, one order with no word. Excel shows both 5.76543210987654E+17.
    const report = await importSalesSheet([
      [576543210987654321, at(2026, 3, 5), 'A', 1, 10],
      [576543210987654399, at(2026, 3, 6), 'B', 2, 20],
    ]);
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'order_ids_in_scientific_notation', count: 1, examples: ['5.76543210987654E+17'] }));
    // still one order (the digits are gone from the cell), but named: units 1 + 2, gross 10 + 2×20
    expect(await summary()).toMatchObject({ orders: 1, unitsSold: 3, grossSales: 50 });
  });
});

describe('a hidden sheet', () => {
  // A workbook passed on keeps last month's rows, or a lookup list, in a hidden sheet that the
  // person handing it over never sees: with more rows than the visible one, it was the sheet read.
  it('is not read by default, however many rows it has: the visible sheet is; named, it is read', async () => {
    const workbook = await workbookBytes((book) => {
      const sales = book.addWorksheet('Ventas marzo');
      sales.addRow(header);
      sales.addRow([1001, at(2026, 3, 5), 'A', 1, 10]);
      sales.addRow([1002, at(2026, 3, 6), 'B', 2, 20]);
      const old = book.addWorksheet('Febrero', { state: 'hidden' });
      old.addRow(header);
      for (let day = 1; day <= 5; day++) old.addRow([900 + day, at(2026, 2, day), 'A', 1, 99]);
    });
    const res = await uploadFile(store.app, workbook, { fileName: 'ventas.xlsx' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    // the visible sheet: 2 orders, 1 + 2 units, 10 + 2×20 = 50 (the hidden one read 5 orders, 5 units, 5×99 = 495)
    expect(await summary()).toMatchObject({ orders: 2, unitsSold: 3, grossSales: 50 });

    const form = new FormData();
    form.append('file', new Blob([workbook as BlobPart]), 'ventas.xlsx');
    form.append('sheet', 'Febrero');
    const named = await store.app.request('/api/imports', { method: 'POST', body: form });
    expect(named.status).toBe(200);
    // and the hidden sheet when named: 2 + 5 orders, 3 + 5 units, 50 + 495
    expect(await summary()).toMatchObject({ orders: 7, unitsSold: 8, grossSales: 545 });
  });
});
