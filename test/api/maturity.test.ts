import { parseResponse, type InferRequestType } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { useSmallShopThroughAugust } from './small-shop-through-august.ts';

// Maturity on the small shop through August (see small-shop-through-august.ts). The data ends on
// 2025-08-20 10:00, R15's resolution.
//
// Learnt window: order → request days of the 17 matched returns, sorted:
//   4 (R9), 4 (R11), 4.625 (R2), 4.7083 (R4), 5 (R10), 5 (R12), 5 (R13), 5.5833 (R5), 6 (R17),
//   6.1667 (R3), 7 (R1), 7 (R7), 7 (R14), 7.0417 (R6), 10 (R15), 15 (R16), 35.9167 (R8)
// p95 at rank 0.95 × 16 = 15.2: 15 + 0.2 × (35.9167 − 15) = 19.18333 days (1,657,440 s).
const learntDays = 1_657_440 / 86_400;

const shop = useSmallShopThroughAugust();
const shortPolicy = useSmallShopThroughAugust({ returnWindowDays: 5 });

const trend = (store: typeof shop, query: InferRequestType<typeof store.client.api.metrics.trend.$get>['query']) =>
  parseResponse(store.client.api.metrics.trend.$get({ query }));

describe('GET /api/metrics/trend: which months are final', () => {
  it('reports the policy window, the learnt window and the data it is judged against', async () => {
    const t = await trend(shop, { from: '2025-04-01', to: '2025-08-31' });
    expect(t.returnWindowDays).toBe(30);
    expect(t.learntWindow.returns).toBe(17);
    expect(t.learntWindow.days).toBeCloseTo(learntDays, 9);
    expect(t.windowDays).toBe(30);
    expect(t.asOf).toBe('2025-08-20T10:00:00');
  });

  it('with a 30-day policy, a month closes 30 days after its last delivery (or order): July and August are immature', async () => {
    const t = await trend(shop, { from: '2025-04-01', to: '2025-08-31' });
    // April: latest is O27, delivered 04-28 11:00 (O20, undelivered, was ordered 04-20) → 05-28 11:00.
    // May: O23, undelivered, ordered 05-20 20:00 → 06-19 20:00. June: O24 delivered 06-09 10:00 → 07-09.
    // July: O26 delivered 07-30 10:00 → 08-29 10:00, after 08-20. August: O25 ordered 08-05 10:00 → 09-04.
    // The learnt window (from the order, 19.18 days) ends earlier each time.
    expect(t.rows.map((r) => [r.month, r.windowClosesAt, r.mature])).toEqual([
      ['2025-04-01', '2025-05-28T11:00:00', true],
      ['2025-05-01', '2025-06-19T20:00:00', true],
      ['2025-06-01', '2025-07-09T10:00:00', true],
      ['2025-07-01', '2025-08-29T10:00:00', false],
      ['2025-08-01', '2025-09-04T10:00:00', false],
    ]);
  });

  it('with a 5-day policy, the learnt window decides: July is final, August is not', async () => {
    const t = await trend(shortPolicy, { from: '2025-07-01', to: '2025-08-31' });
    expect(t.windowDays).toBeCloseTo(learntDays, 9);
    // July: policy 07-30 10:00 + 5 d = 08-04 10:00; learnt O26 07-28 10:00 + 19 d 4 h 24 min = 08-16 14:24.
    // August: policy 08-05 10:00 + 5 d = 08-10 10:00; learnt 08-05 10:00 + 19 d 4 h 24 min = 08-24 14:24.
    expect(t.rows.map((r) => [r.windowClosesAt, r.mature])).toEqual([
      ['2025-08-16T14:24:00', true],
      ['2025-08-24T14:24:00', false],
    ]);
  });

  it('January and February of the first export are final now that the data runs to August', async () => {
    const t = await trend(shop, { from: '2025-01-01', to: '2025-02-28' });
    // February's last line, O14 (undelivered), was ordered 02-27 10:00: its window closed 03-29 10:00.
    expect(t.rows.map((r) => r.mature)).toEqual([true, true]);
    expect(t.rows[1].windowClosesAt).toBe('2025-03-29T10:00:00');
  });

  it('a request month is final once it is over, whatever the windows', async () => {
    const t = await trend(shop, { from: '2025-07-01', to: '2025-08-31', basis: 'return' });
    // July ended before 08-20; August has not.
    expect(t.rows.map((r) => r.mature)).toEqual([true, false]);
  });

  it('a filter narrows the lines whose window counts: Calzado in June closes with its own last delivery', async () => {
    // June's only Calzado line is O24's A, delivered 06-09 10:00; the months without Calzado sales
    // (July, August) count from their last day: 08-01 + 30 d = 08-31 and 09-01 + 30 d = 10-01.
    const t = await trend(shop, { from: '2025-06-01', to: '2025-08-31', category: 'Calzado' });
    expect(t.rows.map((r) => [r.windowClosesAt, r.mature])).toEqual([
      ['2025-07-09T10:00:00', true],
      ['2025-08-31T00:00:00', false],
      ['2025-10-01T00:00:00', false],
    ]);
  });
});

describe('GET /api/metrics/trend with requestedBy: final as it stood then', () => {
  it('judges months at requestedBy, not at the data’s end: June as it stood on 13 June is not final', async () => {
    // As it stood on 2025-06-13 00:00: April closed on 05-28 11:00 (final); May closes on
    // 06-19 20:00 and June on 07-09 10:00 (both after: provisional). June then had R13 (06-12, 1 of
    // O24's 2 units) and not yet R14 (06-14): 1 / 2 = 50 %, where it closed at 2 / 2. Judged at the
    // data's end (08-20) both months read final, June at 50 %.
    const t = await trend(shop, { from: '2025-04-01', to: '2025-06-30', requestedBy: '2025-06-13T00:00:00' });
    expect(t.asOf).toBe('2025-06-13T00:00:00');
    expect(t.rows.map((r) => [r.month, r.unitsReturned, r.unitsSold, r.mature, r.resolutionsSettled])).toEqual([
      // April: R9 (2), R10 (1), R11 (1), R17 (1) of O16, O17, O18, O19, O20, O27's 9 units; R13 and
      // R14 pending then, but they are June's; every April return was resolved by 05-05: settled
      ['2025-04-01', 5, 9, true, true],
      // May: R12 (1) of O21 (2), O28 (1), O22 (1), O23 (1)
      ['2025-05-01', 1, 5, false, false],
      // June: R13 (1) of O24's 2 units
      ['2025-06-01', 1, 2, false, false],
    ]);
  });
});
