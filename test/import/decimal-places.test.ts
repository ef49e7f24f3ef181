import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Amounts whose separator is followed by other than three digits say which separator is the
// decimal one, however many digits that is: exports straight from a shop's database write prices
// with its column's decimals (PrestaShop's DECIMAL(20,6), Magento's DECIMAL(20,4)). And a
// separator the file reads as a thousands one must separate thousands: "12.50" in a file of
// "1.234,00" is no 1,250.

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

  it('two exports in one file, one with a decimal comma and one with a point: the point\'s amounts are refused, not read ×100', async () => {
    // a Spanish ERP's export with a second one pasted below it, written with a decimal point
    const csv = [
      'Nro de pedido;Fecha;SKU;Cantidad;Precio unitario',
      'V-1001;03/02/2025;CAM-01;1;12,50',
      'V-1002;04/02/2025;CAM-01;1;1.234,00',
      'V-1003;13/02/2025;PAN-02;2;8,25',
      'V-1004;14/02/2025;CAM-01;2;12.50',
      'V-1005;15/02/2025;PAN-02;1;0.5',
    ].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv', kind: 'orders', mode: 'replace' });
    // three amounts end in a comma and one or two digits, two in a point: the comma is the decimal one
    expect(report.format).toMatchObject({ decimalSeparator: ',', thousandsSeparator: '.' });
    // "12.50" and "0.5" cannot be thousands: their rows are refused and named
    expect(report.rejects).toEqual([
      { line: 5, field: 'unit_price', value: '12.50', reason: expect.stringContaining('not a number') },
      { line: 6, field: 'unit_price', value: '0.5', reason: expect.stringContaining('not a number') },
    ]);
    // 1 × 12.50 + 1 × 1,234.00 + 2 × 8.25 = 12.50 + 1,234.00 + 16.50 = 1,263.00 (was 3,768: "12.50" read as 1,250, "0.5" as 5)
    expect(await orderTotals(store.db)).toEqual({ lines: 3, orders: 3, units: 4, gross: 1263 });
  });
});
