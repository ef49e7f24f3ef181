import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The situation every manager has each month: the shop's next export imported into a database
// that already holds the earlier ones. Whatever overlaps, the figures must be those of the data
// as the latest export tells it, never the two exports added up.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], options: { kind?: string; mode?: string } = {}) => importedReport(store.app, lines.join('\n'), options);

/** The summary's sales and returns figures over 2025, on the given basis. */
async function figures(basis: 'order' | 'return' = 'order') {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-01-01', to: '2025-12-31', basis } }));
  const { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, refundedValue, storeCreditValue } = s;
  return { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, refundedValue, storeCreditValue };
}

describe('an order edited between two exports', () => {
  const header = 'order_id,ordered_at,sku,quantity,unit_price';

  it('counts the order as the later export lists it: a line removed, a SKU’s second line taken off, a line added', async () => {
    await importCsv(
      [
        header,
        'O1,2025-03-10 10:00:00,A,1,10.00',
        'O1,2025-03-10 10:00:00,B,1,20.00',
        'O2,2025-03-11 10:00:00,A,1,10.00',
        'O2,2025-03-11 10:00:00,A,2,10.00',
        'O3,2025-03-12 10:00:00,C,1,30.00',
      ],
      { kind: 'orders' },
    );
    // the March–May export, taken after the orders were edited: O1 without its line B, O2 with one
    // line of A (its 1-unit line taken off), O3 with C at 2 × 25.00 and a line D added
    await importCsv(
      [
        header,
        'O1,2025-03-10 10:00:00,A,1,10.00',
        'O2,2025-03-11 10:00:00,A,2,10.00',
        'O3,2025-03-12 10:00:00,C,2,25.00',
        'O3,2025-03-12 10:00:00,D,1,5.00',
      ],
      { kind: 'orders' },
    );
    // O1 10.00 + O2 20.00 + O3 50.00 + 5.00 = 85.00 over 1 + 2 + 2 + 1 = 6 units. Keyed on the line,
    // O1's B (20.00) and O2's second A line (2 × 10.00) stayed: 125.00 over 9 units
    expect(await figures()).toMatchObject({ orders: 3, unitsSold: 6, grossSales: 85 });
    const rows = await parseResponse(store.client.api.rows['order-lines'].$get({ query: { from: '2025-03-01', to: '2025-03-31', limit: '500' } }));
    expect({ total: rows.total, totals: rows.totals }).toEqual({ total: 4, totals: { units: 6, value: 85 } });
    const trend = await parseResponse(store.client.api.metrics.trend.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    expect(trend.rows.map((r) => ({ month: r.month, unitsSold: r.unitsSold, grossSales: r.grossSales }))).toEqual([{ month: '2025-03-01', unitsSold: 6, grossSales: 85 }]);
  });

  it('a Shopify export that lists an order of several lines again, one line fewer', async () => {
    const shopify = 'Name,Email,Financial Status,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,Shipping Country';
    const order1001 = [
      '#1001,ana@example.com,paid,USD,2025-03-31 22:30:00 -0400,2,Tee - M,40.00,TEE-M,0.00,US',
      '#1001,,,,2025-03-31 22:30:00 -0400,1,Cap,50.00,CAP,0.00,',
    ];
    await importCsv([shopify, ...order1001, '#1001,,,,2025-03-31 22:30:00 -0400,1,Socks,5.00,SOCK,0.00,', '#1002,bob@example.com,paid,USD,2025-04-02 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,10.00,US']);
    // the next export: #1001 edited (the socks taken off), #1002 as it was, #1003 new
    await importCsv([shopify, ...order1001, '#1002,bob@example.com,paid,USD,2025-04-02 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,10.00,US', '#1003,cy@example.com,paid,USD,2025-04-05 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,0.00,US']);
    // #1001 2 × 40.00 + 50.00 = 130.00, #1002 80.00 − 10.00 = 70.00, #1003 80.00: 280.00 over 5
    // units (with the socks left from the first export: 285.00 over 6)
    expect(await figures()).toMatchObject({ orders: 3, unitsSold: 5, grossSales: 280 });
  });
});

describe('a return listed again by another export', () => {
  const orders = ['order_id,ordered_at,sku,quantity,unit_price', 'M1,2025-03-10 10:00:00,B,1,20.00', 'M2,2025-03-11 10:00:00,A,1,10.00', 'M3,2025-03-12 10:00:00,A,1,10.00'];

  it('is one return whether an export names it by its id or by its order, SKU and request', async () => {
    await importCsv(orders, { kind: 'orders' });
    // the returns app names its returns; a later export from another tool, with its own headers and
    // day-first dates, has no return id: M1's return, refunded since, and M2's, the same
    await importCsv(['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount', 'R1,M1,B,1,2025-03-20 10:00:00,size,pending,', 'R2,M2,A,1,2025-03-21 09:30:00,size,pending,'], { kind: 'returns' });
    await importCsv(['Pedido,SKU,Cantidad,Fecha solicitud,Motivo,Resolución,Monto', 'M1,B,1,20/03/2025 10:00,Talle,Reembolso,"20,00"', 'M2,A,1,21/03/2025 09:30,Talle,Reembolso,"10,00"'], { kind: 'returns' });
    // M1 and M2 came back once each, refunded 20.00 + 10.00. Keyed on the id, else the request, the
    // second export's returns were two more: 4 returns, 4 units of 3 sold, 60.00 returned
    expect(await figures()).toMatchObject({ unitsSold: 3, returns: 2, unitsReturned: 2, returnedValue: 30, refundedValue: 30 });
    // and back: a named export after one without ids
    await importCsv(['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount', 'R1,M1,B,1,2025-03-20 10:00:00,size,refund,15.00'], { kind: 'returns' });
    // M1 refunded 15.00 now, M2 10.00
    expect(await figures()).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 25 });
  });

  it('is one return whether an export writes its request’s time or its day alone, in local time or with an offset', async () => {
    await importCsv(orders, { kind: 'orders' });
    const header = 'order_id,sku,quantity,requested_at,reason,resolution,amount';
    await importCsv([header, 'M1,B,1,2025-03-20T10:00:00-03:00,size,pending,', 'M2,A,1,2025-03-21 09:30:00,size,pending,'], { kind: 'returns' });
    // the next export: M1 at the same wall-clock time with no offset nor seconds, M2 by its day alone
    await importCsv([header, 'M1,B,1,2025-03-20 10:00,size,refund,20.00', 'M2,A,1,2025-03-21,size,store credit,10.00'], { kind: 'returns' });
    // one return each: M1 refunded 20.00, M2 10.00 in store credit (M2 read as a second return: 3
    // returns, 3 units of 3 sold)
    expect(await figures()).toMatchObject({ returns: 2, unitsReturned: 2, returnedValue: 30, refundedValue: 20, storeCreditValue: 10 });
    const rows = await parseResponse(store.client.api.rows.returns.$get({ query: { from: '2025-01-01', to: '2025-12-31', sort: 'orderId', order: 'asc' } }));
    expect(rows.rows.map((r) => [r.orderId, r.requestedAt, r.resolution])).toEqual([
      ['M1', '2025-03-20T10:00:00', 'refund'],
      ['M2', '2025-03-21T00:00:00', 'store_credit'],
    ]);
  });

  it('withdrawn in the later export goes, with or without a return id', async () => {
    await importCsv(orders, { kind: 'orders' });
    await importCsv(['return_id,order_id,sku,quantity,requested_at,reason,status', 'R1,M1,B,1,2025-03-20 10:00:00,size,Requested'], { kind: 'returns' });
    await importCsv(['order_id,sku,quantity,requested_at,reason,status', 'M2,A,1,2025-03-21 10:00:00,size,Requested', 'M3,A,1,2025-03-22 10:00:00,size,Requested'], { kind: 'returns' });
    expect(await figures()).toMatchObject({ returns: 3, unitsReturned: 3 });
    // the next export has no ids: M1's and M2's requests cancelled, M3's received
    await importCsv(['order_id,sku,quantity,requested_at,reason,status', 'M1,B,1,2025-03-20 10:00:00,size,Cancelled', 'M2,A,1,2025-03-21 10:00:00,size,Cancelled', 'M3,A,1,2025-03-22 10:00:00,size,Received'], { kind: 'returns' });
    // only M3 came back: 1 return of 10.00 (M1 and M2 stayed, unmatched to the withdrawal: 3 returns, 40.00)
    expect(await figures()).toMatchObject({ returns: 1, unitsReturned: 1, returnedValue: 10 });
  });
});

describe('a combined file exported again', () => {
  const header = 'Pedido;Fecha;SKU;Producto;Cantidad;Precio;¿Devuelto?;Cantidad devuelta;Fecha de devolución;Motivo;Monto reembolsado';

  it('states each line’s return as it stands now: a second unit back since, a return no longer listed', async () => {
    await importCsv([
      header,
      'P-1;01/03/2025;A;Zapatilla;2;100,00;Sí;1;10/03/2025;Talle pequeño;100,00',
      'P-2;02/03/2025;B;Taza;1;50,00;No;;;;',
      'P-3;03/03/2025;B;Taza;1;50,00;Sí;1;13/03/2025;Roto;50,00',
    ]);
    // the next export: P-1's second shoe came back on the 20th (the line now says 2 units, dated at
    // the latest), P-2's cup came back, P-3's return is no longer listed, P-4 is new
    await importCsv([
      header,
      'P-1;01/03/2025;A;Zapatilla;2;100,00;Sí;2;20/03/2025;Talle pequeño;200,00',
      'P-2;02/03/2025;B;Taza;1;50,00;Sí;1;15/03/2025;Roto;50,00',
      'P-3;03/03/2025;B;Taza;1;50,00;No;;;;',
      'P-4;03/04/2025;B;Taza;1;50,00;No;;;;',
    ]);
    // P-1 2 units back (200,00) and P-2 1 (50,00): 2 returns, 3 units, 250,00 of 5 units and 350,00
    // sold. Keyed on the return date, P-1's first unit (10 March) stayed beside the 2 of the 20th, 3
    // units back of the 2 sold, and P-3's cup stayed: 4 returns, 5 units, 400,00
    expect(await figures()).toMatchObject({ unitsSold: 5, grossSales: 350, returns: 2, unitsReturned: 3, returnedValue: 250, refundedValue: 250 });
  });
});

describe('an export whose only news is that something is no more', () => {
  // A file with no row to write was refused (422 no_valid_rows, "nothing was changed") before the
  // write that takes cancelled orders and withdrawn requests out of what is stored: the stored sale
  // or return went on counting, and the manager could not record the change.
  const withStatus = 'order_id,ordered_at,sku,quantity,unit_price,status';

  it('an orders export holding only a cancellation takes the stored sale out', async () => {
    await importCsv([withStatus, 'M1,2025-03-10 10:00:00,B,1,20.00,paid', 'M2,2025-03-11 10:00:00,A,1,10.00,paid'], { kind: 'orders' });
    const report = await importCsv([withStatus, 'M1,2025-03-10 10:00:00,B,1,20.00,cancelled'], { kind: 'orders' });
    expect(report).toMatchObject({ rowsImported: 0, rowsRejected: 1 });
    // M2 alone: 1 order, 10.00 (was refused, M1 still a sale: 2 orders, 30.00)
    expect(await figures()).toMatchObject({ orders: 1, grossSales: 10 });
  });

  it('a returns export holding only a withdrawn request takes the stored return out', async () => {
    await importCsv([withStatus, 'M1,2025-03-10 10:00:00,B,1,20.00,paid'], { kind: 'orders' });
    const returns = 'return_id,order_id,sku,quantity,requested_at,reason,status';
    await importCsv([returns, 'R1,M1,B,1,2025-03-20 10:00:00,size,Requested'], { kind: 'returns' });
    expect(await figures()).toMatchObject({ returns: 1, returnedValue: 20 });
    await importCsv([returns, 'R1,M1,B,1,2025-03-20 10:00:00,size,Cancelled'], { kind: 'returns' });
    // no return left (was refused, R1 still counted: 1 return, 20.00)
    expect(await figures()).toMatchObject({ returns: 0, returnedValue: 0 });
  });
});

describe('a next export that writes order numbers another way', () => {
  // A spreadsheet drops leading zeros ("00123" → "123") or saves a number with decimals ("1002" →
  // "1002.0"): the next export's orders were stored again beside the first ones, 4 orders and 60.00
  // where the shop had 2 and 30.00, with no warning. They are not merged ("123" and "00123" may be
  // two orders): named, when placed the same day.
  const header = 'order_id,ordered_at,sku,quantity,unit_price';

  it('names the orders stored already under a look-alike id the same day', async () => {
    const first = await importCsv([header, '1002.0,2025-03-10 10:00:00,B,1,20.00', '00123,2025-03-11 10:00:00,A,1,10.00', '777,2025-03-12 10:00:00,A,1,10.00'], { kind: 'orders' });
    expect(first.warnings.map((w: { code: string }) => w.code)).not.toContain('orders_written_differently');
    // 0777 looks like the stored 777 but was placed another day: another order
    const second = await importCsv([header, '1002,2025-03-10 10:00:00,B,1,20.00', '123,2025-03-11 10:00:00,A,1,10.00', '0777,2025-03-20 10:00:00,A,1,10.00'], { kind: 'orders' });
    expect(second.warnings.find((w: { code: string }) => w.code === 'orders_written_differently')).toMatchObject({ count: 2, examples: ['1002 / 1002.0', '123 / 00123'] });
    // counted as the files say: 6 orders, 80.00 (the warning says two of them may be one order each)
    expect(await figures()).toMatchObject({ orders: 6, grossSales: 80 });
  });
});

describe('a next export whose every date reads both ways', () => {
  // Every order date of the second export fits day/month and month/day (4, 11 and 12 March, 1 April,
  // written 04/03/2025…), and its headers are English, so it was read month first with only the
  // warning ambiguous_dates: March's 3 stored orders (40.00) moved to 3 April, 3 November and 3
  // December, and March showed none. The orders it lists are stored already, with their days.
  it('is read the way that puts the stored orders on their stored days, and says so', async () => {
    await importCsv(['order_id,ordered_at,sku,quantity,unit_price', 'M1,2025-03-04 10:00:00,B,1,20.00', 'M2,2025-03-11 10:00:00,A,1,10.00', 'M3,2025-03-12 10:00:00,A,1,10.00'], { kind: 'orders' });
    const report = await importCsv(['Order ID,Order Date,SKU,Qty,Price', 'M1,04/03/2025 10:00,B,1,20', 'M2,11/03/2025 10:00,A,1,10', 'M3,12/03/2025 10:00,A,1,10', 'M4,01/04/2025 10:00,A,1,10'], { kind: 'orders' });
    expect(report.format).toMatchObject({ dateFormat: 'dd/mm/yyyy' });
    expect(report.warnings.find((w: { code: string }) => w.code === 'dates_read_as_stored')).toMatchObject({ count: 3 });
    const march = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    // M1–M3 on their days: 3 orders, 20 + 10 + 10 = 40.00; M4 on 1 April
    expect(march).toMatchObject({ orders: 3, grossSales: 40 });
  });
});
