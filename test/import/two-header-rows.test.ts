import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// A report made in a spreadsheet names some columns over two rows: a group ("Devolución", merged
// over its columns) on the header row, and under it the columns it groups ("Fecha", "Cantidad",
// "Motivo"). Read with the first row as the header, those columns had no name the mapping knows:
// the file imported "successfully" as if it had no return quantity, date or reason.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

describe('a header over two rows, the second naming columns the first leaves blank', () => {
  it('is refused, naming the second row and its names; nothing is written', async () => {
    // Read before: 2 returns of 3 units worth 70 (1002's 2 units × 20 and 1004's 1 × 30), each
    // dated on its order, no reason; the file says 1 unit of each came back, worth 20 + 30 = 50,
    // on 10/03 and 20/03, for "Talle chico" and "Defectuoso".
    const csv = [
      'Pedido;Fecha;SKU;Cantidad;Precio unitario;Devolución;;',
      ';;;;;Fecha;Cantidad;Motivo',
      '1001;01/03/2026;A;1;10,00;;;',
      '1002;02/03/2026;B;2;20,00;10/03/2026;1;Talle chico',
      '1003;15/03/2026;A;1;50,00;;;',
      '1004;16/03/2026;C;1;30,00;20/03/2026;1;Defectuoso',
    ].join('\n');
    const res = await uploadFile(store.app, csv, { fileName: 'ventas-y-devoluciones.csv' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'two_header_rows', details: { line: 2, names: ['Fecha', 'Cantidad', 'Motivo'] } });
    expect(res.body.error.message).toContain('Line 2');
    expect(await orderTotals(store.db)).toEqual({ lines: 0, orders: 0, units: null, gross: null });
  });

  it('in a workbook, with the header cells merged over both rows: the row Excel shows is named', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ventas');
    sheet.addRow(['Reporte de ventas']);
    sheet.addRow(['Pedido', 'Fecha', 'Producto', null, 'Precio unitario']);
    sheet.addRow([null, null, 'SKU', 'Cantidad', null]);
    for (const range of ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3']) sheet.mergeCells(range);
    sheet.addRow([1001, new Date(Date.UTC(2026, 2, 5)), 'A', 1, 10]);
    sheet.addRow([1002, new Date(Date.UTC(2026, 2, 6)), 'B', 2, 20]);
    const res = await uploadFile(store.app, new Uint8Array(await book.xlsx.writeBuffer()), { fileName: 'ventas.xlsx' });
    expect(res.status).toBe(422);
    // "SKU" sits under the named "Producto", "Cantidad" under the blank cell merged into it
    expect(res.body.error).toMatchObject({ code: 'two_header_rows', details: { line: 3, names: ['SKU', 'Cantidad'] } });
  });

  it('a row of units under a header that names every column is no second header: it is a row, rejected and named', async () => {
    const csv = ['Pedido;Fecha;SKU;Cantidad;Precio unitario', ';;;unid.;ARS', '1001;01/03/2026;A;1;10,00', '1002;02/03/2026;B;2;20,00'].join('\n');
    const res = await uploadFile(store.app, csv, { fileName: 'ventas.csv' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rowsRead: 3, rowsImported: 2, rowsRejected: 1 });
    expect(res.body.rejects.map((r: { line: number }) => r.line)).toContain(2);
    // 1 × 10 + 2 × 20
    expect(await orderTotals(store.db)).toEqual({ lines: 2, orders: 2, units: 3, gross: 50 });
  });
});
