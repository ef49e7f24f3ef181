import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport, uploadFile } from '../support/upload.ts';

// Two stores, or a store before and after a platform move, number their orders alike (every Shopify
// store starts at #1001), and two returns apps each number their returns from 1. The next export
// replaces the orders and returns it lists by their ids, so the second store's 1001 and 1002 took
// the first store's place: 3 orders and 52.00 where there were 5 and 102.00, with no word.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const csv = (lines: string[]) => lines.join('\n');
const spring = async () => {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-06-30' } }));
  const { orders, unitsSold, grossSales, returns, unitsReturned, refundedValue } = s;
  return { orders, unitsSold, grossSales, returns, unitsReturned, refundedValue };
};

const header = 'Order ID,Order Date,Customer Email,SKU,Quantity,Unit Price,Channel';
// store A in April: 1 × 20.00 + 2 × 15.00 + 1 × 20.00 = 70.00 over 4 units
const storeA = [header, '#1001,2025-04-01 09:00,ana@example.com,TSHIRT-M,1,20.00,Store A', '#1002,2025-04-02 10:00,leo@example.com,CAP,2,15.00,Store A', '#1003,2025-04-03 11:00,sol@example.com,TSHIRT-L,1,20.00,Store A'];
// store B in May, numbered from #1001 too: 3 × 8.00 + 1 × 8.00 = 32.00 over 4 units
const storeB = [header, '#1001,2025-05-10 09:00,zoe@example.com,MUG,3,8.00,Store B', '#1002,2025-05-11 10:00,max@example.com,MUG,1,8.00,Store B'];

describe('orders of another store under the numbers of stored ones', () => {
  it('are refused, naming them, and nothing stored changes', async () => {
    await importedReport(store.app, csv(storeA));
    const res = await uploadFile(store.app, csv(storeB));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'order_ids_reused', details: { count: 2 } });
    expect(res.body.error.details.examples).toEqual(['1001: stored placed 2025-04-01 by ana@example.com, this file 2025-05-10 by zoe@example.com', '1002: stored placed 2025-04-02 by leo@example.com, this file 2025-05-11 by max@example.com']);
    // store A as it was: 3 orders, 4 units, 70.00 (was 1003 alone beside store B's two: 3 orders, 5 units, 52.00)
    expect(await spring()).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 70 });
  });

  it('dropped together with the first store, the drop is refused', async () => {
    const form = new FormData();
    form.append('file', new Blob([csv(storeA)]), 'store-a.csv');
    form.append('file', new Blob([csv(storeB)]), 'store-b.csv');
    const res = await store.app.request('/api/imports', { method: 'POST', body: form });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('order_ids_reused');
    // within a drop only a line's key is replaced: 1001 was store A's T-shirt and store B's mugs, one
    // order of 80.00 (3 orders where there are 5)
    expect(await spring()).toMatchObject({ orders: 0 });
  });

  it('with no customer to tell, replace the stored ones and are named', async () => {
    // the same two exports without their email column: the day alone may be a date read another way
    const withoutEmail = (lines: string[]) => lines.map((line) => line.split(',').filter((_, i) => i !== 2).join(','));
    await importedReport(store.app, csv(withoutEmail(storeA)));
    const report = await importedReport(store.app, csv(withoutEmail(storeB)));
    expect(report.warnings.find((w: { code: string }) => w.code === 'orders_of_another_day_replaced')).toMatchObject({
      count: 2,
      examples: ['1001: stored placed 2025-04-01, this file 2025-05-10', '1002: stored placed 2025-04-02, this file 2025-05-11'],
    });
    // store B's 1001 and 1002 in store A's place, and 1003: 3 orders, 3 + 1 + 1 = 5 units, 24.00 + 8.00 + 20.00 = 52.00
    expect(await spring()).toMatchObject({ orders: 3, unitsSold: 5, grossSales: 52 });
  });

  it('the next export of the same orders is no other store’s: the same day in another time zone, or the same customer', async () => {
    // 1001 placed at 22:30 the evening before in the shop's time (UTC−3)
    await importedReport(store.app, csv([header, '#1001,2025-03-31 22:30,ana@example.com,TSHIRT-M,1,20.00,Store A', ...storeA.slice(2)]));
    // an export in UTC: 1001 at 01:30 on the 1st, 3 hours after, the same order (its email left
    // blank: the time alone tells); 1002's day corrected, by the same customer; 1003 as it was
    const next = [header, '#1001,2025-04-01T01:30:00Z,,TSHIRT-M,1,20.00,Store A', '#1002,2025-04-04T13:00:00Z,leo@example.com,CAP,1,15.00,Store A', '#1003,2025-04-03T14:00:00Z,sol@example.com,TSHIRT-L,1,20.00,Store A'];
    const report = await importedReport(store.app, csv(next));
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('orders_of_another_day_replaced');
    // 20.00 + 15.00 + 20.00 over 3 units, 1002 with 1 cap now
    expect(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-06-30' } }))).toMatchObject({ orders: 3, unitsSold: 3, grossSales: 55 });
  });
});

describe('returns of another returns app under the ids of stored ones', () => {
  const orders = [
    'Order ID,Order Date,Customer Email,SKU,Product,Category,Quantity,Unit Price',
    'A-100,2025-04-01 09:00,ana@example.com,TSHIRT-M,T-shirt,Tops,1,20.00',
    'A-101,2025-04-01 10:00,leo@example.com,CAP,Cap,Accessories,1,15.00',
    'A-103,2025-04-02 12:00,mia@example.com,CAP,Cap,Accessories,3,15.00',
  ];
  const returnsHeader = 'Return ID,Order ID,SKU,Quantity,Reason,Requested at,Resolution,Refund amount';
  const appA = [returnsHeader, '1,A-100,TSHIRT-M,1,Too small,2025-04-10 10:00,Refund,20.00', '2,A-101,CAP,1,Changed my mind,2025-04-11 10:00,Refund,15.00'];
  // another app, a month later, numbering from 1 too: A-103's caps
  const appB = [returnsHeader, '1,A-103,CAP,2,Defective,2025-05-20 10:00,Refund,30.00'];

  it('are refused, naming them; imported without the id they count beside the stored ones', async () => {
    await importedReport(store.app, csv(orders));
    await importedReport(store.app, csv(appA));
    const res = await uploadFile(store.app, csv(appB));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'return_ids_reused', details: { count: 1, examples: ['1: stored A-100 / TSHIRT-M requested 2025-04-10, this file A-103 / CAP requested 2025-05-20'] } });
    // A-100's and A-101's returns as they were: 2 returns, 2 units, 35.00 (was A-100's replaced: 2 returns, 3 units, 45.00)
    expect(await spring()).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 35 });
    // the way out the message gives: the file without its return id, each return known by its order, SKU and request
    await importedReport(store.app, csv(appB), { mapping: JSON.stringify({ return_id: '' }) });
    // 3 returns, 1 + 1 + 2 = 4 units, 20.00 + 15.00 + 30.00 = 65.00
    expect(await spring()).toMatchObject({ returns: 3, unitsReturned: 4, refundedValue: 65 });
  });

  it('the next export of the same returns replaces them', async () => {
    await importedReport(store.app, csv(orders));
    await importedReport(store.app, csv(appA));
    // the same app's next export: return 1 refunded 18.00 now
    await importedReport(store.app, csv([returnsHeader, '1,A-100,TSHIRT-M,1,Too small,2025-04-10 10:00,Refund,18.00']));
    expect(await spring()).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 33 });
  });
});
