import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { repeatedReturnRefund } from '../../server/import/normalise/normalise-returns.ts';

// A returns app's export (Loop, AfterShip Returns, ReturnGO) lists one row per returned item, and
// prints the return's own fields on each of them: its refund total among them. Summed per row, a
// return of two items refunded 160,00 once counted 320,00, and the import said nothing.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const orders = [
  'Número de orden;Fecha;SKU;Cantidad;Precio unitario',
  '#1001;2025-03-01;REM-01;1;100,00',
  '#1001;2025-03-01;PAN-02;1;60,00',
  '#1002;2025-03-02;REM-01;2;100,00',
  '#1003;2025-03-03;MED-03;1;20,00',
  '#1003;2025-03-03;GOR-04;1;20,00',
  '#1004;2025-03-04;REM-01;1;100,00',
  '#1004;2025-03-04;PAN-02;1;60,00',
].join('\n');

const returns = [
  'Return ID;Order Name;SKU;Return Quantity;Return Reason;Outcome;Refund Total;Created At',
  // both items of #1001 back, 100,00 + 60,00 = 160,00 refunded once, printed on each row
  'R-1;#1001;REM-01;1;Talle chico;Reembolso a tarjeta;160,00;2025-03-10',
  'R-1;#1001;PAN-02;1;No me gustó;Reembolso a tarjeta;160,00;2025-03-10',
  // one item, its own credit
  'R-2;#1002;REM-01;1;Llegó roto;Crédito en tienda;100,00;2025-03-11',
  // two items refunded 20,00 each, their own values: a refund per item that happens to repeat
  'R-3;#1003;MED-03;1;Talle grande;Reembolso a tarjeta;20,00;2025-03-12',
  'R-3;#1003;GOR-04;1;Talle grande;Reembolso a tarjeta;20,00;2025-03-12',
  // 175,00 (with its shipping) on both items of 100,00 + 60,00: what each item got is not in the file
  'R-4;#1004;REM-01;1;Defectuoso;Reembolso a tarjeta;175,00;2025-03-13',
  'R-4;#1004;PAN-02;1;Defectuoso;Reembolso a tarjeta;175,00;2025-03-13',
].join('\n');

describe("a return's refund total printed on each of its items", () => {
  it('is counted once: each item at its value when the total is theirs, else the items are refused, named', async () => {
    await importedReport(store.app, orders, { fileName: 'ventas.csv', kind: 'orders' });
    const report = await importedReport(store.app, returns, { fileName: 'devoluciones.csv' });
    expect(report.kind).toBe('returns');
    expect(report.rejects).toEqual([
      { line: 7, field: 'amount', value: '175,00', reason: repeatedReturnRefund },
      { line: 8, field: 'amount', value: '175,00', reason: repeatedReturnRefund },
    ]);
    expect(await store.db.all('SELECT return_id, sku, resolution, amount::DOUBLE AS amount FROM returns ORDER BY return_id, sku')).toEqual([
      // R-1's 160,00 once: 60,00 + 100,00 (was 160,00 each)
      { return_id: 'R-1', sku: 'PAN-02', resolution: 'refund', amount: 60 },
      { return_id: 'R-1', sku: 'REM-01', resolution: 'refund', amount: 100 },
      { return_id: 'R-2', sku: 'REM-01', resolution: 'store_credit', amount: 100 },
      { return_id: 'R-3', sku: 'GOR-04', resolution: 'refund', amount: 20 },
      { return_id: 'R-3', sku: 'MED-03', resolution: 'refund', amount: 20 },
    ]);
    // refunded: 160,00 + 20,00 + 20,00 = 200,00 (was 160,00 × 2 + 40,00 + 175,00 × 2 = 710,00)
    const [refunded] = await store.db.all("SELECT sum(amount)::DOUBLE AS refunded FROM returns WHERE resolution = 'refund'");
    expect(refunded).toEqual({ refunded: 200 });
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('refunds_repeated_per_return');
  });
});
