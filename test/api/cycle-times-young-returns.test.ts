import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// A steady shop: two one-unit orders a day through 2025 (data ends at the last order, 31 December
// 10:00). Each is asked back the next day; the first parcel reaches the warehouse 2 days after the
// request, the second 12 days after, whatever the carrier: request -> received has p50 (2 + 12) / 2
// = 7 days on every carrier. The reverse carrier OLD brought the returns requested up to 31 October;
// NEW, taken on in November, every one since.
// By hand:
// - OLD: requests of 2 January-31 October (303 days), all received: 303 x 2 days, 303 x 12 days.
// - NEW: requests of 1 November-31 December (61 days); by 31 December 10:00 the 2-day parcels of
//   the requests up to 29 December (59) and the 12-day ones of those up to 19 December (49) have
//   arrived: timed as they stand, 59 x 2 and 49 x 12 days, p50 2 days: a carrier 3.5 times as fast
//   that is not (the hunt that found it).
// - The learnt window of request -> received: the 95th percentile of the 714 parcels received
//   (362 of 2 days, then 352 of 12 days; rank 0.95 x 713 = 677.35 lies among the 12-day ones) is 12
//   days. Compared by carrier, a return counts only if requested by 19 December 10:00: NEW keeps
//   its requests of 1 November-19 December, 49 days x 2 = 98, all arrived: 49 x 2 and 49 x 12 days,
//   p50 7, like OLD's 606.
const dayMs = 86_400_000;
const start = Date.UTC(2025, 0, 1, 10);
const dataEnd = start + 364 * dayMs;
const newFrom = Date.UTC(2025, 10, 1, 0);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
function shop() {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
  const returns = ['return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,reason,resolution,amount,carrier'];
  for (let day = 0; day <= 364; day++) {
    for (const k of [0, 1]) {
      const id = `D${day}-${k}`;
      const t = start + day * dayMs;
      orders.push(`${id},${stamp(t)},A,Ropa,1,10.00`);
      const requested = t + dayMs;
      if (requested > dataEnd) continue;
      const received = requested + (k === 0 ? 2 : 12) * dayMs;
      const resolved = received + dayMs;
      const carrier = requested < newFrom ? 'OLD' : 'NEW';
      const has = (at: number) => (at <= dataEnd ? stamp(at) : '');
      returns.push(`R-${id},${id},A,1,${stamp(requested)},${has(received)},${has(resolved)},Talle pequeño,${resolved <= dataEnd ? 'refund' : 'pending'},${resolved <= dataEnd ? '10.00' : ''},${carrier}`);
    }
  }
  return { orders: writeTempFile('orders.csv', orders.join('\n')), returns: writeTempFile('returns.csv', returns.join('\n')) };
}

describe('cycle times by return carrier: each carrier timed over returns old enough to have arrived', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withShop: shop() });
  });
  afterAll(() => store.close());

  it('reads OLD and NEW alike, 7 days, for the same 2-or-12-day process', async () => {
    const answer = await parseResponse(store.client.api.metrics['cycle-times'].$get({ query: { from: '2025-01-01', to: '2025-12-31', by: 'returnCarrier' } }));
    const of = (key: string) => answer.rows.find((r) => r.key === key)!.requestToReceived;
    expect(answer.comparedOlderThan?.requestToReceived).toBeCloseTo(12, 9);
    expect(of('OLD')).toMatchObject({ n: 606, p50: 7 });
    expect(of('NEW')).toMatchObject({ n: 98, p50: 7 });
    expect(answer.overall.requestToReceived).toMatchObject({ n: 704, p50: 7 });
  });

  it('leaves the months as they stand (the trend marks an unsettled month): timed over every parcel arrived', async () => {
    const answer = await parseResponse(store.client.api.metrics['cycle-times'].$get({ query: { from: '2025-01-01', to: '2025-12-31', by: 'month' } }));
    expect(answer.comparedOlderThan).toBeNull();
    // every parcel received by the data's end: 606 + 59 + 49
    expect(answer.overall.requestToReceived!.n).toBe(714);
  });
});
