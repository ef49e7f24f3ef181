import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/import/import-file.ts';
import { orderNotInData } from '../../server/import/normalise/normalise-returns.ts';
import { fixturesDir, layoutFixture, openTestStore, writeTempFile } from '../support/test-store.ts';
import { importedReport, uploadFile } from '../support/upload.ts';

// Every way real files say "returned" is read as what it means, or the file is stopped with the
// column named: never a silent wrong figure. Every figure is worked out by hand from the file.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (content: string | Buffer, options: { fileName?: string; kind?: string } = {}) => importedReport(store.app, content, options);

async function summary(query: string) {
  const res = await store.app.request(`/api/metrics/summary?${query}`);
  expect(res.status).toBe(200);
  return res.json();
}

/** The trend's months, with the figures these tests count by hand. */
async function trend(query: string) {
  const res = await store.app.request(`/api/metrics/trend?${query}`);
  expect(res.status).toBe(200);
  const body = await res.json();
  return body.rows.map((r: Record<string, unknown>) => ({ month: r.month, unitsSold: r.unitsSold, unitsReturned: r.unitsReturned, returnedValue: r.returnedValue }));
}

describe('a combined file with a returned-quantity column ("Returned Qty", ";", US dates)', () => {
  it('counts the units each row says came back, not only the rows that say 1', async () => {
    const report = await upload(layoutFixture('combined-returned-qty-us.csv'), { fileName: 'returned-qty.csv' });
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 6, rowsImported: 6, rowsWithRejects: 0, format: { dateFormat: 'mm/dd/yyyy', decimalSeparator: '.' } });
    expect(report.mapping).toMatchObject({ return_quantity: 'Returned Qty', requested_at: 'Return Date', amount: 'Refund Amount' });
    expect(report.mapping.return_flag).toBeUndefined();
    // October: 2+3+1+4+1 = 11 units sold; 2+1+3 = 6 came back; 2×20 + 50 + 3×10 = 120 returned and refunded
    const october = await summary('from=2025-10-01&to=2025-10-31');
    expect(october).toMatchObject({ orders: 5, unitsSold: 11, unitsReturned: 6, returns: 3, returnedValue: 120, refundedValue: 120, grossSales: 270 });
    expect(october.returnRateUnits).toBeCloseTo(6 / 11, 10);
    // November: 1006, 2 hats, none back
    expect(await trend('from=2025-10-01&to=2025-11-30')).toEqual([
      { month: '2025-10-01', unitsSold: 11, unitsReturned: 6, returnedValue: 120 },
      { month: '2025-11-01', unitsSold: 2, unitsReturned: 0, returnedValue: 0 },
    ]);
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

describe('a sales ledger whose credit lines are its returns', () => {
  it('UCI Online Retail: "C" invoices with negative quantities become returns of the latest earlier sale of that customer and product', async () => {
    const report = await upload(layoutFixture('uci-online-retail-ledger.csv'), { fileName: 'online-retail.csv' });
    expect(report).toMatchObject({
      kind: 'combined',
      source: 'sales-ledger',
      rowsRead: 16,
      rowsImported: 15,
      rowsRejected: 1,
      // a line with neither customer nor price is a stock adjustment, named
      rejects: [{ line: 16, field: 'quantity', value: '-5', reason: 'a stock adjustment (no customer and no price), not a return' }],
      tables: { orders: { rowsImported: 9, rowsRejected: 0 }, returns: { rowsImported: 6, rowsRejected: 1, unmatched: 3 } },
      format: { dateFormat: 'mm/dd/yyyy' },
    });
    expect(report.assumptions[0]).toBe(
      'Returns: the 7 credit line(s), told apart by a negative quantity, or an invoice number starting with C; each is matched to the latest sale of the same customer and product at or before it, and one with no such sale keeps its own number and counts as unmatched.',
    );
    const returns = await store.db.all('SELECT return_id, order_id, quantity, amount::DOUBLE AS amount, matched, resolution FROM returns ORDER BY return_id');
    expect(returns).toEqual([
      // no earlier sale of the same customer and product in the data: unmatched, kept under their own number
      { return_id: 'C536379|D|1', order_id: 'C536379', quantity: 1, amount: 27.5, matched: false, resolution: 'refund' },
      { return_id: 'C536383|35004C|1', order_id: 'C536383', quantity: 1, amount: 4.65, matched: false, resolution: 'refund' },
      { return_id: 'C536391|22556|1', order_id: 'C536391', quantity: 12, amount: 19.8, matched: false, resolution: 'refund' },
      // customer 13047 bought both at 8:34 on invoice 536367
      { return_id: 'C536548|22745|1', order_id: '536367', quantity: 2, amount: 4.2, matched: true, resolution: 'refund' },
      { return_id: 'C536548|84879|1', order_id: '536367', quantity: 8, amount: 13.52, matched: true, resolution: 'refund' },
      // customer 17850 bought 85123A on 1 and 2 December: the latest before the 3rd is 536549
      { return_id: 'C536550|85123A|1', order_id: '536549', quantity: 3, amount: 7.65, matched: true, resolution: 'refund' },
    ]);
    // December 2010 by order date: 129 units sold (9 sale lines), 13 of them came back; 7 orders, 2 with a return
    const december = await summary('from=2010-12-01&to=2010-12-31');
    expect(december).toMatchObject({ orders: 7, unitsSold: 129, grossSales: 173.77, unitsReturned: 13, ordersWithReturn: 2, returnedValue: 25.37, refundedValue: 25.37 });
    expect(december.returnRateUnits).toBeCloseTo(13 / 129, 10);
    expect(await trend('from=2010-12-01&to=2010-12-31')).toEqual([{ month: '2010-12-01', unitsSold: 129, unitsReturned: 13, returnedValue: 25.37 }]);
    // by request date the unmatched credits count too: 13 + 1 + 1 + 12
    expect(await summary('from=2010-12-01&to=2010-12-31&basis=return')).toMatchObject({ returns: 6, unitsReturned: 27 });
  });

  it('an ERP ledger in Spanish: "Nota de Crédito" and "NC" documents are returns, matched by customer and product', async () => {
    const report = await upload(layoutFixture('erp-ledger-nota-credito.csv'), { fileName: 'comprobantes.csv' });
    expect(report).toMatchObject({
      kind: 'combined',
      source: 'sales-ledger',
      rowsRead: 7,
      rowsImported: 7,
      tables: { orders: { rowsImported: 4 }, returns: { rowsImported: 3, unmatched: 1 } },
      format: { delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
    });
    expect(report.mapping).toMatchObject({ document_type: 'Tipo de comprobante', order_id: 'Nro comprobante', ordered_at: 'Fecha de emisión', customer_id: 'Cliente', sku: 'Código de artículo' });
    expect(report.assumptions[0]).toMatch(/^Returns: the 3 credit line\(s\), told apart by a document type that says credit note;/);
    const returns = await store.db.all('SELECT order_id, sku, quantity, amount::DOUBLE AS amount, matched FROM returns ORDER BY return_id');
    expect(returns).toEqual([
      { order_id: '0001-00001234', sku: 'REM-001', quantity: 1, amount: 12500, matched: true },
      { order_id: '0001-00001235', sku: 'REM-001', quantity: 2, amount: 25000, matched: true },
      // customer 44-0000 bought nothing: unmatched
      { order_id: '0001-00000079', sku: 'ZAP-010', quantity: 1, amount: 54990.5, matched: false },
    ]);
    // February: 2+1+3+1 = 7 units, 25,000 + 38,000 + 37,500 + 54,990.50 sold; 3 units came back worth 37,500
    const february = await summary('from=2025-02-01&to=2025-02-28');
    expect(february).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 155490.5, unitsReturned: 3, ordersWithReturn: 2, returnedValue: 37500, refundedValue: 37500 });
    expect(await trend('from=2025-02-01&to=2025-02-28')).toEqual([{ month: '2025-02-01', unitsSold: 7, unitsReturned: 3, returnedValue: 37500 }]);
  });
});

describe('the Global Superstore pair, dropped together', () => {
  const superstore = (name: string) => path.join(fixturesDir, 'superstore', name);

  it('orders are written before the order-level returns list, whose every line of each listed order came back', async () => {
    // given returns first: the import puts the orders before them
    const reports = await importFiles(store.db, [
      { filePath: superstore('Returns.csv'), fileName: 'Returns.csv' },
      { filePath: superstore('Orders.csv'), fileName: 'Orders.csv' },
    ]);
    expect(reports.map((r) => [r.kind, r.rowsRead, r.rowsImported, r.rowsRejected])).toEqual([
      ['orders', 7, 7, 0],
      ['returns', 3, 2, 1],
    ]);
    expect(reports[0]!.mapping).toMatchObject({ line_total: 'Sales', ordered_at: 'Order Date', region: 'Region' });
    expect(reports[1]!.rejects).toEqual([{ line: 4, field: 'order_id', value: 'MX-2013-168137', reason: orderNotInData }]);
    expect(reports[1]!.assumptions).toEqual([
      'Returns: every line of each order listed in "Order ID", only those whose "Returned" says returned (Yes, Sí, 1, Returned…); the file names orders, not products, so each of their lines came back whole.',
      "No return date: each return is dated at its order's date.",
      'No resolution and no refund amount: how each return ended is unknown, so refunded, exchanged and store-credit values are not given.',
    ]);
    // Sales to the cent, decimal comma: 2309.65 + 3709.40 + 12.84 + 5175.17 + 2892.51 + 2832.96 + 2862.68
    const [orders] = await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units, sum(line_value)::DOUBLE AS gross FROM order_lines');
    expect(orders).toEqual({ lines: 7, units: 45, gross: 19795.21 });
    const returns = await store.db.all(`SELECT order_id, sku, quantity, returned_value::DOUBLE AS value, strftime(requested_at, '%Y-%m-%d') AS requested FROM returns ORDER BY order_id, sku`);
    expect(returns).toEqual([
      { order_id: 'ES-2013-1579342', sku: 'TEC-PH-10004583', quantity: 5, value: 2892.51, requested: '2013-01-28' },
      { order_id: 'IN-2013-77878', sku: 'FUR-CH-10003950', quantity: 9, value: 3709.4, requested: '2013-02-05' },
      { order_id: 'IN-2013-77878', sku: 'OFF-BI-10002510', quantity: 2, value: 12.84, requested: '2013-02-05' },
    ]);
    // 2013: 9+2+9+5+8+5 = 38 units sold, 16 back; January (Berlin) and February (Wollongong) came back whole
    expect(await summary('from=2013-01-01&to=2013-12-31')).toMatchObject({ orders: 5, unitsSold: 38, unitsReturned: 16, ordersWithReturn: 2, returnedValue: 6614.75 });
    expect((await trend('from=2013-01-01&to=2013-02-28'))).toEqual([
      { month: '2013-01-01', unitsSold: 5, unitsReturned: 5, returnedValue: 2892.51 },
      { month: '2013-02-01', unitsSold: 11, unitsReturned: 11, returnedValue: 3722.24 },
    ]);
  });

  it('through POST /api/imports: both files in one request, one report each, orders first', async () => {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(superstore('Returns.csv'))]), 'Returns.csv');
    form.append('file', new Blob([fs.readFileSync(superstore('Orders.csv'))]), 'Orders.csv');
    const res = await store.app.request('/api/imports', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.imports.map((r: { fileName?: string; kind: string; rowsImported: number; tables: object }) => [r.kind, r.rowsImported, r.tables])).toEqual([
      ['orders', 7, { orders: { rowsImported: 7, rowsRejected: 0 } }],
      ['returns', 2, { returns: { rowsImported: 3, rowsRejected: 1, unmatched: 0 } }],
    ]);
    const history = await (await store.app.request('/api/imports')).json();
    expect(history.rows.map((r: { fileName: string }) => r.fileName)).toEqual(['Returns.csv', 'Orders.csv']);
  });

  it('a mapping sent with several files is refused: it names one file', async () => {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(superstore('Orders.csv'))]), 'Orders.csv');
    form.append('file', new Blob([fs.readFileSync(superstore('Returns.csv'))]), 'Returns.csv');
    form.append('mapping', JSON.stringify({ order_id: 'Order ID' }));
    const res = await store.app.request('/api/imports', { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_form');
  });

  it('a returns list with a header and no rows, and no money column, is refused with 422, not a crash', async () => {
    const res = await uploadFile(store.app, 'Returned;Order ID;Market\n', { fileName: 'Returns.csv' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('no_rows');
  });

  it('is all or nothing: a drop with a file that cannot be read writes none of them', async () => {
    await expect(
      importFiles(store.db, [
        { filePath: superstore('Orders.csv'), fileName: 'Orders.csv' },
        { filePath: writeTempFile('Returns.csv', 'Returned;Order ID;Market\n'), fileName: 'Returns.csv' },
      ]),
    ).rejects.toThrow(/header but no rows/);
    const [counts] = await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM imports)::INTEGER AS imports');
    expect(counts).toEqual({ lines: 0, imports: 0 });
  });
});

describe('line totals and unit prices, told apart by the values', () => {
  it('a "Price" column that moves with the quantity is each line\'s total: the unit price is it ÷ the quantity', async () => {
    const csv = [
      'order_id,order_date,sku,quantity,price',
      'A1,2025-03-01,S1,1,10.00', 'A2,2025-03-01,S1,3,30.00', 'A3,2025-03-02,S2,2,9.00', 'A4,2025-03-02,S2,4,18.00',
      'A5,2025-03-03,S3,1,7.50', 'A6,2025-03-03,S3,2,15.00',
    ].join('\n');
    const report = await upload(csv, { fileName: 'totals.csv' });
    expect(report.mapping).toMatchObject({ line_total: 'price' });
    expect(report.mapping.unit_price).toBeUndefined();
    expect(report.assumptions).toContain(
      '"price" was not taken as unit_price: it moves with the quantity (in 3 of 3 products sold in several quantities, value ÷ quantity holds steady), so it is each line\'s total.',
    );
    expect(report.assumptions).toContain('"price" is each line\'s total: the unit price is it ÷ "quantity".');
    // 10 + 30 + 9 + 18 + 7.50 + 15, not 10×1 + 30×3 + …
    const [sold] = await store.db.all('SELECT sum(line_value)::DOUBLE AS gross, max(unit_price)::DOUBLE AS top FROM order_lines');
    expect(sold).toEqual({ gross: 89.5, top: 10 });
  });

  it('a "Line total" column that stays put whatever the quantity is the unit price', async () => {
    const csv = [
      'order_id,order_date,sku,quantity,line total',
      'A1,2025-03-01,S1,1,10.00', 'A2,2025-03-01,S1,3,10.00', 'A3,2025-03-02,S2,2,4.50', 'A4,2025-03-02,S2,4,4.50',
      'A5,2025-03-03,S3,1,7.50', 'A6,2025-03-03,S3,2,7.50',
    ].join('\n');
    const report = await upload(csv, { fileName: 'prices.csv' });
    expect(report.mapping).toMatchObject({ unit_price: 'line total' });
    const [sold] = await store.db.all('SELECT sum(line_value)::DOUBLE AS gross FROM order_lines');
    // 10 + 30 + 9 + 18 + 7.50 + 15
    expect(sold).toEqual({ gross: 89.5 });
  });
});

describe('the preview shows each pairing with its evidence, and marks the unsure ones', () => {
  it('values beside each column, pairings below high confidence to confirm, refusals among the assumptions', async () => {
    const form = new FormData();
    form.append('file', new Blob([layoutFixture('superstore-prejoined.csv')]), 'superstore.csv');
    const res = await store.app.request('/api/imports/preview', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    const field = (name: string) => body.fields.find((f: { name: string }) => f.name === name);
    // "Order ID" is the order's name: sure; "Order Returned" only holds the word "returned": to confirm
    expect(field('order_id')).toMatchObject({ header: 'Order ID', confidence: 1, toConfirm: false, evidence: 'text, 4 distinct in 7 values' });
    expect(field('quantity')).toMatchObject({ header: 'Quantity', toConfirm: false, evidence: 'whole numbers up to 7' });
    expect(field('ordered_at')).toMatchObject({ header: 'Order Date', evidence: '100 % dates' });
    expect(field('return_flag')).toMatchObject({ header: 'Order Returned', confidence: 0.7, toConfirm: true, evidence: '2 distinct yes/no values' });
    expect(field('customer_id')).toMatchObject({ header: 'Customer ID', toConfirm: false });
    expect(body.assumptions[0]).toBe('Returns: the lines whose "Order Returned" says returned (Yes, Sí, 1, Returned…), each line whole.');
  });
});
