import { parseResponse, type InferRequestType } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, refusal, refusedQuery, writeTempFile } from '../support/test-store.ts';
import { generateShopCsv, openGeneratedShop } from './support/generated-shop.ts';

// A generated shop with two causes: CAL-3 (a shoe) comes back twice as often as the rest of
// Calzado, for running small; OCA damages parcels from June to September.
let store: Awaited<ReturnType<typeof openGeneratedShop>>;
beforeAll(async () => {
  store = await openGeneratedShop({
    seed: 7,
    lines: 12_000,
    causes: [
      { where: { sku: 'CAL-3' }, extraRate: 0.14, reason: 'size_too_small' },
      { where: { carrier: 'OCA' }, extraRate: 0.06, reason: 'damaged_in_transit', months: [6, 7, 8, 9] },
    ],
  });
});
afterAll(() => store.close());

type CausesQuery = InferRequestType<typeof store.client.api.causes.$get>['query'];
const causes = (query: CausesQuery = {}) => parseResponse(store.client.api.causes.$get({ query }));

describe('GET /api/causes', () => {
  it('rejects bad parameters with the API error shape', async () => {
    const refusedQueries: Record<string, string>[] = [{ q: '0' }, { q: '0.9' }, { lang: 'fr' }, { limit: '0' }, { minUnits: 'abc' }, { from: '2025-05-01', to: '2025-04-01' }];
    for (const query of refusedQueries) {
      const refused = await refusal(await store.client.api.causes.$get({ query: refusedQuery(query) }));
      expect([refused.status, refused.code], JSON.stringify(query)).toEqual([400, 'invalid_query']);
    }
  });

  it('the sizing problem: evidence, money and drill-down that add up', async () => {
    const body = await causes();
    expect(body).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-28', basis: 'order' }, currency: 'ARS', settings: { limit: 10, minUnits: 30, q: 0.05, lang: 'es' } });
    const top = body.findings[0]!;
    expect(top).toMatchObject({
      rank: 1,
      dimension: 'sku',
      values: { sku: 'CAL-3' },
      label: 'CAL-3',
      comparedWith: 'rest_of_category',
      category: 'Calzado',
      measure: 'all',
      reason: 'size_too_small',
      reasonGroup: 'fit_description',
      filters: { sku: 'CAL-3' },
      test: { method: 'conditional_binomial' },
    });
    const { evidence, money } = top;
    expect(evidence.rate).toBeCloseTo(evidence.unitsReturned / evidence.unitsSold, 12);
    expect(evidence.lift).toBeCloseTo(evidence.rate / evidence.baselineRate, 12);
    expect(evidence.lift).toBeGreaterThan(1.6);
    expect(money.excessUnits).toBeCloseTo(evidence.unitsReturned - evidence.baselineRate * evidence.unitsSold, 9);
    // every Calzado line sells at 90,000, refunded in full with 2,000 of reverse shipping per return
    expect(money.excessValue).toBeCloseTo(money.excessUnits * 90_000, 4);
    // each extra unit is refunded 90,000 and shares its line's 2,000 of shipping with the line's other
    // units: valued stratum by stratum (each stratum's own lines per unit), between 90,000 and 92,000
    expect(money.netCostSaved! / money.excessUnits).toBeGreaterThan(90_000);
    expect(money.netCostSaved! / money.excessUnits).toBeLessThanOrEqual(92_000);
    expect(top.test.p).toBeLessThanOrEqual(top.test.q);
    expect(top.test.q).toBeLessThan(1e-6);
    expect(top.sentence).toMatch(/^CAL-3 se devuelve \d,\d× más que el resto de Calzado; \d+% por Talle chico; exceso estimado \$/);

    // the drill-down's filters select exactly the lines of the evidence
    const summary = await parseResponse(store.client.api.metrics.summary.$get({ query: top.filters }));
    expect([summary.unitsSold, summary.unitsReturned]).toEqual([evidence.unitsSold, evidence.unitsReturned]);
    // the monthly series covers the period and adds up to the evidence
    expect(top.series.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01`));
    expect(top.series.reduce((sum, m) => sum + m.unitsSold, 0)).toBe(evidence.unitsSold);
    expect(top.series.reduce((sum, m) => sum + m.unitsReturned, 0)).toBe(evidence.unitsReturned);
    expect(top.series.every((m) => m.baselineRate !== null && m.baselineRate < m.rate!)).toBe(true);
    expect(top.timing).toEqual({ startMonth: null, endMonth: null });
  });

  it('the carrier problem: damaged in transit from June to September, with its reason in the drill-down', async () => {
    const { findings } = await causes();
    const oca = findings.find((f) => f.values.carrier === 'OCA' && f.dimension === 'carrier')!;
    expect(oca).toMatchObject({ comparedWith: 'other_values', reason: 'damaged_in_transit', reasonGroup: 'logistics' });
    expect(oca.filters).toEqual(oca.measure === 'all' ? { carrier: 'OCA' } : { carrier: 'OCA', reason: 'damaged_in_transit' });
    expect(oca.timing).toEqual({ startMonth: '2025-06-01', endMonth: '2025-09-01' });
  });

  it('speaks English, keeps to the limit, and leaves small samples out', async () => {
    const english = await causes({ lang: 'en', limit: '1' });
    expect(english.findings).toHaveLength(1);
    expect(english.findings[0]!.sentence).toMatch(/^CAL-3 comes back \d\.\d× as often as the rest of Calzado; \d+% for Too small; estimated excess \$/);
    const none = await causes({ minUnits: '1000000' });
    expect(none.scanned.suspects).toBe(0);
    expect(none.findings).toEqual([]);
  });

  it('with the reason filter, the rate tried is that reason’s', async () => {
    const { findings } = await causes({ reason: 'damaged_in_transit' });
    const oca = findings.find((f) => f.values.carrier === 'OCA' && f.dimension === 'carrier');
    expect(oca).toMatchObject({ measure: 'all', reason: 'damaged_in_transit', reasonShare: 1 });
  });

  it('answers under every standard filter, each finding inside the filter', async () => {
    const filters: CausesQuery[] = [{ category: 'Calzado' }, { channel: 'App' }, { region: 'Salta' }, { carrier: 'OCA' }, { sku: 'CAL-3' }, { basis: 'return' }, { from: '2025-06-01', to: '2025-06-30' }];
    for (const query of filters) {
      const { findings } = await causes(query);
      const [name, value] = Object.entries(query)[0]!;
      for (const f of findings) {
        if (['category', 'channel', 'region', 'carrier', 'sku'].includes(name)) expect((f.values as Record<string, string>)[name] ?? value, name).toBe(value);
      }
    }
  });

  it('answers an empty database with no findings', async () => {
    const empty = await openTestStore();
    try {
      expect((await parseResponse(empty.client.api.causes.$get({ query: {} }))).findings).toEqual([]);
    } finally {
      empty.close();
    }
  });
  it('leaves the net cost saved unknown, not 0, when the returns carry no shipping cost or recovered value', async () => {
    // the same shop, its returns file without the last two columns (shipping_cost, recovered_value)
    const csv = generateShopCsv({ seed: 7, lines: 12_000, causes: [{ where: { sku: 'CAL-3' }, extraRate: 0.14, reason: 'size_too_small' }] });
    const returns = csv.returns.trimEnd().split('\n').map((line) => line.split(',').slice(0, -2).join(','));
    const bare = await openTestStore({ withShop: { orders: writeTempFile('orders.csv', csv.orders), returns: writeTempFile('returns.csv', returns.join('\n')) } });
    try {
      const { findings } = await parseResponse(bare.client.api.causes.$get({ query: {} }));
      const top = findings.find((f) => f.values.sku === 'CAL-3')!;
      expect(top.money.netCostSaved).toBeNull();
      // what does not rest on those columns is still there
      expect(top.money.excessValue).toBeCloseTo(top.money.excessUnits * 90_000, 4);
    } finally {
      bare.close();
    }
  });
});
