import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The lines left out as no product sold are more than shipping, tips and fees: a package
// protection, gift wrap, a card surcharge, financing interest. Their rejects said "shipping, tip or
// fee, not a product", which named none of the services a shop sees them for.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

// Tiendanube's "Exportar ventas": `;`, decimal comma, one row per product with the order's fields repeated
const header = 'Número de orden;Email;Fecha;Estado de la orden;Moneda;Nombre del producto;Precio del producto;Cantidad del producto;SKU;Medio de envío';
const ventas = [
  header,
  '5101;ana@example.com;02/06/2025 10:00:00;Cerrada;ARS;Campera inflable (Negro, M);45.000,00;1;CAM-N-M;Correo Argentino',
  '5101;ana@example.com;02/06/2025 10:00:00;Cerrada;ARS;Recargo por pago con tarjeta;2.250,00;1;;Correo Argentino',
  '5102;leo@example.com;03/06/2025 11:30:00;Cerrada;ARS;Buzo canguro (Gris, L);28.000,00;2;BUZ-G-L;Andreani',
  '5102;leo@example.com;03/06/2025 11:30:00;Cerrada;ARS;Interés financiación;4.200,00;1;;Andreani',
  '5103;sol@example.com;04/06/2025 09:15:00;Cerrada;ARS;Envoltorio para regalo;1.500,00;1;;Andreani',
  '5103;sol@example.com;04/06/2025 09:15:00;Cerrada;ARS;Seguro de envío;900,00;1;;Andreani',
  '5103;sol@example.com;04/06/2025 09:15:00;Cerrada;ARS;Gorra (Negro);9.000,00;1;GOR-N;Andreani',
].join('\n');

it('a surcharge, interest, gift wrap or a protection is rejected as what it is: a charge or a service, no product', async () => {
  const report = await importedReport(store.app, ventas, { fileName: 'ventas.csv' });
  expect(report).toMatchObject({ source: 'tiendanube', rowsImported: 3, rowsRejected: 4 });
  const reason = 'shipping, a tip, a fee, interest or a service (protection, gift wrap), not a product';
  // the name stands for the missing SKU
  expect(report.rejects).toEqual([
    { line: 3, field: 'sku', value: 'Recargo por pago con tarjeta', reason },
    { line: 5, field: 'sku', value: 'Interés financiación', reason },
    { line: 6, field: 'sku', value: 'Envoltorio para regalo', reason },
    { line: 7, field: 'sku', value: 'Seguro de envío', reason },
  ]);
  // products sold: 45.000 + 2 × 28.000 + 9.000 = 110.000 in 4 units
  expect(await store.db.all('SELECT sum(quantity)::INTEGER AS units, sum(quantity * unit_price)::DOUBLE AS gross FROM order_lines')).toEqual([{ units: 4, gross: 110000 }]);
});
