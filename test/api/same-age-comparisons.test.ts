import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../web/src/features/filters/filter-params.ts';
import { findMovers } from '../../web/src/features/monthly-review/movers.ts';
import { comparisonFilters } from '../../web/src/metrics/use-summary.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { comparisonOf, openTestStore } from '../support/test-store.ts';

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

  it('a period whose return window has closed is compared whole, and so is a request period', async () => {
    // January–March closes 40 days (the learnt window) after 31 March, long before the data ends
    const closed = comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-06-29', compare: 'previous' } })));
    expect(closed.returnsRequestedBy).toBeNull();
    const byRequest = comparisonOf(await parseResponse(store.client.api.metrics.summary.$get({ query: { ...current, basis: 'return', compare: 'previous' } })));
    expect(byRequest.returnsRequestedBy).toBeNull();
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
//   15 February 10:00 (16 March less 29 days) only R3 (8 February) and R6 (12 February) had been
//   asked for: 2 units, 11.8 %, a fall of 1.8 points.
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
    expect(comparison.values).toMatchObject({ unitsSold: 17, unitsReturned: 2 });
    expect(comparison.changes.returnRateUnits!.absolute).toBeCloseTo(1 / 10 - 2 / 17, 12);
    const whole = await parseResponse(small.client.api.metrics.summary.$get({ query: { from: '2025-01-18', to: '2025-02-15' } }));
    expect(whole).toMatchObject({ unitsSold: 17, unitsReturned: 4 });
  });
});
