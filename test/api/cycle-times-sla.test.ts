import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { comparisonOf } from '../support/test-store.ts';
import { useSmallShopThroughAugust } from './small-shop-through-august.ts';

// Hand-worked from the small shop through August (see small-shop-through-august.ts); the data
// ends on 2025-08-20 10:00. April–August by order holds returns R9–R17 (R13, R14, R16 open):
//            request→received  received→resolved  request→resolved   return carrier
//   R9        2                 1                  3                  Andreani
//   R10       2                 10                 12                 OCA
//   R11       2                 1                  3                  Andreani
//   R17       2                 2                  4                  OCA
//   R12       2                 2                  4                  Andreani
//   R13       3                 open               open               Andreani
//   R14       not received      -                  -                  (none)
//   R16       4                 open               open               Andreani
//   R15       3                 2                  5                  Andreani
const period = { from: '2025-04-01', to: '2025-08-31' };

const shop = useSmallShopThroughAugust();

describe('GET /api/metrics/cycle-times', () => {
  it('overall: p50, p90, p95 and mean per stage, rejected and open returns as they are', async () => {
    const { overall } = await parseResponse(shop.client.api.metrics['cycle-times'].$get({ query: { ...period } }));
    expect(overall.returns).toBe(9);
    // request→received [2,2,2,2,2,3,3,4] (n 8): p50 at rank 3.5 = 2; p90 at 6.3 = 3 + 0.3×1;
    // p95 at 6.65 = 3.65; mean 20 / 8
    expect(overall.requestToReceived!.n).toBe(8);
    expect(overall.requestToReceived!.p50).toBeCloseTo(2, 9);
    expect(overall.requestToReceived!.p90).toBeCloseTo(3.3, 9);
    expect(overall.requestToReceived!.p95).toBeCloseTo(3.65, 9);
    expect(overall.requestToReceived!.mean).toBeCloseTo(2.5, 12);
    // received→resolved [1,1,2,2,2,10] (n 6): p50 at 2.5 = 2; p90 at 4.5 = 2 + 0.5×8; p95 at 4.75 = 2 + 0.75×8; mean 18 / 6
    expect(overall.receivedToResolved).toMatchObject({ n: 6 });
    expect(overall.receivedToResolved!.p50).toBeCloseTo(2, 9);
    expect(overall.receivedToResolved!.p90).toBeCloseTo(6, 9);
    expect(overall.receivedToResolved!.p95).toBeCloseTo(8, 9);
    expect(overall.receivedToResolved!.mean).toBeCloseTo(3, 12);
    // request→resolved [3,3,4,4,5,12]: p50 at 2.5 = 4; p90 at 4.5 = 5 + 0.5×7; p95 at 4.75 = 5 + 0.75×7; mean 31 / 6
    expect(overall.requestToResolved!.p50).toBeCloseTo(4, 9);
    expect(overall.requestToResolved!.p90).toBeCloseTo(8.5, 9);
    expect(overall.requestToResolved!.p95).toBeCloseTo(10.25, 9);
    expect(overall.requestToResolved!.mean).toBeCloseTo(31 / 6, 12);
  });

  it('by=returnCarrier: one row per carrier that brought parcels back, none last', async () => {
    const { rows } = await parseResponse(shop.client.api.metrics['cycle-times'].$get({ query: { ...period, by: 'returnCarrier' } }));
    expect(rows.map((r) => [r.key, r.returns])).toEqual([
      ['Andreani', 6],
      ['OCA', 2],
      [null, 1],
    ]);
    const [andreani, oca, none] = rows;
    // Andreani request→received [2,2,2,3,3,4]: p50 at 2.5 = 2.5; p90 at 4.5 = 3.5; p95 at 4.75 = 3.75; mean 16 / 6
    expect(andreani.requestToReceived!.p50).toBeCloseTo(2.5, 9);
    expect(andreani.requestToReceived!.p90).toBeCloseTo(3.5, 9);
    expect(andreani.requestToReceived!.p95).toBeCloseTo(3.75, 9);
    expect(andreani.requestToReceived!.mean).toBeCloseTo(16 / 6, 12);
    // OCA received→resolved [2,10]: p50 6; p90 2 + 0.9×8 = 9.2; p95 2 + 0.95×8 = 9.6; mean 6
    expect(oca.receivedToResolved!.p50).toBeCloseTo(6, 9);
    expect(oca.receivedToResolved!.p90).toBeCloseTo(9.2, 9);
    expect(oca.receivedToResolved!.p95).toBeCloseTo(9.6, 9);
    expect(oca.receivedToResolved!.mean).toBeCloseTo(6, 12);
    // R14 was never received: no durations at all
    expect(none.requestToReceived).toEqual({ p50: null, p90: null, p95: null, mean: null, n: 0 });
  });

  it('by=month keeps empty months on the time axis; by=carrier is the outbound carrier', async () => {
    const months = await parseResponse(shop.client.api.metrics['cycle-times'].$get({ query: { from: '2025-03-01', to: '2025-05-31', basis: 'return' } }));
    // March: R7, R8 requested; April: R9, R10, R11; May: R17, R12
    expect(months.rows.map((r) => [r.key, r.returns])).toEqual([
      ['2025-03-01', 2],
      ['2025-04-01', 3],
      ['2025-05-01', 2],
    ]);
    const empty = await parseResponse(shop.client.api.metrics['cycle-times'].$get({ query: { from: '2025-07-01', to: '2025-07-31', basis: 'return' } }));
    expect(empty.rows).toEqual([{ key: '2025-07-01', returns: 0, requestToReceived: null, receivedToResolved: null, requestToResolved: null }]);
    // outbound: R9 R11 R12 R13 R14 R16 R15 left by Andreani, R10 R17 by OCA
    const carriers = await parseResponse(shop.client.api.metrics['cycle-times'].$get({ query: { ...period, by: 'carrier' } }));
    expect(carriers.rows.map((r) => [r.key, r.returns])).toEqual([
      ['Andreani', 7],
      ['OCA', 2],
    ]);
  });
});

describe('GET /api/metrics/sla', () => {
  it('judges every received return at the data end: on time, late, open and late, open within', async () => {
    const s = await parseResponse(shop.client.api.metrics.sla.$get({ query: { ...period } }));
    expect(s.slaDays).toBe(7);
    expect(s.asOf).toBe('2025-08-20T10:00:00');
    // received→resolved within 7 days: R9 1, R11 1, R17 2, R12 2, R15 2; late: R10 10.
    // R13 open since its receipt on 06-15 10:00 (66 days): breached. R16 received 08-16 (4 days): no verdict.
    // R14 was never received.
    expect(s.overall).toEqual({ month: null, received: 8, resolvedOnTime: 5, resolvedLate: 1, openLate: 1, openWithinSla: 1, breachRate: 2 / 7 });
    expect(s.months.map((m) => [m.month, m.received, m.breachRate])).toEqual([
      ['2025-04-01', 4, 1 / 4], // R9 R11 R17 on time, R10 late
      ['2025-05-01', 1, 0], // R12
      ['2025-06-01', 1, 1], // R13 open and late
      ['2025-07-01', 1, null], // R16, no verdict yet
      ['2025-08-01', 1, 0], // R15
    ]);
  });

  it('slaDays moves the line: at 1.5 days R17, R12 and R15 (2 days) breach too', async () => {
    const s = await parseResponse(shop.client.api.metrics.sla.$get({ query: { ...period, slaDays: '1.5' } }));
    // on time R9 R11; late R10 R17 R12 R15; open late R13 (66 d) and R16 (4 d)
    expect(s.overall).toMatchObject({ resolvedOnTime: 2, resolvedLate: 4, openLate: 2, openWithinSla: 0 });
    expect(s.overall.breachRate).toBeCloseTo(6 / 8, 12);
  });

  it('compare=previous reports the change in the breach rate', async () => {
    // 2025-06-01..2025-08-31 (30 + 31 + 31 = 92 days) against the 92 days before, 2025-03-01..2025-05-31,
    // cut at 20 May (the data ends on 20 August: its last 11 days have none), which loses no order,
    // by order: now R13 (open late), R16 (open within), R15 (on time) → 1 / 2.
    // before: the returns of orders 03-01..05-31: R7 (O10), R9, R10, R11, R17, R12, resolved
    // 1, 1, 10, 1, 2, 2 days after receipt → 1 late of 6.
    const s = await parseResponse(shop.client.api.metrics.sla.$get({ query: { from: '2025-06-01', to: '2025-08-31', compare: 'previous' } }));
    expect(comparisonOf(s).period).toEqual({ from: '2025-03-01', to: '2025-05-20', basis: 'order' });
    expect(s.overall.breachRate).toBeCloseTo(1 / 2, 12);
    expect(comparisonOf(s).values.breachRate).toBeCloseTo(1 / 6, 12);
    expect(comparisonOf(s).changes.breachRate.absolute).toBeCloseTo(1 / 2 - 1 / 6, 12);
    expect(comparisonOf(s).changes.breachRate.relative).toBeCloseTo((1 / 2 - 1 / 6) / (1 / 6), 12);
  });
});

describe('GET /api/metrics/open-returns', () => {
  it('lists open returns oldest first with their age at the data end, never the wall clock', async () => {
    const o = await parseResponse(shop.client.api.metrics['open-returns'].$get({ query: {} }));
    expect(o.asOf).toBe('2025-08-20T10:00:00');
    expect(o).toMatchObject({ openReturns: 4, awaitingReceipt: 1, awaitingResolution: 3, total: 4 });
    // R5 requested 02-20 10:00: 28 + 31 + 30 + 31 + 30 + 31 = 181 days; received 02-23: 178.
    // R13 06-12 10:00: 30 + 31 + 8 = 69 days (received 06-15: 66). R14 06-14: 67, never received.
    // R16 08-12 10:00: 8 days (received 08-16: 4).
    expect(o.rows.map((r) => [r.returnId, r.stage, r.ageDays, r.daysSinceReceived])).toEqual([
      ['R5', 'awaiting_resolution', 181, 178],
      ['R13', 'awaiting_resolution', 69, 66],
      ['R14', 'awaiting_receipt', 67, null],
      ['R16', 'awaiting_resolution', 8, 4],
    ]);
    expect(o.rows[1]).toMatchObject({ orderId: 'O24', sku: 'A', customerId: 'kim@example.com', reason: 'size_too_large', returnedValue: 100, returnCarrier: 'Andreani', requestedAt: '2025-06-12T10:00:00' });
  });

  it('filters by stage and paginates; the counts still cover every open return in scope', async () => {
    const page = await parseResponse(shop.client.api.metrics['open-returns'].$get({ query: { stage: 'awaiting_resolution', limit: '1', offset: '1' } }));
    expect(page).toMatchObject({ openReturns: 4, awaitingReceipt: 1, total: 3 });
    expect(page.rows.map((r) => r.returnId)).toEqual(['R13']);
    const hogar = await parseResponse(shop.client.api.metrics['open-returns'].$get({ query: { category: 'Hogar' } }));
    expect(hogar.rows.map((r) => r.returnId)).toEqual(['R14', 'R16']);
  });
});
