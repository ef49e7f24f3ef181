import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// A shop exported on 31 October whose products did not all sell in the same months. Every line is
// one unit at one price, ordered on the 5th; of the lines that come back, one in five is asked back
// 10 days after its order and four in five 45 days after (so 45 days is the learnt window, the
// longer than the policy's 30, and September and October still collect returns; August, whose
// window closed on 15 October, is settled). The exported returns, of lines that come back
// eventually at the rates below, are all of them up to September and one in five in October:
//
//   Calzado  OLD-1     200 lines a month, January–September (discontinued), 10 %: 20 a month back
//            NEW-1     2,000 lines in October (its successor), 10 %: 40 back so far
//            STEADY-1  200 lines a month, January–October, 10 %: 20 a month, 4 in October (+1 line on 31 October)
//   Hogar    PLAIN-1   200 lines a month, January–October, 10 %: as STEADY-1
//            BAD-1     200 lines a month, January–October, 20 %: 40 a month, 8 in October
//   Deco     INC-1     200 lines a month, January–October, 10 %: as STEADY-1
//            LAUNCH-1  200 lines in October (new), 10 %: 4 back so far
//
// OLD-1 comes back exactly as the rest of its category did in the months it sold. Set against the
// rest's whole period it looked 1.8× worse: 180 of 1,800 against (184 + 40) of (2,001 + 2,000),
// most of the rest's October not yet come back. BAD-1 does come back twice as often as PLAIN-1
// every month. INC-1 comes back as LAUNCH-1 did in October, the only month both sold; set
// against LAUNCH-1 it looked 4.6× worse: 184 of 2,000 against 4 of 200. The shop also switched carriers on 1 October, from Andreani to OCA: no month saw
// both, so nothing compares them.
const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];
const plan: { sku: string; category: string; lines: (month: number) => number; rate: number }[] = [
  { sku: 'OLD-1', category: 'Calzado', lines: (m) => (m <= 9 ? 200 : 0), rate: 0.1 },
  { sku: 'NEW-1', category: 'Calzado', lines: (m) => (m === 10 ? 2000 : 0), rate: 0.1 },
  { sku: 'STEADY-1', category: 'Calzado', lines: () => 200, rate: 0.1 },
  { sku: 'PLAIN-1', category: 'Hogar', lines: () => 200, rate: 0.1 },
  { sku: 'BAD-1', category: 'Hogar', lines: () => 200, rate: 0.2 },
  { sku: 'INC-1', category: 'Deco', lines: () => 200, rate: 0.1 },
  { sku: 'LAUNCH-1', category: 'Deco', lines: (m) => (m === 10 ? 200 : 0), rate: 0.1 },
];
const exportedAt = Date.parse('2025-10-31T18:00:00Z');
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function shopCsv() {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency,carrier'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,resolution,amount'];
  for (const { sku, category, lines, rate } of plan) {
    months.forEach((month, i) => {
      const count = lines(i + 1);
      const orderedAt = Date.parse(`2025-${month}-05T10:00:00Z`);
      for (let n = 0; n < count; n++) {
        const orderId = `${sku}-${month}-${n}`;
        orders.push(`${orderId},${stamp(orderedAt)},${sku},${category},1,1000,ARS,${i < 9 ? 'Andreani' : 'OCA'}`);
        // the first `rate` of the month's lines come back, every fifth of them after 10 days, the others after 45
        if (n >= count * rate) continue;
        const requestedAt = orderedAt + (n % 5 === 0 ? 10 : 45) * 86_400_000;
        if (requestedAt <= exportedAt) returns.push(`R-${orderId},${orderId},${sku},1,size_too_small,${stamp(requestedAt)},refund,1000`);
      }
    });
  }
  orders.push('LAST,2025-10-31 18:00:00,STEADY-1,Calzado,1,1000,ARS,OCA');
  return { orders: writeTempFile('orders.csv', `${orders.join('\n')}\n`), returns: writeTempFile('returns.csv', `${returns.join('\n')}\n`) };
}

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withShop: shopCsv() });
});
afterAll(() => store.close());

const period = { from: '2025-01-01', to: '2025-10-31' };

describe('comparisons while the last months still collect returns', () => {
  it('the cause finder sets each product against the rest of its category of the same return age', async () => {
    const { findings } = await parseResponse(store.client.api.causes.$get({ query: period }));
    expect(findings.find((f) => f.values.sku === 'OLD-1'), 'OLD-1 returns as the rest did in its months').toBeUndefined();
    expect(findings.filter((f) => f.dimension === 'carrier'), 'the carriers never shipped in the same month').toEqual([]);
    const bad = findings.find((f) => f.values.sku === 'BAD-1')!;
    // BAD-1: 8 × 40 + 40 + 8 = 368 back of 2,000; were it like PLAIN-1 in the settled months
    // (8 × 20 of 1,600), in September (20 of 200) and in October (4 of 200): 160 + 20 + 4 = 184
    expect(bad.evidence).toMatchObject({ unitsSold: 2000, unitsReturned: 368 });
    expect(bad.evidence.baselineRate).toBeCloseTo(184 / 2000, 12);
    expect(bad.evidence.lift).toBeCloseTo(2, 12);
    expect(bad.money.excessUnits).toBeCloseTo(184, 9);
  });

  it('the products table sets each product against the rest of its category of the same return age', async () => {
    const body = await parseResponse(store.client.api.rows.products.$get({ query: { ...period, sort: 'sku', order: 'asc' } }));
    const bySku = Object.fromEntries(body.rows.map((r) => [r.sku, r]));
    // OLD-1 against STEADY-1 in the settled months (160 of 1,600) and in September (20 of 200): 10 %
    expect(bySku['OLD-1']).toMatchObject({ unitsSold: 1800, unitsReturned: 180, farAboveCategory: false });
    expect(bySku['OLD-1']!.baselineRate).toBeCloseTo(0.1, 12);
    // NEW-1 against STEADY-1 in October alone: 4 of 201
    expect(bySku['NEW-1']!.baselineRate).toBeCloseTo(4 / 201, 12);
    expect(bySku['BAD-1']).toMatchObject({ unitsSold: 2000, unitsReturned: 368, farAboveCategory: true });
    expect(bySku['BAD-1']!.baselineRate).toBeCloseTo(184 / 2000, 12);
    expect(bySku['BAD-1']!.excessUnits).toBeCloseTo(184, 9);
    // INC-1 is judged where LAUNCH-1 compares, October: 4 of 200 against 4 of 200
    expect(bySku['INC-1']).toMatchObject({ unitsSold: 2000, unitsReturned: 184, excessUnits: 0, farAboveCategory: false });
    expect([bySku['INC-1']!.baselineRate, bySku['INC-1']!.lift]).toEqual([4 / 200, 1]);
    expect(body.flaggedTotal).toBe(1);
  });

  it('on basis=return the rest of a category is the products it sold in the period', async () => {
    // October's requests: STEADY-1's 16 of September's orders and 4 of October's, NEW-1's 40, and
    // OLD-1's 16, which sold nothing in October: it is no part of the others' rest
    const body = await parseResponse(store.client.api.rows.products.$get({ query: { from: '2025-10-01', to: '2025-10-31', basis: 'return', sort: 'sku', order: 'asc' } }));
    const bySku = Object.fromEntries(body.rows.map((r) => [r.sku, r]));
    expect(bySku['OLD-1']).toBeUndefined();
    expect(bySku['STEADY-1']).toMatchObject({ unitsSold: 201, unitsReturned: 20 });
    expect(bySku['STEADY-1']!.baselineRate).toBeCloseTo(40 / 2000, 12);
    expect(bySku['NEW-1']!.baselineRate).toBeCloseTo(20 / 201, 12);
  });
});

describe('a breakdown says how much of each value sold in the months still collecting returns', () => {
  it('Andreani sold September in them, OCA all of its October; on basis=return no month is', async () => {
    // September and October collect returns (see above). Andreani: the five products' 200 a month,
    // January–September (OLD-1, STEADY-1, PLAIN-1, BAD-1, INC-1): 9,000, September's 1,000 of them.
    // OCA: October's 2,000 + 200 + 1 + 200 + 200 + 200 + 200 = 3,001, all of them
    const carriers = async (basis: 'order' | 'return') =>
      (await parseResponse(store.client.api.metrics.breakdown.$get({ query: { ...period, basis, by: 'carrier', sort: 'unitsSold', order: 'desc' } }))).rows.map((r) => [r.key, r.unitsSold, r.unitsSoldOpen]);
    expect(await carriers('order')).toEqual([['Andreani', 9000, 1000], ['OCA', 3001, 3001]]);
    expect(await carriers('return')).toEqual([['Andreani', 9000, 0], ['OCA', 3001, 0]]);
  });
});
