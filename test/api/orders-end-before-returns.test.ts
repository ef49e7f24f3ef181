import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// An orders export taken on 30 September 2025 and a returns export taken a month later: the data's
// latest timestamp is the returns' (31 October, c3's request), but nothing is known of what anyone
// ordered after 30 September, 10:00 (c6's order, the orders' last).
//   c1  O1 06-01, returns it 06-10 (refunded), buys again O2 07-15
//   c2  O3 06-20, returns it 07-10 (refunded); 90 days to buy again end on 10-08, after the orders end
//   c3  O4 09-25, asks it back 10-31 (pending)
//   c4  O5 06-02, never again (90 days end 08-31)
//   c5  O6 07-05, never again in the data; 90 days end on 10-03, after the orders end
//   c6  O7 09-30
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  const orders = [
    'order_id,ordered_at,customer_id,sku,quantity,unit_price',
    'O1,2025-06-01 10:00:00,c1,A,1,100.00',
    'O2,2025-07-15 10:00:00,c1,A,1,100.00',
    'O3,2025-06-20 10:00:00,c2,A,1,100.00',
    'O4,2025-09-25 10:00:00,c3,A,1,100.00',
    'O5,2025-06-02 10:00:00,c4,A,1,100.00',
    'O6,2025-07-05 10:00:00,c5,A,1,100.00',
    'O7,2025-09-30 10:00:00,c6,A,1,100.00',
  ];
  const returns = [
    'return_id,order_id,sku,quantity,requested_at,reason,resolution,amount',
    'R1,O1,A,1,2025-06-10 10:00:00,Talle pequeño,Reembolso,100.00',
    'R2,O3,A,1,2025-07-10 10:00:00,Talle pequeño,Reembolso,100.00',
    'R3,O4,A,1,2025-10-31 10:00:00,Talle pequeño,,',
  ];
  await importedReport(store.app, orders.join('\n'), { fileName: 'orders-30-sep.csv', kind: 'orders' });
  await importedReport(store.app, returns.join('\n'), { fileName: 'returns-31-oct.csv', kind: 'returns' });
});
afterAll(() => store.close());

describe('orders that end before the returns', () => {
  it('repeat purchase observes a customer only once their days to buy again are inside the orders', async () => {
    const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { from: '2025-06-01', to: '2025-09-30' } }));
    // judged at the orders' end, not at the returns' (31 October)
    expect(c.asOf).toBe('2025-09-30T10:00:00');
    // returned: c1 (observed, back with O2), c2 (10-08 is after the orders end: still in window), c3
    // (still in window). Judged at 31 October, c2 read as observed and not back: 1 of 2, 50 %.
    expect(c.returned).toEqual({ customers: 3, observed: 1, stillInWindow: 2, repurchased: 1, repurchaseRate: 1 });
    // did not return: c4 (observed, not back), c5 (10-03: still in window), c6 (still in window)
    expect(c.notReturned).toEqual({ customers: 3, observed: 1, stillInWindow: 2, repurchased: 0, repurchaseRate: 0 });
  });
});
