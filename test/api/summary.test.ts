import { parseResponse, type InferRequestType } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonOf, openTestStore } from '../support/test-store.ts';

// test/fixtures/small-shop: 15 orders, 22 lines; 8 returns (R4 rejected, R5 pending with no
// amount, R2 an exchange, R3 store credit, R1 and R4 partial quantities). The period
// 2025-01-01..2025-02-28 leaves out orders O10 and O15 (March) and, by request date,
// returns R7 and R8 (March). Every figure below is worked out by hand from those two files.
const period = { from: '2025-01-01', to: '2025-02-28' };

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

const summary = (query: InferRequestType<typeof store.client.api.metrics.summary.$get>['query']) =>
  parseResponse(store.client.api.metrics.summary.$get({ query }));

describe('GET /api/metrics/summary on the hand-made fixture', () => {
  // Sales in the period: O1 250, O2 100, O3 220, O4 40, O5 190, O6 200, O7 120, O8 80, O9 50,
  // O11 240, O12 400, O13 400, O14 200 → 13 orders, 34 units, 2,490 gross.
  const sales = { orders: 13, unitsSold: 34, grossSales: 2490 };

  it('basis=order: the returns of the lines ordered in the period', async () => {
    const s = await summary({ ...period, basis: 'order' });
    // R1 R2 R3 R4 R5 R6 R8 (R8: January order, March request); R4 rejected.
    expect(s.period).toEqual({ from: '2025-01-01', to: '2025-02-28', basis: 'order' });
    expect(s).toMatchObject({ ...sales, returns: 7, ordersWithReturn: 6, unitsReturned: 8 });
    // R1 1×100 + R2 3×40 + R3 1×50 + R5 1×120 + R6 1×200 + R8 1×200
    expect(s.returnedValue).toBeCloseTo(790, 9);
    expect(s.returnRateUnits).toBeCloseTo(8 / 34, 12);
    expect(s.returnRateOrders).toBeCloseTo(6 / 13, 12);
    expect(s.returnRateValue).toBeCloseTo(790 / 2490, 12);
    expect(s.refundedValue).toBeCloseTo(100 + 180 + 200, 9);
    expect(s.exchangedValue).toBeCloseTo(120, 9);
    expect(s.storeCreditValue).toBeCloseTo(50, 9);
    expect(s.retainedValue).toBeCloseTo(170, 9);
    expect(s.retentionRate).toBeCloseTo(170 / 650, 12);
    expect(s.recoveredValue).toBeCloseTo(90 + 0 + 50 + 80 + 190, 9);
    expect(s.returnShippingCost).toBeCloseTo(10 + 15 + 8 + 10 + 20 + 0, 9);
    expect(s.netReturnCost).toBeCloseTo(480 + 63 - 410, 9);
    // Cycle times over all 7 returns, the rejected one included.
    // request→received days [2,2,2,2,3,3,5]: p50 = 2; p90 at rank 5.4 = 3 + 0.4×2
    expect(s.cycleDays.requestToReceived.n).toBe(7);
    expect(s.cycleDays.requestToReceived.p50).toBeCloseTo(2, 9);
    expect(s.cycleDays.requestToReceived.p90).toBeCloseTo(3.8, 9);
    // p95 at rank 0.95 × 6 = 5.7: 3 + 0.7×2; mean 19 / 7
    expect(s.cycleDays.requestToReceived.p95).toBeCloseTo(4.4, 9);
    expect(s.cycleDays.requestToReceived.mean).toBeCloseTo(19 / 7, 12);
    // received→resolved [1,1,1,1.5,2,2] (R5 is open): p50 at rank 2.5 = 1.25; p90 at 4.5 = 2
    expect(s.cycleDays.receivedToResolved.n).toBe(6);
    expect(s.cycleDays.receivedToResolved.p50).toBeCloseTo(1.25, 9);
    expect(s.cycleDays.receivedToResolved.p90).toBeCloseTo(2, 9);
    // request→resolved [3,3,3.5,4,4,7]: p50 at 2.5 = 3.75; p90 at 4.5 = 4 + 0.5×3
    expect(s.cycleDays.requestToResolved.n).toBe(6);
    expect(s.cycleDays.requestToResolved.p50).toBeCloseTo(3.75, 9);
    expect(s.cycleDays.requestToResolved.p90).toBeCloseTo(5.5, 9);
    expect(s.topReasons).toEqual([
      { reason: 'damaged_in_transit', units: 3, share: 3 / 8 },
      { reason: 'size_too_small', units: 2, share: 2 / 8 },
      { reason: 'better_price', units: 1, share: 1 / 8 },
      { reason: 'changed_mind', units: 1, share: 1 / 8 },
      { reason: 'not_as_described', units: 1, share: 1 / 8 },
    ]);
  });

  it('basis=return: the returns requested in the period over the same sales', async () => {
    const s = await summary({ ...period, basis: 'return' });
    // R1..R6; R4 rejected
    expect(s).toMatchObject({ ...sales, returns: 6, ordersWithReturn: 5, unitsReturned: 7 });
    expect(s.returnedValue).toBeCloseTo(590, 9);
    expect(s.returnRateUnits).toBeCloseTo(7 / 34, 12);
    expect(s.returnRateOrders).toBeCloseTo(5 / 13, 12);
    expect(s.returnRateValue).toBeCloseTo(590 / 2490, 12);
    expect(s.refundedValue).toBeCloseTo(280, 9);
    expect(s.exchangedValue).toBeCloseTo(120, 9);
    expect(s.storeCreditValue).toBeCloseTo(50, 9);
    expect(s.retainedValue).toBeCloseTo(170, 9);
    expect(s.retentionRate).toBeCloseTo(170 / 450, 12);
    expect(s.recoveredValue).toBeCloseTo(220, 9);
    expect(s.returnShippingCost).toBeCloseTo(63, 9);
    expect(s.netReturnCost).toBeCloseTo(123, 9);
    // request→received [2,2,2,3,3,5]: p50 at 2.5 = 2.5; p90 at 4.5 = 3 + 0.5×2; p95 at 4.75 = 3 + 0.75×2;
    // mean 17 / 6
    expect(s.cycleDays.requestToReceived).toMatchObject({ p50: 2.5, p90: 4, p95: 4.5, n: 6 });
    expect(s.cycleDays.requestToReceived.mean).toBeCloseTo(17 / 6, 12);
    // received→resolved [1,1,1.5,2,2]: p50 = 1.5; p90 at 3.6 = 2
    expect(s.cycleDays.receivedToResolved.n).toBe(5);
    expect(s.cycleDays.receivedToResolved.p50).toBeCloseTo(1.5, 9);
    expect(s.cycleDays.receivedToResolved.p90).toBeCloseTo(2, 9);
    // request→resolved [3,3.5,4,4,7]: p50 = 4; p90 at 3.6 = 4 + 0.6×3
    expect(s.cycleDays.requestToResolved.n).toBe(5);
    expect(s.cycleDays.requestToResolved.p50).toBeCloseTo(4, 9);
    expect(s.cycleDays.requestToResolved.p90).toBeCloseTo(5.8, 9);
    expect(s.topReasons.map((r) => [r.reason, r.units])).toEqual([
      ['damaged_in_transit', 3],
      ['size_too_small', 2],
      ['changed_mind', 1],
      ['not_as_described', 1],
    ]);
  });

  it('a pending return without an amount is valued at its line, and counts in the rates but in no resolution', async () => {
    // Only February, by order: R3 (store credit 50), R4 (rejected), R5 (pending, 1 × 120), R6 (refund 180).
    const s = await summary({ from: '2025-02-01', to: '2025-02-28' });
    expect(s.unitsReturned).toBe(3);
    expect(s.returnedValue).toBeCloseTo(50 + 120 + 200, 9);
    expect(s.refundedValue! + s.exchangedValue! + s.storeCreditValue!).toBeCloseTo(180 + 50, 9);
  });

  it('filters narrow sales and returns alike: category=Calzado', async () => {
    // Calzado = sku A: O1 2×100, O2 1×100, O5 1×100, O7 1×120, O13 1×100; returns R1 and R5.
    const s = await summary({ ...period, category: 'Calzado' });
    expect(s).toMatchObject({ orders: 5, unitsSold: 6, grossSales: 620, returns: 2, unitsReturned: 2, returnedValue: 220 });
    expect(s.returnRateUnits).toBeCloseTo(2 / 6, 12);
  });

  it('the carrier filter is the outbound carrier of the order line', async () => {
    // OCA lines: O2 A 1, O3 C 3 + B 2, O6 B 4, O7 A 1, O11 D 1 + C 1, O14 C 5 → 18 units, 6 orders.
    // Returns of OCA lines: R2 (3), R4 (rejected), R5 (1), R8 (1).
    const s = await summary({ ...period, carrier: 'OCA' });
    expect(s).toMatchObject({ orders: 6, unitsSold: 18, returns: 4, unitsReturned: 5 });
  });

  it('the reason filter narrows returns only', async () => {
    const s = await summary({ ...period, reason: 'size_too_small' });
    expect(s).toMatchObject({ ...sales, returns: 2, unitsReturned: 2 });
    expect(s.returnRateUnits).toBeCloseTo(2 / 34, 12);
  });

  it('without from/to the period is the whole data range', async () => {
    const s = await summary({});
    expect(s.period).toEqual({ from: '2025-01-05', to: '2025-03-16', basis: 'order' });
    expect(s).toMatchObject({ orders: 15, unitsSold: 36, returns: 8 });
  });

  it('compare=previous reports the same-length period before and the change of every KPI', async () => {
    // 2025-02-01..2025-02-28 (28 days) against 2025-01-04..2025-01-31.
    const s = await summary({ from: '2025-02-01', to: '2025-02-28', compare: 'previous' });
    const comparison = comparisonOf(s);
    expect(comparison.period).toEqual({ from: '2025-01-04', to: '2025-01-31', basis: 'order' });
    // January orders: O1 O2 O3 O4 O11 O13 → 16 units; February: O5 O6 O7 O8 O9 O12 O14 → 18 units.
    expect(s.unitsSold).toBe(18);
    expect(comparison.values.unitsSold).toBe(16);
    expect(comparison.changes.unitsSold).toEqual({ absolute: 2, relative: 2 / 16 });
    expect(comparison.changes.returnRateUnits!.absolute).toBeCloseTo(s.returnRateUnits! - comparison.values.returnRateUnits!, 12);
  });
});
