import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnCurveQuery } from '../../server/curve/curve-queries.ts';
import { lateRejectionShop, lateRejectionShopFiles } from '../support/late-rejection-shop.ts';
import { openTestStore } from '../support/test-store.ts';

// The late-rejection shop (test/support/late-rejection-shop.ts): 10 orders a day, the first refunded
// on day 5, and in `rejects` the second asked back on day 5 and rejected on day 25, pending between.
// Every complete month closes at 10 % in both. December, as it stands on 31 December 10:00: the day-5
// returns of the orders of 1–26 December are in (26 refunds); in `rejects` also 26 second-order
// requests, of which those of 1–6 December (rejected by 26–31 December 10:00) are out and those of
// 7–26 December (20) still pending, counted as the rates count them: 46 of 310 (14.8 %), to close at
// 31 of 310 (10 %).
// The curve is learnt from complete months as they stood at each age: per order day, +2 on day 5 and
// −1 on day 25 in `rejects` (F = 2 on [6, 25], 1 from day 26), +1 on day 5 in `none`. Sales of
// 1 December are aged 31 − x − 1/12 days (the middle of the part of the day passed).
describe('GET /api/metrics/nowcast counts the open month and the curve alike when returns are rejected late', () => {
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

  it('learns the curve as the complete months stood: a late rejection counts from its request to its rejection', async () => {
    const rows = await returnCurveQuery.run(rejects.db, {
      by: 'total',
      category: null,
      windowDays: 30,
      learntWindowDays: 5,
      lastTimestamp: lateRejectionShop.dataEnd,
    });
    // January, 31 order days: 62 requests on day 5, 31 of them accepted; the 31 rejected ones count
    // on day 5 as pending (62 as they stood) and leave on day 25 (−31 units, −310 of value)
    expect(rows.filter((row) => row.cohortMonth === '2025-01-01')).toEqual([
      { key: null, cohortMonth: '2025-01-01', day: 5, returns: 62, units: 62, acceptedUnits: 31, acceptedValue: 310, unitsAsStood: 62, valueAsStood: 620 },
      { key: null, cohortMonth: '2025-01-01', day: 25, returns: 0, units: 0, acceptedUnits: 0, acceptedValue: 0, unitsAsStood: -31, valueAsStood: -310 },
    ]);
  });

  it('without rejections December is expected at 10.4 %', async () => {
    const row = await december(none);
    // share: days 1–24 past 6 days (1), 25 December at 5.917 (0.917), 26–31 under 5 (0): 24.917 / 31
    expect(row.observed.unitsReturned).toBe(26);
    expect(row.shareArrived).toBeCloseTo(24.916667 / 31, 5);
    expect(row.estimate!.expected.returnRateUnits).toBeCloseTo((26 * 31) / 24.916667 / 310, 5); // 10.43 %
  });

  it('with late rejections December is expected at 10.2 %, not 18.5 %, and its interval holds the true 10 %', async () => {
    const row = await december(rejects);
    // share, F at each day's age: 1–4 December (26.9–29.9 days) 1; 5 December (25.917) 2 − 0.917 =
    // 1.083; 6 December (24.917) 2; 7–24 December (6.9–23.9) 2 each, 36; 25 December (5.917) 0.917 × 2
    // = 1.833; 26–31 December 0. Sum 4 + 1.083 + 2 + 36 + 1.833 = 44.917, share 44.917 / 31 = 1.449:
    // more is counted now than will stay. Expected 46 / 1.449 = 31.75 units of 310.
    // (Learnt from the accepted units as they finally stood, the share was 24.917 / 31 and the
    // estimate 46 / 0.804 = 57.2 units, 18.5 %, its interval 17.1–20.0 %: a false alert at 15 %.)
    expect(row.observed.unitsReturned).toBe(46);
    expect(row.shareArrived).toBeCloseTo(44.916667 / 31, 5);
    expect(row.estimate!.expected.unitsReturned).toBeCloseTo((46 * 31) / 44.916667, 3);
    expect(row.estimate!.expected.returnRateUnits).toBeCloseTo((46 * 31) / 44.916667 / 310, 5); // 10.24 %
    expect(row.estimate!.low.returnRateUnits).toBeLessThanOrEqual(0.1);
    expect(row.estimate!.high.returnRateUnits).toBeGreaterThanOrEqual(0.1);
    expect(row.estimate!.high.returnRateUnits).toBeLessThan(46 / 310);
  });
});
