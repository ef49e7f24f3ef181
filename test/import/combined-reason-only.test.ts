import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// An orders export whose only return column is a return reason, filled on the lines that came
// back and blank on the others (no return id, flag, returned quantity, return date or refund).
// Read as a returns export (an order, a SKU, a quantity, a reason, and "Order Date" taken for the
// request's date at 0.7), every line was a return and not one a sale: 6 returns, 0 order lines.
// As kind combined, no column said which lines came back: 6 sales and not one return.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const header = 'Order ID,Order Date,SKU,Quantity,Unit Price,Return Reason';
/** Six lines of five orders; 7001's BUZ-02 (2 × 45.00) and 7004's CAM-01 (1 × 30.00) came back. */
const rows = [
  header,
  '7001,12/05/2025,CAM-01,1,30.00,',
  '7001,12/05/2025,BUZ-02,2,45.00,Talle chico',
  '7002,13/05/2025,CAM-01,2,30.00,',
  '7003,14/05/2025,GOR-03,3,12.00,',
  '7004,15/05/2025,CAM-01,1,30.00,Llegó dañado',
  '7005,16/05/2025,BUZ-02,1,45.00,',
].join('\n');

async function may() {
  const res = await store.app.request('/api/metrics/summary?from=2025-05-01&to=2025-05-31');
  expect(res.status).toBe(200);
  return res.json();
}

/** The figures of the fixture, worked out by hand. */
async function expectOnlyTheLinesWithAReason() {
  expect(await store.db.all('SELECT order_id, sku, quantity, reason_raw, returned_value::DOUBLE AS value FROM returns ORDER BY order_id')).toEqual([
    { order_id: '7001', sku: 'BUZ-02', quantity: 2, reason_raw: 'Talle chico', value: 90 }, // 2 × 45.00
    { order_id: '7004', sku: 'CAM-01', quantity: 1, reason_raw: 'Llegó dañado', value: 30 }, // 1 × 30.00
  ]);
  // sold: 1 + 2 + 2 + 3 + 1 + 1 = 10 units in 5 orders, 30 + 90 + 60 + 36 + 30 + 45 = 291.00;
  // back: 2 + 1 = 3 units of 2 orders, 90 + 30 = 120.00
  const summary = await may();
  expect(summary).toMatchObject({ orders: 5, unitsSold: 10, grossSales: 291, returns: 2, unitsReturned: 3, ordersWithReturn: 2, returnedValue: 120 });
  expect(summary.returnRateUnits).toBeCloseTo(3 / 10, 10);
}

describe('an orders export whose return reason is filled on its returned lines only', () => {
  it('is read as combined: its 6 lines are sales, the 2 with a reason its returns (was a returns file of 6)', async () => {
    const report = await importedReport(store.app, rows, { fileName: 'pedidos-con-motivo.csv' });
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 6, rowsImported: 6 });
    expect(report.tables).toEqual({ orders: { rowsImported: 6, rowsRejected: 0 }, returns: { rowsImported: 2, rowsRejected: 0, unmatched: 0 } });
    expect(report.mapping).toMatchObject({ order_id: 'Order ID', ordered_at: 'Order Date', reason_raw: 'Return Reason' });
    expect(report.mapping.requested_at).toBeUndefined();
    expect(report.assumptions[0]).toBe('Returns: the lines with a return reason in "Return Reason"; each line came back whole.');
    expect(report.assumptions).toContain("No return date: each return is dated at its order's date.");
    await expectOnlyTheLinesWithAReason();
  });

  it('imported as combined, its lines with a reason are its returns (were none)', async () => {
    const report = await importedReport(store.app, rows, { fileName: 'pedidos-con-motivo.csv', kind: 'combined' });
    expect(report.tables.returns).toEqual({ rowsImported: 2, rowsRejected: 0, unmatched: 0 });
    await expectOnlyTheLinesWithAReason();
  });

  it.each([
    ['a reason on every row', ['7001,12/05/2025,BUZ-02,2,45.00,Talle chico', '7004,15/05/2025,CAM-01,1,30.00,Llegó dañado', '7006,17/05/2025,GOR-03,1,12.00,No me gustó']],
    // most returns give a reason: the blank one is a return whose buyer gave none
    ['a reason on most rows', ['7001,12/05/2025,BUZ-02,2,45.00,Talle chico', '7004,15/05/2025,CAM-01,1,30.00,', '7006,17/05/2025,GOR-03,1,12.00,No me gustó']],
  ])('leaves a returns export with %s a returns file', async (_, lines) => {
    const report = await importedReport(store.app, [header, ...lines].join('\n'), { fileName: 'devoluciones.csv' });
    expect(report.kind).toBe('returns');
    expect(report.tables.returns.rowsImported).toBe(3);
  });
});
