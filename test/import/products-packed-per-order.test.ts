import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport, uploadFile } from '../support/upload.ts';

// WooCommerce's Analytics › Orders export (core WooCommerce's own) has one row per order, its
// products packed in one cell. Following the import's own next step ("Items sold" → quantity) it
// imported with its totals right and every product figure wrong: the "product" was the whole
// cell ("Zapatilla Runner - Negro, 40 × 1, Medias deportivas × 3": 4 units at 74.00 ÷ 4 = 18.50
// each), and a return naming "Medias deportivas" never linked. Now it is refused, with the export
// to use instead.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const analyticsOrders = [
  'Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net Sales,Attribution',
  '2025-06-02 10:14:05,3101,Completed,Marta Gómez,New,"Zapatilla Runner - Negro, 40 × 1, Medias deportivas × 3",4,,74.00,Direct',
  '2025-06-02 18:40:11,3102,Processing,Iván Ruiz,New,"Zapatilla Runner - Negro, 41 × 1",1,,59.00,Organic: Google',
  '2025-06-03 09:05:52,3103,Completed,Sofía Paz,Returning,Medias deportivas × 2,2,invierno15,10.20,Direct',
  '2025-06-04 21:17:30,3104,Refunded,Tomás Vera,New,"Gorra trucker × 1, Medias deportivas × 1",2,,27.00,Referral',
  '2025-06-05 12:00:00,3105,Completed,Marta Gómez,Returning,Gorra trucker × 1,1,,21.00,Direct',
].join('\n');

async function expectNothingStored() {
  expect(await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns')).toEqual([{ lines: 0, returns: 0 }]);
}

describe('an export that lists several products per row', () => {
  it('is refused, naming the column and the export to use (was missing_columns: "Items sold" → quantity?)', async () => {
    const res = await uploadFile(store.app, analyticsOrders, { fileName: 'wc-analytics-orders.csv' });
    expect(res.status).toBe(422);
    // 2 of the 5 rows list two products ("… × 1, … × 3" and "Gorra trucker × 1, Medias deportivas × 1")
    expect(res.body.error).toMatchObject({
      code: 'products_packed_per_order',
      details: { column: 'Product(s)', example: 'Zapatilla Runner - Negro, 40 × 1, Medias deportivas × 3', rowsWithSeveral: 2, rowsSampled: 5 },
    });
    expect(res.body.error.message).toContain('one row per product');
    expect(res.body.error.message).toContain('Advanced Order Export');
    await expectNothingStored();
  });

  it('is refused with quantity paired with "Items sold" (was imported: 5 "products" such as the whole first cell, 4 units at 18.50)', async () => {
    const res = await uploadFile(store.app, analyticsOrders, { fileName: 'wc-analytics-orders.csv', mapping: JSON.stringify({ quantity: 'Items sold' }) });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('products_packed_per_order');
    await expectNothingStored();
  });

  it('is refused by the preview too, so the page shows what to export instead', async () => {
    const form = new FormData();
    form.append('file', new Blob([analyticsOrders]), 'wc-analytics-orders.csv');
    const res = await store.app.request('/api/imports/preview', { method: 'POST', body: form });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('products_packed_per_order');
  });

  it('is refused when items are written "(x2)" and parted by " | " (an ERP\'s orders report)', async () => {
    const report = [
      'Pedido;Fecha;Cliente;Productos;Cantidad;Total',
      '8801;02/06/2025;ana@example.com;Remera lisa (x2) | Buzo canguro (x1);3;52000,00',
      '8802;03/06/2025;beto@example.com;Buzo canguro (x1);1;28000,00',
      '8803;03/06/2025;caro@example.com;Remera lisa (x1) | Gorra (x1);2;21000,00',
    ].join('\n');
    const res = await uploadFile(store.app, report, { fileName: 'pedidos.csv', mapping: JSON.stringify({ line_total: 'Total' }) });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'products_packed_per_order', details: { column: 'Productos', rowsWithSeveral: 2, rowsSampled: 3 } });
  });
});

describe('product names that hold " x " in an export with one row per product', () => {
  it('import as they are, each its own product at its own price', async () => {
    // one cell only lists two items ("Alfajores x 6, Yerba x 1" is a combo the shop sells): one
    // odd cell is a name, not a pattern
    const orders = [
      'Order ID,Order Date,SKU,Product Name,Quantity,Unit Price',
      '9101,2025-06-02,REM-2X1,Remera 2 x 1,1,15.00',
      '9101,2025-06-02,PACK-3,Pack x 3,2,9.00',
      '9102,2025-06-03,SET-32,Set 3 × 2 m,1,40.00',
      '9103,2025-06-03,MED-P3,"Medias, pack x 3",1,6.50',
      '9104,2025-06-04,COMBO-1,"Alfajores x 6, Yerba x 1",1,12.00',
    ].join('\n');
    const report = await importedReport(store.app, orders, { fileName: 'orders.csv' });
    expect(report).toMatchObject({ kind: 'orders', rowsImported: 5 });
    expect(await store.db.all('SELECT sku, product_name, quantity, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id, sku')).toEqual([
      { sku: 'PACK-3', product_name: 'Pack x 3', quantity: 2, price: 9 },
      { sku: 'REM-2X1', product_name: 'Remera 2 x 1', quantity: 1, price: 15 },
      { sku: 'SET-32', product_name: 'Set 3 × 2 m', quantity: 1, price: 40 },
      { sku: 'MED-P3', product_name: 'Medias, pack x 3', quantity: 1, price: 6.5 },
      { sku: 'COMBO-1', product_name: 'Alfajores x 6, Yerba x 1', quantity: 1, price: 12 },
    ]);
  });
});
