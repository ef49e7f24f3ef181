import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { openTestStore, refusal, refusedQuery } from '../support/test-store.ts';

// Two lines of goods sold at a constant rate all through 2025 (test/support/constant-rate-shop.ts),
// the data ending at 2025-12-31 10:00, so the forecast weeks run from 1 January 2026:
// - Calzado: 10 orders a day, the first back after 5 days and the second after 40, by carrier X;
// - Hogar: 5 orders a day, the first back after 5 days, by carrier Y.
// Each category returns 20 % of its units. Worked out by hand, a sale taken as made at noon: the
// 5-day return of the sale of day s is requested half on day s + 5 and half on day s + 6, the
// 40-day one half on s + 40 and half on s + 41 (days counted from 1 January 2026 = 0, so the
// sales made are those of days −365 to −1). Sales to come run at the last 28 days' rate: the same
// 10 and 5 a day (the data holds less than the year and four weeks the seasonal assumption needs).
// - Calzado: 2 returns a day, 14 a week. From the sales made: in week 1 the 5-day returns of days
//   0–4 (5) and half of day 5's (0.5), plus every 40-day return (7): 12.5; in weeks 2–5 only the
//   40-day ones (7); in week 6 the 40-day returns of days 35–39 (5) and half of day 40's: 5.5; none
//   in weeks 7 and 8.
// - Hogar: 1 a day, 7 a week; from the sales made 5.5 in week 1, none after.
// - The shop: 3 a day, 21 a week; from the sales made 18 in week 1, 7 in weeks 2–5 and in
//   week 6 5.5: Calzado's.
const calzado = { sku: 'Z', category: 'Calzado', carrier: 'X', ordersPerDay: 10, returnDelays: [5, 40] };
const hogar = { sku: 'H', category: 'Hogar', carrier: 'Y', ordersPerDay: 5, returnDelays: [5] };

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withShop: constantRateShopFiles([calzado, hogar]) });
});
afterAll(() => store.close());

const forecast = (query: Record<string, string> = {}) => parseResponse(store.client.api.forecast.$get({ query }));
type Row = Awaited<ReturnType<typeof forecast>>['series'][number]['rows'][number];
const expected = (rows: Row[]) => rows.map((row) => row.returns.expected);
const fromSalesMade = (rows: Row[]) => rows.map((row) => row.returnsFromSalesMade);

function expectCloseAll(actual: number[], wanted: number[]) {
  expect(actual).toHaveLength(wanted.length);
  actual.forEach((value, index) => expect(value, `week ${index + 1}`).toBeCloseTo(wanted[index]!, 9));
}

describe('GET /api/forecast: the returns of the next eight weeks', () => {
  it('forecasts the shop from the sales made and to come, the rate and the curve of its complete cohorts', async () => {
    const answer = await forecast();
    expect(answer.unavailable).toBeNull();
    expect(answer.asOf).toBe('2025-12-31T10:00:00');
    expect(answer.weeks[0]).toEqual({ week: 1, from: '2026-01-01', to: '2026-01-07' });
    expect(answer.weeks[7]).toEqual({ week: 8, from: '2026-02-19', to: '2026-02-25' });
    const [shop] = answer.series;
    expect(shop!.key).toBeNull();
    // January to October are complete (the curve test works it out); the rate is May–October's
    expect(shop!.completeCohorts).toBe(10);
    expect(shop!.rate).toMatchObject({ returnsPerUnitSold: 0.2, unitsPerReturn: 1, cohorts: 6, firstCohort: '2025-05-01', lastCohort: '2025-10-01' });
    // the run-rate tried from the 26 past starts a week apart whose four weeks before the data holds
    // (the earliest, 56 + 7 × 25 days back, reads from day −259): never off, for sales never change
    expect(shop!.salesToCome).toEqual({ method: 'runRate', dailyUnits: 15, yearOverYear: null, pastTrials: 26 });
    expectCloseAll(expected(shop!.rows), [21, 21, 21, 21, 21, 21, 21, 21]);
    expectCloseAll(fromSalesMade(shop!.rows), [18, 7, 7, 7, 7, 5.5, 0, 0]);
    expectCloseAll(
      shop!.rows.map((row) => row.returnsFromSalesToCome),
      [3, 14, 14, 14, 14, 15.5, 21, 21],
    );
    // one unit per return
    expectCloseAll(shop!.rows.map((row) => row.units.expected), expected(shop!.rows));
  });

  it('gives an 80 % interval around each week: every cohort has the same curve and rate, so only the count’s Poisson noise is left', async () => {
    const [shop] = (await forecast()).series;
    // Poisson(21): P(X ≤ 15) = 0.109, P(X ≤ 14) = 0.061, P(X ≤ 26) = 0.873, P(X ≤ 27) = 0.907;
    // 200 draws put the 10th and 90th percentiles within a count of those
    for (const row of shop!.rows) {
      expect(row.returns.low).toBeGreaterThanOrEqual(14);
      expect(row.returns.low).toBeLessThanOrEqual(16);
      expect(row.returns.high).toBeGreaterThanOrEqual(26);
      expect(row.returns.high).toBeLessThanOrEqual(28);
    }
  });

  it('by category: each category’s own curve, rate and sales', async () => {
    const answer = await forecast({ by: 'category' });
    expect(answer.series.map((s) => s.key)).toEqual(['Calzado', 'Hogar']);
    const [shoes, home] = answer.series;
    expectCloseAll(expected(shoes!.rows), [14, 14, 14, 14, 14, 14, 14, 14]);
    expectCloseAll(fromSalesMade(shoes!.rows), [12.5, 7, 7, 7, 7, 5.5, 0, 0]);
    expect(shoes!.salesToCome.dailyUnits).toBe(10);
    expectCloseAll(expected(home!.rows), [7, 7, 7, 7, 7, 7, 7, 7]);
    expectCloseAll(fromSalesMade(home!.rows), [5.5, 0, 0, 0, 0, 0, 0, 0]);
    expect(home!.salesToCome.dailyUnits).toBe(5);
  });

  it('by reverse carrier: each carrier’s curve, its returns over every unit sold', async () => {
    const answer = await forecast({ by: 'carrier' });
    expect(answer.series.map((s) => s.key)).toEqual(['X', 'Y']);
    const [x, y] = answer.series;
    // X brings 2 returns a day of the shop's 15 units, Y 1
    expect(x!.rate.returnsPerUnitSold).toBeCloseTo(2 / 15, 12);
    expect(y!.rate.returnsPerUnitSold).toBeCloseTo(1 / 15, 12);
    expect(x!.salesToCome.dailyUnits).toBe(15);
    expectCloseAll(expected(x!.rows), [14, 14, 14, 14, 14, 14, 14, 14]);
    expectCloseAll(fromSalesMade(x!.rows), [12.5, 7, 7, 7, 7, 5.5, 0, 0]);
    expectCloseAll(expected(y!.rows), [7, 7, 7, 7, 7, 7, 7, 7]);
  });

  it('narrows by a category: only its sales, curve and rate', async () => {
    const answer = await forecast({ category: 'Hogar' });
    expect(answer.series).toHaveLength(1);
    expectCloseAll(expected(answer.series[0]!.rows), [7, 7, 7, 7, 7, 7, 7, 7]);
  });

  it('names the SKU and reason filters it does not apply, rather than passing the shop off as the SKU', async () => {
    // Z is Calzado's one SKU: were the SKU applied, its 14 a week, not the shop's 21
    const answer = await forecast({ sku: 'Z', reason: 'size_too_small' });
    expect(answer.ignoredFilters).toEqual(['sku', 'reason']);
    expectCloseAll(expected(answer.series[0]!.rows), [21, 21, 21, 21, 21, 21, 21, 21]);
    expect((await forecast({ sku: 'Z' })).ignoredFilters).toEqual(['sku']);
    expect((await forecast({ category: 'Hogar' })).ignoredFilters).toEqual([]);
  });

  it('refuses an unknown breakdown', async () => {
    const response = await store.client.api.forecast.$get({ query: refusedQuery({ by: 'sku' }) });
    expect(await refusal(response)).toMatchObject({ status: 400, code: 'invalid_query', params: ['by'] });
  });
});

describe('GET /api/forecast without enough complete cohorts', () => {
  it('gives no forecast on an empty database, and says why', async () => {
    const empty = await openTestStore();
    try {
      const answer = await parseResponse(empty.client.api.forecast.$get({ query: {} }));
      expect(answer).toMatchObject({ unavailable: 'no_data', series: [], weeks: [] });
    } finally {
      await empty.close();
    }
  });

  it('gives no forecast from fewer than three complete cohorts, and says how many there are', async () => {
    const small = await openTestStore({ withSmallShop: true });
    try {
      const answer = await parseResponse(small.client.api.forecast.$get({ query: {} }));
      expect(answer).toMatchObject({ unavailable: 'too_few_cohorts', series: [] });
      expect(answer.completeCohorts).toBeLessThan(3);
    } finally {
      await small.close();
    }
  });
});

describe('GET /api/forecast for a key that sold nothing in the latest complete months', () => {
  // A seasonal category beside one sold all year, each 5 one-unit orders a day, the first back
  // after 5 days (20 %): Hogar every day of 2025, Fiesta only in January–March and December. The
  // learnt window is 5 days, so a month is complete 30 days (the policy window) after its last
  // order: January to November (November's closes 30 December 10:00). The shop's latest six are
  // June–November, in which Fiesta sold nothing; its own are January–March.
  const fiesta = { sku: 'F', category: 'Fiesta', ordersPerDay: 5, returnDelays: [5], sellsOn: (day: number) => day < 90 || day >= 334 };
  let seasonal: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    seasonal = await openTestStore({ withShop: constantRateShopFiles([hogar, fiesta]) });
  });
  afterAll(() => seasonal.close());

  it('takes the rate from the key’s own latest complete months with sales, not 0 from months it did not sell in', async () => {
    const answer = await parseResponse(seasonal.client.api.forecast.$get({ query: { by: 'category' } }));
    expect(answer.series.map((s) => s.key)).toEqual(['Fiesta', 'Hogar']);
    const [party, home] = answer.series;
    expect(party!.rate).toMatchObject({ returnsPerUnitSold: 0.2, unitsPerReturn: 1, cohorts: 3, firstCohort: '2025-01-01', lastCohort: '2025-03-01' });
    expect(home!.rate).toMatchObject({ returnsPerUnitSold: 0.2, cohorts: 6, firstCohort: '2025-06-01', lastCohort: '2025-11-01' });
    // December's 5 a day, at 20 % and after 5 days: as Hogar in the shop above, 1 return a day, 7 a
    // week, 5.5 of week 1's from the sales made; the sales to come run at December's 5 a day
    expect(party!.salesToCome.dailyUnits).toBe(5);
    expectCloseAll(expected(party!.rows), [7, 7, 7, 7, 7, 7, 7, 7]);
    expectCloseAll(fromSalesMade(party!.rows), [5.5, 0, 0, 0, 0, 0, 0, 0]);
    for (const row of party!.rows) expect(row.returns.high).toBeGreaterThan(0);
    expect(answer.withoutForecast).toEqual([]);
  });
});
