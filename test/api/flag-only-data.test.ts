import fs from 'node:fs';
import path from 'node:path';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonOf, fixturesDir, openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// test/fixtures/layouts/combined-flag-only.csv: 11 order lines of 10 orders (1004 has two), January
// and February 2025, and a 0/1 return_status: nothing else about the 4 returns (no reason, status,
// refund, dates, recovered value or shipping cost). Worked out by hand from the file:
//   January  1001 1×120, 1002 2×35.5 (returned), 1003 1×60, 1004 2×120 (returned) + 1×15, 1005 3×20
//            → 5 orders, 10 units, 566; returned 2 + 2 = 4 units, 71 + 240 = 311
//   February 1006 1×60, 1007 1×35.5 (returned), 1008 4×15, 1009 2×20 (returned), 1010 1×120
//            → 5 orders, 9 units, 315.5; returned 1 + 2 = 3 units, 35.5 + 40 = 75.5
//   whole    10 orders, 19 units, 881.5; 4 returns, 4 orders with one, 7 units, 386.5
// The period defaults to the data's range, 5 January to 28 February.
const flagOnlyFile = path.join(fixturesDir, 'layouts', 'combined-flag-only.csv');
const unknownValues = {
  refundedValue: null,
  exchangedValue: null,
  storeCreditValue: null,
  retainedValue: null,
  retentionRate: null,
  recoveredValue: null,
  returnShippingCost: null,
  netReturnCost: null,
};
const noStage = { p50: null, p90: null, p95: null, mean: null, n: 0 };

type Store = Awaited<ReturnType<typeof openTestStore>>;

// The customer is pinned to customer_location, whatever the dictionary proposes for that header,
// so that the serial returners below have customers to count.
async function importFlagOnlyFile(store: Store) {
  const mapping = JSON.stringify({ customer_id: 'customer_location' });
  const { status, body } = await uploadFile(store.app, fs.readFileSync(flagOnlyFile), { fileName: 'combined-flag-only.csv', mapping });
  expect(status).toBe(200);
  expect(body).toMatchObject({ kind: 'combined', tables: { orders: { rowsImported: 11 }, returns: { rowsImported: 4 } } });
}

describe('a combined file with only a 0/1 return flag', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await importFlagOnlyFile(store);
  });
  afterAll(() => store.close());

  it('the dataset says which fields its returns have: none of the optional ones', async () => {
    const dataset = await parseResponse(store.client.api.dataset.$get());
    expect(dataset).toMatchObject({ orderLines: 11, returns: 4, firstDate: '2025-01-05', lastDate: '2025-02-28' });
    expect(dataset.coverage).toEqual({
      resolution: 0,
      refundAmount: 0,
      disposition: 0,
      recoveredValue: 0,
      shippingCost: 0,
      receivedAt: 0,
      resolvedAt: 0,
      reasonText: 0,
    });
  });

  it('summary: the rates are measured; refunds, retention, recovered value, shipping and net cost are unknown, not 0', async () => {
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: {} }));
    expect(s.period).toEqual({ from: '2025-01-05', to: '2025-02-28', basis: 'order' });
    expect(s).toMatchObject({ orders: 10, unitsSold: 19, grossSales: 881.5, returns: 4, ordersWithReturn: 4, unitsReturned: 7, returnedValue: 386.5 });
    expect(s.returnRateUnits).toBeCloseTo(7 / 19, 12);
    expect(s.returnRateOrders).toBeCloseTo(4 / 10, 12);
    expect(s.returnRateValue).toBeCloseTo(386.5 / 881.5, 12);
    expect(s).toMatchObject(unknownValues);
    expect(s.cycleDays).toEqual({ requestToReceived: noStage, receivedToResolved: noStage, requestToResolved: noStage });
    // no reason text: every return is filed under other (the web says the data has no reasons)
    expect(s.topReasons).toEqual([{ reason: 'other', units: 7, share: 1 }]);
  });

  it('a comparison with an unknown figure has no change, rather than a change from or to 0', async () => {
    // 2025-02-01..2025-02-28 against the 28 days before, 4–31 January: both have returns, both unknown
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-02-01', to: '2025-02-28', compare: 'previous' } }));
    expect(comparisonOf(s).period).toMatchObject({ from: '2025-01-04', to: '2025-01-31' });
    expect(comparisonOf(s).values).toMatchObject(unknownValues);
    expect(comparisonOf(s).changes.refundedValue).toEqual({ absolute: null, relative: null });
    expect(comparisonOf(s).changes.netReturnCost).toEqual({ absolute: null, relative: null });
    // the rates still compare: 3 / 9 units against 4 / 10
    expect(comparisonOf(s).changes.returnRateUnits.absolute).toBeCloseTo(3 / 9 - 4 / 10, 12);
  });

  it('a period with no return at all has 0 of everything, which is exact', async () => {
    // 5–8 January: 1001 only, not returned
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-01-05', to: '2025-01-08' } }));
    expect(s).toMatchObject({ orders: 1, unitsSold: 1, grossSales: 120, returns: 0, unitsReturned: 0, returnedValue: 0 });
    expect(s).toMatchObject({ refundedValue: 0, retainedValue: 0, recoveredValue: 0, returnShippingCost: 0, netReturnCost: 0, retentionRate: null });
  });

  it('trend: each month with its rates, and its value figures unknown', async () => {
    const { rows } = await parseResponse(store.client.api.metrics.trend.$get({ query: {} }));
    expect(rows.map((r) => r.month)).toEqual(['2025-01-01', '2025-02-01']);
    const [january, february] = rows;
    expect(january).toMatchObject({ orders: 5, unitsSold: 10, grossSales: 566, returns: 2, unitsReturned: 4, returnedValue: 311 });
    expect(january.returnRateUnits).toBeCloseTo(4 / 10, 12);
    expect(february).toMatchObject({ orders: 5, unitsSold: 9, grossSales: 315.5, returns: 2, unitsReturned: 3, returnedValue: 75.5 });
    expect(february.returnRateValue).toBeCloseTo(75.5 / 315.5, 12);
    const { retentionRate: _notInTrend, ...unknownInTrend } = unknownValues;
    for (const row of rows) expect(row).toMatchObject({ ...unknownInTrend, requestToResolvedP50: null });
  });

  it('value recovery: only the returned value stands; every later step is unknown', async () => {
    const v = await parseResponse(store.client.api.metrics['value-recovery'].$get({ query: {} }));
    expect(v).toMatchObject({ unitsReturned: 7, returnedValue: 386.5, grossSales: 881.5, unsettledValue: null, netCostShareOfSales: null, ...unknownValues });
    expect(v.recoveredByDisposition).toEqual([]);
    expect(v.steps).toEqual([
      { step: 'returnedValue', disposition: null, kind: 'total', value: 386.5 },
      { step: 'retained', disposition: null, kind: 'change', value: null },
      { step: 'unsettled', disposition: null, kind: 'change', value: null },
      { step: 'refunded', disposition: null, kind: 'total', value: null },
      { step: 'returnShipping', disposition: null, kind: 'change', value: null },
      { step: 'netReturnCost', disposition: null, kind: 'total', value: null },
    ]);
  });

  it('no return is open: none has a status or a date to be open by', async () => {
    const open = await parseResponse(store.client.api.metrics['open-returns'].$get({ query: {} }));
    expect(open).toMatchObject({ openReturns: 0, awaitingReceipt: 0, awaitingResolution: 0, total: 0, rows: [] });
    const rows = await parseResponse(store.client.api.rows.returns.$get({ query: { open: 'true' } }));
    expect(rows.total).toBe(0);
    const sla = await parseResponse(store.client.api.metrics.sla.$get({ query: {} }));
    expect(sla.overall).toEqual({ month: null, received: 0, resolvedOnTime: 0, resolvedLate: 0, openLate: 0, openWithinSla: 0, breachRate: null });
  });

  it('the drill-down lists the 4 returns as resolution unknown, with no amount given back', async () => {
    const { total, totals, rows } = await parseResponse(store.client.api.rows.returns.$get({ query: { resolution: 'unknown', sort: 'orderId', order: 'asc' } }));
    expect(total).toBe(4);
    expect(totals).toEqual({ units: 7, returnedValue: 386.5 });
    expect(rows.map((r) => [r.orderId, r.amount, r.returnedValue])).toEqual([
      ['1002', null, 71],
      ['1004', null, 240],
      ['1007', null, 35.5],
      ['1009', null, 40],
    ]);
  });

  it('return policy: what a window would refuse is measured; the refunds it would save are unknown, not 0', async () => {
    const answer = await parseResponse(store.client.api.policy.simulation.$get({ query: { windowDays: '15', returnFee: '10' } }));
    expect(answer.scope).toMatchObject({ returns: 4, unitsReturned: 7, returnedValue: 386.5, refundedValue: null });
    expect(answer.window).toMatchObject({ refundedValue: null, refundsSaved: null });
    expect(answer.fee.refundsSaved).toBeNull();
    // the fee's income rests on the returns, which are known: 4 returns, 10 each, less those deterred
    expect(answer.fee.feeIncome).toBeCloseTo((4 - answer.fee.deterredReturns!) * 10, 9);
    expect(answer.exchange).toMatchObject({ retainedValue: null, bonusCreditCost: null, netRetainedValue: null, refundsAfter: null });
  });

  it('serial returners: refunds unknown, units measured', async () => {
    // customer_location as the customer: Madrid ordered 1001, 1004 (2 + 1 units) and 1007,
    // 5 units, and returned 2 + 1 = 3 of them (0.6 > 0.5): the one serial returner at 3 orders
    const { overall, rows } = await parseResponse(store.client.api.metrics.customers['serial-returners'].$get({ query: {} }));
    expect(overall).toMatchObject({ customers: 1, orders: 3, unitsSold: 5, unitsReturned: 3, refundedValue: null, shareOfRefundedValue: null });
    expect(overall.shareOfUnitsReturned).toBeCloseTo(3 / 7, 12);
    expect(rows).toEqual([expect.objectContaining({ customerId: 'Madrid', refundedValue: null, shareOfRefundedValue: null })]);
  });
});

describe('what is known is summed, what is not is left out', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore({ withSmallShop: true });
    await importFlagOnlyFile(store);
  });
  afterAll(() => store.close());

  it('beside the small shop, the flag-only returns add their rates but no refund, recovery or cost', async () => {
    // January–February by order: the small shop's 13 orders, 34 units, 2,490 and returns R1–R6, R8
    // (docs/metrics.md) with the flag file's 10 orders, 19 units, 881.5 and 4 returns
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-01-01', to: '2025-02-28' } }));
    expect(s).toMatchObject({ orders: 23, unitsSold: 53, grossSales: 3371.5, returns: 11, unitsReturned: 15, returnedValue: 1176.5 });
    // the small shop's own figures: refunds R1 100 + R6 180 + R8 200, exchange R2, credit R3,
    // recovered 90 + 0 + 50 + 80 + 190, shipping 10 + 15 + 8 + 10 + 20 + 0
    expect(s).toMatchObject({ refundedValue: 480, exchangedValue: 120, storeCreditValue: 50, retainedValue: 170, recoveredValue: 410, returnShippingCost: 63, netReturnCost: 133 });
  });

  it('coverage counts the small shop’s 8 returns that have each field, and none of the flag file’s 4', async () => {
    const dataset = await parseResponse(store.client.api.dataset.$get());
    expect(dataset.returns).toBe(12);
    // R5 has no amount, disposition, recovered value or resolution date (its empty resolution
    // reads as pending, which is known); R4 (rejected) has no amount, disposition or recovered value
    expect(dataset.coverage).toEqual({
      resolution: 8,
      refundAmount: 6,
      disposition: 6,
      recoveredValue: 6,
      shippingCost: 8,
      receivedAt: 8,
      resolvedAt: 7,
      reasonText: 8,
    });
  });
});

describe('a scope whose returns lack one input', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore({ withSmallShop: true });
  });
  afterAll(() => store.close());

  it('R5 alone (pending, nothing recovered yet): refunds are 0, recovered value and so net cost unknown', async () => {
    // requested 20–28 February: R5 only, pending, shipping 10, no recovered value
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-02-20', to: '2025-02-28', basis: 'return' } }));
    expect(s).toMatchObject({ returns: 1, unitsReturned: 1, returnedValue: 120 });
    expect(s).toMatchObject({ refundedValue: 0, exchangedValue: 0, storeCreditValue: 0, retainedValue: 0, retentionRate: null });
    expect(s).toMatchObject({ returnShippingCost: 10, recoveredValue: null, netReturnCost: null });
    const v = await parseResponse(store.client.api.metrics['value-recovery'].$get({ query: { from: '2025-02-20', to: '2025-02-28', basis: 'return' } }));
    expect(v).toMatchObject({ refundedValue: 0, unsettledValue: 120, recoveredValue: null, returnShippingCost: 10, netReturnCost: null, netCostShareOfSales: null });
  });
});
