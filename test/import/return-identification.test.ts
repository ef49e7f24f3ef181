import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Every way real files say "returned" is read as what it means, or the file is stopped with the
// column named: never a silent wrong figure. Every figure is worked out by hand from the file.

const layout = (name: string) => fs.readFileSync(path.join(fixturesDir, 'layouts', name));

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

async function upload(content: string | Buffer, options: { fileName?: string; kind?: string } = {}) {
  const res = await uploadFile(store.app, content, options);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function summary(query: string) {
  const res = await store.app.request(`/api/metrics/summary?${query}`);
  expect(res.status).toBe(200);
  return res.json();
}

describe('a combined file with a returned-quantity column ("Returned Qty", ";", US dates)', () => {
  it('counts the units each row says came back, not only the rows that say 1', async () => {
    const report = await upload(layout('combined-returned-qty-us.csv'), { fileName: 'returned-qty.csv' });
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 6, rowsImported: 6, rowsWithRejects: 0, format: { dateFormat: 'mm/dd/yyyy', decimalSeparator: '.' } });
    expect(report.mapping).toMatchObject({ return_quantity: 'Returned Qty', requested_at: 'Return Date', amount: 'Refund Amount' });
    expect(report.mapping.return_flag).toBeUndefined();
    // October: 2+3+1+4+1 = 11 units sold; 2+1+3 = 6 came back; 2×20 + 50 + 3×10 = 120 returned and refunded
    const october = await summary('from=2025-10-01&to=2025-10-31');
    expect(october).toMatchObject({ orders: 5, unitsSold: 11, unitsReturned: 6, returns: 3, returnedValue: 120, refundedValue: 120, grossSales: 270 });
    expect(october.returnRateUnits).toBeCloseTo(6 / 11, 10);
  });

  it('a "Returned" column of 0 and 1 whose counts reach 3 only past the sampled rows is still read as a quantity', async () => {
    // 2,500 rows of 0 and 1 (what the mapping's sample sees), then one row returning 3 of 3
    const rows = ['Order ID,Order Date,Product ID,Quantity,Unit Price,Returned'];
    for (let i = 0; i < 2500; i++) rows.push(`O${i},2025-03-01,S1,1,10.00,${i % 10 === 0 ? 1 : 0}`);
    rows.push('O9999,2025-03-02,S1,3,10.00,3');
    const report = await upload(rows.join('\n'), { fileName: 'late-counts.csv' });
    expect(report.mapping).toMatchObject({ return_quantity: 'Returned' });
    expect(report.mapping.return_flag).toBeUndefined();
    const [returns] = await store.db.all('SELECT count(*)::INTEGER AS n, sum(quantity)::INTEGER AS units FROM returns');
    // 250 rows returning 1, and the last returning 3
    expect(returns).toEqual({ n: 251, units: 253 });
  });
});

describe('a combined file with a return flag', () => {
  it('a flag value that says neither rejects that row\'s return with the value named; its order line stays', async () => {
    const csv = 'order_id,order_date,sku,quantity,price,returned\nA,2025-03-01,S,1,10,Yes\nB,2025-03-01,S,1,10,No\nC,2025-03-01,S,1,10,Maybe\n';
    const report = await upload(csv, { fileName: 'flags.csv' });
    expect(report).toMatchObject({
      kind: 'combined',
      rowsImported: 3,
      rowsRejected: 0,
      rowsWithRejects: 1,
      rejects: [{ line: 4, field: 'return_flag', value: 'Maybe', reason: 'says neither returned nor not returned' }],
      tables: { orders: { rowsImported: 3 }, returns: { rowsImported: 1, rowsRejected: 1 } },
    });
  });

  it('a column named like a place is never the customer: "customer_location" is left unmapped', async () => {
    const csv = [
      'order_id,product_id,customer_location,order_date,product_category,product_price,order_quantity,return_status',
      'O1,P1,Springfield,2025-01-03,Toys,20.00,1,1',
      'O2,P2,Springfield,2025-01-04,Toys,15.00,2,0',
      'O3,P1,Shelbyville,2025-01-05,Toys,20.00,1,0',
    ].join('\n');
    const report = await upload(csv, { fileName: 'status.csv' });
    expect(report.mapping.customer_id).toBeUndefined();
    expect(report.mapping).toMatchObject({ return_flag: 'return_status', quantity: 'order_quantity' });
    const [customers] = await store.db.all('SELECT count(customer_id)::INTEGER AS with_customer FROM order_lines');
    expect(customers).toEqual({ with_customer: 0 });
  });
});
