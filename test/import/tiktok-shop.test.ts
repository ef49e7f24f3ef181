import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// TikTok Shop's Seller Center "Export orders": one row per SKU, US dates with AM/PM, the seller's
// and the platform's discounts beside the unit's list price ("SKU Unit Original Price"), what the
// line sold for after them ("SKU Subtotal After Discount"), the units returned per line ("Sku
// Quantity of return") and a refund per order ("Order Refund Amount") on every row of the order.
// A second row describes the columns. Hand-made in that layout.

const header = [
  'Order ID', 'Order Status', 'Order Substatus', 'Cancelation/Return Type', 'Normal or Pre-order', 'SKU ID', 'Seller SKU', 'Product Name', 'Variation',
  'Quantity', 'Sku Quantity of return', 'SKU Unit Original Price', 'SKU Subtotal Before Discount', 'SKU Platform Discount', 'SKU Seller Discount',
  'SKU Subtotal After Discount', 'Shipping Fee After Discount', 'Original Shipping Fee', 'Taxes', 'Order Amount', 'Order Refund Amount',
  'Created Time', 'Paid Time', 'Delivered Time', 'Cancelled Time', 'Cancel Reason', 'Shipping Provider Name', 'Country', 'Province', 'Product Category',
];
const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '').join(',');
const order = (id: string, status: string, created: string, extra: Record<string, string> = {}) => ({
  'Order ID': id, 'Order Status': status, 'Order Substatus': status, 'Normal or Pre-order': 'Normal', 'Created Time': created, 'Paid Time': created,
  'Shipping Provider Name': 'USPS', Country: 'United States', Province: 'California', 'Product Category': 'Apparel', ...extra,
});

const csv = [
  header.join(','),
  // the row that describes the columns, as the export writes it under its header
  header.map((h) => `the ${h.toLowerCase()} of the order line`).join(','),
  // 576461413038785001: the hoodie, 40.00 less the seller's 8.00, came back; the socks were kept
  row({ ...order('576461413038785001', 'Completed', '03/05/2025 10:12:33 AM', { 'Cancelation/Return Type': 'Return/Refund', 'Delivered Time': '03/08/2025 2:00:00 PM' }),
    'SKU ID': '1729381', 'Seller SKU': 'HD-1', 'Product Name': 'Hoodie', Variation: 'Black M', Quantity: '1', 'Sku Quantity of return': '1', 'SKU Unit Original Price': '40.00',
    'SKU Subtotal Before Discount': '40.00', 'SKU Platform Discount': '0', 'SKU Seller Discount': '8.00', 'SKU Subtotal After Discount': '32.00',
    'Shipping Fee After Discount': '4.00', 'Original Shipping Fee': '4.00', Taxes: '0', 'Order Amount': '46.00', 'Order Refund Amount': '32.00' }),
  row({ ...order('576461413038785001', 'Completed', '03/05/2025 10:12:33 AM', { 'Cancelation/Return Type': 'Return/Refund', 'Delivered Time': '03/08/2025 2:00:00 PM' }),
    'SKU ID': '1729382', 'Seller SKU': 'SK-1', 'Product Name': 'Socks', Variation: 'One size', Quantity: '2', 'Sku Quantity of return': '0', 'SKU Unit Original Price': '5.00',
    'SKU Subtotal Before Discount': '10.00', 'SKU Platform Discount': '0', 'SKU Seller Discount': '0', 'SKU Subtotal After Discount': '10.00',
    'Shipping Fee After Discount': '4.00', 'Original Shipping Fee': '4.00', Taxes: '0', 'Order Amount': '46.00', 'Order Refund Amount': '32.00' }),
  // 576461413038785002: three caps at 10.00, 3.00 off paid by the platform
  row({ ...order('576461413038785002', 'Completed', '03/14/2025 9:00:00 PM', { 'Delivered Time': '03/17/2025 1:00:00 PM' }),
    'SKU ID': '1729383', 'Seller SKU': 'CP-1', 'Product Name': 'Cap', Variation: 'One size', Quantity: '3', 'Sku Quantity of return': '0', 'SKU Unit Original Price': '10.00',
    'SKU Subtotal Before Discount': '30.00', 'SKU Platform Discount': '3.00', 'SKU Seller Discount': '0', 'SKU Subtotal After Discount': '27.00',
    'Shipping Fee After Discount': '0', 'Original Shipping Fee': '0', Taxes: '0', 'Order Amount': '27.00', 'Order Refund Amount': '0' }),
  // 576461413038785003: cancelled before it shipped, no sale
  row({ ...order('576461413038785003', 'Canceled', '03/15/2025 8:00:00 AM', { 'Cancelation/Return Type': 'Cancel', 'Cancelled Time': '03/15/2025 9:00:00 AM', 'Cancel Reason': 'No longer needed' }),
    'SKU ID': '1729381', 'Seller SKU': 'HD-1', 'Product Name': 'Hoodie', Variation: 'Black L', Quantity: '1', 'Sku Quantity of return': '0', 'SKU Unit Original Price': '40.00',
    'SKU Subtotal Before Discount': '40.00', 'SKU Platform Discount': '0', 'SKU Seller Discount': '0', 'SKU Subtotal After Discount': '40.00',
    'Shipping Fee After Discount': '0', 'Original Shipping Fee': '0', Taxes: '0', 'Order Amount': '40.00', 'Order Refund Amount': '40.00' }),
].join('\n');

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('TikTok Shop orders export', () => {
  it('takes each line at what it sold for after its discounts, its returned units as returns, and the refund per order as a warning', async () => {
    const report = await importedReport(store.app, csv, { fileName: 'To ship order-2025-03-31.csv' });
    expect(report).toMatchObject({ kind: 'combined', source: 'tiktok-shop', format: { dateFormat: 'mm/dd/yyyy' } });
    expect(report.mapping).toMatchObject({ sku: 'Seller SKU', line_total: 'SKU Subtotal After Discount', return_quantity: 'Sku Quantity of return', order_refund: 'Order Refund Amount' });
    // the description row is no order line: refused, named
    expect(report.rejects.filter((r: { line: number }) => r.line === 2).length).toBeGreaterThan(0);
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['cancelled_orders_left_out', 'refunds_per_order']));
    expect(await store.db.all('SELECT order_id, sku, quantity, unit_price::DOUBLE AS unit_price FROM order_lines ORDER BY order_id, sku')).toEqual([
      // 32.00 ÷ 1 (was the list price, 40.00)
      { order_id: '576461413038785001', sku: 'HD-1', quantity: 1, unit_price: 32 },
      { order_id: '576461413038785001', sku: 'SK-1', quantity: 2, unit_price: 5 },
      // 27.00 ÷ 3 (was 10.00)
      { order_id: '576461413038785002', sku: 'CP-1', quantity: 3, unit_price: 9 },
    ]);
    // 32.00 + 10.00 + 27.00 = 69.00 (was 40.00 + 10.00 + 30.00 = 80.00)
    expect(await orderTotals(store.db)).toEqual({ lines: 3, orders: 2, units: 6, gross: 69 });
    // the hoodie back, valued at its 32.00; the order's refund is not spread over its lines
    expect(await store.db.all('SELECT order_id, sku, quantity, returned_value::DOUBLE AS value FROM returns')).toEqual([
      { order_id: '576461413038785001', sku: 'HD-1', quantity: 1, value: 32 },
    ]);
  });
});
