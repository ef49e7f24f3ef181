import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// A period counted as it stood at an earlier moment (`requestedBy`, a comparison's same age) holds
// only what had happened by then (docs/metrics.md, "Comparing periods"). Goods are recovered
// (restocked, resold) once they are back: a parcel still on its way had recovered nothing.
//
// The shop, prices 100; the data ends with O3's order, 20 February 10:00:
// - R1 (O1): asked 5 January, received the 7th, refunded 100 on the 8th; restocked, recovered 80;
//   return shipping 10;
// - R2 (O2): asked 6 January, received 20 January, restocked, recovered 60, its refund still
//   pending; return shipping 10.
// As it stood on 15 January 00:00, both had been asked for (both labels paid: shipping 20); R1 was
// back and refunded, R2 on its way: recovered 80, from R1 alone, and the net cost 100 + 20 - 80 = 40.
const shop = {
  orders: writeTempFile(
    'orders.csv',
    [
      'order_id,ordered_at,sku,category,quantity,unit_price',
      'O1,2025-01-02 10:00:00,A,Ropa,1,100',
      'O2,2025-01-03 10:00:00,B,Ropa,1,100',
      'O3,2025-02-20 10:00:00,C,Ropa,1,100',
    ].join('\n'),
  ),
  returns: writeTempFile(
    'returns.csv',
    [
      'return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,reason,resolution,amount,disposition,recovered_value,shipping_cost',
      'R1,O1,A,1,2025-01-05 10:00:00,2025-01-07 10:00:00,2025-01-08 10:00:00,Talle pequeño,refund,100,restock,80,10',
      'R2,O2,B,1,2025-01-06 10:00:00,2025-01-20 10:00:00,,Talle pequeño,pending,,restock,60,10',
    ].join('\n'),
  ),
};

describe('as it stood before a parcel came back, it had recovered nothing', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withShop: shop });
  });
  afterAll(() => store.close());
  const asItStood = { from: '2025-01-01', to: '2025-01-31', basis: 'return' as const, requestedBy: '2025-01-15T00:00:00' };

  it('value recovery: only R1 recovered', async () => {
    const v = await parseResponse(store.client.api.metrics['value-recovery'].$get({ query: asItStood }));
    // refunded: R1 100 (R2 pending); shipping: R1 10 + R2 10
    expect(v).toMatchObject({ refundedValue: 100, returnShippingCost: 20 });
    // R1's 80 (R2, received on 20 January, not yet back)
    expect(v.recoveredValue).toBe(80);
    // restock: R1 alone, 1 unit, 80
    expect(v.recoveredByDisposition).toEqual([{ disposition: 'restock', units: 1, recoveredValue: 80 }]);
    // 100 + 20 - 80
    expect(v.netReturnCost).toBe(40);
  });

  it('summary: the same recovered value and net cost', async () => {
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: asItStood }));
    // R1's 80; 100 + 20 - 80
    expect(s).toMatchObject({ recoveredValue: 80, netReturnCost: 40 });
  });

  it('as it stands, both are back: 140 recovered', async () => {
    const v = await parseResponse(store.client.api.metrics['value-recovery'].$get({ query: { from: '2025-01-01', to: '2025-01-31', basis: 'return' } }));
    // R1 80 + R2 60; 100 + 20 - 140
    expect(v).toMatchObject({ recoveredValue: 140, netReturnCost: -20 });
  });
});
