import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { returnCurveQuery } from '../../server/curve/curve-queries.ts';
import { learntCohorts } from '../../server/curve/learnt-curves.ts';
import { CompleteCohorts, ReturnCurve } from '../../server/curve/return-curve.ts';
import { SeededRandom } from '../../server/demo/seeded-random.ts';
import { importFile } from '../../server/import/import-file.ts';
import { constantRateShop, constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { openTestStore } from '../support/test-store.ts';

describe('ReturnCurve: the share of a cohort’s eventual returns requested within so many days', () => {
  // 1 return on day 0, 3 on day 2: a quarter within the first day, all within three
  const curve = ReturnCurve.fromDailyCounts([1, 0, 3])!;

  it('counts whole days from the curve and the day under way in proportion', () => {
    expect(curve.shareWithin(0)).toBe(0);
    expect(curve.shareWithin(0.5)).toBe(0.125);
    expect(curve.shareWithin(1)).toBe(0.25);
    expect(curve.shareWithin(2)).toBe(0.25);
    expect(curve.shareWithin(2.5)).toBe(0.625);
    expect(curve.shareWithin(3)).toBe(1);
    expect(curve.shareWithin(400)).toBe(1);
    expect(curve.lastDay).toBe(2);
  });

  it('has no curve without returns', () => {
    expect(ReturnCurve.fromDailyCounts([0, 0])).toBeNull();
  });
});

describe('CompleteCohorts: the cohorts a curve is learnt from', () => {
  const counts = (cohortMonth: string, daily: number[]) => daily.map((count, day) => ({ cohortMonth, day, count }));

  it('pools the cohorts by their returns, and gives no curve with fewer than three', () => {
    const two = CompleteCohorts.from([...counts('2025-01-01', [2, 2]), ...counts('2025-02-01', [0, 4])]);
    expect(two.size).toBe(2);
    expect(two.curve()).toBeNull();
    expect(two.bootstrap(10, new SeededRandom(1))).toEqual([]);

    const three = CompleteCohorts.from([...counts('2025-01-01', [2, 2]), ...counts('2025-02-01', [0, 4]), ...counts('2025-03-01', [4])]);
    // day 0: 2 + 0 + 4 of 12 returns
    expect(three.curve()!.shareWithin(1)).toBe(0.5);
  });

  it('bootstraps curves that lie between the earliest and the latest cohort', () => {
    // cohort k has k of its 10 returns on day 0: pooled 1..5 → 15 of 50
    const cohorts = CompleteCohorts.from([1, 2, 3, 4, 5].flatMap((k) => counts(`2025-0${k}-01`, [k, 10 - k])));
    expect(cohorts.curve()!.shareWithin(1)).toBe(0.3);
    const drawn = cohorts.bootstrap(200, new SeededRandom(7)).map((curve) => curve.shareWithin(1));
    expect(drawn).toHaveLength(200);
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...drawn)).toBeLessThanOrEqual(0.5);
    // resampling spreads them: not every draw is the pooled curve
    expect(new Set(drawn).size).toBeGreaterThan(5);
  });

  it('gives every draw the same curve when every cohort has the same shape', () => {
    const cohorts = CompleteCohorts.from(['2025-01-01', '2025-02-01', '2025-03-01'].flatMap((month) => counts(month, [1, 3])));
    for (const curve of cohorts.bootstrap(20, new SeededRandom(3))) expect(curve.shareWithin(1)).toBe(0.25);
  });
});

describe('the return curve rollup, kept by every import', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  const files = constantRateShopFiles();
  beforeAll(async () => {
    store = await openTestStore({ withShop: files });
  });
  afterAll(() => store.close());

  // The learnt window is 40 days (the 95th percentile of 5 and 40 days), so an order month is
  // complete 40 days after its last order: January to October by 31 December (October's last
  // order plus 40 days is 10 December); November and December are still collecting.
  const curveParams = { by: 'total', category: null, windowDays: 30, learntWindowDays: 40, lastTimestamp: constantRateShop.dataEnd };

  it('counts each complete cohort’s returns by whole days after the order', async () => {
    const rows = await returnCurveQuery.run(store.db, curveParams);
    const cohorts = [...new Set(rows.map((row) => row.cohortMonth))];
    expect(cohorts).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((month) => `2025-${month}-01`));
    expect([...new Set(rows.map((row) => row.day))].sort((a, b) => a - b)).toEqual(constantRateShop.returnDelays);
    // January: one return a day on each delay, a unit at 10 each
    expect(rows.filter((row) => row.cohortMonth === '2025-01-01')).toEqual([
      { key: null, cohortMonth: '2025-01-01', day: 5, returns: 31, units: 31, acceptedUnits: 31, acceptedValue: 310 },
      { key: null, cohortMonth: '2025-01-01', day: 40, returns: 31, units: 31, acceptedUnits: 31, acceptedValue: 310 },
    ]);
  });

  it('learns a curve with half the returns within 6 days of the order and all within 41', async () => {
    const rows = await returnCurveQuery.run(store.db, curveParams);
    const curve = CompleteCohorts.from(rows.map((row) => ({ cohortMonth: row.cohortMonth, day: row.day, count: row.acceptedUnits }))).curve()!;
    expect(curve.shareWithin(5)).toBe(0);
    expect(curve.shareWithin(5.5)).toBe(0.25);
    expect(curve.shareWithin(6)).toBe(0.5);
    expect(curve.shareWithin(40)).toBe(0.5);
    expect(curve.shareWithin(41)).toBe(1);
  });

  it('gives each cohort its own curve too: here all ten alike', async () => {
    const rows = await returnCurveQuery.run(store.db, curveParams);
    const own = CompleteCohorts.from(rows.map((row) => ({ cohortMonth: row.cohortMonth, day: row.day, count: row.acceptedValue }))).each();
    expect(own).toHaveLength(10);
    expect(own.map((curve) => [curve.shareWithin(5.5), curve.shareWithin(40.5)])).toEqual(Array(10).fill([0.25, 0.75]));
  });

  it('learns the cohorts per breakdown key as the data stands', async () => {
    const range = { firstDate: '2025-01-01', lastDate: '2025-12-31', lastTimestamp: constantRateShop.dataEnd, lastOrderDate: '2025-12-31', learntWindowDays: 40, learntWindowReturns: 0 };
    const byCategory = await learntCohorts(store.db, range, 30, { by: 'category', category: null, measure: 'units' });
    // the shop's lines have no category: one key, null, with its ten complete cohorts
    expect([...byCategory.keys()]).toEqual([null]);
    expect(byCategory.get(null)!.size).toBe(10);
    expect(await learntCohorts(store.db, { ...range, lastTimestamp: null }, 30, { by: 'total', category: null, measure: 'units' })).toEqual(new Map());
  });

  it('follows a later import: a month the returns file replaces is counted again', async () => {
    const before = await returnCurveQuery.run(store.db, { ...curveParams, lastTimestamp: '2026-12-31T00:00:00' });
    // importing the same returns again replaces them: the counts do not double
    await importFile(store.db, { filePath: files.returns, fileName: 'returns.csv', kind: 'returns' });
    const after = await returnCurveQuery.run(store.db, { ...curveParams, lastTimestamp: '2026-12-31T00:00:00' });
    expect(after).toEqual(before);
    // with every month complete, December's 5-day returns of its first 26 days are there too
    expect(after.find((row) => row.cohortMonth === '2025-12-01' && row.day === 5)?.units).toBe(26);
  });
});
