import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport, uploadFile } from '../support/upload.ts';

// Values as a spreadsheet in a Spanish or Portuguese locale writes them to CSV (found by the
// Excel/LibreOffice/Sheets locale hunt): each is read as what it says, or its line rejected and
// named; never read as another figure. Figures worked out by hand.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (csv: string, fileName = 'ventas.csv') => importedReport(store.app, csv, { fileName });
const summary = async () => (await store.app.request('/api/metrics/summary?from=2026-01-01&to=2026-12-31')).json();

describe('a return column Excel saved as VERDADERO / FALSO (Portuguese VERDADEIRO / FALSO)', () => {
  it.each([
    ['Spanish', 'Devuelto', 'VERDADERO', 'FALSO'],
    ['Portuguese', 'Devolvido', 'VERDADEIRO', 'FALSO'],
  ])('%s: is the return flag, as TRUE / FALSE are: line 1002 came back', async (_, header, yes, no) => {
    const report = await upload(`Pedido;Fecha;SKU;Cantidad;Precio unitario;${header}\n1001;01/03/2026;A;1;10,00;${no}\n1002;02/03/2026;B;2;20,00;${yes}\n1003;15/03/2026;A;1;50,00;${no}\n`);
    // before: an orders file, the column left unmapped, 0 returns
    expect(report).toMatchObject({ kind: 'combined', mapping: { return_flag: header }, rowsRejected: 0 });
    // 3 orders, 1 + 2 + 1 = 4 units, 10 + 2 × 20 + 50 = 100; 1002's 2 units back, 2 × 20 = 40
    expect(await summary()).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 100, returns: 1, unitsReturned: 2, returnedValue: 40 });
  });

  it('beside a refund column: a line flagged VERDADERO with no refund still came back', async () => {
    await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso\n1001;01/03/2026;A;1;10,00;FALSO;0\n1002;02/03/2026;B;2;20,00;VERDADERO;40,00\n1003;15/03/2026;A;1;50,00;FALSO;0\n1004;15/03/2026;C;1;50,00;VERDADERO;0\n');
    // before: 1 return, 2 units (1004 lost: the flag unmapped, its refund 0)
    // now 1002 (2 units, 2 × 20 = 40) and 1004 (1 unit, 50): 2 returns, 3 units, 90; refunded 40
    expect(await summary()).toMatchObject({ returns: 2, unitsReturned: 3, returnedValue: 90, refundedValue: 40 });
  });
});

describe('an amount Excel shortened to scientific notation in a narrow column', () => {
  it('"1,23E+05" is rejected as not a number, not read as 123000: its last digits are gone', async () => {
    const report = await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario\n1001;01/03/2026;A;1;1,23E+05\n1002;02/03/2026;B;2;100,00\n1003;15/03/2026;A;1;50,00\n');
    // before: 1001 imported at 123000, gross 123250, no reject
    expect(report.rejects).toEqual([{ line: 2, field: 'unit_price', value: '1,23E+05', reason: 'not a number' }]);
    // 2 × 100 + 50 = 250
    expect(await summary()).toMatchObject({ orders: 2, unitsSold: 3, grossSales: 250 });
  });

  it('"1.23e5" with a decimal dot too; an amount written with "EUR" (an E, no exponent) is unaffected', async () => {
    const report = await upload('Order;Date;SKU;Quantity;Unit price\n1001;2026-03-01;A;1;1.23e5\n1002;2026-03-02;B;2;100.00 EUR\n1003;2026-03-15;A;1;1,050.50 EUR\n');
    expect(report.rejects).toEqual([{ line: 2, field: 'unit_price', value: '1.23e5', reason: 'not a number' }]);
    // 2 × 100 + 1,050.50 = 1,250.50
    expect(await summary()).toMatchObject({ orders: 2, unitsSold: 3, grossSales: 1250.5 });
  });
});

describe('"0.125" in a file whose amounts are "1.234,50" (the dot is the thousands separator)', () => {
  it('is rejected as "0.5" is, not read as 125: no thousand is written after a leading zero', async () => {
    const report = await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario\n1001;15/03/2026;A;1;1.234,50\n1002;16/03/2026;B;2;100,00\n1003;17/03/2026;A;1;0.125\n1004;18/03/2026;C;1;10.125,00\n');
    // before: 1003 imported at 125, gross 11,684.50
    expect(report.rejects).toEqual([{ line: 4, field: 'unit_price', value: '0.125', reason: 'not a number' }]);
    // 1,234.50 + 2 × 100 + 10,125 = 11,559.50: "10.125,00" is ten thousand, the zero not leading
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 11559.5 });
  });
});

describe('Latin American currency signs and the accounting format\'s zero', () => {
  it.each([
    ['AR$ 1.234,50', 'AR$ 100,00'],
    ['AR$1.234,50', 'AR$100,00'],
    ['MX$1,234.50', 'MX$100.00'],
    ['MXN $1,234.50', 'MXN $100.00'],
    ['COP $1.234,50', 'COP $100,00'],
    ['CLP$1.234,50', 'CLP$100,00'],
    ['S/ 1,234.50', 'S/ 100.00'],
    ['S/.1,234.50', 'S/. 100.00'],
    ['U$S 1.234,50', 'U$S 100,00'],
  ])('"%s" and "%s" are amounts with their sign', async (first, second) => {
    const report = await upload(`Pedido;Fecha;SKU;Cantidad;Precio unitario\n1001;15/03/2026;A;1;${first}\n1002;16/03/2026;B;2;${second}\n`);
    // before: every row rejected (no_valid_rows)
    expect(report).toMatchObject({ rowsImported: 2, rowsRejected: 0 });
    // 1,234.50 + 2 × 100 = 1,434.50
    expect(await summary()).toMatchObject({ orders: 2, unitsSold: 3, grossSales: 1434.5 });
  });

  it('"$ -", "$-" and "-" in an amount column of a file with signs are 0', async () => {
    const report = await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso\n1001;01/03/2026;A;1;$ 10,00;No;$ -\n1002;02/03/2026;B;2;$ 20,00;Sí;$ 40,00\n1003;15/03/2026;A;1;$ 50,00;No;$-\n1004;16/03/2026;C;1;$ 30,00;Sí;-\n');
    // before: 1001, 1003, 1004 rejected (refund not a number): 1 order, 40
    expect(report).toMatchObject({ kind: 'combined', rowsImported: 4, rowsRejected: 0 });
    // 10 + 2 × 20 + 50 + 30 = 130; back: 1002 (2 × 20 = 40, refunded 40) and 1004 (30, refunded 0)
    expect(await summary()).toMatchObject({ orders: 4, grossSales: 130, returns: 2, unitsReturned: 3, returnedValue: 70, refundedValue: 40 });
  });

  it('a "-" alone in a quantity column is not read as anything: its line is rejected and named', async () => {
    const res = await uploadFile(store.app, 'Pedido;Fecha;SKU;Cantidad;Precio unitario\n1001;15/03/2026;A;-;$ 10,00\n1002;16/03/2026;B;2;$ 20,00\n', { fileName: 'ventas.csv' });
    expect(res.status).toBe(200);
    expect(res.body.rejects).toEqual([expect.objectContaining({ line: 2, field: 'quantity', value: '-' })]);
    expect(await summary()).toMatchObject({ orders: 1, unitsSold: 2, grossSales: 40 });
  });
});
