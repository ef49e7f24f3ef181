import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { unclearOrderRefund } from '../../server/import/normalise/normalise-returns.ts';

// A refund given per order cannot be split by line. Magento's credit-memo grid gives one total per
// memo, its items, tax and shipping together, and Magento pre-fills a memo's "Refund Shipping" with
// the order's shipping even when it refunds one item: a memo above its order's lines may refund
// all of them with the shipping, or some of them with it.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe("a credit memo's total against its order's lines", () => {
  it('a memo above the value of an order of several units does not count every line back', async () => {
    const orders = [
      'Order #,Purchase Date,SKU,Product,Qty Ordered,Price',
      // 000000045: 100.00 + 12.00 = 112.00 in lines, shipped for 15.00
      '000000045,2025-03-02 10:00:00,MH01-M-Black,Chaz Kangeroo Hoodie,1,100.00',
      '000000045,2025-03-02 10:00:00,MS04-OS,Sport Socks,1,12.00',
      // 000000046: 2 × 30.00 = 60.00
      '000000046,2025-03-03 11:00:00,WT09-S-White,Breathe-Easy Tank,2,30.00',
      // 000000047: one unit, 50.00
      '000000047,2025-03-04 12:00:00,MH02-L-Red,Teton Pullover,1,50.00',
      // 000000048: 20.00 + 5.00 = 25.00
      '000000048,2025-03-05 09:00:00,WS03-XS-Blue,Iris Workout Top,1,20.00',
      '000000048,2025-03-05 09:00:00,MS04-OS,Sport Socks,1,5.00',
    ];
    await importedReport(store.app, orders.join('\n'), { fileName: 'order-items.csv', kind: 'orders' });
    const memos = [
      'ID,Created,Order,Order Date,Bill-to Name,Status,Refunded',
      // the hoodie (100.00) and the shipping (15.00): the socks were kept
      '000000201,"Mar 10, 2025 10:15:00 AM",000000045,"Mar 2, 2025 10:00:00 AM",Ana Perez,Refunded,$115.00',
      // one tank of two (30.00) with 21 % tax (6.30) and the shipping (25.00)
      '000000202,"Mar 11, 2025 9:00:00 AM",000000046,"Mar 3, 2025 11:00:00 AM",Beto Gil,Refunded,$61.30',
      // one unit: the pullover and its shipping, the whole order back
      '000000203,"Mar 12, 2025 1:30:00 PM",000000047,"Mar 4, 2025 12:00:00 PM",Caro Diaz,Refunded,$55.50',
      // exactly the lines' 25.00: both lines back
      '000000204,"Mar 13, 2025 9:00:00 AM",000000048,"Mar 5, 2025 9:00:00 AM",Dani Ruiz,Refunded,$25.00',
    ];
    const report = await importedReport(store.app, memos.join('\n'), { fileName: 'credit-memos.csv', kind: 'returns' });
    // the memos of 000000045 and 000000046 could be the whole order or part of it with the
    // shipping: refused, named, rather than counted as every line back
    expect(report.rejects).toEqual([
      { line: 2, field: 'amount', value: '$115.00', reason: unclearOrderRefund },
      { line: 3, field: 'amount', value: '$61.30', reason: unclearOrderRefund },
    ]);
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 2, rowsRejected: 2 });
    expect(await store.db.all('SELECT order_id, sku, quantity, resolution, amount::DOUBLE AS amount FROM returns ORDER BY order_id, sku')).toEqual([
      // 000000047: its one unit at its line's 50.00
      { order_id: '000000047', sku: 'MH02-L-Red', quantity: 1, resolution: 'refund', amount: 50 },
      // 000000048: each line at its value, 5.00 + 20.00 = the memo's 25.00
      { order_id: '000000048', sku: 'MS04-OS', quantity: 1, resolution: 'refund', amount: 5 },
      { order_id: '000000048', sku: 'WS03-XS-Blue', quantity: 1, resolution: 'refund', amount: 20 },
    ]);
    // units back: 1 + 2 = 3 of the 7 sold (was 2 + 2 + 1 + 2 = 7 of 7: every unit sold, the socks and a tank kept included)
    const [units] = await store.db.all('SELECT sum(quantity)::INTEGER AS units FROM returns');
    expect(units).toEqual({ units: 3 });
  });
});
