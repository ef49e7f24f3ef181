import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonOf, openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { earlierAtSameAge } from '../../server/metrics/same-age.ts';

// A returns export taken on 10 October, then an orders export taken on 15 October: the returns of
// the days between are not in the data, and every rate of those days reads low until they are.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const day = (d: number) => `2025-10-${String(d).padStart(2, '0')} 10:00:00`;
const orders = ['order_id,ordered_at,sku,quantity,unit_price', ...[...Array(15).keys()].map((i) => `O${i + 1},${day(i + 1)},A,1,10.00`)].join('\n');
/** O1…On each back the day after it was ordered. */
const returns = (n: number) => ['return_id,order_id,sku,quantity,requested_at,reason,resolution', ...[...Array(n).keys()].map((i) => `R${i + 1},O${i + 1},A,1,${day(i + 2)},Talle pequeño,Reembolso`)].join('\n');
const returnsLag = async () => (await parseResponse(store.client.api.dataset.$get())).returnsLag;

describe('returns imported that stop well before the orders', () => {
  it('are named by the dataset until newer returns are imported', async () => {
    await importedReport(store.app, returns(9), { fileName: 'returns-10-oct.csv', kind: 'returns' });
    expect(await returnsLag()).toBeNull();
    await importedReport(store.app, orders, { fileName: 'orders-15-oct.csv', kind: 'orders' });
    expect(await returnsLag()).toEqual({ returnsEnd: '2025-10-10T10:00:00', ordersEnd: '2025-10-15T10:00:00' });
    await importedReport(store.app, returns(13), { fileName: 'returns-14-oct.csv', kind: 'returns' });
    expect(await returnsLag()).toBeNull();
  });
});

// Ten one-unit orders a day, 1 January–31 May 2025 at 10:00; the first of each day comes back 5
// days later (10 %). The returns export was taken on 31 March (its last request: 31 March 10:00)
// and imported first; the orders export on 31 May. With the 30-day window, on 31 March January and
// February are settled; March, April and May still collect returns, and nothing of their returns
// after 31 March is in the data: judged from the orders' end, April was settled at 0 % and set
// against March counted whole, 8.3 %.
describe('maturity while the returns stop short of the orders', () => {
  let lagging: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    lagging = await openTestStore();
    const dayMs = 86_400_000;
    const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
    const [first, last, returnsTaken] = [Date.UTC(2025, 0, 1, 10), Date.UTC(2025, 4, 31, 10), Date.UTC(2025, 2, 31, 10)];
    const laggingOrders = ['order_id,ordered_at,sku,quantity,unit_price'];
    const laggingReturns = ['return_id,order_id,sku,quantity,requested_at,reason,resolution'];
    for (let t = first; t <= last; t += dayMs) {
      for (let k = 0; k < 10; k++) {
        const id = `${stamp(t).slice(0, 10)}-${k}`;
        laggingOrders.push(`${id},${stamp(t)},A,1,10.00`);
        if (k === 0 && t + 5 * dayMs <= returnsTaken) laggingReturns.push(`R${id},${id},A,1,${stamp(t + 5 * dayMs)},Talle pequeño,Reembolso`);
      }
    }
    await importedReport(lagging.app, laggingReturns.join('\n'), { fileName: 'returns-31-mar.csv', kind: 'returns' });
    await importedReport(lagging.app, laggingOrders.join('\n'), { fileName: 'orders-31-may.csv', kind: 'orders' });
  });
  afterAll(() => lagging.close());

  it('judges months at the returns’ end: only January and February are final', async () => {
    const trend = await parseResponse(lagging.client.api.metrics.trend.$get({ query: {} }));
    expect(trend.rows.map((r) => [r.month.slice(0, 7), r.mature])).toEqual([['2025-01', true], ['2025-02', true], ['2025-03', false], ['2025-04', false], ['2025-05', false]]);
  });

  it('tells the monthly review where the data ends and where months are aged, so it sets April against March as the server does', async () => {
    const trend = await parseResponse(lagging.client.api.metrics.trend.$get({ query: { from: '2025-04-01', to: '2025-04-30' } }));
    expect([trend.asOf, trend.dataEnd]).toEqual(['2025-03-31T10:00:00', '2025-05-31T10:00:00']);
    // the review's clock (use-review-facts.ts): March, 31 days before April, as it stood on 28 February
    // 10:00, nothing back yet; over April's 30 days, as April still collects returns
    const clock = { dataEnd: trend.dataEnd!, asOf: trend.asOf!, basis: 'order' as const, windowDays: trend.windowDays };
    const march = earlierAtSameAge({ from: '2025-04-01', to: '2025-04-30' }, { from: '2025-03-01', to: '2025-03-31' }, clock);
    expect(march).toEqual({ period: { from: '2025-03-01', to: '2025-03-30' }, returnsRequestedBy: '2025-02-28T10:00:00' });
    const asItStood = await parseResponse(lagging.client.api.metrics.summary.$get({ query: { ...march.period, requestedBy: march.returnsRequestedBy! } }));
    expect(asItStood.returnRateUnits).toBe(0);
  });

  it('sets April against March as it stood 30 days before the returns’ end: no returns either', async () => {
    const april = await parseResponse(lagging.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-04-30', compare: 'previous' } }));
    const comparison = comparisonOf(april);
    expect(comparison.returnsRequestedBy).toBe('2025-03-01T10:00:00');
    expect([april.returnRateUnits, comparison.values.returnRateUnits]).toEqual([0, 0]);
  });
});
