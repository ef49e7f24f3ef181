import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// An instant refund: the shop pays when the parcel is handed to the carrier, before it is back
// (Loop's and Shopify's instant refunds, a refund on the carrier's first scan). Such a return was
// rejected as "resolved before it was requested or received", so it left every figure: the shop's
// fastest returns dropped out, and the rate lost them too. It is a return like any other, whose
// resolution did not wait for its receipt: receipt -> resolution has no duration for it.
//
// Orders O1, O2 of 1 January 2025, one unit at 100 each. Returns:
// - R1: asked 2 January, received the 6th, refunded the 8th: request -> receipt 4 days, receipt ->
//   resolution 2 days, request -> resolution 6 days;
// - R2: asked 3 January, refunded the 4th (on the carrier's scan), received the 9th: request ->
//   receipt 6 days, request -> resolution 1 day, no receipt -> resolution.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  await importedReport(store.app, ['order_id,ordered_at,sku,quantity,unit_price', 'O1,2025-01-01 10:00:00,A,1,100', 'O2,2025-01-01 11:00:00,B,1,100'].join('\n'), { kind: 'orders' });
  const report = await importedReport(
    store.app,
    [
      'return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,resolution,amount,reason',
      'R1,O1,A,1,2025-01-02 10:00:00,2025-01-06 10:00:00,2025-01-08 10:00:00,Reembolso,100,Talle pequeño',
      'R2,O2,B,1,2025-01-03 10:00:00,2025-01-09 10:00:00,2025-01-04 10:00:00,Reembolso,100,Talle pequeño',
    ].join('\n'),
    { kind: 'returns' },
  );
  expect(report).toMatchObject({ rowsImported: 2, rowsRejected: 0 });
});
afterAll(() => store.close());

describe('a refund paid before the parcel is back', () => {
  const query = { from: '2025-01-01', to: '2025-01-31' };

  it('is a return, refunded: both units back, 200 refunded', async () => {
    const summary = await parseResponse(store.client.api.metrics.summary.$get({ query }));
    expect(summary).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 200 });
    // request -> receipt: 4 and 6 days, p50 5; receipt -> resolution: R1's 2 days alone;
    // request -> resolution: 6 and 1 days, p50 3.5
    expect(summary.cycleDays.requestToReceived).toMatchObject({ p50: 5, n: 2 });
    expect(summary.cycleDays.receivedToResolved).toMatchObject({ p50: 2, n: 1 });
    expect(summary.cycleDays.requestToResolved).toMatchObject({ p50: 3.5, n: 2 });
  });

  it('is on time for the SLA: nothing waited after its receipt', async () => {
    const sla = await parseResponse(store.client.api.metrics.sla.$get({ query: { ...query, slaDays: '1' } }));
    // R1 waited 2 days after its receipt (late against 1); R2 was refunded before it
    expect(sla.overall).toMatchObject({ received: 2, resolvedOnTime: 1, resolvedLate: 1, openLate: 0, openWithinSla: 0 });
  });
});
