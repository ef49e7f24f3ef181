import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';

// The next export replaces each order it lists whole (delete_overlapping_order_lines.sql): an order
// edited since lost the lines taken off it. An export cut into parts by row count (a spreadsheet's
// limit, a platform's batch) can cut an order in two, and its parts are dropped together: the second
// part listed order 1002 without the line the first part had, so that line went, reported as success.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const header = 'Order ID,Order Date,SKU,Quantity,Unit Price';
// order 1002's two lines fall on each side of the cut
const firstPart = [header, '1001,2025-03-01,REM-01,1,100.00', '1002,2025-03-02,REM-01,2,100.00'].join('\n');
const secondPart = [header, '1002,2025-03-02,PAN-02,1,60.00', '1003,2025-03-03,GOR-03,3,20.00'].join('\n');

async function drop(files: Array<[string, string]>) {
  const form = new FormData();
  for (const [name, content] of files) form.append('file', new Blob([content]), name);
  return store.app.request('/api/imports', { method: 'POST', body: form });
}

const march = () => parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));

describe('an export cut into parts', () => {
  it('dropped together, adds up to the whole export', async () => {
    expect((await drop([['ventas-1.csv', firstPart], ['ventas-2.csv', secondPart]])).status).toBe(200);
    // 1001: 1 × 100; 1002: 2 × 100 + 1 × 60; 1003: 3 × 20 → 3 orders, 7 units, 420.00
    expect(await march()).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 420 });
  });

  it('dropped together again, replaces itself', async () => {
    await drop([['ventas-1.csv', firstPart], ['ventas-2.csv', secondPart]]);
    expect((await drop([['ventas-1.csv', firstPart], ['ventas-2.csv', secondPart]])).status).toBe(200);
    expect(await march()).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 420 });
  });

  it('dropped together with an overlapping export, counts a line both list once', async () => {
    // March 2–3 exported again in the same drop: 1002 and 1003 listed whole, as in the parts
    const overlap = [header, '1002,2025-03-02,REM-01,2,100.00', '1002,2025-03-02,PAN-02,1,60.00', '1003,2025-03-03,GOR-03,3,20.00'].join('\n');
    expect((await drop([['ventas-1.csv', firstPart], ['ventas-2.csv', secondPart], ['ventas-2-3.csv', overlap]])).status).toBe(200);
    expect(await march()).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 420 });
  });

  it('imported one part at a time, the second replaces the order the first began', async () => {
    // the rule for the next export: the later file lists 1002 as it now stands (documented)
    await drop([['ventas-1.csv', firstPart]]);
    await drop([['ventas-2.csv', secondPart]]);
    // 1001: 100; 1002: only PAN-02, 60; 1003: 60 → 5 units, 220.00
    expect(await march()).toMatchObject({ orders: 3, unitsSold: 5, grossSales: 220 });
  });
});
