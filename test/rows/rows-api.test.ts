import { parseResponse, type InferRequestType } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../server/rows/csv-cells.ts';
import { openTestStore, refusal, refusedQuery } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Hand-worked from test/fixtures/small-shop. January–February by order date holds the returns of
// orders O1–O9, O11–O14: R1 R2 R3 R4 (rejected) R5 (open) R6 R8.
const period = { from: '2025-01-01', to: '2025-02-28' };

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

const ids = (rows: { returnId: string }[]) => rows.map((row) => row.returnId);
const returnIds = async (query: InferRequestType<typeof store.client.api.rows.returns.$get>['query']) =>
  ids((await parseResponse(store.client.api.rows.returns.$get({ query }))).rows);

describe('GET /api/rows/returns', () => {
  it('lists the returns behind the period, with totals that match the metrics', async () => {
    const body = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, sort: 'returnId', order: 'asc' } }));
    expect(ids(body.rows)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R8']);
    expect(body.total).toBe(7);
    // 1+3+1+2+1+1+1 units listed; the totals leave the rejected R4 (2 units) out, as the summary
    // does: 8 units, 790 of value
    expect(body.totals).toEqual({ units: 8, returnedValue: 790 });
    const summary = await parseResponse(store.client.api.metrics.summary.$get({ query: period }));
    expect(summary).toMatchObject({ unitsReturned: body.totals.units, returnedValue: body.totals.returnedValue });
    expect(body.rows[0]).toMatchObject({
      returnId: 'R1',
      orderId: 'O1',
      sku: 'A',
      productName: 'Zapatilla A',
      category: 'Calzado',
      reason: 'size_too_small',
      reasonRaw: 'Talle pequeño',
      requestedAt: '2025-01-12T10:00:00',
      resolution: 'refund',
      amount: 100,
      recoveredValue: 90,
    });
  });

  it('narrows by the standard filters and by what was clicked', async () => {
    expect(await returnIds({ ...period, category: 'Calzado', sort: 'returnId', order: 'asc' })).toEqual(['R1', 'R5']);
    expect(await returnIds({ ...period, resolution: 'refund', sort: 'returnId', order: 'asc' })).toEqual(['R1', 'R6', 'R8']);
    // R2 (damaged in transit) is the only logistics return; R3 (changed mind) and R8 (better price) are the customer's
    expect(await returnIds({ ...period, reasonGroup: 'logistics' })).toEqual(['R2']);
    expect(await returnIds({ ...period, preventable: 'false', sort: 'returnId', order: 'asc' })).toEqual(['R3', 'R8']);
    expect(await returnIds({ ...period, customer: 'caro@example.com' })).toEqual(['R2']);
    expect(await returnIds({ ...period, search: 'foto' })).toEqual(['R6']);
    // by request date, February holds R3 R4 R5 R6 but not R8 (requested 2 March)
    expect(await returnIds({ from: '2025-02-01', to: '2025-02-28', basis: 'return', sort: 'returnId', order: 'asc' })).toEqual([
      'R3', 'R4', 'R5', 'R6',
    ]);
  });

  it('open returns carry their age against the data\'s last timestamp', async () => {
    const body = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, open: 'true', sort: 'ageDays' } }));
    // R5 requested 20 February 10:00; the data ends 16 March 10:00 (R7's resolution): 24 days
    expect(ids(body.rows)).toEqual(['R5']);
    expect(body.rows[0].ageDays).toBeCloseTo(24, 9);
  });

  it('sorts on the server, ties broken by return id, and pages', async () => {
    // amounts: R8 200, R6 180, R2 120, R5 120 (none exported: 1 × 120), R1 100, R4 100, R3 50
    const sorted = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, sort: 'amount', order: 'desc' } }));
    expect(ids(sorted.rows)).toEqual(['R8', 'R6', 'R2', 'R5', 'R1', 'R4', 'R3']);
    const second = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, sort: 'amount', order: 'desc', limit: '3', offset: '3' } }));
    expect(ids(second.rows)).toEqual(['R5', 'R1', 'R4']);
    expect(second.total).toBe(7);
  });

  it('refuses a sort key outside the allowlist', async () => {
    const refused = await refusal(await store.client.api.rows.returns.$get({ query: refusedQuery({ ...period, sort: 'amount;DROP TABLE returns' }) }));
    expect([refused.status, refused.code]).toEqual([400, 'invalid_query']);
  });
});

describe('GET /api/rows/cycle-histogram', () => {
  it('counts request → resolved days in whole-day bins, the slowest in an open last bin', async () => {
    // Resolved: R1 3.5, R2 7, R3 3, R4 4, R6 4, R8 3 days (R5 is open). p99 = 4 + 0.95 × 3 = 6.85,
    // so bins of one day up to 6, the last one open-ended.
    const body = await parseResponse(store.client.api.rows['cycle-histogram'].$get({ query: { ...period, stage: 'requestToResolved' } }));
    expect(body.n).toBe(6);
    expect(body.p50).toBeCloseTo(3.75, 9);
    expect(body.p90).toBeCloseTo(5.5, 9);
    expect(body.bins).toEqual([
      { fromDays: 0, toDays: 1, returns: 0 },
      { fromDays: 1, toDays: 2, returns: 0 },
      { fromDays: 2, toDays: 3, returns: 0 },
      { fromDays: 3, toDays: 4, returns: 3 },
      { fromDays: 4, toDays: 5, returns: 2 },
      { fromDays: 5, toDays: 6, returns: 0 },
      { fromDays: 6, toDays: null, returns: 1 },
    ]);
  });

  it('a bar opens the returns it counts', async () => {
    const bar = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, daysOf: 'requestToResolved', minDays: '3', maxDays: '4', sort: 'returnId', order: 'asc' } }));
    expect(ids(bar.rows)).toEqual(['R1', 'R3', 'R8']);
    const last = await parseResponse(store.client.api.rows.returns.$get({ query: { ...period, daysOf: 'requestToResolved', minDays: '6' } }));
    expect(ids(last.rows)).toEqual(['R2']);
  });

  it('answers no bins when nothing has both timestamps', async () => {
    const body = await parseResponse(store.client.api.rows['cycle-histogram'].$get({ query: { from: '2025-03-10', to: '2025-03-31', stage: 'receivedToResolved' } }));
    expect(body).toMatchObject({ n: 0, bins: [] });
  });
});

describe('GET /api/rows/order-lines', () => {
  it('lists the order lines of the period with the units that came back', async () => {
    const body = await parseResponse(store.client.api.rows['order-lines'].$get({ query: { ...period, limit: '500' } }));
    // every line but O10 and O15 (March): 34 units, 2,490 as in the summary
    expect(body.total).toBe(20);
    expect(body.totals).toEqual({ units: 34, value: 2490 });
    const o3c = body.rows.find((row) => row.orderId === 'O3' && row.sku === 'C');
    expect(o3c).toMatchObject({ quantity: 3, unitPrice: 40, lineValue: 120, unitsReturned: 3, carrier: 'OCA' });
  });

  it('only the lines that came back, for a reason when one is given', async () => {
    const returned = await parseResponse(store.client.api.rows['order-lines'].$get({ query: { ...period, withReturns: 'true', sort: 'orderId', order: 'asc' } }));
    // O6's only return (R4) was rejected
    expect(returned.rows.map((row) => row.orderId)).toEqual(['O1', 'O11', 'O12', 'O3', 'O5', 'O7']);
    const small = await parseResponse(store.client.api.rows['order-lines'].$get({ query: { ...period, withReturns: 'true', reason: 'size_too_small', sort: 'orderId', order: 'asc' } }));
    expect(small.rows.map((row) => row.orderId)).toEqual(['O1', 'O7']);
  });
});

describe('GET /api/rows/products', () => {
  it('gives each SKU its rate and the rest of its category as baseline', async () => {
    const body = await parseResponse(store.client.api.rows.products.$get({ query: { ...period, sort: 'sku', order: 'asc' } }));
    expect(body.rows.map((row) => row.sku)).toEqual(['A', 'B', 'C', 'D']);
    const [a, b, , d] = body.rows;
    // A is all of Calzado: 2 of 6 units back, nothing to compare with
    expect(a).toMatchObject({ unitsSold: 6, unitsReturned: 2, baselineRate: null, farAboveCategory: false });
    // Hogar: B 1 of 11 (R4 rejected), D 2 of 4. The data ends on 16 March: January is settled,
    // February still collects returns (its last day + the 30-day window), so each product is set
    // against the other in each: B 0 of 5 in January and 1 of 6 in February, D 1 of 2 in each.
    // B at D's 1/2 both months: (5 + 6) × 1/2 of 11; D at B's 0, then 1/6: 2 × 0 + 2 × 1/6 = 1/3 of 4
    expect(b.returnRateUnits).toBeCloseTo(1 / 11, 12);
    expect(b.baselineRate).toBeCloseTo(5.5 / 11, 12);
    expect(d.returnRateUnits).toBeCloseTo(0.5, 12);
    expect(d.baselineRate).toBeCloseTo(1 / 3 / 4, 12);
    expect(d.lift).toBeCloseTo(6, 12);
    expect(d.excessUnits).toBeCloseTo(2 - 1 / 3, 12);
    expect(d.topReason).toMatch(/not_as_described|better_price/);
    // 4 units sold are far below the default 30: no flag on a handful of sales
    expect(body.flaggedTotal).toBe(0);
  });

  it('flags a SKU far above its category once the sample may be small', async () => {
    // D: Wilson lower bound of 2/4 is 0.150, above its baseline of 1/12, and 6× it
    const body = await parseResponse(store.client.api.rows.products.$get({ query: { ...period, minUnits: '1', flagged: 'true' } }));
    expect(body.rows.map((row) => row.sku)).toEqual(['D']);
    expect(body.flaggedTotal).toBe(1);
  });

  it('searches SKU and product name', async () => {
    const body = await parseResponse(store.client.api.rows.products.$get({ query: { ...period, search: 'lámpara' } }));
    expect(body.rows.map((row) => row.sku)).toEqual(['D']);
  });
});

describe('CSV export', () => {
  it('downloads the same rows as the page, header first', async () => {
    const res = await store.client.api.rows['returns.csv'].$get({ query: { ...period, sort: 'returnId', order: 'asc' } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('inversa-returns-2025-01-01_2025-02-28.csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('return_id,order_id,sku,product_name,category')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R8']);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const hostile = await openTestStore();
    try {
      const orders = [
        'order_id,ordered_at,customer_id,sku,product_name,category,quantity,unit_price',
        'X1,2025-01-05 10:00:00,=HYPERLINK("http://evil"),S1,+Taza,Hogar,1,10.00',
        'X2,2025-01-06 10:00:00,@admin,S2,"Mesa, roble",-Hogar,1,10.00',
      ].join('\n');
      expect((await uploadFile(hostile.app, orders, { kind: 'orders' })).status).toBe(200);
      const res = await hostile.client.api.rows['order-lines.csv'].$get({ query: { sort: 'orderId', order: 'asc' } });
      const [, first, second] = (await res.text()).split('\r\n');
      expect(first).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(first).toContain(",'+Taza,");
      expect(second).toContain(",'@admin,");
      expect(second).toContain(',"Mesa, roble",\'-Hogar,');
    } finally {
      await hostile.close();
    }
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['-2', "'-2"],
    ['\tcmd', "'\tcmd"],
    ['a "quoted" word', '"a ""quoted"" word"'],
    [-2, '-2'],
    [null, ''],
  ])('cell %j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});
