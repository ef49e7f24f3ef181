import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steadyRefundShop } from '../support/steady-refund-shop.ts';
import { openTestStore } from '../support/test-store.ts';

// Whether a month's resolution-based figures are final (docs/metrics.md "Maturity": `mature` for
// the requests, `resolutionsSettled` for the resolutions).
//
// The steady shop (test/support/steady-refund-shop.ts): two one-unit orders a day (F, S) at 10:00,
// 1 January–31 March 2025, price 100; the export is taken on 31 March, 10:00. Each is asked back the next day and received the day
// after; F is refunded a day after its receipt, S 45 days after. Every month's process is the same:
// receipt → resolution p50 (1 + 45) / 2 = 23 days, every return ends refunded.
//
// Resolved by 31 March 10:00: F orders up to 28 March (resolved 3 days after the order), 31 + 28 + 28
// = 87, request → resolution 2 days each; S orders up to 12 February (47 days after the order; 12
// February + 47 days = 31 March), 31 + 12 = 43, 46 days each. 130 durations sorted: the 95th
// percentile at rank 0.95 × 129 = 122.55 falls among the 46-day ones (ranks 87–129): 46 days, the
// learnt resolution window. A return still pending keeps its month open while it is younger than
// that, i.e. requested after 31 March 10:00 − 46 days = 13 February 10:00.
//
// January: its 30-day window closed in early March (`mature`); all 62 returns resolved (the last S,
// ordered 31 January, on 19 March): settled. February: its window closed on 31 March 00:00, so
// `mature`; but the S returns of its orders of 13–28 February (16), requested 14 February–1 March,
// are pending and younger than 46 days: not settled. It shows 40 of 56 refunded (4,000 of 5,600)
// and a receipt → resolution p50 of 1 day, where the month will end at 5,600 and 23 days.
// March: its window is still open: neither.

// One more January order, asked back on 6 January and received on the 7th, never resolved.
const pendingForEver = {
  orders: ['P1,2025-01-05 10:00:00,P,Cat,1,100,ARS'],
  returns: ['RP1,P1,P,1,defective,2025-01-06 10:00:00,2025-01-07 10:00:00,,pending,'],
};

type Store = Awaited<ReturnType<typeof openTestStore>>;
const trend = (store: Store, basis: 'order' | 'return') =>
  parseResponse(store.client.api.metrics.trend.$get({ query: { from: '2025-01-01', to: '2025-03-31', grain: 'month', basis } }));

describe('GET /api/metrics/trend: months whose returns are still being resolved', () => {
  let shop: Store;
  beforeAll(async () => {
    shop = await openTestStore({ withShop: steadyRefundShop(45) });
  });
  afterAll(() => shop.close());

  it('basis=order: February has all its requests but not its resolutions, January both', async () => {
    const { rows } = await trend(shop, 'order');
    expect(rows.map((r) => [r.month, r.mature, r.resolutionsSettled])).toEqual([
      ['2025-01-01', true, true],
      ['2025-02-01', true, false],
      ['2025-03-01', false, false],
    ]);
    const [jan, feb] = rows;
    // January, every return resolved: 62 of 62 refunded, p50 (1 + 45) / 2 = 23 days
    expect(jan!.refundedValue).toBe(6200);
    expect(jan!.returnedValue).toBe(6200);
    expect(jan!.receivedToResolvedP50).toBeCloseTo(23, 9);
    // February as it stands, which the flag says is not final: 28 F + 12 S refunded = 40 of 56,
    // and of the 40 durations 28 are 1 day: p50 1
    expect(feb!.refundedValue).toBe(4000);
    expect(feb!.returnedValue).toBe(5600);
    expect(feb!.receivedToResolvedP50).toBeCloseTo(1, 9);
  });

  it('basis=return: a request month over is mature, settled only once its pending returns are old', async () => {
    // January's requests come from the orders of 1–30 January (60), every one resolved: settled.
    // February's from 31 January–27 February: the S of 13–27 February orders, requested
    // 14–28 February, are pending and younger than 46 days: mature, not settled.
    const { rows } = await trend(shop, 'return');
    expect(rows.map((r) => [r.month, r.returns, r.mature, r.resolutionsSettled])).toEqual([
      ['2025-01-01', 60, true, true],
      ['2025-02-01', 56, true, false],
      ['2025-03-01', 62, false, false],
    ]);
  });
});

describe('GET /api/metrics/trend: a return pending for ever', () => {
  let shop: Store;
  beforeAll(async () => {
    shop = await openTestStore({ withShop: steadyRefundShop(45, '2025-03-31T10:00:00', pendingForEver) });
  });
  afterAll(() => shop.close());

  it('does not hold its month open once it has waited longer than 95 % of resolutions took', async () => {
    // P1 is pending, so it is in no duration: the learnt resolution window is still 46 days. Asked
    // back on 6 January, it has waited 84 days by 31 March 10:00, more than 46: January (now 63
    // returns, 62 refunded) is settled. February is not, as above: its pending returns are young.
    const { rows } = await trend(shop, 'order');
    expect(rows.map((r) => [r.month, r.returns, r.refundedValue, r.mature, r.resolutionsSettled])).toEqual([
      ['2025-01-01', 63, 6200, true, true],
      ['2025-02-01', 56, 4000, true, false],
      ['2025-03-01', 60, 2800, false, false],
    ]);
  });
});
