import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeMapping } from '../../server/import/mapping/propose-mapping.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport, uploadFile } from '../support/upload.ts';

// A returns app's export prints each return's order beside it: "Order number", "Order date",
// "SKU", "Quantity", often the item's "Price". Four of those are WooCommerce's order export's
// names, so the file was taken for one, an orders file, though "Return ID" and "Return reason"
// are in its header. Without a price it was refused with "Closest columns: "Price" →
// unit_price?"; with that pairing it imported as orders, and each order it listed was replaced by
// its returned lines alone: 8 units sold became 3, and no return was read.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** 3 orders: 1 + 2 + 1 + 3 + 1 = 8 units, 20 + 40 + 15 + 45 + 20 = 140.00. */
const orders = [
  'Order ID,Order Date,Customer Email,SKU,Product,Category,Quantity,Unit Price',
  'B-200,2025-05-01 09:00,ana@example.com,REM-M,Remera,Tops,1,20.00',
  'B-201,2025-05-01 10:00,leo@example.com,REM-L,Remera,Tops,2,20.00',
  'B-201,2025-05-01 10:00,leo@example.com,GORRA,Gorra,Accessories,1,15.00',
  'B-203,2025-05-02 12:00,mia@example.com,GORRA,Gorra,Accessories,3,15.00',
  'B-203,2025-05-02 12:00,mia@example.com,REM-S,Remera,Tops,1,20.00',
].join('\n');

const withPrice = [
  'Return ID,Order number,Order date,SKU,Quantity,Price,Return reason,Date,Status',
  'RT-1,B-201,2025-05-01,REM-L,1,20.00,Too small,2025-05-09,Refunded',
  'RT-2,B-203,2025-05-02,REM-S,1,20.00,Changed my mind,2025-05-10,Refunded',
].join('\n');
const withoutPrice = withPrice.replace(/,Price|,20\.00/g, '');
// every WooCommerce name, so its orders reading lacks nothing: a return id on every row says returns
const withItemCost = withPrice.replace('Price', 'Item Cost');

async function expectTheOrdersAndTheirTwoReturns() {
  const res = await store.app.request('/api/metrics/summary?from=2025-05-01&to=2025-05-31');
  expect(res.status).toBe(200);
  // was 3 units sold (1 + 1 + 1: the returned lines that replaced B-201 and B-203), 60.00, 0 returns
  expect(await res.json()).toMatchObject({ orders: 3, unitsSold: 8, grossSales: 140, returns: 2, unitsReturned: 2, returnedValue: 40 });
  expect(await store.db.all("SELECT return_id, order_id, sku, quantity, strftime(requested_at, '%Y-%m-%d') AS requested FROM returns ORDER BY return_id")).toEqual([
    { return_id: 'RT-1', order_id: 'B-201', sku: 'REM-L', quantity: 1, requested: '2025-05-09' },
    { return_id: 'RT-2', order_id: 'B-203', sku: 'REM-S', quantity: 1, requested: '2025-05-10' },
  ]);
}

describe('a returns export that prints its order number, order date and price', () => {
  it.each([
    ['with the item price', withPrice],
    ['without a price', withoutPrice],
    ['with WooCommerce\'s "Item Cost"', withItemCost],
  ])('%s, imported after its orders, is read as returns (was an orders file)', async (_what, returns) => {
    await importedReport(store.app, orders, { fileName: 'orders.csv' });
    const report = await importedReport(store.app, returns, { fileName: 'returns-app.csv' });
    expect(report.kind).toBe('returns');
    expect(report.mapping).toMatchObject({ return_id: 'Return ID', order_id: 'Order number', reason_raw: 'Return reason', requested_at: 'Date' });
    await expectTheOrdersAndTheirTwoReturns();
  });

  it('asked to import it as orders, the refusal says it is a returns file', async () => {
    const res = await uploadFile(store.app, withoutPrice, { fileName: 'returns-app.csv', kind: 'orders' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.suggestedKind).toBe('returns'); // was no suggestion: "Price" → unit_price? in the file that has one
  });
});

describe('an orders export with a return column of its own', () => {
  it('whose header is WooCommerce\'s whole stays a WooCommerce orders file', () => {
    // its every name, and a shop's own "Return Reason" and "Date" columns: no returns list
    const headers = ['Order Number', 'Order Date', 'SKU', 'Quantity', 'Item Cost', 'Return Reason', 'Date'];
    expect(proposeMapping({ headers, kind: 'auto' })).toMatchObject({ kind: 'orders', source: 'woocommerce', missing: [] });
  });
});
