import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataIfEmpty } from '../../server/demo/load-demo-data.ts';
import { openTestStore } from '../support/test-store.ts';

// The committed demo data, loaded the way the server loads it, must show its three planted
// causes through the same API the dashboard reads.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  expect(await loadDemoDataIfEmpty(store.db, () => {})).toBe(true);
});
afterAll(() => store.close());

const metrics = () => store.client.api.metrics;

describe('the demo data through the API', () => {
  it('loads every row cleanly and says it is demo data', async () => {
    const dataset = await parseResponse(store.client.api.dataset.$get());
    expect(dataset).toMatchObject({ isDemo: true, empty: false, currency: 'ARS', firstDate: '2024-11-01', lastDate: '2026-10-31' });
    const { rows } = await parseResponse(store.client.api.imports.$get());
    expect(rows.map((r) => r.rowsRejected)).toEqual([0, 0]);
  });

  it('the sizing problem: ZAP-URB-42 tops Calzado by return rate, mostly for running small', async () => {
    const { rows } = await parseResponse(metrics().breakdown.$get({ query: { by: 'sku', category: 'Calzado', sort: 'returnRateUnits', limit: '2' } }));
    const [worst, next] = rows;
    expect(worst!.key).toBe('ZAP-URB-42');
    expect(worst!.topReason).toBe('size_too_small');
    const calzado = await parseResponse(metrics().summary.$get({ query: { category: 'Calzado' } }));
    expect(worst!.returnRateUnits).toBeGreaterThan(2.5 * calzado.returnRateUnits!);
    expect(worst!.returnRateUnits).toBeGreaterThan(2 * next!.returnRateUnits!);
  });

  it('the carrier problem: OCA damages parcels in June–September 2025 and not otherwise', async () => {
    const damaged = async (from: string, to: string) =>
      (await parseResponse(metrics().breakdown.$get({ query: { by: 'carrier', reason: 'damaged_in_transit', sort: 'returnRateUnits', from, to } }))).rows;
    const planted = await damaged('2025-06-01', '2025-09-30');
    expect(planted[0]!.key).toBe('OCA');
    expect(planted[0]!.returnRateUnits).toBeGreaterThan(2 * planted[1]!.returnRateUnits!);
    const later = await damaged('2025-11-01', '2026-10-31');
    const ocaLater = later.find((r) => r.key === 'OCA')!;
    expect(planted[0]!.returnRateUnits).toBeGreaterThan(3 * ocaLater.returnRateUnits!);
  });

  it('the warehouse problem: received→resolved takes several times longer in March 2026', async () => {
    const { rows } = await parseResponse(metrics().trend.$get({ query: { basis: 'return', from: '2025-01-01', to: '2026-09-30' } }));
    const byMonth = new Map(rows.map((r) => [r.month, r.receivedToResolvedP50]));
    const others = rows
      .filter((r) => !['2026-02-01', '2026-03-01', '2026-04-01'].includes(r.month))
      .map((r) => r.receivedToResolvedP50!)
      .sort((a, b) => a - b);
    const typical = others[Math.floor(others.length / 2)]!;
    expect(byMonth.get('2026-03-01')).toBeGreaterThan(3 * typical);
  });
});
