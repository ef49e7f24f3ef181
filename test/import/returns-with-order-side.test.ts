import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A returns app's export (Loop's, one row per returned item) prints its order's side beside the
// return's: the item's "Price", the return's "Created At". Read with `auto`, the file looked like
// orders (order, date, SKU, quantity, price) with a return side (Return ID, Outcome, Return
// Reason), so it was imported as orders with their returns in one file, where a row holds a return
// only when a flag, a returned quantity, a return date or a refund says so. It had none: every
// return became a sale, dated at its request, and not one return was read. The report said so only
// as "Returns: the lines with ; each line came back whole."

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const orders = [
  'Order ID,Order Date,SKU,Quantity,Unit Price',
  '1001,2025-03-01,REM-01,1,100.00',
  '1001,2025-03-01,PAN-02,1,60.00',
  '1002,2025-03-02,REM-01,2,100.00',
].join('\n');

const returns = [
  'Return ID,Order Name,Created At,State,Outcome,Product Title,Variant Title,SKU,Price,Quantity,Return Reason',
  '9001,#1001,2025-03-10T12:00:00,closed,Refund,Remera,M,REM-01,100.00,1,Too small',
  '9001,#1001,2025-03-10T12:00:00,closed,Refund,Pantalón,40,PAN-02,60.00,1,Changed my mind',
  '9002,#1002,2025-03-11T12:00:00,closed,Store credit,Remera,L,REM-01,100.00,2,Too big',
].join('\n');

describe('a returns export that prints its order side too', () => {
  it('is read as returns, not as orders whose returns no column names', async () => {
    await importedReport(store.app, orders, { fileName: 'orders.csv', kind: 'orders' });
    const report = await importedReport(store.app, returns, { fileName: 'loop-returns.csv' });
    expect(report.kind).toBe('returns'); // was combined
    // order lines: the 3 of orders.csv, none from the returns file (was 3 + 3 = 6, gross sales 360.00 + 360.00)
    const [sold] = await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity * unit_price)::DOUBLE AS gross FROM order_lines');
    expect(sold).toEqual({ lines: 3, gross: 360 }); // 100 + 60 + 2 × 100
    expect(await store.db.all('SELECT return_id, order_id, sku, quantity, reason, resolution FROM returns ORDER BY return_id, sku')).toEqual([
      // was no return at all
      { return_id: '9001', order_id: '1001', sku: 'PAN-02', quantity: 1, reason: 'changed_mind', resolution: 'refund' },
      { return_id: '9001', order_id: '1001', sku: 'REM-01', quantity: 1, reason: 'size_too_small', resolution: 'refund' },
      { return_id: '9002', order_id: '1002', sku: 'REM-01', quantity: 2, reason: 'size_too_large', resolution: 'store_credit' },
    ]);
    // units returned 1 + 1 + 2 = 4 of 4 sold
    const [back] = await store.db.all('SELECT sum(quantity)::INTEGER AS units FROM returns');
    expect(back).toEqual({ units: 4 });
    expect(report.unmatchedReturns).toBe(0);
  });

  it('is read as returns with a refund column too: its exchanges are returns, its rows no sales', async () => {
    await importedReport(store.app, orders, { fileName: 'orders.csv', kind: 'orders', mode: 'replace' });
    const withRefunds = [
      'Return ID,Order Name,Created At,Outcome,SKU,Price,Quantity,Return Reason,Refund Amount',
      '9101,#1001,2025-03-10T12:00:00,Refund,REM-01,100.00,1,Too small,100.00',
      '9101,#1001,2025-03-10T12:00:00,Refund,PAN-02,60.00,1,Changed my mind,60.00',
      '9102,#1002,2025-03-11T12:00:00,Exchange,REM-01,100.00,2,Too big,0.00',
    ].join('\n');
    const report = await importedReport(store.app, withRefunds, { fileName: 'loop-returns.csv', mode: 'replace' });
    expect(report.kind).toBe('returns'); // was combined: rows with a refund returned (dated at the "order"), the exchange no return
    const [sold] = await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity * unit_price)::DOUBLE AS gross FROM order_lines');
    expect(sold).toEqual({ lines: 3, gross: 360 }); // was 6 lines, 720.00
    expect(await store.db.all('SELECT return_id, sku, quantity, resolution, amount::DOUBLE AS amount FROM returns ORDER BY return_id, sku')).toEqual([
      { return_id: '9101', sku: 'PAN-02', quantity: 1, resolution: 'refund', amount: 60 },
      { return_id: '9101', sku: 'REM-01', quantity: 1, resolution: 'refund', amount: 100 },
      // an exchange of 0.00 is valued at its line: 2 × 100.00 (was no return)
      { return_id: '9102', sku: 'REM-01', quantity: 2, resolution: 'exchange', amount: 200 },
    ]);
  });

  it("stays combined when its lines that did not come back carry a placeholder return id ('-')", async () => {
    const rows = ['Order ID,Order Date,SKU,Quantity,Unit Price,Return ID,Return Reason,Refund Amount'];
    for (let i = 0; i < 12; i++) rows.push(`${3000 + i},2025-03-01,REM-01,1,100.00,-,,`);
    rows.push('3100,2025-03-01,REM-01,1,100.00,R-1,Too small,100.00');
    const report = await importedReport(store.app, rows.join('\n'), { fileName: 'orders-with-returns.csv', mode: 'replace' });
    expect(report.kind).toBe('combined');
    // 13 order lines, one of them back
    const [counts] = await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns');
    expect(counts).toEqual({ lines: 13, returns: 1 });
  });
});
