import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingUnitsIn } from '../../server/alerts/pending-units.ts';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// A return with a resolution date but no outcome: an export with a refund amount and no resolution
// column reads a row with an amount as a refund and one without as pending (docs/metrics.md, "How
// returns are read from a file"), so an exchange closed on 18 January, which paid no money back,
// is `pending` with a `resolved_at`. It is resolved: it is in no open return, it has its SLA
// verdict, and its cycle times are measured. It must not hold its month open either, as if its
// resolution were still to come.
//
// The shop, prices 100, no delivery dates; the data ends with O4's order, 16 February 10:00:
// - R1 (O1, ordered 4 January): asked 6 January, received the 8th, refunded 100 on 15 February:
//   request -> resolution 40 days, receipt -> resolution 38 days;
// - R2 (O2, 8 January): asked 12 January, received and refunded the 13th: 1 day, 0 days;
// - R3 (O3, 10 January): asked 14 January, received the 16th, closed the 18th with no amount
//   (an exchange): 4 days, 2 days; `pending` with a resolution date.
// January's windows: policy 30 days after its last order, 10 January 10:00 -> 9 February 10:00;
// learnt (order -> request p95 of 2, 4, 4 days) 4 days: closed by 16 February, so `mature`.
// The learnt resolution window, p95 of request -> resolution over the returns resolved by then
// (1, 4, 40 days; rank 0.95 x 2 = 1.9): 4 + 0.9 x 36 = 36.4 days. Read as still pending, R3 (asked
// 14 January 10:00, + 36.4 days = 19 February 19:36) would hold January open past the data's end.
const shop = {
  orders: writeTempFile(
    'orders.csv',
    [
      'order_id,ordered_at,sku,category,quantity,unit_price',
      'O1,2025-01-04 10:00:00,A,Ropa,1,100',
      'O2,2025-01-08 10:00:00,B,Ropa,1,100',
      'O3,2025-01-10 10:00:00,C,Ropa,1,100',
      'O4,2025-02-16 10:00:00,D,Ropa,1,100',
    ].join('\n'),
  ),
  returns: writeTempFile(
    'returns.csv',
    [
      'return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,reason,amount',
      'R1,O1,A,1,2025-01-06 10:00:00,2025-01-08 10:00:00,2025-02-15 10:00:00,Talle pequeño,100',
      'R2,O2,B,1,2025-01-12 10:00:00,2025-01-13 10:00:00,2025-01-13 10:00:00,Talle pequeño,100',
      'R3,O3,C,1,2025-01-14 10:00:00,2025-01-16 10:00:00,2025-01-18 10:00:00,Talle grande,',
    ].join('\n'),
  ),
};

describe('a return resolved with no outcome given is resolved, not open', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withShop: shop });
  });
  afterAll(() => store.close());
  const query = { from: '2025-01-01', to: '2025-02-28' };

  it('is in no open return and has its SLA verdict', async () => {
    const open = await parseResponse(store.client.api.metrics['open-returns'].$get({ query }));
    // R1 and R2 refunded, R3 closed on 18 January: nothing open
    expect(open.openReturns).toBe(0);
    const sla = await parseResponse(store.client.api.metrics.sla.$get({ query: { ...query, slaDays: '7' } }));
    // on time: R2 (0 days), R3 (2 days); late: R1 (38 days); none open
    expect(sla.overall).toMatchObject({ received: 3, resolvedOnTime: 2, resolvedLate: 1, openLate: 0, openWithinSla: 0 });
  });

  it('does not hold its month open: January, mature with every return resolved, is settled', async () => {
    for (const basis of ['order', 'return'] as const) {
      const trend = await parseResponse(store.client.api.metrics.trend.$get({ query: { ...query, basis, grain: 'month' } }));
      const january = trend.rows.find((row) => row.month === '2025-01-01')!;
      // order month: windows closed 9 February 10:00; request month: over on 1 February
      expect(january.mature).toBe(true);
      // no return of January open at 16 February 10:00 (R3 was closed on 18 January)
      expect(january.resolutionsSettled).toBe(true);
      // receipt -> resolution over R2 0, R3 2, R1 38 days: p50 2
      expect(january.receivedToResolvedP50).toBe(2);
    }
  });

  it("is no unit the threshold alert waits for: R3's outcome will not come", async () => {
    // pending units, basis order, January: R1 and R2 refunded, R3 closed on 18 January: 0 (was 1)
    expect(await pendingUnitsIn(store.db)({ basis: 'order' }, { from: '2025-01-01', to: '2025-01-31' })).toBe(0);
  });
});
