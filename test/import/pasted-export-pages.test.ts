import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, orderTotals } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// An export downloaded page by page and pasted together, or a report whose pages overlap, lists
// some rows twice: an order's lines (a return's) come back identical in a second, separate block of
// the file, other orders between. Each repeated row was numbered as one more line of its order (or
// return): sales and returns counted twice, with no word. An export lists an order's (a return's)
// rows together, so such a block is a page pasted twice; an order's identical rows side by side are
// units written one per row, and stay. Every figure is worked out by hand from the files.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (lines: string[], kind: string, separator = '\n') => importedReport(store.app, lines.join(separator), { fileName: `${kind}.csv`, kind });
const summary = async (from: string, to: string) => (await store.app.request(`/api/metrics/summary?from=${from}&to=${to}`)).json();
const pasted = (lines: string) => `${lines}, the same order’s rows: a page of the export pasted twice`;
const pastedReturn = (lines: string) => `${lines}, the same return’s rows: a page of the export pasted twice`;

describe('an orders export whose pages overlap', () => {
  // Tiendanube, two pages of three orders: the second page was taken once order 1004 had come in,
  // so it starts with 1002 and 1003 again. 1003 sold two mugs written one per row.
  const tiendanube = [
    'Número de orden;Email;Fecha;Nombre del producto;Precio del producto;Cantidad del producto;SKU',
    '1001;ana@correo.ar;03/02/2025 10:15;Remera;25,00;1;REM-M',
    '1002;leo@correo.ar;03/02/2025 11:40;Buzo;40,00;2;BUZ-L',
    '1002;leo@correo.ar;03/02/2025 11:40;Gorra;15,00;1;GOR-U',
    '1003;sol@correo.ar;04/02/2025 09:05;Taza;12,50;1;TAZ-01',
    '1003;sol@correo.ar;04/02/2025 09:05;Taza;12,50;1;TAZ-01',
    '1002;leo@correo.ar;03/02/2025 11:40;Buzo;40,00;2;BUZ-L',
    '1002;leo@correo.ar;03/02/2025 11:40;Gorra;15,00;1;GOR-U',
    '1003;sol@correo.ar;04/02/2025 09:05;Taza;12,50;1;TAZ-01',
    '1003;sol@correo.ar;04/02/2025 09:05;Taza;12,50;1;TAZ-01',
    '1004;mia@correo.ar;05/02/2025 18:30;Remera;25,00;1;REM-M',
  ];

  it('counts the repeated orders once and names the pasted rows as rejected', async () => {
    const report = await upload(tiendanube, 'orders', '\r\n');
    // 1002 (lines 3–4) again on lines 7–8, 1003 (lines 5–6) again on lines 9–10
    expect(report).toMatchObject({ rowsRead: 10, rowsImported: 6, rowsRejected: 4 });
    expect(report.rejects).toEqual([
      { line: 7, field: 'order_id', value: '1002', reason: pasted('repeats lines 3–4') },
      { line: 8, field: 'order_id', value: '1002', reason: pasted('repeats lines 3–4') },
      { line: 9, field: 'order_id', value: '1003', reason: pasted('repeats lines 5–6') },
      { line: 10, field: 'order_id', value: '1003', reason: pasted('repeats lines 5–6') },
    ]);
    // 4 orders: 1 + 2 + 1 + 1 + 1 + 1 = 7 units; 25 + 80 + 15 + 12.50 + 12.50 + 25 = 170.00
    // (before: 12 units and 290.00, the second page's 1002 and 1003 as more lines of them)
    expect(await orderTotals(store.db)).toEqual({ lines: 6, orders: 4, units: 7, gross: 170 });
    expect(await summary('2025-02-01', '2025-02-28')).toMatchObject({ orders: 4, unitsSold: 7, grossSales: 170 });
  });

  it('keeps an order listed again in a later block that differs from the first', async () => {
    // sorted by product: 2001 bought a hoodie, twice a T-shirt written one per row, and a cap; its
    // rows lie among other orders', none of its blocks the same as another
    const byProduct = [
      'Order ID,Order Date,SKU,Product,Quantity,Unit Price',
      '2001,2025-04-01 10:00,BUZ-L,Hoodie,1,40.00',
      '2002,2025-04-01 12:00,BUZ-L,Hoodie,1,40.00',
      '2001,2025-04-01 10:00,REM-M,T-shirt,1,25.00',
      '2001,2025-04-01 10:00,REM-M,T-shirt,1,25.00',
      '2003,2025-04-02 09:00,REM-M,T-shirt,1,25.00',
      '2001,2025-04-01 10:00,GOR-U,Cap,1,15.00',
      '2003,2025-04-02 09:00,GOR-U,Cap,2,15.00',
    ];
    const report = await upload(byProduct, 'orders');
    expect(report).toMatchObject({ rowsRead: 7, rowsImported: 7, rowsRejected: 0, rejects: [] });
    // 1 + 1 + 1 + 1 + 1 + 1 + 2 = 8 units; 40 + 40 + 25 + 25 + 25 + 15 + 30 = 200.00
    expect(await orderTotals(store.db)).toEqual({ lines: 7, orders: 3, units: 8, gross: 200 });
  });
});

describe('a returns export whose pages overlap', () => {
  beforeEach(async () => {
    // 3001: two T-shirts at 25.00 and a cap at 15.00; 3002: a hoodie at 40.00; 3003: a mug at 12.50
    await upload(
      [
        'Order ID,Order Date,SKU,Quantity,Unit Price',
        '3001,2025-05-02 10:00,REM-M,2,25.00',
        '3001,2025-05-02 10:00,GOR-U,1,15.00',
        '3002,2025-05-03 11:00,BUZ-L,1,40.00',
        '3003,2025-05-04 12:00,TAZ-01,1,12.50',
      ],
      'orders',
    );
  });

  it('counts a return whose rows come back after other returns once', async () => {
    // a returns app's export in two pages: RMA-11's two lines are both pages' seam
    const report = await upload(
      [
        'RMA Number,Order Number,Item SKU,Qty,Return Reason,Created Date,Outcome,Refund Total',
        'RMA-10,3002,BUZ-L,1,Defective,2025-05-10 09:00,Refund,40.00',
        'RMA-11,3001,REM-M,1,Too small,2025-05-11 10:00,Refund,25.00',
        'RMA-11,3001,GOR-U,1,Changed my mind,2025-05-11 10:00,Store credit,15.00',
        'RMA-12,3003,TAZ-01,1,Damaged in transit,2025-05-12 11:00,Refund,12.50',
        'RMA-11,3001,REM-M,1,Too small,2025-05-11 10:00,Refund,25.00',
        'RMA-11,3001,GOR-U,1,Changed my mind,2025-05-11 10:00,Store credit,15.00',
      ],
      'returns',
    );
    expect(report).toMatchObject({ rowsRead: 6, rowsImported: 4, rowsRejected: 2 });
    expect(report.rejects).toEqual([
      { line: 6, field: 'return_id', value: 'RMA-11', reason: pastedReturn('repeats lines 3–4') },
      { line: 7, field: 'return_id', value: 'RMA-11', reason: pastedReturn('repeats lines 3–4') },
    ]);
    // back: hoodie 40.00, one T-shirt 25.00, the cap 15.00, the mug 12.50: 4 returns, 4 units;
    // refunded 40.00 + 25.00 + 12.50 = 77.50, store credit 15.00 (before: 6 returns, 6 units,
    // 102.50 refunded and 30.00 credit)
    expect(await summary('2025-05-01', '2025-05-31')).toMatchObject({ returns: 4, unitsReturned: 4, refundedValue: 77.5, storeCreditValue: 15, returnedValue: 92.5 });
  });

  it('tells a return without an id by its order and request date', async () => {
    // Tiendanube's returns report has no return id: 3001's T-shirt comes back again after 3003's mug
    const report = await upload(
      [
        'Número de orden;SKU;Cantidad;Motivo;Fecha de solicitud;Reembolso',
        '3001;REM-M;1;Talle chico;11/05/2025 10:00;25,00',
        '3003;TAZ-01;1;Llegó roto;12/05/2025 11:00;12,50',
        '3001;REM-M;1;Talle chico;11/05/2025 10:00;25,00',
      ],
      'returns',
    );
    expect(report.rejects).toEqual([{ line: 4, field: 'order_id', value: '3001', reason: 'repeats line 2, the same return’s row: a page of the export pasted twice' }]);
    // back: one T-shirt 25.00 and the mug 12.50 (before: 3 returns, 62.50 refunded)
    expect(await summary('2025-05-01', '2025-05-31')).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 37.5 });
  });

  it('keeps a return\'s identical rows side by side, and tells a history pasted twice', async () => {
    // the hunt's shape in a returns app with statuses: RMA-20 lists two T-shirts one per row;
    // RMA-21's history (requested, then refunded) comes back after RMA-22
    const report = await upload(
      [
        'RMA ID,Order ID,SKU,Quantity,Reason,Status,Created At,Updated At,Refund Amount',
        'RMA-20,3001,REM-M,1,Too small,Refunded,2025-05-10 09:00,2025-05-14 09:00,25.00',
        'RMA-20,3001,REM-M,1,Too small,Refunded,2025-05-10 09:00,2025-05-14 09:00,25.00',
        'RMA-21,3002,BUZ-L,1,Defective,Requested,2025-05-11 10:00,2025-05-11 10:00,',
        'RMA-21,3002,BUZ-L,1,Defective,Refunded,2025-05-11 10:00,2025-05-15 16:00,40.00',
        'RMA-22,3003,TAZ-01,1,Damaged in transit,Refunded,2025-05-12 11:00,2025-05-16 11:00,12.50',
        'RMA-21,3002,BUZ-L,1,Defective,Requested,2025-05-11 10:00,2025-05-11 10:00,',
        'RMA-21,3002,BUZ-L,1,Defective,Refunded,2025-05-11 10:00,2025-05-15 16:00,40.00',
      ],
      'returns',
    );
    expect(report.rejects).toEqual([
      { line: 4, field: 'request_status', value: 'Requested', reason: 'an earlier status of a return the file lists again: its latest row counts' },
      { line: 7, field: 'request_status', value: 'Requested', reason: 'an earlier status of a return the file lists again: its latest row counts' },
      { line: 7, field: 'return_id', value: 'RMA-21', reason: pastedReturn('repeats lines 4–5') },
      { line: 8, field: 'return_id', value: 'RMA-21', reason: pastedReturn('repeats lines 4–5') },
    ]);
    // back: two T-shirts (25.00 each), the hoodie once (40.00) and the mug (12.50): 4 returns,
    // 4 units, 102.50 refunded (before: the hoodie's history, listed twice, was no history: 7
    // returns, 7 units, 142.50 refunded)
    expect(await summary('2025-05-01', '2025-05-31')).toMatchObject({ returns: 4, unitsReturned: 4, refundedValue: 102.5 });
  });
});

describe('a combined export whose pages overlap', () => {
  it('counts an order and its return once, whatever its refund is written as', async () => {
    // 4001's refund is the order's, 55.00 on each returned line: 40.00 + 15.00, once
    const report = await upload(
      [
        'Order ID,Order Date,SKU,Quantity,Unit Price,Returned,Return Date,Refund Amount',
        '4001,2025-06-02,BUZ-L,1,40.00,Yes,2025-06-09,55.00',
        '4001,2025-06-02,GOR-U,1,15.00,Yes,2025-06-09,55.00',
        '4002,2025-06-03,REM-M,2,25.00,No,,',
        '4003,2025-06-03,TAZ-01,1,12.50,Yes,2025-06-10,12.50',
        '4001,2025-06-02,BUZ-L,1,40.00,Yes,2025-06-09,55.00',
        '4001,2025-06-02,GOR-U,1,15.00,Yes,2025-06-09,55.00',
        '4002,2025-06-03,REM-M,2,25.00,No,,',
      ],
      'combined',
    );
    expect(report).toMatchObject({ rowsRead: 7, rowsImported: 4, rowsRejected: 3 });
    expect(report.rejects).toEqual([
      { line: 6, field: 'order_id', value: '4001', reason: pasted('repeats lines 2–3') },
      { line: 7, field: 'order_id', value: '4001', reason: pasted('repeats lines 2–3') },
      { line: 8, field: 'order_id', value: '4002', reason: 'repeats line 4, the same order’s row: a page of the export pasted twice' },
    ]);
    // sold 1 + 1 + 2 + 1 = 5 units, 40 + 15 + 50 + 12.50 = 117.50; back: 3 lines, 3 units, refunded
    // 55.00 + 12.50 = 67.50 (before: 9 units, 222.50 sold, 5 returns and 232.50 refunded)
    expect(await summary('2025-06-01', '2025-06-30')).toMatchObject({ orders: 3, unitsSold: 5, grossSales: 117.5, returns: 3, unitsReturned: 3, refundedValue: 67.5 });
  });
});
