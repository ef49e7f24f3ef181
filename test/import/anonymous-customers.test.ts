import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDerivedDataCurrent } from '../../server/store/refresh-derived.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A sale to nobody in particular is written to a placeholder customer: "Consumidor Final" on every
// B invoice of an Argentine ERP, "Público en general" (RFC XAXX010101000) in Mexico, "Clientes varios"
// in Spain, "Mostrador", "Invitado" or "Guest" at a till. Read as an id, all those walk-in buyers were
// one customer: one who returned and bought again (a repeat rate of 100 %) and a serial returner.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

// An ERP's sales ledger, one credit note (for a hoodie, 10/03) among its invoices. Walk-in sales are
// written "Consumidor Final" as the ERP prints it, in capitals, or in lower case; "Consumidor Final
// Gómez" is a shop's real customer whose name holds the words.
const ledger = [
  'Tipo de comprobante;Nro comprobante;Fecha de emisión;Cliente;Código de artículo;Descripción;Cantidad;Precio unitario',
  'Factura B;0003-00000501;03/03/2025;Consumidor Final;BUZ-01;Buzo;1;20.000,00',
  'Factura B;0003-00000502;05/03/2025;CONSUMIDOR FINAL;BUZ-01;Buzo;1;20.000,00',
  'Factura A;0003-00000503;06/03/2025;Consumidor Final Gómez;GOR-02;Gorra;2;5.000,00',
  'Factura B;0003-00000504;07/03/2025;consumidor final;GOR-02;Gorra;1;5.000,00',
  'Nota de Crédito B;0003-00000031;10/03/2025;Consumidor Final;BUZ-01;Buzo;1;20.000,00',
  'Factura B;0003-00000505;12/03/2025;Consumidor Final;BUZ-01;Buzo;1;20.000,00',
  'Factura A;0003-00000506;20/03/2025;Consumidor Final Gómez;BUZ-01;Buzo;1;20.000,00',
  // data into June, so that 30 days after every March sale have passed
  'Factura B;0003-00000507;02/06/2025;Consumidor Final;GOR-02;Gorra;1;5.000,00',
].join('\n');

const march = { from: '2025-03-01', to: '2025-03-31' };

describe('a placeholder customer of an ERP ledger', () => {
  it('is no customer: nobody known returned, and no serial returner', async () => {
    const report = await importedReport(store.app, ledger);
    // 6 lines to the placeholder, written three ways; "Consumidor Final Gómez" is not one
    expect(report.warnings.find((w: { code: string }) => w.code === 'anonymous_customers')).toMatchObject({ count: 6, examples: ['Consumidor Final', 'CONSUMIDOR FINAL', 'consumidor final'] });
    const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { ...march, withinDays: '30' } }));
    // the credit is a walk-in buyer's: no known customer returned (was "Consumidor Final": 1 of 1, 100 %)
    expect(c.returned).toMatchObject({ customers: 0, observed: 0, repurchased: 0, repurchaseRate: null });
    // Consumidor Final Gómez, who did not return: 2 orders (06/03 and 20/03), back within 30 days
    expect(c.notReturned).toMatchObject({ customers: 1, observed: 1, repurchased: 1 });
    const serial = await parseResponse(store.client.api.metrics.customers['serial-returners'].$get({ query: { minOrders: '2', minReturnRate: '0.1' } }));
    // was "Consumidor Final": 5 orders, 1 of 5 units back
    expect(serial.rows).toEqual([]);
  });

  it("leaves the credit note unmatched: counted by its request date, not as a guess at a walk-in sale's order", async () => {
    const report = await importedReport(store.app, ledger);
    expect(report.unmatchedReturns).toBe(1);
    // by request date: 1 return of 20.000,00 refunded in March
    const byRequest = await parseResponse(store.client.api.metrics.summary.$get({ query: { ...march, basis: 'return' } }));
    expect(byRequest).toMatchObject({ returns: 1, refundedValue: 20000 });
    // by order: March's 6 orders (7 units) with none returned (was 1 unit back, tied to 0003-00000505's
    // neighbour 0003-00000502, the latest walk-in sale of a hoodie before the credit)
    const byOrder = await parseResponse(store.client.api.metrics.summary.$get({ query: march }));
    expect(byOrder).toMatchObject({ orders: 6, unitsSold: 7, unitsReturned: 0 });
  });
});

it("a till's placeholders are no customer whatever their capitals and accents; a name that holds the words is one", async () => {
  await importedReport(
    store.app,
    [
      'order_id,ordered_at,customer_id,sku,quantity,unit_price',
      'P1,2025-03-01 10:00,Invitado,TAZA,1,10.00',
      'P2,2025-03-02 10:00,ANÓNIMO,TAZA,1,10.00',
      'P3,2025-03-03 10:00,Público en General,TAZA,1,10.00',
      'P4,2025-03-04 10:00,Publico en general,TAZA,1,10.00',
      'P5,2025-03-05 10:00,Mostrador Sur,TAZA,1,10.00',
      'P6,2025-03-06 10:00,-,TAZA,1,10.00',
      'P7,2025-03-07 10:00,XAXX010101000,TAZA,1,10.00',
      'P8,2025-06-30 10:00,Mostrador Sur,TAZA,1,10.00',
    ].join('\n'),
    { kind: 'orders' },
  );
  const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { ...march, withinDays: '30' } }));
  // Mostrador Sur alone (was 7: each placeholder a customer, the two spellings of "público" two)
  expect(c.notReturned).toMatchObject({ customers: 1 });
});

it('a placeholder an older version stored as a customer is forgotten when the data is derived again for this one', async () => {
  await importedReport(store.app, ledger);
  // as a version before placeholders were read as no customer stored the walk-in sales
  await store.db.withSession(async (session) => {
    await session.run("UPDATE order_lines SET customer_id = 'Consumidor Final' WHERE customer_id IS NULL");
    await session.run('UPDATE derived_state SET version = version + 1');
  });
  await ensureDerivedDataCurrent(store.db);
  const customers = await store.db.withSession((session) => session.all('SELECT DISTINCT customer_id FROM order_lines ORDER BY ALL'));
  expect(customers).toEqual([{ customer_id: 'Consumidor Final Gómez' }, { customer_id: null }]);
  // nobody known returned: the credit is a walk-in buyer's, as on a first import
  const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { ...march, withinDays: '30' } }));
  expect(c.returned).toMatchObject({ customers: 0, observed: 0, repurchased: 0 });
});
