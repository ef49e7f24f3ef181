import { expect } from 'vitest';
import type { Database } from '../../server/store/database.ts';
import { orderTotals } from './test-store.ts';

/**
 * What the Mercado Libre "Ventas" report of test/fixtures/layouts/mercadolibre-ventas-ar.csv
 * stores, worked out by hand: the CSV and the workbook built in the same layout
 * (test/import/workbooks.test.ts) must both land exactly so.
 */
export async function expectMercadoLibreVentasStored(db: Database, report: { mapping: object; warnings: Array<{ code: string }> }) {
  expect(report.mapping).toMatchObject({ order_id: '# de venta', region: 'Estado (2)', line_total: 'Ingresos por productos (ARS)', amount: 'Anulaciones y reembolsos (ARS)' });
  expect(report.warnings.map((w) => w.code)).toEqual(['repeated_header', 'unknown_reasons', 'returns_dated_at_order']);
  // 12.500 + 9.999,98 + 3.200
  expect(await orderTotals(db)).toEqual({ lines: 3, orders: 3, units: 4, gross: 25699.98 });
  expect(
    await db.all(`SELECT order_id, sku, strftime(ordered_at, '%Y-%m-%d %H:%M') AS at, unit_price::DOUBLE AS price, currency, region, carrier FROM order_lines ORDER BY 1`),
  ).toEqual([
    { order_id: '2000001', sku: 'ZAP-38', at: '2025-03-15 14:32', price: 12500, currency: 'ARS', region: 'Santa Fe', carrier: 'Mercado Envíos Full' },
    { order_id: '2000002', sku: 'MOC-01', at: '2025-03-16 09:05', price: 4999.99, currency: 'ARS', region: 'Córdoba', carrier: 'Mercado Envíos Flex' },
    { order_id: '2000003', sku: 'Gorra lisa', at: '2025-04-02 20:10', price: 3200, currency: 'ARS', region: 'Capital Federal', carrier: 'Acordar con el vendedor' },
  ]);
  // the refund is written -9.999,98; the amount given back is 9.999,98 for the whole line of 2
  expect(await db.all('SELECT order_id, quantity, resolution, amount::DOUBLE AS amount, reason_raw FROM returns')).toEqual([
    { order_id: '2000002', quantity: 2, resolution: 'refund', amount: 9999.98, reason_raw: 'Te devolvimos el dinero' },
  ]);
}
