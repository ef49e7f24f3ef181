import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublishedBenchmarks } from '../../server/benchmarks/published-benchmarks.ts';
import { openTestStore, refusal, testApp, testSettings } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

const published = loadPublishedBenchmarks();
const onlineNrf = published.entries.find((e) => e.id === 'nrf-appriss-2023-us-online')!;
const { id: _id, ...onlineNrfFields } = onlineNrf;

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('outside benchmarks: the published table and the user copy', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  const list = async (app = store.app) => (await (await app.request('/api/benchmarks')).json()) as { tableVersion: string; entries: Array<{ id: string; origin: string; value: number; source: { publisher: string } }> };

  it('serves the published table as it is, each entry with its source', async () => {
    const body = await list();
    expect(body.tableVersion).toBe(published.tableVersion);
    expect(body.entries.map((e) => [e.id, e.origin, e.value])).toEqual(published.entries.map((e) => [e.id, 'published', e.value]));
    expect(body.entries.every((e) => e.source.publisher.length > 0)).toBe(true);
  });

  it('an edit needs a source, persists in the database, and DELETE brings the published figure back', async () => {
    const { source: _source, ...withoutSource } = onlineNrfFields;
    const refused = await store.app.request(`/api/benchmarks/${onlineNrf.id}`, { method: 'PUT', ...json({ ...withoutSource, value: 0.18 }) });
    expect(await refusal(refused)).toMatchObject({ status: 400, code: 'invalid_json', params: ['source'] });
    const noLink = await store.app.request(`/api/benchmarks/${onlineNrf.id}`, { method: 'PUT', ...json({ ...onlineNrfFields, source: { ...onlineNrf.source, url: 'not a link' } }) });
    expect(await refusal(noLink)).toMatchObject({ status: 400, params: ['source.url'] });

    const edited = await store.app.request(`/api/benchmarks/${onlineNrf.id}`, { method: 'PUT', ...json({ ...onlineNrfFields, value: 0.18 }) });
    expect(edited.status).toBe(200);
    // another app over the same database (a restart) reads the edit back
    const restarted = testApp({ db: store.db, uploadDir: store.uploadDir, settings: testSettings }).app;
    expect((await list(restarted)).entries.find((e) => e.id === onlineNrf.id)).toMatchObject({ value: 0.18, origin: 'edited' });

    const unedited = await store.app.request('/api/benchmarks/nrf-appriss-2023-us-all-retail', { method: 'DELETE' });
    expect(await refusal(unedited)).toMatchObject({ status: 409, code: 'benchmark_published' });
    const dropped = await store.app.request(`/api/benchmarks/${onlineNrf.id}`, { method: 'DELETE' });
    expect(await dropped.json()).toEqual({ id: onlineNrf.id, restored: true });
    expect((await list()).entries.find((e) => e.id === onlineNrf.id)).toMatchObject({ value: 0.176, origin: 'published' });
  });

  it('a new entry is added after the published ones; reset drops it and every edit', async () => {
    const added = await store.app.request('/api/benchmarks', { method: 'POST', ...json({ ...onlineNrfFields, value: 0.3, definition: 'My own figure, from my own source.' }) });
    expect(added.status).toBe(201);
    const { entry } = (await added.json()) as { entry: { id: string; origin: string } };
    expect(entry).toMatchObject({ origin: 'added' });
    await store.app.request(`/api/benchmarks/${onlineNrf.id}`, { method: 'PUT', ...json({ ...onlineNrfFields, value: 0.2 }) });
    expect((await list()).entries.map((e) => e.origin)).toEqual([...published.entries.map((e) => (e.id === onlineNrf.id ? 'edited' : 'published')), 'added']);

    const reset = await store.app.request('/api/benchmarks/reset', { method: 'POST' });
    expect(await reset.json()).toMatchObject({ dropped: 2 });
    expect((await list()).entries.map((e) => [e.id, e.origin, e.value])).toEqual(published.entries.map((e) => [e.id, 'published', e.value]));
    expect((await store.app.request(`/api/benchmarks/${entry.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('every change is in the audit trail', async () => {
    const rows = await store.db.all("SELECT action FROM audit WHERE action LIKE 'benchmark%' ORDER BY audit_id");
    // edit, drop (restore), add, edit, reset
    expect(rows.map((r) => r.action)).toEqual(['benchmark_saved', 'benchmark_deleted', 'benchmark_saved', 'benchmark_saved', 'benchmarks_reset']);
  });
});

// A Mercado Libre "Ventas" report made by hand, in the layout of test/fixtures/layouts/mercadolibre-ventas-ar.csv:
// a sale with a refund ("Anulaciones y reembolsos") is a return, requested the day of the sale.
const mlHeader = '# de venta;Fecha de venta;Estado;Descripción del estado;Unidades;Ingresos por productos (ARS);Cargo por venta e impuestos;Anulaciones y reembolsos (ARS);Total (ARS);SKU;# de publicación;Título de la publicación;Variante;Precio unitario de venta de la publicación (ARS);Comprador;Ciudad;Estado;Forma de entrega';
const mlSale = (id: string, date: string, refunded: boolean) =>
  refunded
    ? `${id};${date} 10:00 hs.;Devolución finalizada;Te devolvimos el dinero;1;1.000;-150;-1.000;0;SKU-${id};MLA${id};Remera;;1.000;buyer_${id};Rosario;Santa Fe;Mercado Envíos Flex`
    : `${id};${date} 10:00 hs.;Entregado;;1;1.000;-150;0;850;SKU-${id};MLA${id};Remera;;1.000;buyer_${id};Rosario;Santa Fe;Mercado Envíos Flex`;
const mlReport = [
  'Ventas al 30 de junio de 2025',
  '',
  mlHeader,
  // 30 June is the data's last day, so the 60 days are 2 May – 30 June (30 days of May, 30 of June)
  mlSale('3000001', '1 de mayo de 2025', true), // day 61 back: outside, sale and claim alike
  mlSale('3000002', '2 de mayo de 2025', true), // the first day in
  mlSale('3000003', '20 de mayo de 2025', false),
  mlSale('3000004', '10 de junio de 2025', false),
  mlSale('3000005', '15 de junio de 2025', true),
  mlSale('3000006', '20 de junio de 2025', false),
  mlSale('3000007', '30 de junio de 2025', false),
].join('\n');

describe('the Mercado Libre claim rate over the last 60 days of the data', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore();
    await importedReport(store.app, mlReport, { fileName: 'ventas.csv' });
  });
  afterAll(() => store.close());

  const claims = async (query = '') => (await store.app.request(`/api/benchmarks/mercado-libre${query}`)).json();

  it('counts the orders with a claim over the sales of the 60 days ending at the last date, the sale of day 61 outside', async () => {
    // sales 3000002–3000007 = 6; claims 3000002 and 3000005 = 2; 2 / 6
    const body = await claims();
    expect(body).toMatchObject({ window: { days: 60, from: '2025-05-02', to: '2025-06-30' }, ordersEver: 7, sales: 6, claims: 2 });
    expect(body.claimRate).toBeCloseTo(2 / 6, 12);
    // ARS is Mercado Libre Argentina's currency; the published table has no Argentine threshold
    expect(body).toMatchObject({ country: 'AR', countrySource: 'currency', threshold: null, aboveThreshold: null });
  });

  it('sets it against the threshold of the country asked for, or of one the user added with its source', async () => {
    const mexico = await claims('?country=MX');
    expect(mexico).toMatchObject({ country: 'MX', countrySource: 'request', threshold: { id: 'mercado-libre-claims-mx', value: 0.02 }, aboveThreshold: true });

    const mx = published.entries.find((e) => e.id === 'mercado-libre-claims-mx')!;
    const { id: _mxId, ...mxFields } = mx;
    const argentina = { ...mxFields, value: 0.4, scope: { country: 'AR', channel: 'Mercado Libre' }, definition: 'A threshold the seller read in their own account.' };
    expect((await store.app.request('/api/benchmarks', { method: 'POST', ...json(argentina) })).status).toBe(201);
    expect(await claims()).toMatchObject({ country: 'AR', threshold: { value: 0.4, origin: 'added' }, aboveThreshold: false });
  });

  it('refuses a country that is not an ISO code', async () => {
    expect(await refusal(await store.app.request('/api/benchmarks/mercado-libre?country=argentina'))).toMatchObject({ status: 400, params: ['country'] });
  });
});

describe('Mercado Libre sales in a shop\'s own export, told by their channel', () => {
  it('counts the orders whose channel is Mercado Libre (or Livre), and only those', async () => {
    const store = await openTestStore();
    try {
      const orders = [
        'order_id,ordered_at,sku,quantity,unit_price,currency,channel',
        'O1,2025-03-01 10:00:00,A,1,100,BRL,Mercado Libre',
        'O2,2025-03-10 10:00:00,A,1,100,BRL,mercado livre',
        'O3,2025-03-15 10:00:00,A,1,100,BRL,Tienda online',
        'O4,2025-01-05 10:00:00,A,1,100,BRL,Mercado Libre',
      ].join('\n');
      const returns = [
        'return_id,order_id,sku,quantity,reason_raw,requested_at,resolution',
        'R1,O1,A,1,Defectuoso,2025-03-20 10:00:00,refund',
        'R3,O3,A,1,Defectuoso,2025-03-25 10:00:00,refund',
        'R4,O4,A,1,Defectuoso,2025-01-20 10:00:00,refund',
      ].join('\n');
      await importedReport(store.app, orders, { kind: 'orders' });
      await importedReport(store.app, returns, { kind: 'returns' });
      // last date 25 March (R3): the 60 days are 25 January – 25 March. Mercado Libre sales in them:
      // O1, O2 (O3 is the shop's own, O4 was sold on 5 January); claims: O1's (O3's is not Mercado
      // Libre's, O4's was requested on 20 January): 1 / 2. BRL is Mercado Livre Brazil's currency.
      expect(await (await store.app.request('/api/benchmarks/mercado-libre')).json()).toMatchObject({
        window: { from: '2025-01-25', to: '2025-03-25' },
        ordersEver: 3,
        sales: 2,
        claims: 1,
        claimRate: 0.5,
        country: 'BR',
        threshold: { id: 'mercado-libre-claims-br', value: 0.03 },
        aboveThreshold: true,
      });
    } finally {
      await store.close();
    }
  });
});

describe('a shop with no Mercado Libre orders', () => {
  it('answers no sales and no rate rather than a 0 %', async () => {
    const store = await openTestStore({ withSmallShop: true });
    try {
      expect(await (await store.app.request('/api/benchmarks/mercado-libre')).json()).toMatchObject({ ordersEver: 0, sales: 0, claims: 0, claimRate: null });
    } finally {
      await store.close();
    }
  });
});
