import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { partialLineRefund } from '../../server/import/normalise/normalise-returns.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A combined file with a refund on each line but no returned quantity: Mercado Libre's "Ventas"
// report ("Anulaciones y reembolsos"). A refund for part of a line was read as the whole line back:
// one unit refunded of a 4-unit line counted 4 units, and a partial refund for a pair of shoes the
// buyer kept ("Reclamo cerrado con reembolso parcial") counted the pair back.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const header =
  '# de venta;Fecha de venta;Estado;Descripción del estado;Paquete de varios productos;Unidades;Ingresos por productos (ARS);Cargo por venta e impuestos;Anulaciones y reembolsos (ARS);Total (ARS);SKU;# de publicación;Título de la publicación;Variante;Precio unitario de venta de la publicación (ARS);Comprador;Ciudad;Estado;Forma de entrega';

// ML writes the report with a title and a blank line above the header, a BOM and CRLF
const ventas =
  '\ufeff' +
  [
    'Ventas al 30 de abril de 2025',
    '',
    header,
    // line 4: a pair of shoes, 3.000 back of 18.900 and the pair kept: how many came back is not in the file
    '3000101;2 de abril de 2025 09:10 hs.;Entregado;Reclamo cerrado con reembolso parcial;No;1;18.900,00;-2.835,00;-3.000,00;13.065,00;ZAP-40;MLA11;Zapatilla running;Talle 40;18.900,00;ana_m;Rosario;Santa Fe;Mercado Envíos Full',
    // line 5: 4 socks at 2.250, 4.500 back: two of them
    '3000102;3 de abril de 2025 10:20 hs.;Devolución finalizada;Te devolvimos el dinero;No;4;9.000,00;-1.350,00;-4.500,00;3.150,00;MED-02;MLA12;Medias deportivas;;2.250,00;luz_r;CABA;Capital Federal;Mercado Envíos Flex',
    // line 6: no refund
    '3000103;4 de abril de 2025 11:30 hs.;Entregado;;No;2;4.500,00;-675,00;0,00;3.825,00;MED-02;MLA12;Medias deportivas;;2.250,00;leo_t;CABA;Capital Federal;Mercado Envíos Flex',
    // line 7: the whole pair back, its value refunded
    '3000104;5 de abril de 2025 12:40 hs.;Devolución finalizada;Te devolvimos el dinero;No;1;18.900,00;-2.835,00;-18.900,00;0,00;ZAP-40;MLA11;Zapatilla running;Talle 41;18.900,00;sol_d;Rosario;Santa Fe;Mercado Envíos Full',
    // line 8: both T-shirts back, the line's value refunded
    '3000105;6 de abril de 2025 13:50 hs.;Devolución finalizada;Te devolvimos el dinero;No;2;14.800,00;-2.220,00;-14.800,00;0,00;REM-01;MLA13;Remera lisa;M;7.400,00;gus_p;Córdoba;Córdoba;Mercado Envíos Flex',
    // line 9: 3 caps for 10.000 (3.333,3333 each), 3.333,33 back: one cap, to the cent
    '3000106;7 de abril de 2025 14:00 hs.;Devolución finalizada;Te devolvimos el dinero;No;3;10.000,00;-1.500,00;-3.333,33;5.166,67;GOR-01;MLA14;Gorra;;3.333,33;eva_s;Mendoza;Mendoza;Mercado Envíos Flex',
    // line 10: 2 bags at 6.000, 9.000 back: one and a half bags, no whole number of them
    '3000107;8 de abril de 2025 15:10 hs.;Devolución finalizada;Te devolvimos el dinero;No;2;12.000,00;-1.800,00;-9.000,00;1.200,00;BOL-01;MLA15;Bolso;;6.000,00;teo_v;Salta;Salta;Mercado Envíos Full',
  ].join('\r\n');

describe("a refund for part of a line, in a combined file with no returned quantity", () => {
  it('counts the units a whole number of unit prices pays back, and rejects the return it cannot count', async () => {
    const report = await importedReport(store.app, ventas, { fileName: 'ventas-abril.csv' });
    expect(report).toMatchObject({ kind: 'combined', source: 'mercadolibre', rowsImported: 7, tables: { orders: { rowsImported: 7 }, returns: { rowsImported: 4 } } });
    // the sale of each stays; their returns are named rather than counted whole
    expect(report.rejects).toEqual([
      { line: 4, field: 'amount', value: '-3.000,00', reason: partialLineRefund },
      { line: 10, field: 'amount', value: '-9.000,00', reason: partialLineRefund },
    ]);
    expect(await store.db.all('SELECT order_id, sku, quantity, amount::DOUBLE AS amount FROM returns ORDER BY order_id')).toEqual([
      { order_id: '3000102', sku: 'MED-02', quantity: 2, amount: 4500 },
      { order_id: '3000104', sku: 'ZAP-40', quantity: 1, amount: 18900 },
      { order_id: '3000105', sku: 'REM-01', quantity: 2, amount: 14800 },
      { order_id: '3000106', sku: 'GOR-01', quantity: 1, amount: 3333.33 },
    ]);
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-04-30' } }));
    // sold: 1 + 4 + 2 + 1 + 2 + 3 + 2 = 15 units, 18.900 + 9.000 + 4.500 + 18.900 + 14.800 + 10.000 + 12.000 = 88.100
    // back: 2 + 1 + 2 + 1 = 6 units (was 1 + 4 + 1 + 2 + 3 + 2 = 13, 86.7 %), worth
    // 4.500 + 18.900 + 14.800 + 3.333,33 (a cap, to the cent) = 41.533,33 (was 77.200); refunded the same (was 53.533,33)
    expect(s).toMatchObject({ orders: 7, unitsSold: 15, grossSales: 88100, returns: 4, ordersWithReturn: 4, unitsReturned: 6, returnRateUnits: 0.4 });
    expect(s.returnedValue).toBeCloseTo(41533.33, 2);
    expect(s.returnRateValue).toBeCloseTo(41533.33 / 88100, 8);
    expect(s.refundedValue).toBeCloseTo(41533.33, 2);
    expect(report.assumptions[0]).toBe(
      'Returns: the lines with a refund in "Anulaciones y reembolsos (ARS)"; each line came back whole, or as many units as its refund pays back when that is less than the line’s value and a whole number of unit prices; a refund for less than a line that is no whole number of them is rejected, as how many units came back, if any, is not in the file.',
    );
  });

  it('with a return flag, a one-unit line refunded in part came back, and a line of several counts what its refund pays for', async () => {
    const csv = [
      'Order ID,Order Date,SKU,Quantity,Unit Price,Returned,Refund Amount',
      // a restocking fee kept: 85.00 of 100.00, the one unit back as the flag says
      'A1,2025-05-02,BOT-1,1,100.00,Yes,85.00',
      // 3 mugs at 12.00, 24.00 back: two of them
      'A2,2025-05-03,TAZ-1,3,12.00,Yes,24.00',
      // 3 mugs, 30.00 back: two and a half mugs, the count is not in the file
      'A3,2025-05-04,TAZ-1,3,12.00,Yes,30.00',
      'A4,2025-05-05,TAZ-1,1,12.00,No,',
    ].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'orders-with-returns.csv', kind: 'combined' });
    expect(report.rejects).toEqual([{ line: 4, field: 'amount', value: '30.00', reason: partialLineRefund }]);
    expect(report.assumptions[0]).toBe(
      'Returns: the lines whose "Returned" says returned (Yes, Sí, 1, Returned…), each line whole, or as many units as its refund pays back when that is less than the line’s value and a whole number of unit prices; a refund for less than a line of several units that is no whole number of them is rejected, as how many units came back is not in the file.',
    );
    expect(await store.db.all('SELECT order_id, quantity, amount::DOUBLE AS amount FROM returns ORDER BY order_id')).toEqual([
      { order_id: 'A1', quantity: 1, amount: 85 },
      { order_id: 'A2', quantity: 2, amount: 24 },
    ]);
    // 8 units sold, 3 back (was 1 + 3 + 3 = 7)
    const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-05-01', to: '2025-05-31' } }));
    expect(s).toMatchObject({ unitsSold: 8, unitsReturned: 3, returnRateUnits: 3 / 8, returnedValue: 124 });
  });
});
