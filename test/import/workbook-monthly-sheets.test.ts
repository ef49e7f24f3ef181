import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { dateCell as at, workbookBytes } from '../support/workbook-bytes.ts';

// A workbook handed over with one sheet per month, each with the same columns. The import reads
// one sheet, the one with the most rows (docs/api.md; workbooks.test.ts), and reported a success
// without a word of the others: 3 orders of 6 were counted. Now warning sheets_left_out names the
// sheets with the read sheet's header and rows below it, and the sheet read, so that each is
// imported too. Workbooks are built with exceljs's writer; figures worked out by hand.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const header = ['Pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario'];
type Sale = [number, Date, string, number, number];

// Enero: 1 × 10 + 2 × 20 = 50 in 3 units; Febrero: 10 + 40 + 1 × 20 = 70 in 4 units; Marzo: 10 in 1 unit
const enero: Sale[] = [[1001, at(2026, 1, 5), 'A', 1, 10], [1002, at(2026, 1, 6), 'B', 2, 20]];
const febrero: Sale[] = [[1003, at(2026, 2, 5), 'A', 1, 10], [1004, at(2026, 2, 6), 'B', 2, 20], [1005, at(2026, 2, 7), 'B', 1, 20]];
const marzo: Sale[] = [[1006, at(2026, 3, 5), 'A', 1, 10]];

async function post(route: 'import' | 'preview', file: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as BlobPart]), 'ventas-2026.xlsx');
  const res = await store.app.request(route === 'import' ? '/api/imports' : '/api/imports/preview', { method: 'POST', body: form });
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

const codes = (body: { warnings: Array<{ code: string }> }) => body.warnings.map((w) => w.code);

/** Enero and Febrero under the header; Marzo under a title row and a blank row, as a person adds one. */
function monthlySheets(book: ExcelJS.Workbook) {
  for (const [name, sales] of [['Enero', enero], ['Febrero', febrero]] as const) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(header);
    sheet.addRows(sales);
  }
  const sheet = book.addWorksheet('Marzo');
  sheet.addRow(['Ventas de marzo 2026']);
  sheet.addRow([]);
  sheet.addRow(header);
  sheet.addRows(marzo);
}

describe('a workbook of one sheet per month with the same columns', () => {
  it('reads the sheet with the most rows and names the others left out, with their rows', async () => {
    const book = await workbookBytes(monthlySheets);
    const report = await post('import', book);
    expect(report).toMatchObject({ kind: 'orders', rowsRead: 3, rowsImported: 3 });
    // Febrero only: 3 orders, 4 units, 70 of the workbook's 6 orders, 8 units, 130
    expect(await orderTotals(store.db)).toEqual({ lines: 3, orders: 3, units: 4, gross: 70 });
    const warning = report.warnings.find((w: { code: string }) => w.code === 'sheets_left_out');
    // Enero 2 rows below its header, Marzo 1 (its title is no row of data)
    expect(warning).toMatchObject({ count: 2, examples: ['Enero', 'Marzo'] });
    expect(warning.message).toContain('"Febrero"');
    expect(warning.message).toContain('"Enero" (2 row(s)), "Marzo" (1 row(s))');

    // the preview says so before anything is written
    expect(codes(await post('preview', book))).toContain('sheets_left_out');

    // each sheet named: the person's choice, no warning; then the workbook is all counted
    for (const sheet of ['Enero', 'Marzo']) expect(codes(await post('import', book, { sheet }))).not.toContain('sheets_left_out');
    // 2 + 3 + 1 orders, 3 + 4 + 1 units, 50 + 70 + 10
    expect(await orderTotals(store.db)).toEqual({ lines: 6, orders: 6, units: 8, gross: 130 });
  });

  it('names no sheet with other columns, a hidden one, or one with the header and no rows', async () => {
    const book = await workbookBytes((workbook) => {
      workbook.addWorksheet('Resumen').addRows([['Mes', 'Pedidos'], ['Enero', 2], ['Febrero', 3]]);
      const feb = workbook.addWorksheet('Febrero');
      feb.addRow(header);
      feb.addRows(febrero);
      const hidden = workbook.addWorksheet('Enero (copia)', { state: 'hidden' });
      hidden.addRow(header);
      hidden.addRows(enero);
      workbook.addWorksheet('Plantilla').addRow(header);
    });
    const report = await post('import', book);
    expect(report).toMatchObject({ rowsRead: 3, rowsImported: 3 });
    expect(codes(report)).not.toContain('sheets_left_out');
  });
});
