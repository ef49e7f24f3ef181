import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectMercadoLibreVentasStored } from '../support/mercado-libre-ventas.ts';
import { fixturesDir, openTestStore, orderTotals as storedOrderTotals } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// One small hand-made export per layout, in that layout's encoding and quirks (see
// test/fixtures/layouts/README.md). Every figure below is worked out by hand from the file.

const layout = (name: string) => fs.readFileSync(path.join(fixturesDir, 'layouts', name));

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

async function importLayout(name: string, options: { kind?: string } = {}) {
  const res = await uploadFile(store.app, layout(name), { fileName: name, ...options });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const orderTotals = () => storedOrderTotals(store.db);

const lines = (sql: string) => store.db.all(sql);

describe('Shopify orders export', () => {
  it('carries order-level fields to every line, keeps the wall clock of -0400 times, nets line discounts, and reports refunds per order', async () => {
    const report = await importLayout('shopify-orders.csv');
    expect(report).toMatchObject({
      kind: 'orders',
      source: 'shopify',
      format: { encoding: 'utf-8', delimiter: ',', decimalSeparator: '.', dateFormat: 'iso', headerLine: 1 },
      rowsRead: 6,
      rowsImported: 5,
      rowsRejected: 1,
      // the first order's note spans lines 2–3, so the gift card row is on line 8
      rejects: [{ line: 8, field: 'unit_price', value: 'n/a', reason: 'not a number' }],
    });
    expect(report.mapping).toMatchObject({ order_id: 'Name', ordered_at: 'Created at', sku: 'Lineitem sku', unit_price: 'Lineitem price', line_discount: 'Lineitem discount', carrier: 'Shipping Method', region: 'Shipping Province' });
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'refunds_per_order', count: 1 })]);
    // 2×40 + 50 + (80 − 10 discount) + 3×5 + 40 = 255
    expect(await orderTotals()).toEqual({ lines: 5, orders: 3, units: 8, gross: 255 });
    // #1001's second line has no Email, Currency or Shipping Method of its own: they come from its first row.
    expect(
      await lines(`SELECT order_id, sku, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at, order_month::VARCHAR AS month, customer_id, currency, carrier, region, country, channel
                   FROM order_lines WHERE order_id = '1001' ORDER BY sku`),
    ).toEqual([
      { order_id: '1001', sku: 'CAP', at: '2025-03-31 22:30', month: '2025-03-01', customer_id: 'ana@example.com', currency: 'USD', carrier: 'Standard', region: 'NY', country: 'US', channel: 'web' },
      { order_id: '1001', sku: 'TEE-M', at: '2025-03-31 22:30', month: '2025-03-01', customer_id: 'ana@example.com', currency: 'USD', carrier: 'Standard', region: 'NY', country: 'US', channel: 'web' },
    ]);
  });

  it('a returns platform export links to those orders by "#1001", counts the unknown order as unmatched and rejects a return received before it was requested', async () => {
    await importLayout('shopify-orders.csv');
    const report = await importLayout('returns-platform-en.csv');
    expect(report).toMatchObject({
      kind: 'returns',
      source: 'returns-export',
      format: { delimiter: ',', dateFormat: 'mm/dd/yyyy' },
      rowsRead: 4,
      rowsImported: 3,
      rowsRejected: 1,
      rejects: [{ line: 5, field: 'received_at', value: '04/19/2025 10:00', reason: 'received before it was requested' }],
      unmatchedReturns: 1,
      tables: { returns: { rowsImported: 3, rowsRejected: 1, unmatched: 1 } },
    });
    expect(
      await lines(`SELECT return_id, order_id, quantity, reason, resolution, amount::DOUBLE AS amount, disposition, shipping_cost::DOUBLE AS shipping, matched,
                          days_request_to_received::DOUBLE AS days FROM returns ORDER BY return_id`),
    ).toEqual([
      { return_id: 'RET-1', order_id: '1001', quantity: 1, reason: 'size_too_small', resolution: 'refund', amount: 40, disposition: 'restock', shipping: 6.5, matched: true, days: 3.2291666666666665 },
      { return_id: 'RET-2', order_id: '1003', quantity: 2, reason: 'changed_mind', resolution: 'store_credit', amount: 10, disposition: null, shipping: 6.5, matched: true, days: null },
      { return_id: 'RET-3', order_id: '9999', quantity: 1, reason: 'damaged_in_transit', resolution: 'exchange', amount: 25, disposition: 'dispose', shipping: 0, matched: false, days: 4 },
    ]);
  });
});

describe('Tiendanube sales export', () => {
  it('reads Windows-1252 with “ ” €, semicolons, 1.234,56 amounts, day-first times and misspelt headers', async () => {
    const report = await importLayout('tiendanube-ventas.csv');
    expect(report).toMatchObject({
      kind: 'orders',
      source: 'tiendanube',
      format: { encoding: 'windows-1252', delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy', headerLine: 1 },
      rowsRead: 5,
      rowsImported: 4,
      rejects: [{ line: 6, field: 'ordered_at', value: '31/02/2026 12:00:00', reason: 'not a valid date' }],
    });
    expect(report.mapping).toMatchObject({ quantity: 'Cantidad del prodcuto', carrier: 'Medio de envio' });
    expect(report.mappingConfidence.quantity).toBe(0.85);
    // 2.500,00 + 2 × 734,56 + 1.234,56 + 3 × 734,56 = 7.407,36
    expect(await orderTotals()).toEqual({ lines: 4, orders: 3, units: 7, gross: 7407.36 });
    expect(await lines(`SELECT order_id, product_name, region, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at FROM order_lines WHERE sku IN ('CAM-URB', 'TAZ-ECO') ORDER BY 1`)).toEqual([
      { order_id: '1001', product_name: 'Campera “urbana”', region: 'Córdoba', at: '2025-12-20 10:00' },
      { order_id: '1002', product_name: 'Taza €co', region: 'Tucumán', at: '2026-01-03 18:30' },
    ]);
  });

  it('an ERP returns export in Spanish, UTF-16 with tabs, maps its vocabularies and rejects a negative quantity', async () => {
    await importLayout('tiendanube-ventas.csv');
    const report = await importLayout('returns-erp-es.tsv');
    expect(report).toMatchObject({
      kind: 'returns',
      source: 'returns-export',
      format: { encoding: 'utf-16le', delimiter: '\t', decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy' },
      rowsRead: 4,
      rowsImported: 3,
      rejects: [{ line: 5, field: 'quantity', value: '-1', reason: 'must be more than zero' }],
      unmatchedReturns: 0,
    });
    expect(await lines(`SELECT return_id, reason, resolution, amount::DOUBLE AS amount, disposition, shipping_cost::DOUBLE AS shipping FROM returns ORDER BY 1`)).toEqual([
      { return_id: 'D-01', reason: 'size_too_small', resolution: 'refund', amount: 2500, disposition: 'restock', shipping: 450 },
      { return_id: 'D-02', reason: 'not_as_described', resolution: 'exchange', amount: 734.56, disposition: 'resell', shipping: 450 },
      // "Vale" without an amount: the value of what came back, 1 × 1.234,56
      { return_id: 'D-03', reason: 'damaged_in_transit', resolution: 'store_credit', amount: 1234.56, disposition: 'dispose', shipping: 0 },
    ]);
  });
});

describe('WooCommerce order export', () => {
  it('takes the unit price from the line total net of discount, and refund columns make returns dated at their order', async () => {
    const report = await importLayout('woocommerce-orders.csv');
    expect(report).toMatchObject({
      kind: 'combined',
      source: 'woocommerce',
      rowsRead: 4,
      rowsImported: 4,
      tables: { orders: { rowsImported: 4, rowsRejected: 0 }, returns: { rowsImported: 2, rowsRejected: 0, unmatched: 0 } },
      warnings: [expect.objectContaining({ code: 'returns_dated_at_order', count: 2 })],
    });
    // 25,00 + 18,00 (a T-shirt listed at 20,00, discounted) + 12,50 + 24,00
    expect(await orderTotals()).toEqual({ lines: 4, orders: 3, units: 7, gross: 79.5 });
    expect(await lines(`SELECT unit_price::DOUBLE AS price FROM order_lines WHERE sku = 'TSH-2'`)).toEqual([{ price: 18 }]);
    expect(await lines(`SELECT order_id, sku, quantity, resolution, amount::DOUBLE AS amount, request_date::VARCHAR AS day, matched FROM returns ORDER BY 1`)).toEqual([
      { order_id: '2002', sku: 'MUG-1', quantity: 1, resolution: 'refund', amount: 12.5, day: '2025-06-03', matched: true },
      { order_id: '2003', sku: 'HAT-3', quantity: 1, resolution: 'refund', amount: 8, day: '2025-06-05', matched: true },
    ]);
  });

  it('imported as orders, the refund columns are left alone', async () => {
    const report = await importLayout('woocommerce-orders.csv', { kind: 'orders' });
    expect(report).toMatchObject({ kind: 'orders', tables: { orders: { rowsImported: 4 } } });
    expect(await lines('SELECT count(*)::INTEGER AS n FROM returns')).toEqual([{ n: 0 }]);
  });
});

describe('Mercado Libre sales report', () => {
  it('finds the header on line 3, takes ARS from the headers, reads "15 de marzo de 2025 14:32 hs." and the second "Estado" as the province', async () => {
    const report = await importLayout('mercadolibre-ventas-ar.csv');
    expect(report).toMatchObject({
      kind: 'combined',
      source: 'mercadolibre',
      format: { encoding: 'utf-8-bom', delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'd de mmmm de yyyy', headerLine: 3 },
      rowsRead: 3,
      rowsImported: 3,
      tables: { orders: { rowsImported: 3 }, returns: { rowsImported: 1, unmatched: 0 } },
    });
    await expectMercadoLibreVentasStored(store.db, report);
  });

  it('reads the Portuguese report from Mercado Livre (BRL, "10 de março de 2025"), and a pipe-separated returns file in Portuguese', async () => {
    const report = await importLayout('mercadolivre-vendas-br.csv');
    // the second sale is "Cancelada": no sale, and its refund no return
    expect(report).toMatchObject({ kind: 'combined', source: 'mercadolibre', format: { headerLine: 3, decimalSeparator: ',' }, rowsImported: 1, rowsRejected: 1 });
    expect(report.rejects).toEqual([{ line: 5, field: 'order_status', value: 'Cancelada', reason: 'cancelled order, not a sale' }]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 1, examples: ['3000002'] }));
    expect(await orderTotals()).toEqual({ lines: 1, orders: 1, units: 2, gross: 199.8 });
    expect(await lines('SELECT count(*)::INTEGER AS n FROM returns')).toEqual([{ n: 0 }]);
    expect(await lines(`SELECT DISTINCT currency, region FROM order_lines`)).toEqual([{ currency: 'BRL', region: 'SP' }]);
    const returns = await importLayout('returns-pt.csv');
    expect(returns).toMatchObject({ kind: 'returns', format: { delimiter: '|', decimalSeparator: ',' }, rowsImported: 2, unmatchedReturns: 1 });
    expect(await lines(`SELECT return_id, reason, resolution, amount::DOUBLE AS amount, disposition, matched FROM returns WHERE return_id LIKE 'DV-%' ORDER BY 1`)).toEqual([
      { return_id: 'DV-1', reason: 'size_too_small', resolution: 'refund', amount: 99.9, disposition: 'restock', matched: true },
      { return_id: 'DV-2', reason: 'defective', resolution: 'exchange', amount: null, disposition: 'dispose', matched: false },
    ]);
  });
});

describe('combined files and anything else', () => {
  it('a Spanish combined file fills both tables; a return dated before its order or larger than the line is rejected, its order line kept', async () => {
    const report = await importLayout('combined-es.csv');
    expect(report).toMatchObject({
      kind: 'combined',
      source: 'combined-export',
      format: { delimiter: ';', decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
      rowsRead: 5,
      // every row wrote its order line; two of them had their return left out
      rowsImported: 5,
      rowsRejected: 0,
      rowsWithRejects: 2,
      rejects: [
        { line: 5, field: 'requested_at', value: '14/03/2025', reason: 'requested before its order was placed' },
        { line: 6, field: 'return_quantity', value: '2', reason: 'more than were ordered' },
      ],
      tables: { orders: { rowsImported: 5, rowsRejected: 0 }, returns: { rowsImported: 2, rowsRejected: 2, unmatched: 0 } },
    });
    expect(report.mapping).toMatchObject({ return_flag: '¿Devuelto?', return_quantity: 'Cantidad devuelta', requested_at: 'Fecha de devolución', amount: 'Monto reembolsado' });
    expect(await orderTotals()).toEqual({ lines: 5, orders: 5, units: 8, gross: 520 });
    expect(await lines(`SELECT order_id, quantity, reason, resolution, amount::DOUBLE AS amount FROM returns ORDER BY 1`)).toEqual([
      { order_id: 'P-1', quantity: 1, reason: 'size_too_small', resolution: 'refund', amount: 100 },
      // no return quantity: the whole line of 3 came back; no amount: pending, valued at 3 × 40
      { order_id: 'P-3', quantity: 3, reason: 'damaged_in_transit', resolution: 'pending', amount: 120 },
    ]);
  });

  it('a file no layout knows is read through the synonym dictionary: pipes, US dates with AM/PM, 1,299.00, a repeated line', async () => {
    const report = await importLayout('generic-orders.psv');
    expect(report).toMatchObject({
      kind: 'orders',
      source: 'generic-synonyms',
      format: { delimiter: '|', decimalSeparator: '.', thousandsSeparator: ',', dateFormat: 'mm/dd/yyyy' },
      rowsImported: 3,
    });
    expect(report.mapping).toEqual({
      order_id: 'Order No.',
      ordered_at: 'Purchase Date',
      customer_id: 'Customer Email',
      sku: 'Product Code',
      product_name: 'Product Name',
      category: 'Category',
      quantity: 'Qty',
      unit_price: 'Price',
      region: 'Ship State',
      carrier: 'Courier',
    });
    expect(await orderTotals()).toEqual({ lines: 3, orders: 2, units: 6, gross: 1361.5 });
    expect(await lines(`SELECT order_id, line_no, quantity, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at FROM order_lines ORDER BY 1, 2`)).toEqual([
      { order_id: 'A-1', line_no: 1, quantity: 1, at: '2025-01-15 10:00' },
      { order_id: 'A-2', line_no: 1, quantity: 4, at: '2025-01-16 15:30' },
      { order_id: 'A-2', line_no: 2, quantity: 1, at: '2025-01-16 15:30' },
    ]);
  });
});
