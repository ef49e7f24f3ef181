import { parseResponse, type InferRequestType } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, refusal, refusedQuery } from '../support/test-store.ts';

// Hand-worked from test/fixtures/small-shop (see summary.test.ts for the per-order sums).
const period = { from: '2025-01-01', to: '2025-02-28' };

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

const trend = (query: InferRequestType<typeof store.client.api.metrics.trend.$get>['query']) =>
  parseResponse(store.client.api.metrics.trend.$get({ query }));
const breakdown = (query: InferRequestType<typeof store.client.api.metrics.breakdown.$get>['query']) =>
  parseResponse(store.client.api.metrics.breakdown.$get({ query }));

describe('GET /api/metrics/trend', () => {
  it('basis=order: one row per order month with the summary figures and maturity', async () => {
    const body = await trend({ grain: 'month', ...period });
    expect(body.grain).toBe('month');
    expect(body.rows.map((r) => r.month)).toEqual(['2025-01-01', '2025-02-01']);
    const [jan, feb] = body.rows as [(typeof body.rows)[number], (typeof body.rows)[number]];
    // January: O1 O2 O3 O4 O11 O13; returns R1 (1×100), R2 (3×40), R8 (1×200)
    expect(jan).toMatchObject({ orders: 6, unitsSold: 16, grossSales: 1250, unitsReturned: 5, returnedValue: 420 });
    // February: O5 O6 O7 O8 O9 O12 O14; returns R3 (1×50), R4 (rejected), R5 (1×120), R6 (1×200)
    expect(feb).toMatchObject({ orders: 7, unitsSold: 18, grossSales: 1240, returns: 4, unitsReturned: 3, returnedValue: 370 });
    expect(jan.returnRateUnits).toBeCloseTo(5 / 16, 12);
    // The data ends 2025-03-16 10:00 (R7 resolved). With a 30-day window, January closes on
    // 2025-03-03 and is final; February closes on 2025-03-31 and is still provisional.
    expect([jan.mature, feb.mature]).toEqual([true, false]);
    expect(body.returnWindowDays).toBe(30);
  });

  it('basis=return: months are request months and a finished month is final', async () => {
    const body = await trend({ ...period, basis: 'return' });
    const [jan, feb] = body.rows as [(typeof body.rows)[number], (typeof body.rows)[number]];
    expect([jan.unitsReturned, feb.unitsReturned]).toEqual([4, 3]);
    expect([jan.unitsSold, feb.unitsSold]).toEqual([16, 18]);
    expect([jan.mature, feb.mature]).toEqual([true, true]);
  });

  it('keeps empty months on the time axis', async () => {
    const body = await trend({ from: '2024-11-01', to: '2025-01-31' });
    expect(body.rows.map((r) => [r.month, r.unitsSold])).toEqual([
      ['2024-11-01', 0],
      ['2024-12-01', 0],
      ['2025-01-01', 16],
    ]);
    expect(body.rows[0]!.returnRateUnits).toBeNull();
  });
});

describe('GET /api/metrics/breakdown', () => {
  it('by=category: units, rates, value and top reason per category, sorted on the server', async () => {
    const body = await breakdown({ by: 'category', ...period });
    expect(body.total).toBe(3);
    // Hogar and Indumentaria tie on 3 returned units; the key breaks the tie in the same direction.
    // February still collects returns on 16 March (its last day + the 30-day window): its units are
    // the open ones, Indumentaria O5 1 + O8 2 + O14 5, Hogar O5 1 + O6 4 + O9 1 + O12 2, Calzado O5 1 + O7 1
    expect(body.rows).toEqual([
      { key: 'Indumentaria', unitsSold: 13, unitsSoldOpen: 8, unitsReturned: 3, returnRateUnits: 3 / 13, returnedValue: 120, grossSales: 520, returnRateValue: 120 / 520, topReason: 'damaged_in_transit' },
      { key: 'Hogar', unitsSold: 15, unitsSoldOpen: 8, unitsReturned: 3, returnRateUnits: 3 / 15, returnedValue: 450, grossSales: 1350, returnRateValue: 450 / 1350, topReason: 'better_price' },
      { key: 'Calzado', unitsSold: 6, unitsSoldOpen: 2, unitsReturned: 2, returnRateUnits: 2 / 6, returnedValue: 220, grossSales: 620, returnRateValue: 220 / 620, topReason: 'size_too_small' },
    ]);
  });

  it('sorts ascending by rate and paginates, reporting the total', async () => {
    const body = await breakdown({ by: 'category', ...period, sort: 'returnRateUnits', order: 'asc', limit: '2' });
    expect(body.total).toBe(3);
    expect(body.rows.map((r) => r.key)).toEqual(['Hogar', 'Indumentaria']);
    const next = await breakdown({ by: 'category', ...period, sort: 'returnRateUnits', order: 'asc', limit: '2', offset: '2' });
    expect(next.rows.map((r) => r.key)).toEqual(['Calzado']);
  });

  it('by=reason: each reason over the period sales; a rejected return is no reason row', async () => {
    const body = await breakdown({ by: 'reason', ...period });
    expect(body.rows.map((r) => [r.key, r.unitsReturned, r.unitsSold])).toEqual([
      ['damaged_in_transit', 3, 34],
      ['size_too_small', 2, 34],
      ['not_as_described', 1, 34],
      ['changed_mind', 1, 34],
      ['better_price', 1, 34],
    ]);
  });

  it('searches keys case-insensitively and combines with filters', async () => {
    const found = await breakdown({ by: 'category', ...period, search: 'CALZ' });
    expect(found.rows.map((r) => r.key)).toEqual(['Calzado']);
    const oca = await breakdown({ by: 'sku', ...period, carrier: 'OCA', sort: 'key', order: 'asc' });
    // OCA lines: A (O2 1, O7 1), B (O3 2, O6 4), C (O3 3, O11 1, O14 5), D (O11 1)
    expect(oca.rows.map((r) => [r.key, r.unitsSold])).toEqual([
      ['A', 2],
      ['B', 6],
      ['C', 9],
      ['D', 1],
    ]);
  });
});

describe('bad input gets a 400 that names the parameter', () => {
  const summary = (query: Record<string, string>) => store.client.api.metrics.summary.$get({ query: refusedQuery(query) });
  const breakdownOf = (query: Record<string, string>) => store.client.api.metrics.breakdown.$get({ query: refusedQuery(query) });
  const trendOf = (query: Record<string, string>) => store.client.api.metrics.trend.$get({ query: refusedQuery(query) });
  it.each([
    ['summary from=2025-13-01', () => summary({ from: '2025-13-01' }), 'from'],
    ['summary from=2025-02-30', () => summary({ from: '2025-02-30' }), 'from'],
    ['summary from after to', () => summary({ from: '2025-03-01', to: '2025-01-01' }), 'from'],
    ['summary basis=week', () => summary({ basis: 'week' }), 'basis'],
    ['summary reason=colour', () => summary({ reason: 'colour' }), 'reason'],
    ['breakdown by=colour', () => breakdownOf({ by: 'colour' }), 'by'],
    ['breakdown sort with SQL in it', () => breakdownOf({ by: 'sku', sort: 'price;DROP TABLE returns' }), 'sort'],
    ['breakdown limit=0', () => breakdownOf({ by: 'sku', limit: '0' }), 'limit'],
    ['trend grain=week', () => trendOf({ grain: 'week' }), 'grain'],
  ])('%s', async (_name, ask, param) => {
    const refused = await refusal(await ask());
    expect([refused.status, refused.code]).toEqual([400, 'invalid_query']);
    expect(refused.params).toContain(param);
    expect(refused.message).toContain(param);
  });

  it('an unknown route is a JSON 404', async () => {
    // no route, so no typed client call: the raw request
    const refused = await refusal(await store.app.request('/api/nothing-here'));
    expect([refused.status, refused.code]).toEqual([404, 'not_found']);
  });

  it('the data survives a hostile parameter: returns still has its 8 rows', async () => {
    await parseResponse(store.client.api.metrics.summary.$get({ query: { category: "x'; DROP TABLE returns;--" } }));
    const rows = await store.db.all('SELECT count(*)::INTEGER AS n FROM returns');
    expect(rows[0]!.n).toBe(8);
  });
});
