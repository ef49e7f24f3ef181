import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonOf, openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// An orders export of February 2025 (one order of 10 a day, F1–F28) and a returns export that
// reaches further back: R0, asked on 5 January for an order placed before the orders export
// begins (not in the data), then R1 and R2 of F1 and F2. The data's first date is R0's request,
// but the orders begin in February: January holds no sales to set February against.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  const orders = ['order_id,ordered_at,sku,quantity,unit_price'];
  for (let d = 1; d <= 28; d++) orders.push(`F${d},2025-02-${String(d).padStart(2, '0')} 10:00:00,A,1,10.00`);
  const returns = [
    'return_id,order_id,sku,quantity,requested_at,reason,resolution,amount',
    'R0,OLD1,A,1,2025-01-05 10:00:00,Talle pequeño,Reembolso,10.00',
    'R1,F1,A,1,2025-02-05 10:00:00,Talle pequeño,Reembolso,10.00',
    'R2,F2,A,1,2025-02-06 10:00:00,Talle pequeño,Reembolso,10.00',
  ];
  await importedReport(store.app, orders.join('\n'), { fileName: 'orders-february.csv', kind: 'orders' });
  await importedReport(store.app, returns.join('\n'), { fileName: 'returns.csv', kind: 'returns' });
});
afterAll(() => store.close());

describe('returns that begin before the orders', () => {
  it('leave the month before the first order out of the data: February against 4–31 January gives no change', async () => {
    for (const basis of ['order', 'return'] as const) {
      const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-02-01', to: '2025-02-28', basis, compare: 'previous' } }));
      const comparison = comparisonOf(answer);
      // 4–31 January begins before February, the month of the first order
      expect(comparison.period).toMatchObject({ from: '2025-01-04', to: '2025-01-31' });
      expect(comparison.beforeData).toBe(true);
      // its figures are given: no orders; R0 is January's request on basis=return only
      expect(comparison.values).toMatchObject({ orders: 0, returns: basis === 'return' ? 1 : 0 });
      // and no change: against it, February read as 28 orders and 20 refunded more (basis=order),
      // twice January's returns and refunds (basis=return)
      for (const change of Object.values(comparison.changes)) expect(change).toEqual({ absolute: null, relative: null });
    }
  });

  it('says where the orders begin beside the first date, for the monthly review to compare from', async () => {
    const dataset = await parseResponse(store.client.api.dataset.$get());
    // R0's request on 5 January is the data's first date; F1, on 1 February, its first order
    expect(dataset).toMatchObject({ firstDate: '2025-01-05', firstOrderMonth: '2025-02-01' });
  });

  it('still sets March against February, the first month of orders', async () => {
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-28', compare: 'previous' } }));
    expect(comparisonOf(answer).beforeData).toBe(false);
  });
});
