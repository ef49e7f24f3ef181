import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../web/src/features/filters/filter-params.ts';
import { findMovers } from '../../web/src/features/monthly-review/movers.ts';
import { comparisonFilters } from '../../web/src/metrics/use-summary.ts';
import { earlierAtSameAge } from '../../server/metrics/same-age.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { steadyRefundShop } from '../support/steady-refund-shop.ts';
import { comparisonOf, openTestStore, writeTempFile } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The constant-rate shop (test/support/constant-rate-shop.ts): 20 % of units come back, 5 and 40
// days after the order; the data ends at 2025-12-31 10:00. Worked out by hand, by day of the year:
// - 3 October–31 December (days 275–364): 900 units sold; the 5-day returns of days 275–359 (85)
//   and the 40-day returns of days 275–324 (50) have arrived: 135 units, 15 %.
// - the 90 days before (days 185–274), counted whole: 180 units, 20 % — a fall of 5 points that
//   is only the open months' missing returns.
// - the same 90 days as they stood 90 days before the data's end (2025-10-02 10:00): the 5-day
//   returns of days 185–269 (85) and the 40-day ones of days 185–234 (50): 135 units, 15 %: no change.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withShop: constantRateShopFiles() });
});
afterAll(() => store.close());

const current = { from: '2025-10-03', to: '2025-12-31' };

describe('a comparison with a period still collecting returns counts the earlier period at the same age', () => {
  it('summary: a constant return rate shows no change, where the earlier period counted whole would show a fall', async () => {
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { ...current, compare: 'previous' } }));
    expect(answer).toMatchObject({ unitsSold: 900, unitsReturned: 135 });
    const comparison = comparisonOf(answer);
    expect(comparison.period).toMatchObject({ from: '2025-07-05', to: '2025-10-02' });
    expect(comparison.returnsRequestedBy).toBe('2025-10-02T10:00:00');
    expect(comparison.values).toMatchObject({ unitsSold: 900, unitsReturned: 135, returnedValue: 1350, refundedValue: 1350 });
    expect(comparison.changes.returnRateUnits).toEqual({ absolute: 0, relative: 0 });
    expect(comparison.changes.refundedValue).toEqual({ absolute: 0, relative: 0 });

    // the same earlier period counted whole: what the comparison showed before
    const whole = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-07-05', to: '2025-10-02' } }));
    expect(whole).toMatchObject({ unitsSold: 900, unitsReturned: 180 });
    expect(whole.returnRateUnits! - answer.returnRateUnits!).toBeCloseTo(0.05, 12);
  });

  it('value recovery compares at the same age too', async () => {
    const answer = await parseResponse(store.client.api.metrics['value-recovery'].$get({ query: { ...current, compare: 'previous' } }));
    const comparison = comparisonOf(answer);
    expect(comparison.returnsRequestedBy).toBe('2025-10-02T10:00:00');
    expect(comparison.changes.refundedValue).toEqual({ absolute: 0, relative: 0 });
  });

  // April–June closes 40 days (the learnt window) after 29 June, long before the data ends; its 90
  // days sold 900 units and brought back 180. January–March, as it stood on 2 October 10:00 (the
  // data's end less 90 days), had had all its 180 back long before. By request date, 3 October–
  // 31 December and the 90 days before (cut at 2 October 10:00, after their last request) each hold
  // two requests a day, 180. This shop's returns carry no receipt or resolution time: nothing of
  // them happened after the cut, and the figures are the whole ones.
  it('a period whose return window has closed, and a request period, are counted as they stood too', async () => {
    const closed = comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-06-29', compare: 'previous' } })));
    expect(closed).toMatchObject({ period: { from: '2025-01-01', to: '2025-03-31' }, returnsRequestedBy: '2025-10-02T10:00:00', values: { unitsSold: 900, unitsReturned: 180 } });
    expect(closed.changes.returnRateUnits).toEqual({ absolute: 0, relative: 0 });
    const byRequest = comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { ...current, basis: 'return', compare: 'previous' } })));
    expect(byRequest).toMatchObject({ returnsRequestedBy: '2025-10-02T10:00:00', values: { unitsReturned: 180 } });
    expect(byRequest.changes.unitsReturned).toEqual({ absolute: 0, relative: 0 });
  });

  // 17 December 2025–15 January 2026 runs past the data's end (31 December 10:00): its 15 days in
  // the data (days 350–364) sold 150 units; by the end the 5-day returns of days 350–359 came: 10.
  // The 30 days before (17 November–16 December) as they stood at the same age end on 1 December,
  // the data's end less 30 days: days 320–334 sold 150 units, of which the 5-day returns of days
  // 320–329 were asked for by 1 December 10:00: 10. Counted over all 30 days (300 units, the same
  // 10 back), the rate looked 3.3 points lower and the sales 50 % lower: a rise and a fall that
  // are only the days the current period has not had yet.
  it('a period that runs past the data is set against the same days of the earlier one', async () => {
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-12-17', to: '2026-01-15', compare: 'previous' } }));
    expect(answer).toMatchObject({ unitsSold: 150, unitsReturned: 10 });
    const comparison = comparisonOf(answer);
    expect(comparison.period).toMatchObject({ from: '2025-11-17', to: '2025-12-01' });
    expect(comparison.returnsRequestedBy).toBe('2025-12-01T10:00:00');
    expect(comparison.values).toMatchObject({ unitsSold: 150, unitsReturned: 10 });
    expect(comparison.changes.returnRateUnits).toEqual({ absolute: 0, relative: 0 });
    expect(comparison.changes.unitsSold).toEqual({ absolute: 0, relative: 0 });
  });

  // By request date the same periods: 17–31 December holds the 5-day returns of orders 345–359 and
  // the 40-day ones of orders 310–324 (30); 17 November–1 December, as it stood on 1 December 10:00
  // (its last requests came at 10:00), those of orders 315–329 and 280–294 (30). All 30 days of the
  // earlier period would hold 60.
  it('a request period that runs past the data is set against the same days too', async () => {
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-12-17', to: '2026-01-15', basis: 'return', compare: 'previous' } }));
    expect(answer).toMatchObject({ unitsReturned: 30 });
    const comparison = comparisonOf(answer);
    expect(comparison.period).toMatchObject({ from: '2025-11-17', to: '2025-12-01' });
    expect(comparison.returnsRequestedBy).toBe('2025-12-01T10:00:00');
    expect(comparison.values).toMatchObject({ unitsReturned: 30 });
    expect(comparison.changes.unitsReturned).toEqual({ absolute: 0, relative: 0 });
  });

  // July (days 181–211, 310 units) as it stood on 20 July 10:00 (day 200): the 5-day returns of
  // days 181–195, 15 units. The 31 days before (31 May–30 June, days 150–180) at the same age,
  // 19 June 10:00 (day 169): the 5-day returns of days 150–164, 15. Read with the same 20 July
  // instead, June had all 31 of its 5-day returns and 11 of its 40-day ones: a false fall.
  it('a period asked as it stood at requestedBy is compared at the same age as that moment', async () => {
    const query = { from: '2025-07-01', to: '2025-07-31', requestedBy: '2025-07-20T10:00:00', compare: 'previous' as const };
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query }));
    expect(answer).toMatchObject({ unitsSold: 310, unitsReturned: 15 });
    const comparison = comparisonOf(answer);
    expect(comparison.period).toMatchObject({ from: '2025-05-31', to: '2025-06-30' });
    expect(comparison.returnsRequestedBy).toBe('2025-06-19T10:00:00');
    expect(comparison.values).toMatchObject({ unitsSold: 310, unitsReturned: 15 });
    expect(comparison.changes.returnRateUnits).toEqual({ absolute: 0, relative: 0 });
  });

  // The shop's data begins on 1 January 2025. Against the 59 days before February–March (4 December–
  // 31 January), whose first 28 days hold nothing, its sales looked 90 % higher (590 against 310
  // units); against the 90 days before January–March, which hold nothing, every figure rose from 0.
  it('an earlier period that begins before the data gives its figures but no change', async () => {
    for (const [query, values] of [
      [{ from: '2025-02-01', to: '2025-03-31' }, { unitsSold: 310 }],
      [{ from: '2025-01-01', to: '2025-03-31' }, { unitsSold: 0 }],
    ] as const) {
      const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { ...query, compare: 'previous' } }));
      const comparison = comparisonOf(answer);
      expect(comparison.beforeData).toBe(true);
      expect(comparison.values).toMatchObject(values);
      for (const change of Object.values(comparison.changes)) expect(change).toEqual({ absolute: null, relative: null });
    }
    const inside = comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31', compare: 'previous' } })));
    expect(inside.beforeData).toBe(false);
    expect(inside.changes.unitsSold).toEqual({ absolute: 0, relative: 0 });
  });

  // The data ends on 31 December 2025. January 2026 holds nothing for want of data: against
  // December's 310 units it read as a fall of 100 %, December cut to a single day.
  it('a current period that begins after the data ends gives the earlier figures, whole, but no change', async () => {
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2026-01-01', to: '2026-01-31', compare: 'previous' } }));
    expect(answer).toMatchObject({ unitsSold: 0, unitsReturned: 0 });
    const comparison = comparisonOf(answer);
    expect(comparison).toMatchObject({ afterData: true, beforeData: false, returnsRequestedBy: null });
    expect(comparison.period).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
    expect(comparison.values).toMatchObject({ unitsSold: 310 });
    for (const change of Object.values(comparison.changes)) expect(change).toEqual({ absolute: null, relative: null });
    // and no movers are looked for against it
    expect(comparisonFilters({ from: '2026-01-01', to: '2026-01-31' } as Filters, answer)).toBeNull();
    // the period the data ends in is no such period
    expect(comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-12-01', to: '2025-12-31', compare: 'previous' } }))).afterData).toBe(false);
    // on basis=return, requests counted by 20 March: 21–31 March holds none for want of data
    const asOf = { basis: 'return', requestedBy: '2025-03-20T00:00:00', compare: 'previous' } as const;
    expect(comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-21', to: '2025-03-31', ...asOf } }))).afterData).toBe(true);
    expect(comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31', ...asOf } }))).afterData).toBe(false);
  });

  // One unit ordered a day through March, and a refund of one of them on 20 April: the latest
  // timestamp is in April, but April holds no orders. It read as a fall of 100 % in sales.
  it('a current period after the last order is no baseline, though a refund came later', async () => {
    const own = await openTestStore();
    try {
      const orders = ['order_id,ordered_at,sku,quantity,unit_price', ...Array.from({ length: 31 }, (_, i) => `O${i + 1},2025-03-${String(i + 1).padStart(2, '0')},S1,1,10.00`)];
      await importedReport(own.app, orders.join('\n'), { fileName: 'orders.csv', kind: 'orders' });
      await importedReport(own.app, ['return_id,order_id,sku,quantity,requested_at,resolved_at,resolution,amount', 'R1,O20,S1,1,2025-03-25,2025-04-20,Refund,10'].join('\n'), { fileName: 'returns.csv', kind: 'returns' });
      for (const basis of ['order', 'return'] as const) {
        const answer = await parseResponse(own.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-04-30', basis, compare: 'previous' } }));
        expect(answer).toMatchObject({ unitsSold: 0 });
        const comparison = comparisonOf(answer);
        expect(comparison).toMatchObject({ afterData: true, period: { from: '2025-03-02', to: '2025-03-31' }, values: { unitsSold: 30 } });
        for (const change of Object.values(comparison.changes)) expect(change).toEqual({ absolute: null, relative: null });
      }
    } finally {
      own.close();
    }
  });

  it('requestedBy counts any period as it stood then', async () => {
    const then = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-07-05', to: '2025-10-02', requestedBy: '2025-10-02T10:00:00' } }));
    expect(then).toMatchObject({ unitsSold: 900, unitsReturned: 135 });
  });

  it("the overview's movers set the earlier period beside the current one at the same age: a constant rate moves nothing", async () => {
    const filters: Filters = { ...current, basis: 'order' };
    const answer = await parseResponse(store.client.api.metrics.summary.$get({ query: { ...filters, compare: 'previous' } }));
    const before = comparisonFilters(filters, answer)!;
    expect(before).toEqual({ ...filters, from: '2025-07-05', to: '2025-10-02', requestedBy: '2025-10-02T10:00:00' });
    const skuRows = async (scope: Filters) =>
      (await parseResponse(store.client.api.metrics.breakdown.$get({ query: { ...scope, by: 'sku', sort: 'unitsReturned', order: 'desc', limit: '10', offset: '0' } }))).rows;
    const now = await skuRows(filters);
    // A: 135 of 900 now, and 135 of 900 in the 90 days before as they stood on 2 October: no move
    expect(findMovers([{ dimension: 'sku', now, before: await skuRows(before) }])).toEqual([]);
    // the 90 days before counted whole (what the list compared with before): A 20 % → 15 %, a false
    // fall of 5 points, 45 units fewer at today's 900 sold
    const { requestedBy: _sameAge, ...whole } = before;
    const [mover, ...others] = findMovers([{ dimension: 'sku', now, before: await skuRows(whole) }]);
    expect(others).toEqual([]);
    expect(mover).toMatchObject({ key: 'A', rateBefore: 0.2, rateNow: 0.15, unitsReturnedBefore: 180, unitsReturnedNow: 135 });
    expect(mover!.impactUnits).toBeCloseTo(-45, 9);
  });
});

// The small shop (test/fixtures/small-shop, data to 16 March 2025 10:00), worked by hand in
// docs/metrics.md ("Comparing periods"): 16 February–16 March against the 29 days before.
// - now: O8, O9, O14, O10, O15 sold 10 units; R7 brought 1 back: 10 %.
// - 18 January–15 February sold 17 units (O4, O11, O13, O5, O12, O6, O7). Counted whole, R3, R5, R6
//   and R8 brought 4 back (R4 was rejected): 23.5 %, a fall of 13.5 points. As it stood on
//   15 February 10:00 (16 March less 29 days) R3 (8 February) and R6 (12 February) had been asked
//   for, and R4 (15 February 08:00, 2 units) too: rejected only on 19 February, it was still an
//   open request then, as the current period's are now. 4 units, 23.5 %, a fall of 13.5 points.
describe('the small shop at the same age', () => {
  let small: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    small = await openTestStore({ withSmallShop: true });
  });
  afterAll(() => small.close());

  it('sets 16 February–16 March against the 29 days before as they stood on 15 February', async () => {
    const answer = await parseResponse(small.client.api.metrics.summary.$get({ query: { from: '2025-02-16', to: '2025-03-16', compare: 'previous' } }));
    expect(answer).toMatchObject({ unitsSold: 10, unitsReturned: 1 });
    const comparison = comparisonOf(answer);
    expect(comparison.period).toMatchObject({ from: '2025-01-18', to: '2025-02-15' });
    expect(comparison.returnsRequestedBy).toBe('2025-02-15T10:00:00');
    expect(comparison.values).toMatchObject({ unitsSold: 17, unitsReturned: 4, returns: 3, refundedValue: 0, storeCreditValue: 50 });
    expect(comparison.changes.returnRateUnits!.absolute).toBeCloseTo(1 / 10 - 4 / 17, 12);
    const whole = await parseResponse(small.client.api.metrics.summary.$get({ query: { from: '2025-01-18', to: '2025-02-15' } }));
    expect(whole).toMatchObject({ unitsSold: 17, unitsReturned: 4 });
  });
});

// The steady shop (test/support/steady-refund-shop.ts): two one-unit orders a day, F refunded a
// day after its receipt, S `slowDays` (15 unless told) after, the export taken on 31 March 10:00.

// A steady process: March against the 31 days before at the same age (cut at 28 February 10:00)
// must show no change. Counted today, the earlier period's slow refunds, all in since, read as a
// March that resolves faster (p50 1 against 8 days) and refunds 30 % less.
describe('after the request, at the same age', () => {
  let steady: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    steady = await openTestStore({ withShop: steadyRefundShop() });
  });
  afterAll(() => steady.close());
  const march = { from: '2025-03-01', to: '2025-03-31', compare: 'previous' as const };

  it('counts receipts, resolutions and refunds only as they stood: a steady process shows no change', async () => {
    // March: F refunded for the orders of 1–28 March (28, 1 day each), S for 1–14 March (14, 15
    // days each): n 42, mean 238 / 42, p50 1, refunded 4,200. 29 January–28 February as it stood
    // on 28 February 10:00: F for 29 January–25 February (28), S for 29 January–11 February (14): the same
    const cycle = await parseResponse(steady.client.api.metrics['cycle-times'].$get({ query: march }));
    const cycleBefore = comparisonOf(cycle);
    expect(cycleBefore.returnsRequestedBy).toBe('2025-02-28T10:00:00');
    expect(cycle.overall.receivedToResolved).toMatchObject({ n: 42, p50: 1 });
    expect(cycleBefore.values.receivedToResolved).toEqual(cycle.overall.receivedToResolved);
    const summary = await parseResponse(steady.client.api.metrics.summary.$get({ query: march }));
    expect([summary.refundedValue, comparisonOf(summary).values.refundedValue]).toEqual([4200, 4200]);
    const sla = await parseResponse(steady.client.api.metrics.sla.$get({ query: { ...march, slaDays: '7' } }));
    expect(comparisonOf(sla).values).toEqual(sla.overall);
  });

  it('a period counted at an earlier moment sets the period before at that moment less the shift, on basis=return too', async () => {
    // requests of 1–15 March as they stood on 15 March 10:00: F's of the orders of 28 February–
    // 14 March (15) and S's (15); refunded by then, F's of the orders up to 12 March: 13, 1,300.
    // 14–28 February at 28 February 10:00: F's of the orders of 13–25 February, 13, 1,300. Counted
    // whole, as it stands on 31 March, all its 30 were refunded: 3,000, a false fall of 57 %
    const query = { from: '2025-03-01', to: '2025-03-15', basis: 'return', requestedBy: '2025-03-15T10:00:00', compare: 'previous' } as const;
    const summary = await parseResponse(steady.client.api.metrics.summary.$get({ query }));
    expect(comparisonOf(summary).returnsRequestedBy).toBe('2025-02-28T10:00:00');
    expect([summary.returns, summary.refundedValue, comparisonOf(summary).values.returns, comparisonOf(summary).values.refundedValue]).toEqual([30, 1300, 30, 1300]);
    // the drill-down ages a return open then at that moment: S's of 1 March, asked for on 2 March
    // 10:00 and refunded on 18 March, was 13 days old on 15 March 10:00
    const rows = await parseResponse(steady.client.api.rows.returns.$get({ query: { from: '2025-03-02', to: '2025-03-02', basis: 'return', sku: 'S', requestedBy: '2025-03-15T10:00:00' } }));
    expect(rows.rows.map((r) => [r.resolution, r.ageDays])).toEqual([['pending', 13]]);
  });
});

// The same steady process, compared where nothing is still to be requested but resolutions are
// still to come: a request period (basis=return), and an order period whose return window has
// closed. Counted whole, the earlier period's late refunds, all in since, read as a current period
// that refunds less and resolves faster; counted as it stood at the same age, nothing changes.
describe('a period whose returns are all requested, at the same age', () => {
  let steady: Awaited<ReturnType<typeof openTestStore>>;
  let slow: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    [steady, slow] = await Promise.all([openTestStore({ withShop: steadyRefundShop() }), openTestStore({ withShop: steadyRefundShop(45) })]);
  });
  afterAll(() => {
    steady.close();
    slow.close();
  });
  const refunded = async (store: typeof steady, query: Record<string, string>) => (await parseResponse(store.client.api.metrics.summary.$get({ query }))).refundedValue;

  it('requests of a period the data ends at the end of: March against the 31 days before', async () => {
    // March's requests are those of the orders of 28 February–30 March: 62. By 31 March 10:00 F was
    // refunded for the orders up to 28 March (29, a day after receipt each) and S for those up to
    // 14 March (15, 15 days each): 44, 4,400, p50 1 day. 29 January–28 February holds the requests
    // of the orders of 28 January–27 February, 62; as it stood on 28 February 10:00 F's were
    // refunded for the orders up to 25 February (29) and S's up to 11 February (15): the same.
    const query = { from: '2025-03-01', to: '2025-03-31', basis: 'return', compare: 'previous' } as const;
    const summary = await parseResponse(steady.client.api.metrics.summary.$get({ query }));
    const before = comparisonOf(summary);
    expect(before).toMatchObject({ period: { from: '2025-01-29', to: '2025-02-28' }, returnsRequestedBy: '2025-02-28T10:00:00' });
    expect([summary.returns, summary.refundedValue, before.values.returns, before.values.refundedValue]).toEqual([62, 4400, 62, 4400]);
    expect(before.changes.refundedValue).toEqual({ absolute: 0, relative: 0 });
    const cycle = await parseResponse(steady.client.api.metrics['cycle-times'].$get({ query }));
    expect(cycle.overall.receivedToResolved).toMatchObject({ n: 44, p50: 1 });
    expect(comparisonOf(cycle).values.receivedToResolved).toEqual(cycle.overall.receivedToResolved);
    const sla = await parseResponse(steady.client.api.metrics.sla.$get({ query: { ...query, slaDays: '7' } }));
    expect(comparisonOf(sla).values).toEqual(sla.overall);
    // counted whole, as it was compared before: all 62 refunded (6,200), p50 (1 + 15) / 2 = 8 days
    expect(await refunded(steady, { from: '2025-01-29', to: '2025-02-28', basis: 'return' })).toBe(6200);
    const whole = await parseResponse(steady.client.api.metrics['cycle-times'].$get({ query: { from: '2025-01-29', to: '2025-02-28', basis: 'return' } }));
    expect(whole.overall.receivedToResolved).toMatchObject({ n: 62, p50: 8 });
  });

  it('requests of a period that runs past the data: the same days, as they stood', async () => {
    // 16 March–14 April holds, by 31 March 10:00, the requests of the orders of 15–30 March: 32;
    // F's refunded for the orders up to 28 March (14), S's none: 1,400. The 30 days before end on
    // 1 March (31 March less 30 days): the requests of the orders of 13–28 February, 32; as they
    // stood on 1 March 10:00 F's were refunded for the orders up to 26 February (14), S's none.
    // Counted whole, all 32 were refunded: 3,200, a false fall of 56 %.
    const summary = await parseResponse(steady.client.api.metrics.summary.$get({ query: { from: '2025-03-16', to: '2025-04-14', basis: 'return', compare: 'previous' } }));
    const before = comparisonOf(summary);
    expect(before).toMatchObject({ period: { from: '2025-02-14', to: '2025-03-01' }, returnsRequestedBy: '2025-03-01T10:00:00' });
    expect([summary.returns, summary.refundedValue, before.values.returns, before.values.refundedValue]).toEqual([32, 1400, 32, 1400]);
    expect(await refunded(steady, { from: '2025-02-14', to: '2025-03-01', basis: 'return' })).toBe(3200);
  });

  it("the monthly review's month before a request month: every request of the shorter month, as old at its end", async () => {
    // March against February, as the review asks it. February's last day is 31 days before March's
    // (its first only 28): counted on 28 February 10:00, February holds all its requests (those of
    // the orders of 31 January–27 February, 56), of which 18 were open then (F's of the orders of
    // 26–27 February, S's of 12–27 February), as March's are now (62 requests, 44 refunded). Cut
    // at 3 March 10:00 (the first days' shift), 43 were refunded and 13 open; cut at 25 February
    // 10:00 (31 days), the requests of 25 February 10:00–28 February would be dropped.
    const clock = { dataEnd: '2025-03-31T10:00:00', asOf: '2025-03-31T10:00:00', basis: 'return', windowDays: 30 } as const;
    const before = earlierAtSameAge({ from: '2025-03-01', to: '2025-03-31' }, { from: '2025-02-01', to: '2025-02-28' }, clock);
    expect(before).toEqual({ period: { from: '2025-02-01', to: '2025-02-28' }, returnsRequestedBy: '2025-02-28T10:00:00' });
    const february = await parseResponse(steady.client.api.metrics.summary.$get({ query: { ...before.period, basis: 'return', requestedBy: before.returnsRequestedBy! } }));
    expect([february.returns, february.refundedValue]).toEqual([56, 3800]);
  });

  it('orders of a period whose return window has closed but whose refunds are still coming', async () => {
    // S refunded 45 days after receipt. February's orders (56 returns, all requested by 1 March)
    // closed their 30-day window on 31 March 00:00. By 31 March 10:00 F's 28 were refunded and S's
    // of the orders up to 12 February (12): 40, 4,000, p50 1, mean (28 + 12 × 45) / 40 = 14.2 days.
    // 4–31 January at the same age, 3 March 10:00 (28 days before): F's 28 and S's of the orders up
    // to 15 January (12): the same. Counted whole, all 56 refunded: 5,600, p50 (1 + 45) / 2 = 23.
    const query = { from: '2025-02-01', to: '2025-02-28', compare: 'previous' } as const;
    const summary = await parseResponse(slow.client.api.metrics.summary.$get({ query }));
    const before = comparisonOf(summary);
    expect(before).toMatchObject({ period: { from: '2025-01-04', to: '2025-01-31' }, returnsRequestedBy: '2025-03-03T10:00:00' });
    expect([summary.refundedValue, before.values.refundedValue]).toEqual([4000, 4000]);
    const cycle = await parseResponse(slow.client.api.metrics['cycle-times'].$get({ query }));
    expect(cycle.overall.receivedToResolved).toMatchObject({ n: 40, p50: 1, mean: expect.closeTo(14.2, 9) });
    expect(comparisonOf(cycle).values.receivedToResolved).toEqual(cycle.overall.receivedToResolved);
    expect(comparisonOf(cycle).changes.receivedToResolvedP50).toEqual({ absolute: 0, relative: 0 });
    expect(await refunded(slow, { from: '2025-01-04', to: '2025-01-31' })).toBe(5600);
  });
});

describe('a file that does not say how returns ended, counted at an earlier moment', () => {
  it('still does not say: the refunds stay unknown, not 0', async () => {
    const files = {
      orders: writeTempFile('orders.csv', 'order_id,ordered_at,sku,quantity,unit_price\nO1,2025-03-01 10:00:00,A,1,10\nO2,2025-03-01 10:00:00,A,1,10\n'),
      returns: writeTempFile('returns.csv', 'order_id,sku,quantity,requested_at,resolved_at\nO1,A,1,2025-03-02 10:00:00,2025-03-20 10:00:00\nO2,A,1,2025-03-03 10:00:00,2025-03-08 10:00:00\n'),
    };
    const bare = await openTestStore({ withShop: files });
    try {
      const asItStood = await parseResponse(bare.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31', requestedBy: '2025-03-10T00:00:00' } }));
      expect([asItStood.returns, asItStood.refundedValue]).toEqual([2, null]);
    } finally {
      bare.close();
    }
  });
});

// The steady shop exported on 1 March 2025, 10:00, February against January as the monthly review
// asks it (basis=order). February: 56 units sold (1–28 February), each asked back the next day, all
// by 1 March 10:00: 56, 100 %. January is cut at 29 January 10:00 (1 March less the 31 days between
// the first days), when each of its days 1–28 was as old as the same day of February: their 56
// units had all been asked back. Counted over all of January, its 6 units of 29–31 January, just
// placed or not yet then, count as sold with none back: 56 of 62, 90.3 %, and February's rate reads as
// a rise of 9.7 points in a shop that did not change. Ending January on its 28th day: 56 of 56.
describe('a month against a longer month before, on basis=order', () => {
  let early: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    early = await openTestStore({ withShop: steadyRefundShop(15, '2025-03-01T10:00:00') });
  });
  afterAll(() => early.close());

  it('sets February against the same 28 days of January: a steady shop shows no change', async () => {
    const february = { from: '2025-02-01', to: '2025-02-28' };
    const trend = await parseResponse(early.client.api.metrics.trend.$get({ query: february }));
    expect([trend.asOf, trend.dataEnd]).toEqual(['2025-03-01T10:00:00', '2025-03-01T10:00:00']);
    const clock = { dataEnd: trend.dataEnd!, asOf: trend.asOf!, basis: 'order' as const, windowDays: trend.windowDays };
    const before = earlierAtSameAge(february, { from: '2025-01-01', to: '2025-01-31' }, clock);
    expect(before).toEqual({ period: { from: '2025-01-01', to: '2025-01-28' }, returnsRequestedBy: '2025-01-29T10:00:00' });
    const now = await parseResponse(early.client.api.metrics.summary.$get({ query: february }));
    const january = await parseResponse(early.client.api.metrics.summary.$get({ query: { ...before.period, requestedBy: before.returnsRequestedBy! } }));
    expect([now.unitsSold, now.unitsReturned, now.returnRateUnits]).toEqual([56, 56, 1]);
    expect([january.unitsSold, january.unitsReturned, january.returnRateUnits]).toEqual([56, 56, 1]);
    // all of January as it stood then, as it was compared before: 56 of 62
    const whole = await parseResponse(early.client.api.metrics.summary.$get({ query: { from: '2025-01-01', to: '2025-01-31', requestedBy: '2025-01-29T10:00:00' } }));
    expect([whole.unitsSold, whole.unitsReturned]).toEqual([62, 56]);
    expect(now.returnRateUnits! - whole.returnRateUnits!).toBeCloseTo(1 - 56 / 62, 12);
  });
});
