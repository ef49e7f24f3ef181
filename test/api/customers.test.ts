import { parseResponse } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { comparisonOf, refusal, refusedQuery } from '../support/test-store.ts';
import { useSmallShopThroughAugust } from './small-shop-through-august.ts';

// Hand-worked from the small shop through August (see small-shop-through-august.ts). The data ends
// on 2025-08-20 10:00, its orders on 2025-08-05 10:00 (O25): whether anyone bought again is known
// up to the orders' end only. April–August by order:
//   returned   first return in scope            next order with a value > 0
//   kim        R9  2025-04-06 10:00 refund      O21 2025-05-03 11:00 (27 days)
//   lu         R10 2025-04-10 12:00 exchange    O22 2025-05-10 10:00 (29.9 days)
//   mar        R11 2025-04-12 09:00 refund      none
//   rita       R17 2025-05-01 11:00 exchange    none: O28 on 05-06 is a zero-value replacement
//   quim       R16 2025-08-12 10:00 pending     none; 90 days not yet passed
//   pia        R15 2025-08-15 10:00 store cr.   none; 90 days not yet passed
//   did not    first order in the period
//   nico       O19 2025-04-12 15:00             O23 2025-05-20 20:00 (38.2 days)
//   oli        O20 2025-04-20 18:00             none
const period = { from: '2025-04-01', to: '2025-08-31' };

const shop = useSmallShopThroughAugust();

describe('GET /api/metrics/customers: do they buy again after a return?', () => {
  it('within 90 days, observed customers only, split by the resolution of the first return', async () => {
    const c = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period } }));
    expect(c).toMatchObject({ withinDays: 90, asOf: '2025-08-05T10:00:00' });
    // quim (08-12 + 90 d) and pia (08-15 + 90 d) are still in their window on 08-05.
    expect(c.returned).toEqual({ customers: 6, observed: 4, stillInWindow: 2, repurchased: 2, repurchaseRate: 0.5 });
    expect(c.notReturned).toEqual({ customers: 2, observed: 2, stillInWindow: 0, repurchased: 1, repurchaseRate: 0.5 });
    expect(c.byResolution).toEqual([
      { resolution: 'exchange', customers: 2, observed: 2, stillInWindow: 0, repurchased: 1, repurchaseRate: 0.5 }, // lu yes, rita no
      { resolution: 'refund', customers: 2, observed: 2, stillInWindow: 0, repurchased: 1, repurchaseRate: 0.5 }, // kim yes, mar no
      { resolution: 'pending', customers: 1, observed: 0, stillInWindow: 1, repurchased: 0, repurchaseRate: null },
      { resolution: 'store_credit', customers: 1, observed: 0, stillInWindow: 1, repurchased: 0, repurchaseRate: null },
    ]);
  });

  it('withinDays=20: nobody came back that fast', async () => {
    const c = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period, withinDays: '20' } }));
    // quim 08-12 + 20 d = 09-01 and pia are still in their window; the 27, 29.9 and 38.2 days are too slow.
    expect(c.returned).toMatchObject({ customers: 6, observed: 4, repurchased: 0, repurchaseRate: 0 });
    expect(c.notReturned).toMatchObject({ observed: 2, repurchased: 0, repurchaseRate: 0 });
  });

  it('filters pick the customers: Calzado', async () => {
    // Calzado returns: R9 (kim), R13 (kim); Calzado orders without a Calzado return: lu's O22 (lu
    // returned Remera C, not Calzado). kim comes back (O21); lu's first Calzado order is O22 on
    // 05-10 and lu orders nothing more up to the orders' end, 08-05 10:00, but 90 days from 05-10
    // end on 08-08: lu is still in the window the data can judge.
    const c = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period, category: 'Calzado' } }));
    expect(c.returned).toMatchObject({ customers: 1, observed: 1, repurchased: 1 });
    expect(c.notReturned).toMatchObject({ customers: 1, observed: 0, stillInWindow: 1, repurchased: 0 });
    // within 80 days (to 07-29), lu is observed and did not come back
    const within80 = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period, category: 'Calzado', withinDays: '80' } }));
    expect(within80.notReturned).toMatchObject({ customers: 1, observed: 1, repurchased: 0 });
    // channel ml: O17 and O22 (lu), O20 (oli). lu returned R10 and came back with O22 (any order
    // counts, whatever its channel); oli ordered O20 only.
    const ml = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period, channel: 'ml' } }));
    expect(ml.returned).toMatchObject({ customers: 1, observed: 1, repurchased: 1 });
    expect(ml.notReturned).toMatchObject({ customers: 1, observed: 1, repurchased: 0 });
  });

  it('compare=previous: the first export, where 2 of 7 returners and 2 of 3 others came back', async () => {
    // Before: 2024-10-30..2025-03-31, orders O1–O15 and returns R1–R8, all observed by 08-20.
    // Returners: ana (R1 01-12, back with O5 02-02), caro (R2 01-20, back with O13 01-28), juan, edu,
    // fer, ines, hugo (never again) → 2 / 7. Others: beto (O2, then O9), dani (O4, then O14), gabi
    // (O8 only) → 2 / 3.
    const c = await parseResponse(shop.client.api.metrics.customers.$get({ query: { ...period, compare: 'previous' } }));
    expect(comparisonOf(c).values.returned).toMatchObject({ customers: 7, observed: 7, repurchased: 2 });
    expect(comparisonOf(c).values.notReturned).toMatchObject({ customers: 3, observed: 3, repurchased: 2 });
    // but the data begins in January 2025: November and December of the period before hold nothing,
    // so it is no baseline, and no change is given (0.5 against 2/7 would read as a 21-point rise)
    expect(comparisonOf(c).beforeData).toBe(true);
    expect(comparisonOf(c).changes.returnedRepurchaseRate).toEqual({ absolute: null, relative: null });
    expect(comparisonOf(c).changes.notReturnedRepurchaseRate).toEqual({ absolute: null, relative: null });
  });
});

describe('GET /api/metrics/customers/serial-returners', () => {
  it('kim: 3 orders, 5 of 6 units back, half the returned units and 54 % of the refunds', async () => {
    const s = await parseResponse(shop.client.api.metrics.customers['serial-returners'].$get({ query: { ...period } }));
    expect(s.criteria).toEqual({ minOrders: 3, minReturnRate: 0.5 });
    // 8 customers ordered (kim lu mar nico oli rita quim pia); 10 units returned, 435 refunded.
    // kim: O16 2 + O21 2 + O24 2 = 6 units; R9 2 + R12 1 + R13 1 + R14 1 = 5; refunded R9 200 + R12 35.
    const kim = { orders: 3, unitsSold: 6, unitsReturned: 5, returnRateUnits: 5 / 6, refundedValue: 235, shareOfUnitsReturned: 0.5, shareOfRefundedValue: 235 / 435 };
    expect(s.overall).toEqual({ customers: 1, customersWithOrders: 8, ...kim });
    expect(s.total).toBe(1);
    expect(s.rows).toEqual([{ customerId: 'kim@example.com', ...kim }]);
  });

  it('looser criteria list more customers, sorted on the server', async () => {
    // minOrders 2, above 40 %: kim (5 / 6), rita (O27 1 + O28 1, R17 1 → 1 / 2) and lu (O17 1 + O22 1,
    // R10 1 → 1 / 2); nico (3 units, none back) is not one.
    const s = await parseResponse(shop.client.api.metrics.customers['serial-returners'].$get({ query: { ...period, minOrders: '2', minReturnRate: '0.4', sort: 'returnRateUnits' } }));
    expect(s.rows.map((r) => [r.customerId, r.returnRateUnits])).toEqual([
      ['kim@example.com', 5 / 6],
      ['lu@example.com', 0.5],
      ['rita@example.com', 0.5],
    ]);
    expect(s.overall).toMatchObject({ customers: 3, unitsReturned: 7, shareOfUnitsReturned: 0.7 });
  });

  it('a period holding one order of each customer: all of it back is serial at minOrders 1, nobody at 2', async () => {
    // April by order: kim O16 (2 units, R9 2 back), lu O17 (1, R10 1), mar O18 (1, R11 1), rita O27
    // (1, R17 1) each bring back the whole of their only April order; nico O19 and oli O20 return
    // nothing. Six customers ordered; five units came back.
    const april = { from: '2025-04-01', to: '2025-04-30' };
    const one = await parseResponse(shop.client.api.metrics.customers['serial-returners'].$get({ query: { ...april, minOrders: '1', minReturnRate: '0.5' } }));
    expect(one.overall).toMatchObject({ customers: 4, customersWithOrders: 6, orders: 4, unitsSold: 5, unitsReturned: 5, returnRateUnits: 1, shareOfUnitsReturned: 1 });
    // by units returned, then by name
    expect(one.rows.map((r) => [r.customerId, r.orders, r.unitsReturned])).toEqual([
      ['kim@example.com', 1, 2],
      ['lu@example.com', 1, 1],
      ['mar@example.com', 1, 1],
      ['rita@example.com', 1, 1],
    ]);
    const two = await parseResponse(shop.client.api.metrics.customers['serial-returners'].$get({ query: { ...april, minOrders: '2', minReturnRate: '0.5' } }));
    expect(two.overall).toMatchObject({ customers: 0, customersWithOrders: 6, unitsReturned: 0 });
  });

  it('basis=return: returns of an order placed before the period count against what was bought in it', async () => {
    // Requested 4 May–30 June: kim's R12 (1 unit of O21, ordered 3 May, before the period), R13 and
    // R14 (1 + 1 of O24, 7 June). kim bought O24's 2 units in the period and returned 3: 150 %.
    const s = await parseResponse(
      shop.client.api.metrics.customers['serial-returners'].$get({ query: { from: '2025-05-04', to: '2025-06-30', basis: 'return', minOrders: '1', minReturnRate: '1' } }),
    );
    expect(s.rows.map((r) => [r.customerId, r.orders, r.unitsSold, r.unitsReturned, r.returnRateUnits])).toEqual([['kim@example.com', 1, 2, 3, 1.5]]);
  });

  it('above 80 %: kim, whose 5 of 6 units are 83 %, each of the orders returned from counted once', async () => {
    // kim returned from O16 (2 units), O21 (2) and O24 (2, two return lines: R13 and R14): 6 units.
    const s = await parseResponse(shop.client.api.metrics.customers['serial-returners'].$get({ query: { ...period, minReturnRate: '0.8' } }));
    expect(s.rows.map((r) => [r.customerId, r.orders, r.unitsSold, r.unitsReturned])).toEqual([['kim@example.com', 3, 6, 5]]);
  });
});

describe('bad input on the new routes gets a 400 that names the parameter', () => {
  const metrics = () => shop.client.api.metrics;
  it.each([
    ['customers withinDays=0', () => metrics().customers.$get({ query: refusedQuery({ withinDays: '0' }) }), 'withinDays'],
    ['serial-returners minOrders=many', () => metrics().customers['serial-returners'].$get({ query: refusedQuery({ minOrders: 'many' }) }), 'minOrders'],
    ['serial-returners sort=customer_id', () => metrics().customers['serial-returners'].$get({ query: refusedQuery({ sort: 'customer_id' }) }), 'sort'],
    ['sla slaDays=-1', () => metrics().sla.$get({ query: refusedQuery({ slaDays: '-1' }) }), 'slaDays'],
    ['cycle-times by=sku', () => metrics()['cycle-times'].$get({ query: refusedQuery({ by: 'sku' }) }), 'by'],
    ['avoidable by=reason', () => metrics().avoidable.$get({ query: refusedQuery({ by: 'reason' }) }), 'by'],
    ['open-returns stage=lost', () => metrics()['open-returns'].$get({ query: refusedQuery({ stage: 'lost' }) }), 'stage'],
    ['value-recovery compare=last', () => metrics()['value-recovery'].$get({ query: refusedQuery({ compare: 'last' }) }), 'compare'],
    ['value-recovery from after to', () => metrics()['value-recovery'].$get({ query: refusedQuery({ from: '2025-05-01', to: '2025-04-01' }) }), 'from'],
  ])('%s', async (_name, ask, param) => {
    const refused = await refusal(await ask());
    expect([refused.status, refused.code]).toEqual([400, 'invalid_query']);
    expect(refused.params).toContain(param);
  });
});
