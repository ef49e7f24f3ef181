import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { openTestStore, refusal, refusedQuery } from '../support/test-store.ts';

// The constant-rate shop (test/support/constant-rate-shop.ts): ten one-unit orders at 10 every day
// of 2025 at 10:00; the first comes back 5 days later, the second 40: 20 % of units, orders and
// value. The data ends 2025-12-31 10:00. With the 30-day policy and the learnt window of 40 days
// (p95 of order → request), a month is final 40 days after its last order: January to October are
// the complete cohorts (October's last order + 40 days = 10 December), November and December are
// provisional. The curve: half the returns on day 5, half on day 40, each day's requests spread
// over the day, so F(a) = 0.5·(a − 5) on [5, 6], 0.5 on [6, 40], 0.5 + 0.5·(a − 40) on [40, 41].
// A day's sales are aged at the middle of the day: sales of 1 November are 61 − 1 − 1/12 days old.
describe('GET /api/metrics/nowcast on a shop whose rate never changes', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withShop: constantRateShopFiles() });
  });
  afterAll(() => store.close());

  const nowcast = (query: Parameters<typeof store.client.api.metrics.nowcast.$get>[0]['query'] = {}) =>
    parseResponse(store.client.api.metrics.nowcast.$get({ query }));

  it('completes November and December to about 20 %, the truth inside the 80 % interval', async () => {
    const answer = await nowcast();
    expect(answer.reason).toBeNull();
    expect(answer.asOf).toBe('2025-12-31T10:00:00');
    expect(answer.curve).toEqual({ learntFrom: 'shop', cohorts: 10 });
    expect(answer.rows.map((row) => row.month)).toEqual(['2025-11-01', '2025-12-01']);
    const [november, december] = answer.rows;

    // November: 300 units sold; arrived: the 30 day-5 returns and the day-40 returns of 1–21
    // November (21 November + 40 days = the data's end): 51. Ages 61 − x − 1/12: days 1–19 are
    // past 41 days (share 1), day 20 is 40.92 (0.5 + 0.5 × 0.917 = 0.9583), days 21–30 are
    // between 30.9 and 39.9 (0.5). Share = (19 + 0.9583 + 10 × 0.5) / 30 = 24.9583 / 30.
    expect(november!.observed).toMatchObject({ unitsReturned: 51, ordersWithReturn: 51, returnedValue: 510, returnRateUnits: 0.17 });
    expect(november!.shareArrived).toBeCloseTo(24.95833 / 30, 5);
    const novemberExpected = (51 * 30) / 24.958333;
    expect(november!.estimate!.expected.unitsReturned).toBeCloseTo(novemberExpected, 3);
    expect(november!.estimate!.expected.returnRateUnits).toBeCloseTo(novemberExpected / 300, 5); // 20.43 %

    // December: 310 units sold (31 days × 10); arrived: the day-5 returns of 1–26 December
    // (26 December + 5 days = the data's end): 26. Ages 31 − x − 1/12: days 1–24 are past 6 days
    // (0.5), day 25 is 5.92 (0.5 × 0.917 = 0.4583), days 26–30 under 5 (0), and 31 December had
    // had 10 hours (age 5 hours: 0). Share = (24 × 0.5 + 0.4583) / 31 = 12.4583 / 31.
    expect(december!.observed).toMatchObject({ unitsReturned: 26, ordersWithReturn: 26, returnedValue: 260 });
    expect(december!.shareArrived).toBeCloseTo(12.458333 / 31, 5);
    const decemberExpected = (26 * 31) / 12.458333;
    expect(december!.estimate!.expected.unitsReturned).toBeCloseTo(decemberExpected, 3);
    expect(december!.estimate!.expected.returnRateUnits).toBeCloseTo(decemberExpected / 310, 5); // 20.87 %

    // Both a little above 20 %: the returns arrive at exactly 5 and 40 days, at the start of the
    // day the curve spreads them over, so the last of them are counted earlier than the curve
    // expects them. Orders, units and value are the same shop here, so the three rates agree.
    for (const row of [november!, december!]) {
      const { expected, low, high } = row.estimate!;
      expect(expected.returnRateOrders).toBeCloseTo(expected.returnRateUnits!, 5);
      expect(expected.returnRateValue).toBeCloseTo(expected.returnRateUnits!, 5);
      for (const rate of ['returnRateUnits', 'returnRateOrders', 'returnRateValue'] as const) {
        expect(low[rate]).toBeLessThanOrEqual(0.2);
        expect(high[rate]).toBeGreaterThanOrEqual(0.2);
        expect(Math.abs(expected[rate]! - 0.2)).toBeLessThan(Math.abs(row.observed[rate]! - 0.2));
      }
    }
  });

  it('ages the open months at the data’s end when requestedBy is later: nothing after it is known', async () => {
    // asked as it stood on 1 March 2026, after the data ends (2025-12-31 10:00): the same
    // question as without, so the same answer; aged at 1 March, November and December would read
    // as having had 90 and 60 days, their returns all in (share 1), and their estimate be what has
    // arrived: 17 % and 8.4 %
    const [later, plain] = await Promise.all([nowcast({ requestedBy: '2026-03-01T00:00:00' }), nowcast()]);
    expect(later.asOf).toBe('2025-12-31T10:00:00');
    expect(later.rows.map((row) => [row.month, row.shareArrived, row.estimate?.expected.returnRateUnits])).toEqual(
      plain.rows.map((row) => [row.month, row.shareArrived, row.estimate?.expected.returnRateUnits]),
    );
  });

  it('answers the same on every request: its draws are seeded', async () => {
    expect(await nowcast()).toEqual(await nowcast());
  });

  it('names its assumptions, and says the shop curve stands in for a channel', async () => {
    expect((await nowcast()).assumptions).toEqual(['curveFromCompleteCohorts', 'ordersByUnitsCurve', 'interval', 'minimumShare']);
    const byChannel = await nowcast({ channel: 'web' });
    expect(byChannel.assumptions).toContain('shopCurveShape');
    // the shop has no channel: nothing was sold through 'web', so there is nothing to complete
    expect(byChannel.rows).toEqual([]);
  });

  it('needs no nowcast on basis=return: a request month cannot gain requests', async () => {
    const answer = await nowcast({ basis: 'return' });
    expect(answer.reason).toBe('requestBasis');
    expect(answer.rows).toEqual([]);
  });

  it('refuses a period that runs backwards, in the API error shape', async () => {
    const response = await store.client.api.metrics.nowcast.$get({ query: refusedQuery({ from: '2025-12-01', to: '2025-11-01' }) });
    expect(await refusal(response)).toMatchObject({ status: 400, code: 'invalid_query', params: ['from'] });
  });
});

describe('GET /api/metrics/nowcast with too few complete cohorts', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withSmallShop: true });
  });
  afterAll(() => store.close());

  it('gives no estimate and says why', async () => {
    // the small shop sells in January, February and March 2025 and ends 16 March 10:00: only
    // January's window has closed (February's last order, the 27th, + 30 days = 29 March)
    const answer = await parseResponse(store.client.api.metrics.nowcast.$get({ query: {} }));
    expect(answer.reason).toBe('tooFewCohorts');
    expect(answer.curve).toEqual({ learntFrom: 'shop', cohorts: 1 });
    expect(answer.settings.minimumCohorts).toBe(3);
    expect(answer.rows).toEqual([]);
  });
});

describe('GET /api/metrics/nowcast when the complete cohorts teach one curve or none', () => {
  // Two lines of one-unit orders at 10, at 10:00, through 2025 (the data ends 31 December 10:00):
  // - Rechazos: 5 a day all year, the first back 40 days later and rejected: no accepted unit;
  // - Fiesta: 10 a day in January and December only, the first back 5 days later, refunded.
  // Of the 382 requests 325 came 40 days after the order, so the learnt window is 40 days (p95) and
  // January to October are complete, as in the constant-rate shop: 10 cohorts, of which only
  // January brought an accepted unit. Its curve is the shop's: every return on day 5.
  const rejected = { sku: 'R', category: 'Rechazos', ordersPerDay: 5, returnDelays: [40], resolution: 'Rechazada' };
  const party = { sku: 'F', category: 'Fiesta', ordersPerDay: 10, returnDelays: [5], sellsOn: (day: number) => day < 31 || day >= 334 };
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withShop: constantRateShopFiles([rejected, party]) });
  });
  afterAll(() => store.close());
  const nowcast = (query: Record<string, string> = {}) => parseResponse(store.client.api.metrics.nowcast.$get({ query }));

  it('says there is no curve when the complete cohorts brought back nothing accepted', async () => {
    const answer = await nowcast({ category: 'Rechazos' });
    expect(answer.reason).toBe('noCurve');
    expect(answer.curve).toEqual({ learntFrom: 'category', cohorts: 10 });
    expect(answer.rows).toEqual([]);
  });

  it('with one cohort’s curve, leaves out the month’s own speed and keeps an honest interval', async () => {
    const answer = await nowcast();
    expect(answer.reason).toBeNull();
    expect(answer.curve).toEqual({ learntFrom: 'shop', cohorts: 10 });
    const december = answer.rows.find((row) => row.month === '2025-12-01')!;
    // December: 15 units a day, 465 in all; Fiesta's day-5 returns of 1–26 December have arrived
    // (26 December + 5 days = the data's end): 26. Aged at the middle of the day, at 31 December
    // 10:00 the sales of day x are 31 − x + 5/12 − 1/2 days old: days 1–24 past 6 days (share 1),
    // day 25 at 5.917 (0.917), days 26–31 under 5 (0). Share = 24.917 / 31 = 0.8038; expected
    // 26 / 0.8038 = 32.35 units.
    expect(december.observed.unitsReturned).toBe(26);
    expect(december.shareArrived).toBeCloseTo(24.916667 / 31, 5);
    const estimate = december.estimate!;
    expect(estimate.expected.unitsReturned).toBeCloseTo((26 * 31) / 24.916667, 3);
    // every curve drawn is January's, so only the returns still to come vary: Gamma(26.5) ×
    // (1 − share) / share is 6.5 on average, the Poisson count drawn about it has a variance of
    // 6.5 + 26.5 × 0.244² ≈ 8.0 (s.d. 2.8): the 10th and 90th percentiles about 26 + 3 and 26 + 10.
    // Without the fix the speed term's NaN left every draw at the observed 26.
    expect(estimate.low.unitsReturned).toBeGreaterThanOrEqual(28);
    expect(estimate.low.unitsReturned).toBeLessThanOrEqual(31);
    expect(estimate.high.unitsReturned).toBeGreaterThanOrEqual(34);
    expect(estimate.high.unitsReturned).toBeLessThanOrEqual(38);
  });
});
