import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Amounts whose separator is followed by other than three digits say which separator is the
// decimal one, however many digits that is: exports straight from a shop's database write prices
// with its column's decimals (PrestaShop's DECIMAL(20,6), Magento's DECIMAL(20,4)).

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const prices = () => store.db.all('SELECT order_id, quantity, unit_price::DOUBLE AS unit_price FROM order_lines ORDER BY order_id, sku');

describe('decimal places in amounts', () => {
  it('a PrestaShop SQL-manager export (";", six decimals) is read with a decimal point', async () => {
    // PrestaShop's back office, Advanced parameters > SQL manager > Export: ";" and quoted cells,
    // ps_orders and ps_order_detail columns, prices as the database keeps them
    const csv = [
      '"id_order";"reference";"date_add";"product_reference";"product_name";"product_quantity";"unit_price_tax_incl"',
      '"41";"XKBKNABJK";"2025-03-05 10:12:31";"demo_1";"Camiseta estampada - Talla S";"2";"24.790000"',
      '"41";"XKBKNABJK";"2025-03-05 10:12:31";"demo_7";"Taza personalizada";"1";"11.900000"',
      '"42";"OHSATSERP";"2025-03-06 18:40:02";"demo_3";"Vestido de verano";"1";"1230.500000"',
    ].join('\r\n');
    const report = await importedReport(store.app, csv, { fileName: 'request_sql_3.csv', kind: 'orders', mode: 'replace' });
    expect(report.format).toMatchObject({ delimiter: ';', decimalSeparator: '.' });
    // the point is followed by six digits, never a thousands group: nothing is in doubt
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('ambiguous_decimals');
    expect(await prices()).toEqual([
      { order_id: '41', quantity: 2, unit_price: 24.79 },
      { order_id: '41', quantity: 1, unit_price: 11.9 },
      { order_id: '42', quantity: 1, unit_price: 1230.5 },
    ]);
    // 2 × 24.79 + 1 × 11.90 + 1 × 1,230.50 = 49.58 + 11.90 + 1,230.50 = 1,291.98 (was 1,291,980,000: ×1,000,000)
    expect(await orderTotals(store.db)).toEqual({ lines: 3, orders: 2, units: 4, gross: 1291.98 });
  });

  it('a Magento order-items export in Spanish (four decimals) is read with a decimal point', async () => {
    const csv = [
      'Pedido;Fecha de compra;SKU;Producto;Cantidad;Precio',
      '000000012;05/03/2025 10:12;MH01-XS-Black;Chaz Kangeroo Hoodie;2;52.0000',
      '000000013;14/03/2025 16:05;WS12-M-Orange;Radiant Tee;1;1299.5000',
    ].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'sales_order_item.csv', kind: 'orders', mode: 'replace' });
    expect(report.format).toMatchObject({ delimiter: ';', decimalSeparator: '.', dateFormat: 'dd/mm/yyyy' });
    // 2 × 52.00 + 1 × 1,299.50 = 1,403.50 (was 14,035,000: ×10,000)
    expect(await orderTotals(store.db)).toEqual({ lines: 2, orders: 2, units: 3, gross: 1403.5 });
  });
});
