import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lateRejectionShopFiles } from '../support/late-rejection-shop.ts';
import { openTestStore } from '../support/test-store.ts';

// The late-rejection shop (test/support/late-rejection-shop.ts): 10 orders a day, the first refunded
// on day 5, and in `rejects` the second asked back on day 5 and rejected on day 25, pending between.
// Every complete month closes at 10 % in both. December, as it stands on 31 December 10:00: the day-5
// returns of the orders of 1–26 December are in (26 refunds); in `rejects` also 26 second-order
// requests, of which those of 1–6 December (rejected by 26–31 December 10:00) are out and those of
// 7–26 December (20) still pending, counted as the rates count them: 46 of 310 (14.8 %), to close at
// 31 of 310 (10 %). Sales of 1 December are aged 31 − x − 1/12 days (the middle of the part of the
// day passed).
//
// Known and unfixed (docs/metrics.md, "The nowcast", known flaw): the curve is learnt from the
// complete months' accepted units as they finally stood, so it never holds the pending returns a
// shop goes on to reject, and `rejects` has December nowcast at about 18.5 % for a true 10 %. A fix
// (commit 589d4f9, the curve as the months stood at each age) was reverted: it moved the backtest
// out of its calibration bounds. No case here asserts that overestimate; the threshold rule's own
// handling of pending returns is test/alerts/late-rejections.test.ts.
describe('GET /api/metrics/nowcast on the late-rejection shop', () => {
  let none: Awaited<ReturnType<typeof openTestStore>>;
  let rejects: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    [none, rejects] = await Promise.all([openTestStore({ withShop: lateRejectionShopFiles(false) }), openTestStore({ withShop: lateRejectionShopFiles(true) })]);
  });
  afterAll(() => {
    none.close();
    rejects.close();
  });

  const december = async (store: typeof none) => {
    const answer = await parseResponse(store.client.api.metrics.nowcast.$get({ query: { from: '2025-12-01', to: '2025-12-31' } }));
    return answer.rows.find((row) => row.month === '2025-12-01')!;
  };

  it('without rejections December is expected at 10.4 %', async () => {
    const row = await december(none);
    // share: days 1–24 past 6 days (1), 25 December at 5.917 (0.917), 26–31 under 5 (0): 24.917 / 31
    expect(row.observed.unitsReturned).toBe(26);
    expect(row.shareArrived).toBeCloseTo(24.916667 / 31, 5);
    expect(row.estimate!.expected.returnRateUnits).toBeCloseTo((26 * 31) / 24.916667 / 310, 5); // 10.43 %
  });

  it('with late rejections December counts its 20 pending returns as it stands: 46 of 310', async () => {
    const row = await december(rejects);
    expect(row.observed.unitsReturned).toBe(46);
    expect(row.observed.returnRateUnits).toBeCloseTo(46 / 310, 10);
  });
});
