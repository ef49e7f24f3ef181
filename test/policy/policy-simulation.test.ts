import path from 'node:path';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { policyDefaults } from '../../server/policy/policy-params.ts';
import { fixturesDir, openTestStore, refusal, refusedQuery, testSettings } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The policy shop (test/fixtures/policy-shop), every order in January 2025:
// - Ropa: six dresses of 100, delivered 3 January. Returned (calendar days after delivery):
//   D1 day 5 refund 100, D2 day 20 refund 100, D3 day 35 refund 100, D4 day 50 exchange 100,
//   D5 day 100 rejected (a request, but no units, value or refund).
// - Hogar: four orders of 2 jugs at 50, ordered 10 January with no delivery date, so their days
//   run from the order: D6 day 10, 2 units, refund 100; D7 day 31, 1 unit, refund 50; D8 day 60,
//   2 units, store credit 100.
// In scope: 8 returns, 7 accepted, 4 + 5 = 9 units, 400 + 250 = 650 of value, refunds
// 300 + 150 = 450. The test app's policy window is 30 days.

const shop = path.join(fixturesDir, 'policy-shop');
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  await importFile(store.db, { filePath: path.join(shop, 'orders.csv'), fileName: 'orders.csv', kind: 'orders' });
  await importFile(store.db, { filePath: path.join(shop, 'returns.csv'), fileName: 'returns.csv', kind: 'returns' });
});
afterAll(() => store.close());

const january = { from: '2025-01-01', to: '2025-01-31' };
const simulate = (query: Record<string, string> = {}) => parseResponse(store.client.api.policy.simulation.$get({ query: { ...january, ...query } }));

describe('the window: what a window of so many days after delivery would have refused', () => {
  it('runs the policy window by default and counts what falls outside it, by category and in all', async () => {
    const answer = await simulate();
    expect(answer.currentWindowDays).toBe(testSettings.returnWindowDays);
    expect(answer.inputs.windowDays).toBe(30);
    expect(answer.scope).toMatchObject({ days: 31, returns: 8, acceptedReturns: 7, unitsReturned: 9, returnedValue: 650, refundedValue: 450, agedFromOrder: 3, returnsWithoutDate: 0 });
    // outside 30 days: D3, D4, D5 (Ropa) and D7, D8 (Hogar); D5 is rejected, so no units or value
    expect(answer.window).toMatchObject({ windowDays: 30, returns: 5, unitsReturned: 1 + 1 + 1 + 2, returnedValue: 100 + 100 + 50 + 100, refundedValue: 100 + 50, refundsSaved: 150 });
    expect(answer.window.shareOfReturns).toBeCloseTo(5 / 8, 12);
    expect(answer.window.assumptions).toEqual(['daysAfterDelivery', 'agedFromOrder', 'refusedKeepItem', 'requestedSoFar']);
    expect(answer.categories).toEqual([
      { category: 'Ropa', returns: 5, refundedValue: 300, outside: { returns: 3, unitsReturned: 2, returnedValue: 200, refundedValue: 100, shareOfReturns: 3 / 5 } },
      { category: 'Hogar', returns: 3, refundedValue: 150, outside: { returns: 2, unitsReturned: 3, returnedValue: 150, refundedValue: 50, shareOfReturns: 2 / 3 } },
    ]);
  });

  it.each([
    // 15 days: D2 (day 20) falls outside too
    { windowDays: 15, returns: 6, refundsSaved: 100 + 100 + 50 },
    // 45 days: only D4 (exchange), D5 (rejected) and D8 (credit): no refund saved
    { windowDays: 45, returns: 3, refundsSaved: 0 },
    // 60 days: D8, on day 60 exactly, is inside; only the rejected D5 is out
    { windowDays: 60, returns: 1, refundsSaved: 0 },
    { windowDays: 59, returns: 2, refundsSaved: 0 },
    { windowDays: 100, returns: 0, refundsSaved: 0 },
  ])('a window of $windowDays days refuses $returns returns and saves $refundsSaved of refunds', async ({ windowDays, returns, refundsSaved }) => {
    const answer = await simulate({ windowDays: String(windowDays) });
    expect(answer.window).toMatchObject({ windowDays, returns, refundsSaved });
  });
});

// A return of an order the data does not hold (placed before the orders export begins) has no
// day after delivery to judge: it was counted on day 0, inside any window.
describe('a return whose order is not in the data', () => {
  it('is counted without a date, never inside the window', async () => {
    const own = await openTestStore();
    try {
      await importFile(own.db, { filePath: path.join(shop, 'orders.csv'), fileName: 'orders.csv', kind: 'orders' });
      await importFile(own.db, { filePath: path.join(shop, 'returns.csv'), fileName: 'returns.csv', kind: 'returns' });
      const byRequest = { from: '2025-01-01', to: '2025-04-30', basis: 'return' } as const;
      const before = await parseResponse(own.client.api.policy.simulation.$get({ query: byRequest }));
      await importedReport(own.app, ['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount', 'DZ,OLD-1,V,1,2025-01-20 09:00:00,Talle pequeño,Reembolso,100.00'].join('\n'), { fileName: 'old.csv', kind: 'returns' });
      const after = await parseResponse(own.client.api.policy.simulation.$get({ query: byRequest }));
      expect(after.scope.returns).toBe(before.scope.returns + 1);
      expect(after.scope.returnsWithoutDate).toBe(before.scope.returnsWithoutDate + 1);
      expect(after.window.returns).toBe(before.window.returns);
    } finally {
      own.close();
    }
  });
});

describe('the fee: money per return, and the returns it deters', () => {
  it('deters elasticity × fee / average returned price of the returns, and the rest pay it', async () => {
    const answer = await simulate({ returnFee: '10', feeElasticity: '0.5' });
    const averagePrice = 650 / 9;
    const deterred = (0.5 * 10) / averagePrice; // 45/650 ≈ 6.9 % of returns
    expect(answer.fee.averageItemPrice).toBeCloseTo(averagePrice, 9);
    expect(answer.fee.deterredShare).toBeCloseTo(deterred, 12);
    expect(answer.fee.deterredReturns).toBeCloseTo(7 * deterred, 9);
    expect(answer.fee.feeIncome).toBeCloseTo((7 - 7 * deterred) * 10, 9);
    expect(answer.fee.refundsSaved).toBeCloseTo(450 * deterred, 9);
    // January has 31 days; a month is 365.25 / 12 days
    expect(answer.fee.perMonth.feeIncome).toBeCloseTo(((7 - 7 * deterred) * 10 * (365.25 / 12)) / 31, 9);
    expect(answer.fee.assumptions).toContain('linearDeterrence');
    // the fee is reckoned on the returns requested so far, as the window is
    expect(answer.fee.assumptions).toContain('requestedSoFar');
  });

  it('scales per month over the days the data covers, not a period reaching past them', async () => {
    // the data runs from the first order, 1 January, to the last request, 13 April 09:00: a period
    // of December 2024 to December 2025 holds the same returns as January to 13 April, 31 + 28 +
    // 31 + 13 = 103 days, not 396
    const answer = await simulate({ from: '2024-12-01', to: '2025-12-31', returnFee: '10', feeElasticity: '0.5' });
    const deterred = (0.5 * 10) / (650 / 9);
    expect(answer.scope.days).toBe(103);
    expect(answer.fee.perMonth.feeIncome).toBeCloseTo(((7 - 7 * deterred) * 10 * (365.25 / 12)) / 103, 9);
    expect(answer.fee.perMonth.refundsSaved).toBeCloseTo((450 * deterred * (365.25 / 12)) / 103, 9);
  });

  it('with requestedBy, counts the returns requested by then and says so with its date', async () => {
    // by 15 February: D1, D2, D3 (Ropa), D6, D7 (Hogar); D4, D5 and D8 came later. January is
    // whole before it, so still 31 days
    const answer = await simulate({ requestedBy: '2025-02-15T00:00:00' });
    expect(answer.asOf).toBe('2025-02-15T00:00:00');
    expect(answer.scope).toMatchObject({ days: 31, returns: 5, acceptedReturns: 5 });
    // a period ending after requestedBy is scaled over the days up to it: 1 January – 15 February
    const longer = await simulate({ to: '2025-03-31', requestedBy: '2025-02-15T00:00:00' });
    expect(longer.scope.days).toBe(46);
  });

  it('with requestedBy after the data ends, scales over the days the data covers, as without it', async () => {
    // December 2024 to December 2025 as it stood on 31 December 2025: the data still ends on 13 April
    // 09:00, so 103 days as above, not the 365 from 1 January to 31 December, which would spread
    // the same fee income over 3.5 times the days
    const answer = await simulate({ from: '2024-12-01', to: '2025-12-31', requestedBy: '2025-12-31T00:00:00', returnFee: '10', feeElasticity: '0.5' });
    const deterred = (0.5 * 10) / (650 / 9);
    expect(answer.asOf).toBe('2025-04-13T09:00:00');
    expect(answer.scope.days).toBe(103);
    expect(answer.fee.perMonth.feeIncome).toBeCloseTo(((7 - 7 * deterred) * 10 * (365.25 / 12)) / 103, 9);
  });

  it('deters every return at most, and nothing without a fee; the default elasticity is stated in the answer', async () => {
    const all = await simulate({ returnFee: '1000', feeElasticity: '1' });
    expect(all.fee).toMatchObject({ deterredShare: 1, deterredReturns: 7, feeIncome: 0, refundsSaved: 450 });
    const none = await simulate();
    expect(none.inputs).toMatchObject({ returnFee: 0, feeElasticity: policyDefaults.feeElasticity });
    expect(none.fee).toMatchObject({ deterredShare: 0, deterredReturns: 0, feeIncome: 0, refundsSaved: 0 });
  });
});

describe('exchange first: the value kept when a share of refunds becomes exchanges or store credit', () => {
  it('keeps exchangeShare of the refunds, less the bonus credit offered on them', async () => {
    const answer = await simulate({ exchangeShare: '0.25', bonusCreditRate: '0.1' });
    expect(answer.exchange).toMatchObject({
      refundedValue: 450,
      retainedValue: 112.5, // 450 × 0.25
      bonusCreditCost: 11.25, // 112.5 × 0.1
      netRetainedValue: 101.25,
      refundsAfter: 337.5,
    });
    expect(answer.exchange.assumptions).toEqual(['shareOfRefunds', 'creditAtFaceValue', 'requestedSoFar']);
  });
});

describe('the curve: the share of returns requested within each day after delivery', () => {
  it('is the shop\'s and each category\'s, cumulative, reaching past both windows', async () => {
    const answer = await simulate();
    // max(90, 1.5 × 30): days 0–90, day 100 (D5) counted on day 90
    expect(answer.curve.maxDay).toBe(90);
    const [all, ropa, hogar] = answer.curve.series;
    expect(all).toMatchObject({ key: 'all', category: null, returns: 8 });
    expect(all!.shares).toHaveLength(91);
    // days 5, 10, 20 are within 30; 31, 35, 50, 60 within 60; day 100 only on the last point
    expect([all!.shares[4], all!.shares[5], all!.shares[30], all!.shares[60], all!.shares[89], all!.shares[90]]).toEqual([0, 1 / 8, 3 / 8, 7 / 8, 7 / 8, 1]);
    expect(ropa).toMatchObject({ key: 'category', category: 'Ropa', returns: 5 });
    expect(ropa!.shares[30]).toBe(2 / 5);
    expect(hogar).toMatchObject({ category: 'Hogar', returns: 3 });
    expect([hogar!.shares[30], hogar!.shares[59], hogar!.shares[60]]).toEqual([1 / 3, 2 / 3, 1]);
  });

  it('narrows with the standard filters', async () => {
    const answer = await simulate({ category: 'Hogar' });
    expect(answer.scope.returns).toBe(3);
    expect(answer.curve.series.map((series) => series.category)).toEqual([null, 'Hogar']);
  });
});

describe('what the route refuses', () => {
  it.each([
    ['windowDays', '-5'],
    ['windowDays', '0'],
    ['windowDays', '2.5'],
    ['returnFee', '-1'],
    ['exchangeShare', '1.5'],
    ['feeElasticity', 'mucho'],
  ])('%s=%s: 400 in the API\'s error shape, naming the parameter', async (param, value) => {
    const response = await store.client.api.policy.simulation.$get({ query: refusedQuery({ [param]: value }) });
    expect(await refusal(response)).toMatchObject({ status: 400, code: 'invalid_query', params: [param] });
  });
});
