import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A spreadsheet that shows the order number with a thousands separator saves "1.001" (or "1,001")
// where the shop's other export says 1001. The returns then linked to no order and nothing said
// the ids were one: the look-alike check knew only leading zeros and ".0" decimals. Now the
// separator between groups of three digits is dropped when ids are compared (loose_order_id in
// server/store/schema.sql), never when they are stored; an id that only looks like a decimal
// ("10.5") is left as it is.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (csv: string, fileName: string) => importedReport(store.app, csv, { fileName });
const codes = (report: { warnings: Array<{ code: string }> }) => report.warnings.map((w) => w.code);
const warning = (report: { warnings: Array<{ code: string }> }, code: string) => report.warnings.find((w) => w.code === code);

const ordersHeader = 'Pedido;Fecha;SKU;Cantidad;Precio unitario';
const returnsHeader = 'ID devolución;Pedido;SKU;Cantidad;Fecha de solicitud;Motivo;Reembolso';

describe('orders written "1.001" in one file and returns "1001" in the other', () => {
  it('names the returns whose order is in the data with a thousands separator, and not "10.5" against "105"', async () => {
    await upload(`${ordersHeader}\n1.001;02/03/2026;A;1;10,00\n1.002;03/03/2026;A;1;20,00\n10.5;04/03/2026;A;1;30,00\n12.345.678;05/03/2026;A;1;40,00\n`, 'ventas.csv');
    const report = await upload(
      `${returnsHeader}\nR1;1001;A;1;10/03/2026;Defectuoso;10,00\nR2;1002;A;1;11/03/2026;Defectuoso;20,00\nR3;105;A;1;12/03/2026;Defectuoso;30,00\nR4;12345678;A;1;13/03/2026;Defectuoso;40,00\n`,
      'devoluciones.csv',
    );
    // none of the four links: every id is written another way in the orders, or in no order
    expect(report).toMatchObject({ kind: 'returns', rowsImported: 4, unmatchedReturns: 4 });
    // 1001, 1002 and 12345678 are the orders' ids without their separators; 105 is not 10.5
    expect(warning(report, 'order_ids_written_differently')).toMatchObject({ count: 3, examples: ['1001 / 1.001', '1002 / 1.002', '12345678 / 12.345.678'] });
  });

  it('names them the other way round, and with a comma: returns "1,001" against orders 1001', async () => {
    await upload(`${ordersHeader}\n1001;02/03/2026;A;1;10,00\n2002;03/03/2026;A;1;20,00\n`, 'ventas.csv');
    const report = await upload(`${returnsHeader}\nR1;1,001;A;1;10/03/2026;Defectuoso;10,00\nR2;2002;A;1;11/03/2026;Defectuoso;20,00\n`, 'devoluciones.csv');
    // 2002 links; "1,001" does not, and is named beside 1001
    expect(report).toMatchObject({ rowsImported: 2, unmatchedReturns: 1 });
    expect(warning(report, 'order_ids_written_differently')).toMatchObject({ count: 1, examples: ['1,001 / 1001'] });
  });

  it('names an orders file\'s orders stored already without the separator, placed the same day', async () => {
    const first = await upload(`${ordersHeader}\n1001;02/03/2026;A;1;10,00\n1002;03/03/2026;A;1;20,00\n`, 'ventas.csv');
    expect(codes(first)).not.toContain('orders_written_differently');
    // 1.001 the same day as 1001; 1.002 a day later than 1002, so perhaps another order
    const next = await upload(`${ordersHeader}\n1.001;02/03/2026;A;1;10,00\n1.002;04/03/2026;A;1;20,00\n`, 'ventas-2.csv');
    expect(warning(next, 'orders_written_differently')).toMatchObject({ count: 1, examples: ['1.001 / 1001'] });
  });

  it('an id that only looks like a decimal, or a group not of three digits, is no look-alike, on either side', async () => {
    await upload(
      `${ordersHeader}\n10.5;02/03/2026;A;1;10,00\n1.0010;03/03/2026;A;1;20,00\n1.001,5;04/03/2026;A;1;30,00\n205;02/03/2026;A;1;10,00\n20010;03/03/2026;A;1;20,00\n20015;04/03/2026;A;1;30,00\n1234.567;05/03/2026;A;1;40,00\n7.654,321;05/03/2026;A;1;40,00\n`,
      'ventas.csv',
    );
    const report = await upload(
      `${returnsHeader}\nR1;105;A;1;10/03/2026;Defectuoso;10,00\nR2;10010;A;1;11/03/2026;Defectuoso;20,00\nR3;10015;A;1;12/03/2026;Defectuoso;30,00\nR4;20.5;A;1;10/03/2026;Defectuoso;10,00\nR5;2.0010;A;1;11/03/2026;Defectuoso;20,00\nR6;2.001,5;A;1;12/03/2026;Defectuoso;30,00\nR7;1234567;A;1;13/03/2026;Defectuoso;40,00\nR8;7654321;A;1;13/03/2026;Defectuoso;40,00\n`,
      'devoluciones.csv',
    );
    // the orders say 10.5, 1.0010, 1.001,5 and 205, 20010, 20015, and 1234.567 (four digits before the
    // point: a decimal) and 7.654,321 (two separators: a decimal comma): no return's order is among them
    expect(report).toMatchObject({ rowsImported: 8, unmatchedReturns: 8 });
    expect(codes(report)).not.toContain('order_ids_written_differently');
  });
});
