import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A combined export (orders with their returns in one file) whose only return column is its
// return id, filled on the lines that came back and blank on the others: no return flag, returned
// quantity, return date or refund. Read as a returns export (a return id, an order, a SKU, a
// quantity and a date), every line was a return and not one a sale: 6 returns, 0 order lines,
// all unmatched, reported as success. As kind combined, no column said which lines came back:
// 6 sales and not one return.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const header = 'Order ID,Order Date,SKU,Qty,Price,Customer,Return ID';
/** Six lines of five orders; 5001's PAN-02 (2 × 60.00) and 5004's REM-01 (2 × 100.00) came back. */
const lines = (notReturned: string) => [
  `5001,2025-04-01,REM-01,1,100.00,ana@example.com,${notReturned}`,
  '5001,2025-04-01,PAN-02,2,60.00,ana@example.com,RT-1',
  `5002,2025-04-02,REM-01,1,100.00,beto@example.com,${notReturned}`,
  `5003,2025-04-03,GOR-03,3,20.00,caro@example.com,${notReturned}`,
  '5004,2025-04-04,REM-01,2,100.00,dani@example.com,RT-2',
  `5005,2025-04-05,PAN-02,1,60.00,eli@example.com,${notReturned}`,
];

async function april() {
  const res = await store.app.request('/api/metrics/summary?from=2025-04-01&to=2025-04-30');
  expect(res.status).toBe(200);
  return res.json();
}

/** The figures of the fixture, worked out by hand. */
async function expectOnlyTheLinesWithAnId() {
  expect(await store.db.all('SELECT return_id, order_id, sku, quantity, returned_value::DOUBLE AS value FROM returns ORDER BY return_id')).toEqual([
    { return_id: 'RT-1', order_id: '5001', sku: 'PAN-02', quantity: 2, value: 120 }, // 2 × 60.00
    { return_id: 'RT-2', order_id: '5004', sku: 'REM-01', quantity: 2, value: 200 }, // 2 × 100.00
  ]);
  // sold: 1 + 2 + 1 + 3 + 2 + 1 = 10 units in 5 orders, 100 + 120 + 100 + 60 + 200 + 60 = 640.00;
  // back: 2 + 2 = 4 units of 2 orders, 120 + 200 = 320.00
  const summary = await april();
  expect(summary).toMatchObject({ orders: 5, unitsSold: 10, grossSales: 640, returns: 2, unitsReturned: 4, ordersWithReturn: 2, returnedValue: 320 });
  expect(summary.returnRateUnits).toBeCloseTo(4 / 10, 10);
}

describe('a combined export whose return id is filled on its returned lines only', () => {
  it('is read as combined: its 6 lines are sales, the 2 with a return id its returns', async () => {
    const report = await importedReport(store.app, [header, ...lines('')].join('\n'), { fileName: 'orders-with-returns.csv' });
    // was returns: 6 returns (all unmatched), 0 order lines
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 6, rowsImported: 6, unmatchedReturns: 0 });
    expect(report.tables).toEqual({ orders: { rowsImported: 6, rowsRejected: 0 }, returns: { rowsImported: 2, rowsRejected: 0, unmatched: 0 } });
    expect(report.mapping).toMatchObject({ return_id: 'Return ID', order_id: 'Order ID', ordered_at: 'Order Date', customer_id: 'Customer' });
    expect(report.assumptions[0]).toBe('Returns: the lines with a return id of their own in "Return ID"; each line came back whole.');
    await expectOnlyTheLinesWithAnId();
  });

  it('imported as combined, its lines with a return id are its returns (were none)', async () => {
    const report = await importedReport(store.app, [header, ...lines('')].join('\n'), { fileName: 'orders-with-returns.csv', kind: 'combined' });
    expect(report.tables.returns).toEqual({ rowsImported: 2, rowsRejected: 0, unmatched: 0 });
    await expectOnlyTheLinesWithAnId();
  });

  it("with a placeholder ('-') on the lines not returned, only the lines with an id of their own are returns", async () => {
    // '-' is on 4 rows, more than any one order has (5001: 2), so it is no return's id
    const report = await importedReport(store.app, [header, ...lines('-')].join('\n'), { fileName: 'orders-with-returns.csv' });
    expect(report.kind).toBe('combined'); // was returns, every line one
    await expectOnlyTheLinesWithAnId();
  });

  it.each([
    [
      // every order has an id on one of its rows: the blank rows are the returns' other lines
      "its id on each return's first row only",
      [
        header,
        '5001,2025-04-01,REM-01,1,100.00,ana@example.com,RT-1',
        '5001,2025-04-01,PAN-02,2,60.00,ana@example.com,',
        '5004,2025-04-04,REM-01,2,100.00,dani@example.com,RT-2',
        '5004,2025-04-04,GOR-03,1,20.00,dani@example.com,',
      ],
    ],
    [
      // 3 of the 4 orders have no id, but each of their rows says why it came back: returns without an id
      'a row without an id that still gives its reason',
      [
        'Order ID,Order Date,SKU,Qty,Price,Return ID,Return Reason',
        '6001,2025-04-01,REM-01,1,100.00,RT-9,Too small',
        '6002,2025-04-02,REM-01,1,100.00,,Too big',
        '6003,2025-04-03,PAN-02,1,60.00,,Defective',
        '6004,2025-04-04,PAN-02,1,60.00,,Too small',
      ],
    ],
  ])('leaves a returns export with %s a returns file', async (_case, rows) => {
    const report = await importedReport(store.app, rows.join('\n'), { fileName: 'returns.csv' });
    expect(report.kind).toBe('returns');
  });
});
