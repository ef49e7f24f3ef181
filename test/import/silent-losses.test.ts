import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutFixture, openTestStore, orderTotals } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { partialOrderRefund } from '../../server/import/normalise/normalise-returns.ts';

// Files that once imported "successfully" while losing or distorting data without a word (issue
// "Silent losses"). Every figure is worked out by hand from the file.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (content: string | Buffer, options: { fileName?: string; kind?: string } = {}) => importedReport(store.app, content, options);

async function preview(content: string | Buffer) {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), 'preview.csv');
  const res = await store.app.request('/api/imports/preview', { method: 'POST', body: form });
  expect(res.status).toBe(200);
  return res.json();
}

describe('one unknown text among known ones', () => {
  it('"NONE" first leaves "WRONG_ITEM" and "Wrong item" their code; "Weird thing" among eight Refund/Exchange rows rejects only its own row', async () => {
    const resolutions = ['Weird thing', 'Refund', 'Exchange', 'Refund', 'Exchange', 'Refund', 'Exchange', 'Refund', 'Exchange'];
    const reasons = ['NONE', 'WRONG_ITEM', 'Wrong item', 'NONE', 'WRONG_ITEM', 'Wrong item', 'NONE', 'WRONG_ITEM', 'Wrong item'];
    const csv = ['return_id,order_id,sku,quantity,requested_at,reason,resolution'].concat(resolutions.map((r, i) => `R${i + 1},O${i + 1},A,1,2025-03-01,${reasons[i]},${r}`)).join('\n');
    const report = await upload(csv, { fileName: 'returns.csv', kind: 'returns' });
    expect(report).toMatchObject({ rowsRead: 9, rowsImported: 8, rowsRejected: 1 });
    expect(report.rejects).toEqual([{ line: 2, field: 'resolution', value: 'Weird thing', reason: 'not a known resolution (refund, exchange, store credit, rejected, pending)' }]);
    const stored = await store.db.all('SELECT reason_raw, reason, resolution, count(*)::INTEGER AS n FROM returns GROUP BY ALL ORDER BY reason_raw, resolution');
    expect(stored).toEqual([
      { reason_raw: 'NONE', reason: 'other', resolution: 'exchange', n: 1 },
      { reason_raw: 'NONE', reason: 'other', resolution: 'refund', n: 1 },
      { reason_raw: 'WRONG_ITEM', reason: 'wrong_item', resolution: 'exchange', n: 1 },
      { reason_raw: 'WRONG_ITEM', reason: 'wrong_item', resolution: 'refund', n: 2 },
      { reason_raw: 'Wrong item', reason: 'wrong_item', resolution: 'exchange', n: 2 },
      { reason_raw: 'Wrong item', reason: 'wrong_item', resolution: 'refund', n: 1 },
    ]);
  });
});

describe('a date column with two- and four-digit years (UCI Online Retail, ";", decimal comma)', () => {
  it('reads every row, each value with its own year width, month first as "2/20/11" says', async () => {
    const report = await upload(layoutFixture('uci-online-retail-mixed-years.csv'), { fileName: 'uci.csv' });
    expect(report).toMatchObject({ kind: 'orders', rowsRead: 8, rowsImported: 8, rowsRejected: 0, format: { delimiter: ';', decimalSeparator: ',' } });
    expect(report.mapping).toMatchObject({ order_id: 'InvoiceNo', ordered_at: 'InvoiceDate', sku: 'StockCode', unit_price: 'UnitPrice', customer_id: 'CustomerID' });
    const stamps = await store.db.all(`SELECT strftime(ordered_at, '%Y-%m-%d %H:%M') AS t FROM order_lines ORDER BY ordered_at, sku`);
    expect(stamps.map((r) => r.t)).toEqual([
      '2010-12-01 08:26', '2010-12-01 08:26', '2010-12-01 12:43', '2010-12-06 10:08',
      '2011-01-04 10:25', '2011-02-02 13:55', '2011-02-20 11:39', '2011-03-29 09:07',
    ]);
    // 6×2.55 + 6×3.39 + 12.75 + 6×2.95 + 10×1.95 + 12×1.25 + 8×1.69 + 2×12.75
    const [totals] = await store.db.all('SELECT count(DISTINCT order_id)::INTEGER AS orders, sum(quantity)::INTEGER AS units, sum(line_value)::DOUBLE AS gross FROM order_lines');
    expect(totals).toEqual({ orders: 7, units: 51, gross: 139.61 });
  });

  it('the preview warns before the import when rows would still be left out, naming the share and why', async () => {
    const text = layoutFixture('uci-online-retail-mixed-years.csv').toString('utf8').trimEnd() + '\n548019;22423;REGENCY CAKESTAND 3 TIER;2;13/45/11 9:07;12,75;17841;United Kingdom\n';
    const body = await preview(text);
    expect(body.warnings).toContainEqual({
      code: 'rows_left_out',
      count: 1,
      message: '1 of the 9 rows read (11.1 %) have values the import would leave out: 1 with ordered_at not a valid date. Check the mapping and the formats before importing.',
    });
  });
});

describe('a pre-joined orders file with an "Order Returned" Yes/No column (Superstore)', () => {
  it('is read as combined: Sales is the line total, every line marked Yes came back, and how they ended is unknown', async () => {
    const report = await upload(layoutFixture('superstore-prejoined.csv'), { fileName: 'superstore.csv' });
    expect(report).toMatchObject({
      kind: 'combined',
      rowsRead: 7,
      rowsImported: 7,
      rowsRejected: 0,
      tables: { orders: { rowsImported: 7, rowsRejected: 0 }, returns: { rowsImported: 4, rowsRejected: 0, unmatched: 0 } },
    });
    expect(report.mapping).toMatchObject({ line_total: 'Sales', return_flag: 'Order Returned' });
    // line values to the cent: 957.5775 → 957.58 and 22.368 → 22.37; the rest have cents
    const [orders] = await store.db.all('SELECT count(DISTINCT order_id)::INTEGER AS orders, sum(quantity)::INTEGER AS units, sum(line_value)::DOUBLE AS gross FROM order_lines');
    expect(orders).toEqual({ orders: 4, units: 25, gross: 2044.61 });
    const [returns] = await store.db.all(
      `SELECT count(*)::INTEGER AS n, sum(quantity)::INTEGER AS units, sum(returned_value)::DOUBLE AS value, count(DISTINCT order_id)::INTEGER AS orders,
              count(*) FILTER (resolution = 'unknown')::INTEGER AS unknown FROM returns`,
    );
    // 261.96 + 731.94 + 48.86 + 7.28, from the lines of the two orders marked Yes
    expect(returns).toEqual({ n: 4, units: 16, value: 1050.04, orders: 2, unknown: 4 });
  });
});

describe('money is kept to the currency\'s minor unit', () => {
  it('a line total of 10 for 3 units is worth 10.00, a return of one 3.33; in yen a total of 1000 for 3 is 1000 and one back is 333', async () => {
    await upload('order_id,ordered_at,sku,quantity,line_total,currency\nA1,2025-03-01,S1,3,10.00,EUR\nA2,2025-03-01,S2,3,1000,JPY\nA3,2025-03-02,S1,3,10.00,EUR\n', { fileName: 'orders.csv' });
    await upload('order_id,sku,quantity,requested_at\nA1,S1,1,2025-03-05\nA2,S2,1,2025-03-05\nA3,S1,3,2025-03-06\n', { fileName: 'returns.csv', kind: 'returns' });
    const lines = await store.db.all('SELECT order_id, line_value::VARCHAR AS value FROM order_lines ORDER BY order_id');
    expect(lines).toEqual([
      { order_id: 'A1', value: '10.0000' },
      { order_id: 'A2', value: '1000.0000' },
      { order_id: 'A3', value: '10.0000' },
    ]);
    const returns = await store.db.all('SELECT order_id, returned_value::VARCHAR AS value, amount::VARCHAR AS amount FROM returns ORDER BY order_id');
    expect(returns).toEqual([
      { order_id: 'A1', value: '3.3300', amount: '3.3300' },
      { order_id: 'A2', value: '333.0000', amount: '333.0000' },
      { order_id: 'A3', value: '10.0000', amount: '10.0000' },
    ]);
  });
});

describe('warnings say what they count', () => {
  it('six unknown reason texts are counted as six and the sixth is named as one more', async () => {
    const reasons = ['NONE', 'zzz', 'qqq', 'xyz', 'abc', 'Weird thing', 'Wrong item'];
    const csv = ['order_id,sku,quantity,requested_at,reason'].concat(reasons.map((r, i) => `O${i},A,1,2025-03-01,${r}`)).join('\n');
    const report = await upload(csv, { fileName: 'returns.csv', kind: 'returns' });
    expect(report.warnings).toContainEqual({
      code: 'unknown_reasons',
      count: 6,
      examples: ['NONE', 'Weird thing', 'abc', 'qqq', 'xyz', 'zzz'],
      message: '6 reason text(s) match no canonical reason and count as "other", their text kept: "NONE", "Weird thing", "abc", "qqq", "xyz" and 1 more.',
    });
  });

  // French and Spanish spreadsheets separate thousands with a no-break space (U+00A0, or U+202F):
  // such amounts were rejected as not numbers, and their rows lost.
  it.each([['U+00A0', '\u00a0'], ['U+202F', '\u202f']])('reads thousands separated by a no-break space (%s)', async (_name, space) => {
    const csv = ['Nro de pedido;Fecha;SKU;Cantidad;Precio', `B1;2025-03-01;X;1;1${space}234,50`, `B2;2025-03-02;X;1;12${space}000,00`, 'B3;2025-03-03;X;1;99,90'].join('\n');
    expect(await upload(csv, { fileName: 'commandes.csv', kind: 'orders' })).toMatchObject({ rowsImported: 3, rowsRejected: 0 });
    expect(await store.db.all('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id')).toEqual([
      { order_id: 'B1', price: 1234.5 },
      { order_id: 'B2', price: 12000 },
      { order_id: 'B3', price: 99.9 },
    ]);
  });

  // Every request date fits both orders, every received date says day first: one export writes its
  // dates one way. Read month first (the English headers' default), 3 April became 4 March.
  it('a date column that fits both orders follows the columns of its file that tell', async () => {
    const csv = ['return_id,order_id,sku,quantity,requested_at,received_at,reason', 'R1,O1,A,1,03/04/2025,15/04/2025,Too small', 'R2,O2,A,1,05/04/2025,20/04/2025,Too small'].join('\n');
    const report = await upload(csv, { fileName: 'returns.csv', kind: 'returns' });
    expect(report).toMatchObject({ rowsImported: 2, rowsRejected: 0 });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('ambiguous_dates');
    expect(await store.db.all('SELECT return_id, requested_at::DATE::VARCHAR AS requested, received_at::DATE::VARCHAR AS received FROM returns ORDER BY return_id')).toEqual([
      { return_id: 'R1', requested: '2025-04-03', received: '2025-04-15' },
      { return_id: 'R2', requested: '2025-04-05', received: '2025-04-20' },
    ]);
  });

  // A spreadsheet's currency format puts a no-break space before the sign: "12,50 €". Left on the
  // amount, it hid the two digits after the comma, and an English export read the comma as thousands.
  it('strips a currency sign set off by a no-break space', async () => {
    const csv = ['order_id,ordered_at,sku,quantity,unit_price', 'N1,2025-03-01,X,1,"12,50\u00a0€"', 'N2,2025-03-02,X,1,"8,00\u00a0€"'].join('\n');
    expect(await upload(csv, { fileName: 'commandes.csv', kind: 'orders' })).toMatchObject({ rowsImported: 2, rowsRejected: 0 });
    expect(await store.db.all('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id')).toEqual([
      { order_id: 'N1', price: 12.5 },
      { order_id: 'N2', price: 8 },
    ]);
  });

  // "12,50 €" ends in its sign, not in the two digits after its comma: once the sign kept the
  // amounts from telling their separator, an English export took the comma for thousands and stored
  // 1250, with a warning that every amount read like "1,234".
  it('judges the separators of amounts written with their currency after them', async () => {
    const csv = ['order_id,ordered_at,sku,quantity,unit_price', 'E1,2025-03-01,X,1,"12,50 €"', 'E2,2025-03-02,X,1,"8,00 €"', 'E3,2025-03-03,X,1,"7,25 EUR"'].join('\n');
    const report = await upload(csv, { fileName: 'orders.csv', kind: 'orders' });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('ambiguous_decimals');
    expect(await store.db.all('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id')).toEqual([
      { order_id: 'E1', price: 12.5 },
      { order_id: 'E2', price: 8 },
      { order_id: 'E3', price: 7.25 },
    ]);
  });

  // Amounts of "1.234" and "2.500" alone leave the dot in doubt: an English export reads it as the
  // decimal point, a Spanish one as the thousands separator. The warning once named the comma, which
  // the file does not have.
  it.each([
    ['English', 'order_id,ordered_at,sku,quantity,unit_price', ',', 'it was taken as the decimal separator', 1.234],
    ['Spanish', 'Nro de pedido;Fecha;SKU;Cantidad;Precio', ';', 'it was taken as the thousands separator', 1234],
  ])('an amount format in doubt names the character the amounts have (%s)', async (_language, header, sep, says, price) => {
    const rows = [['A1', '2025-03-01', 'X', '1', '1.234'], ['A2', '2025-03-02', 'X', '1', '2.500']].map((r) => r.join(sep));
    const report = await upload([header, ...rows].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const warning = report.warnings.find((w: { code: string }) => w.code === 'ambiguous_decimals');
    expect(warning.message).toContain('No amount tells whether "." separates thousands or decimals');
    expect(warning.message).toContain(says);
    const [stored] = await store.db.all("SELECT unit_price::DOUBLE AS price FROM order_lines WHERE order_id = 'A1'");
    expect(stored).toEqual({ price });
  });
});

// A return of several lines (an RMA) repeats its number on each line, and a list without return
// numbers may repeat a SKU of one order on one day: each row is a returned line. Keyed on the
// return number alone, the first file kept 3 of its 5 rows and the second 2 of 4, while the report
// said every row was imported.
describe('every row of a returns file is a return line', () => {
  const orders = [
    'order_id,ordered_at,sku,quantity,unit_price',
    '1001,2025-03-02,TSH-01,3,20.00',
    '1001,2025-03-02,JNS-02,2,50.00',
    '1002,2025-03-05,TSH-01,4,20.00',
    '1002,2025-03-05,SHO-03,1,80.00',
    '1003,2025-03-07,SHO-03,1,80.00',
  ].join('\n');
  const storedReturns = () => store.db.all('SELECT return_id, order_id, sku, quantity, amount::DOUBLE AS amount FROM returns ORDER BY return_id, order_id, sku, line_no');

  it('a return number on several lines keeps them all, and importing the file again replaces them', async () => {
    await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    const rma = [
      'RMA Number,Order ID,SKU,Quantity,Return Date,Reason,Refund Amount',
      'RMA-1,1001,TSH-01,1,2025-03-10,Too small,20.00',
      'RMA-1,1001,JNS-02,2,2025-03-10,Too large,100.00',
      'RMA-2,1002,TSH-01,1,2025-03-12,Defective,20.00',
      'RMA-2,1002,SHO-03,1,2025-03-12,Damaged in transit,80.00',
      'RMA-3,1003,SHO-03,1,2025-03-14,Wrong item,80.00',
    ].join('\n');
    for (const _ of [1, 2]) {
      const report = await upload(rma, { fileName: 'rma.csv', kind: 'returns' });
      expect(report).toMatchObject({ rowsRead: 5, rowsImported: 5, rowsRejected: 0 });
      expect(await storedReturns()).toEqual([
        { return_id: 'RMA-1', order_id: '1001', sku: 'JNS-02', quantity: 2, amount: 100 },
        { return_id: 'RMA-1', order_id: '1001', sku: 'TSH-01', quantity: 1, amount: 20 },
        { return_id: 'RMA-2', order_id: '1002', sku: 'SHO-03', quantity: 1, amount: 80 },
        { return_id: 'RMA-2', order_id: '1002', sku: 'TSH-01', quantity: 1, amount: 20 },
        { return_id: 'RMA-3', order_id: '1003', sku: 'SHO-03', quantity: 1, amount: 80 },
      ]);
    }
  });

  // A list of whole orders that names an order twice: one return of its lines, not two (6 units
  // back of the 3 sold, had each row counted).
  // A status history lists one return on each of its steps: every row counts, and the line is now
  // returned twice over. The import cannot tell a history from two real returns; it says so.
  it('a line returned more than it was sold is named in a warning', async () => {
    await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    const history = ['return_id,order_id,sku,quantity,requested_at,resolution', 'R1,1003,SHO-03,1,2025-03-10,Pendiente', 'R1,1003,SHO-03,1,2025-03-10,Reembolso', 'R2,1001,TSH-01,1,2025-03-11,Reembolso'].join('\n');
    const report = await upload(history, { fileName: 'returns-history.csv', kind: 'returns' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'returned_more_than_sold', count: 1, examples: ['1003 / SHO-03'] }));
    const clean = await upload(['return_id,order_id,sku,quantity,requested_at,resolution', 'R9,1002,TSH-01,2,2025-03-12,Reembolso'].join('\n'), { fileName: 'returns.csv', kind: 'returns' });
    expect(clean.warnings.map((w: { code: string }) => w.code)).not.toContain('returned_more_than_sold');
  });

  // Magento's credit-memo grid lists whole orders with a refund per order: the refund cannot be
  // split by line, and its "0.00" rejected every row as no number.
  it('a list of whole orders with a refund per order imports, each line valued at its price', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', 'A1,2025-03-02,S1,2,10.00', 'A1,2025-03-02,S2,1,30.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const report = await upload(['Order,Created,Adjustment Refund', 'A1,2025-03-10,0.00'].join('\n'), { fileName: 'credit-memos.csv', kind: 'returns' });
    expect(report).toMatchObject({ rowsRead: 1, rowsImported: 1, rowsRejected: 0 });
    expect(await store.db.all('SELECT sku, quantity, returned_value::DOUBLE AS value FROM returns ORDER BY sku')).toEqual([
      { sku: 'S1', quantity: 2, value: 20 },
      { sku: 'S2', quantity: 1, value: 30 },
    ]);
  });

  // Magento's credit-memo grid as its admin exports it: one row per credit memo, its order, its
  // grand total refunded, and dates as "Mar 10, 2025 10:15:00 AM". A credit memo may refund one
  // item of an order: counted as the whole order back, M2's 10.00 of 50.00 was 2 units stored for
  // the 1 returned; and the dates, unread, silently became the orders' dates.
  it("Magento's credit memos: an order refunded in full comes back at its lines' values, one refunded in part is rejected, named", async () => {
    const orders = ['order_id,ordered_at,sku,quantity,unit_price', 'M1,2025-03-02,S1,2,10.00', 'M1,2025-03-02,S2,1,30.00', 'M2,2025-03-03,S1,1,10.00', 'M2,2025-03-03,S3,1,40.00', 'M3,2025-03-04,S4,1,50.00', 'M4,2025-03-05,S4,1,50.00', 'M5,2025-03-06,S5,1,20.00', 'M6,2025-03-06,S6,1,20.00'];
    await upload(orders.join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const memos = [
      'ID,Created,Order,Order Date,Bill-to Name,Status,Refunded',
      '000000101,"Mar 10, 2025 10:15:00 AM",M1,"Mar 2, 2025 9:00:00 AM",Ana Perez,Refunded,$50.00',
      '000000102,"Mar 11, 2025 11:00:00 AM",M2,"Mar 3, 2025 9:00:00 AM",Beto Gil,Refunded,$10.00',
      // 55.50: the lines' 50.00 and the shipping
      '000000103,"Mar 12, 2025 1:30:00 PM",M3,"Mar 4, 2025 9:00:00 AM",Caro Diaz,Refunded,$55.50',
      '000000104,"Mar 32, 2025 1:30:00 PM",M4,"Mar 5, 2025 9:00:00 AM",Dani Ruiz,Refunded,$50.00',
      // a refund written with its sign before the currency's is read; one it cannot read is named
      '000000105,"Mar 13, 2025 9:00:00 AM",M5,"Mar 6, 2025 9:00:00 AM",Eva Sosa,Refunded,-$20.00',
      '000000106,"Mar 14, 2025 9:00:00 AM",M6,"Mar 6, 2025 9:00:00 AM",Fede Paz,Refunded,n/a',
    ];
    const report = await upload(memos.join('\n'), { fileName: 'credit-memos.csv', kind: 'returns' });
    expect(report).toMatchObject({ rowsRead: 6, rowsImported: 3, rowsRejected: 3, format: { dateFormat: 'mmm d, yyyy' } });
    expect(report.rejects).toEqual([
      { line: 3, field: 'amount', value: '$10.00', reason: partialOrderRefund },
      { line: 5, field: 'requested_at', value: 'Mar 32, 2025 1:30:00 PM', reason: 'not a valid date' },
      { line: 7, field: 'amount', value: 'n/a', reason: 'not a number' },
    ]);
    expect(await store.db.all("SELECT order_id, sku, quantity, strftime(requested_at, '%Y-%m-%d %H:%M') AS requested, resolution, amount::DOUBLE AS amount FROM returns ORDER BY order_id, sku")).toEqual([
      { order_id: 'M1', sku: 'S1', quantity: 2, requested: '2025-03-10 10:15', resolution: 'refund', amount: 20 },
      { order_id: 'M1', sku: 'S2', quantity: 1, requested: '2025-03-10 10:15', resolution: 'refund', amount: 30 },
      { order_id: 'M3', sku: 'S4', quantity: 1, requested: '2025-03-12 13:30', resolution: 'refund', amount: 50 },
      { order_id: 'M5', sku: 'S5', quantity: 1, requested: '2025-03-13 09:00', resolution: 'refund', amount: 20 },
    ]);
  });

  it('dates written with the month\'s name, as US-English admin grids and ICU write them, are read', async () => {
    // each form and the time it says, most in ICU's form (a narrow no-break space before the AM, as
    // newer PHP intl writes them): four memos of each, enough values for the column to speak for itself
    const forms: Array<[written: string, read: string]> = [
      ['Mar 10, 2025, 10:15:00\u202fAM', '2025-03-10 10:15'],
      ['Sept 11, 2025, 9:00:00\u202fAM', '2025-09-11 09:00'],
      ['Mar. 12, 2025 10:15:00AM', '2025-03-12 10:15'],
      ['Mar 13, 2025, 10:15:00\u202fPM', '2025-03-13 22:15'],
      ['March 14, 2025 1:05 p.m.', '2025-03-14 13:05'],
    ];
    const memos = [0, 1, 2, 3].flatMap((copy) => forms.map(([written, read], form) => ({ order: `M${copy}${form}`, written, read })));
    await upload(['order_id,ordered_at,sku,quantity,unit_price', ...memos.map((m) => `${m.order},2025-03-01,S1,1,10.00`)].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const report = await upload(['Order,Created,Refunded', ...memos.map((m) => `${m.order},"${m.written}",$10.00`)].join('\n'), { fileName: 'credit-memos.csv', kind: 'returns' });
    expect(report).toMatchObject({ rowsRead: 20, rowsImported: 20, mapping: { requested_at: 'Created' }, format: { dateFormat: 'mmm d, yyyy' } });
    expect(await store.db.all("SELECT order_id AS \"order\", strftime(requested_at, '%Y-%m-%d %H:%M') AS read FROM returns ORDER BY order_id")).toEqual(
      memos.map(({ order, read }) => ({ order, read })).sort((a, b) => a.order.localeCompare(b.order)),
    );
  });

  it('times as Google Sheets ("3/5/2025, 2:05:09 PM") and Spanish Excel ("05/03/2025 02:05 p. m.") write them are read', async () => {
    // G2 as ICU writes it, a narrow no-break space before the AM
    const sheets = await upload(['Order,Date,SKU,Qty,Price', 'G1,"3/5/2025, 2:05:09 PM",A,1,10', 'G2,"3/17/2025, 9:30:00\u202fAM",A,1,10'].join('\n'), { fileName: 'sheets.csv', kind: 'orders' });
    const excel = await upload(['Pedido,Fecha,SKU,Cantidad,Precio', 'E1,05/03/2025 02:05 p. m.,A,1,10', 'E2,17/03/2025 09:30 a. m.,A,1,10'].join('\n'), { fileName: 'excel.csv', kind: 'orders' });
    expect([sheets.rowsImported, excel.rowsImported]).toEqual([2, 2]);
    expect(await store.db.all("SELECT order_id, strftime(ordered_at, '%Y-%m-%d %H:%M') AS ordered FROM order_lines ORDER BY order_id")).toEqual([
      { order_id: 'E1', ordered: '2025-03-05 14:05' },
      { order_id: 'E2', ordered: '2025-03-17 09:30' },
      { order_id: 'G1', ordered: '2025-03-05 14:05' },
      { order_id: 'G2', ordered: '2025-03-17 09:30' },
    ]);
  });

  it('an order listed twice in a list of whole orders is one return of its lines', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', 'A1,2025-03-02,S1,2,10.00', 'A1,2025-03-02,S2,1,10.00', 'A2,2025-03-03,S1,1,10.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    await upload(['Returned,Order ID', 'Yes,A1', 'Yes,A1'].join('\n'), { fileName: 'returns.csv', kind: 'returns' });
    expect(await store.db.all('SELECT order_id, sku, quantity FROM returns ORDER BY sku')).toEqual([
      { order_id: 'A1', sku: 'S1', quantity: 2 },
      { order_id: 'A1', sku: 'S2', quantity: 1 },
    ]);
  });

  it('rows without a return number that repeat an order, SKU and day are each a return', async () => {
    await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    const list = [
      'Order ID,SKU,Quantity,Return Date,Reason,Refund Amount',
      '1002,TSH-01,1,2025-03-12,Too small,20.00',
      '1002,TSH-01,1,2025-03-12,Defective,20.00',
      '1002,TSH-01,1,2025-03-12,Too large,20.00',
      '1001,JNS-02,1,2025-03-10,Too large,50.00',
    ].join('\n');
    for (const _ of [1, 2]) {
      expect(await upload(list, { fileName: 'returns.csv', kind: 'returns' })).toMatchObject({ rowsRead: 4, rowsImported: 4 });
      const [totals] = await store.db.all("SELECT sum(quantity)::INTEGER AS units, sum(amount)::DOUBLE AS amount, count(DISTINCT reason)::INTEGER AS reasons FROM returns WHERE order_id = '1002'");
      expect(totals).toEqual({ units: 3, amount: 60, reasons: 3 });
      expect(await store.db.all('SELECT count(*)::INTEGER AS n FROM returns')).toEqual([{ n: 4 }]);
    }
  });
});

// WooCommerce refunds per line: "Qty Refunded" says how many units came back. A refund with no
// units is money given back for goods kept (here 5.00 of goodwill on 7001, a 10.00 price
// adjustment on 7002): once counted as the whole line returned (3 units of 7001), and a "0" in
// the column stopped the whole import with a database error.
describe('a refund with no units returned is no return', () => {
  it('keeps the sales, counts only the line with units back, and says what was left out', async () => {
    const csv = [
      'Order Number,Order Status,Order Date,Customer Email,SKU,Item Name,Quantity,Item Cost,Order Line Total,Order Line Total Refunded,Qty Refunded,Refund Reason,Order Currency',
      '7001,completed,2025-03-04 15:15,a@x.com,TSH-01,T-shirt,3,20,60,-5,,Late delivery goodwill,EUR',
      '7002,completed,2025-03-05 09:00,b@x.com,JNS-02,Jeans,2,50,100,-10,0,Price adjustment,EUR',
      '7003,completed,2025-03-06 10:00,c@x.com,SHO-03,Shoes,2,80,160,-80,-1,Defective,EUR',
    ].join('\n');
    const report = await upload(csv, { fileName: 'woocommerce.csv' });
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 3, rowsRejected: 0, tables: { orders: { rowsImported: 3 }, returns: { rowsImported: 1 } } });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'refunds_without_return', count: 2 }));
    expect(report.warnings.find((w: { code: string }) => w.code === 'refunds_without_return').message).toContain('15.00 in all');
    expect(await store.db.all('SELECT order_id, sku, quantity, amount::DOUBLE AS amount FROM returns')).toEqual([{ order_id: '7003', sku: 'SHO-03', quantity: 1, amount: 80 }]);
    expect(await store.db.all('SELECT sum(quantity)::INTEGER AS units FROM order_lines')).toEqual([{ units: 7 }]);
  });
});

// An ERP that prints an order's own fields on its first line only, like Shopify, without being
// Shopify: the other lines were stored with no customer, region or carrier, so every metric by
// region or carrier, and every customer question, lost them.
describe("an order's own fields written on its first line only", () => {
  it('are carried to its other lines, never over a value a line has', async () => {
    const csv = [
      'Order ID,Order Date,Customer Email,Shipping Country,Shipping State,Carrier,SKU,Quantity,Unit Price',
      '1001,2025-03-02,a@x.com,US,NY,UPS,TSH-01,1,20.00',
      '1001,2025-03-02,,,,,JNS-02,2,50.00',
      '1001,2025-03-02,,,,FedEx,SHO-03,1,80.00',
      '1002,2025-03-05,b@x.com,US,CA,FedEx,TSH-01,4,20.00',
      '1002,2025-03-05,,,,,SHO-03,1,80.00',
    ].join('\n');
    expect(await upload(csv, { fileName: 'erp-orders.csv', kind: 'orders' })).toMatchObject({ rowsImported: 5, rowsRejected: 0 });
    expect(await store.db.all('SELECT order_id, sku, customer_id, country, region, carrier FROM order_lines ORDER BY order_id, sku')).toEqual([
      { order_id: '1001', sku: 'JNS-02', customer_id: 'a@x.com', country: 'US', region: 'NY', carrier: 'UPS' },
      { order_id: '1001', sku: 'SHO-03', customer_id: 'a@x.com', country: 'US', region: 'NY', carrier: 'FedEx' },
      { order_id: '1001', sku: 'TSH-01', customer_id: 'a@x.com', country: 'US', region: 'NY', carrier: 'UPS' },
      { order_id: '1002', sku: 'SHO-03', customer_id: 'b@x.com', country: 'US', region: 'CA', carrier: 'FedEx' },
      { order_id: '1002', sku: 'TSH-01', customer_id: 'b@x.com', country: 'US', region: 'CA', carrier: 'FedEx' },
    ]);
  });
});

// Excel shows a long order number as 2.00001E+15 and saves it so: the three orders of 2, 3 and 4
// March became one order of three lines, and nothing said so.
describe('order numbers a spreadsheet saved in scientific notation', () => {
  it('are imported as they are, with a warning naming them', async () => {
    const csv = ['Order ID,Order Date,SKU,Quantity,Unit Price', '2.00001E+15,2025-03-02,TSH-01,1,20.00', '2.00001E+15,2025-03-03,TSH-01,1,20.00', '2.00001E+15,2025-03-04,JNS-02,2,50.00', '2.00002E+15,2025-03-05,TSH-01,4,20.00', '1001,2025-03-06,TSH-01,1,20.00'].join('\n');
    const report = await upload(csv, { fileName: 'orders.csv', kind: 'orders' });
    expect(report).toMatchObject({ rowsImported: 5 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'order_ids_in_scientific_notation', count: 2, examples: ['2.00001E+15', '2.00002E+15'] }));
  });
});

// A spreadsheet drops the leading zeros of one file's order ids, or saves them as decimals. The
// returns then link to no order, and the report's advice to import those orders would not help:
// the ids are named, each beside the order it resembles.
describe('returns whose order id is written another way in the orders', () => {
  const orders = ['order_id,ordered_at,sku,quantity,unit_price', '00123,2025-03-02,S1,1,10.00', '1002,2025-03-03,S1,1,10.00', '0045,2025-03-04,S1,1,10.00', '5005,2025-03-05,S1,1,10.00'].join('\n');
  // three look-alikes, one with two rows; 999 is in no file; 1002 with a SKU its order does not
  // have is not about the id
  const returns = ['return_id,order_id,sku,quantity,requested_at', 'R1,123,S1,1,2025-03-10', 'R2,1002.0,S1,1,2025-03-10', 'R3,045.0,S1,1,2025-03-10', 'R3b,045.0,S1,1,2025-03-11', 'R4,999,S1,1,2025-03-10', 'R5,1002,S9,1,2025-03-10', 'R6,5005,S1,1,2025-03-10'].join('\n');
  const expected = { code: 'order_ids_written_differently', count: 4, examples: ['045.0 / 0045', '1002.0 / 1002', '123 / 00123'] };

  it('are named when the returns come after their orders', async () => {
    await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    const report = await upload(returns, { fileName: 'returns.csv', kind: 'returns' });
    expect(report.unmatchedReturns).toBe(6);
    const warning = report.warnings.find((w: { code: string }) => w.code === expected.code);
    expect(warning).toMatchObject(expected);
    expect(warning.message).toContain('("045.0 / 0045", "1002.0 / 1002", "123 / 00123", return / order)');
  });

  it('are named when the orders come after the returns', async () => {
    const first = await upload(returns, { fileName: 'returns.csv', kind: 'returns' });
    expect(first.warnings.map((w: { code: string }) => w.code)).not.toContain('order_ids_written_differently');
    const report = await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    expect(report.warnings).toContainEqual(expect.objectContaining(expected));
    // an orders file that brings none of those orders says nothing of them
    const unrelated = await upload(['order_id,ordered_at,sku,quantity,unit_price', '9001,2025-06-02,S1,1,10.00'].join('\n'), { fileName: 'more-orders.csv', kind: 'orders' });
    expect(unrelated.warnings.map((w: { code: string }) => w.code)).not.toContain('order_ids_written_differently');
  });

  it('are not named when every id is written alike', async () => {
    await upload(orders, { fileName: 'orders.csv', kind: 'orders' });
    const report = await upload(['return_id,order_id,sku,quantity,requested_at', 'R1,00123,S1,1,2025-03-10', 'R4,999,S1,1,2025-03-10'].join('\n'), { fileName: 'returns.csv', kind: 'returns' });
    expect(report.unmatchedReturns).toBe(1);
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('order_ids_written_differently');
  });
});

// Every shop's export lists its cancelled orders beside the others: Shopify with "Cancelled at"
// on the order's first row, Tiendanube and WooCommerce with the order's status. Counted as sales,
// they more than doubled the units sold of these files and halved every return rate.
describe('cancelled orders are no sales', () => {
  it("Shopify's \"Cancelled at\", written on an order's first row only, leaves out every line of the order", async () => {
    const header = 'Name,Email,Financial Status,Created at,Cancelled at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku';
    const rows = [
      '#1001,a@x.com,paid,2025-03-02 10:00:00 -0300,,1,Remera,20.00,REM-1',
      '#1002,b@x.com,voided,2025-03-03 11:00:00 -0300,2025-03-03 12:00:00 -0300,2,Jean,50.00,JEA-1',
      '#1002,,,2025-03-03 11:00:00 -0300,,1,Remera,20.00,REM-1',
      '#1003,c@x.com,paid,2025-03-04 12:00:00 -0300,,3,Medias,5.00,MED-1',
    ];
    const report = await upload([header, ...rows].join('\n'), { fileName: 'orders_export.csv' });
    expect(report).toMatchObject({ source: 'shopify', rowsRead: 4, rowsImported: 2, rowsRejected: 2 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 1, examples: ['1002'] }));
    // 1 × 20 + 3 × 5
    expect(await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units, sum(quantity * unit_price)::DOUBLE AS gross FROM order_lines')).toEqual([{ lines: 2, units: 4, gross: 35 }]);
  });

  it("an order status that says cancelled, voided or failed leaves the order out; any other status keeps it, and a cancelled order's refund is no return", async () => {
    const header = 'Order Number,Order Status,Order Date,SKU,Quantity,Item Cost,Qty Refunded,Order Line Total Refunded,Refund Date';
    const rows = [
      'W1,Completed,2025-03-02,S1,2,10.00,,,',
      'W2,Cancelled,2025-03-03,S1,1,10.00,1,10.00,2025-03-04',
      'W3,Refunded,2025-03-04,S2,1,30.00,1,30.00,2025-03-10',
      'W4,Failed,2025-03-05,S2,4,30.00,,,',
      'W5,Processing,2025-03-06,S1,1,10.00,,,',
    ];
    const report = await upload([header, ...rows].join('\n'), { fileName: 'woo.csv' });
    expect(report).toMatchObject({ kind: 'combined', rowsRead: 5, rowsImported: 3, rowsRejected: 2 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 2, examples: ['W2', 'W4'] }));
    expect(await store.db.all('SELECT order_id FROM order_lines ORDER BY 1')).toEqual([{ order_id: 'W1' }, { order_id: 'W3' }, { order_id: 'W5' }]);
    // the refunded order sold and came back; the cancelled one's refund is not a return
    expect(await store.db.all('SELECT order_id, quantity FROM returns')).toEqual([{ order_id: 'W3', quantity: 1 }]);
  });

  it('an order stored as a sale and cancelled in the next, overlapping export is taken out', async () => {
    const header = 'Order Number,Order Status,Order Date,SKU,Quantity,Item Cost';
    await upload([header, 'W1,Completed,2025-03-30,S1,2,10.00', 'W2,Processing,2025-03-31,S1,1,10.00', 'W2,Processing,2025-03-31,S2,1,30.00'].join('\n'), { fileName: 'march.csv' });
    expect(await store.db.all('SELECT count(*)::INTEGER AS n FROM order_lines')).toEqual([{ n: 3 }]);
    const report = await upload([header, 'W2,Cancelled,2025-03-31,S1,1,10.00', 'W2,Cancelled,2025-03-31,S2,1,30.00', 'W3,Completed,2025-04-01,S1,1,10.00'].join('\n'), { fileName: 'april.csv' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 1, examples: ['W2'] }));
    expect(await store.db.all('SELECT order_id, sku FROM order_lines ORDER BY 1, 2')).toEqual([
      { order_id: 'W1', sku: 'S1' },
      { order_id: 'W3', sku: 'S1' },
    ]);
  });
});

// A returns platform's export gives each request's status beside its resolution, which stays blank
// until one is given. Declined, expired and cancelled requests were stored as open returns.
describe("a returns export's request status", () => {
  it('makes a declined request a rejected return, and leaves out one withdrawn or expired', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', ...[1, 2, 3, 4, 5, 6].map((n) => `700${n},2025-03-0${n},S${n},1,50.00`)].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const returns = [
      'RMA number,Order number,Status,Created at,Item SKU,Quantity,Return reason,Resolution,Refund amount',
      'RMA-1,7001,Resolved,2025-03-10 09:00,S1,1,Too small,Refund,50.00',
      'RMA-2,7002,Rejected,2025-03-11 09:00,S2,1,Too small,,',
      'RMA-3,7003,Expired,2025-03-12 09:00,S3,1,Too small,,',
      'RMA-4,7004,Cancelled by customer,2025-03-13 09:00,S4,1,Too small,,',
      'RMA-5,7005,Received,2025-03-14 09:00,S5,1,Defective,,',
      'RMA-6,7006,Declined,2025-03-15 09:00,S6,1,Defective,Refund,50.00',
    ];
    const report = await upload(returns.join('\n'), { fileName: 'returns.csv' });
    expect(report).toMatchObject({ kind: 'returns', rowsRead: 6, rowsImported: 4, rowsRejected: 2 });
    expect(report.mapping).toMatchObject({ request_status: 'Status' });
    expect(report.rejects.map((r: { value: string; reason: string }) => [r.value, r.reason])).toEqual([
      ['Expired', 'request withdrawn or expired: nothing came back'],
      ['Cancelled by customer', 'request withdrawn or expired: nothing came back'],
    ]);
    expect(await store.db.all('SELECT return_id, resolution FROM returns ORDER BY return_id')).toEqual([
      { return_id: 'RMA-1', resolution: 'refund' },
      { return_id: 'RMA-2', resolution: 'rejected' },
      { return_id: 'RMA-5', resolution: 'pending' },
      { return_id: 'RMA-6', resolution: 'rejected' },
    ]);
  });

  it('takes out a return stored open and withdrawn in the next export; keeps one withdrawn with money given back', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', '7001,2025-03-01,S1,1,50.00', '7002,2025-03-02,S2,1,50.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const header = 'RMA number,Order number,Status,Created at,Item SKU,Quantity,Refund amount';
    await upload([header, 'RMA-1,7001,Requested,2025-03-10 09:00,S1,1,', 'RMA-2,7002,Requested,2025-03-11 09:00,S2,1,'].join('\n'), { fileName: 'returns-1.csv' });
    const report = await upload([header, 'RMA-1,7001,Cancelled by customer,2025-03-10 09:00,S1,1,', 'RMA-2,7002,Cancelled,2025-03-11 09:00,S2,1,50.00'].join('\n'), { fileName: 'returns-2.csv' });
    expect(report).toMatchObject({ rowsImported: 1, rowsRejected: 1 });
    expect(await store.db.all('SELECT return_id, amount::DOUBLE AS amount FROM returns')).toEqual([{ return_id: 'RMA-2', amount: 50 }]);
  });
});

// Two shops, or a marketplace in another country, exported into one database: every figure added
// the pesos to the dollars, labelled with the most frequent currency.
describe('order lines in several currencies', () => {
  it('are named at the import that brings the second currency, and by the dataset every page reads', async () => {
    const first = await upload(['order_id,ordered_at,sku,quantity,unit_price,currency', 'U1,2025-03-02,S1,1,50.00,USD', 'U2,2025-03-03,S1,1,50.00,USD'].join('\n'), { fileName: 'usd.csv', kind: 'orders' });
    expect(first.warnings.map((w: { code: string }) => w.code)).not.toContain('mixed_currencies');
    const second = await upload(['order_id,ordered_at,sku,quantity,unit_price,currency', 'C1,2025-03-04,S1,1,47000,CLP'].join('\n'), { fileName: 'clp.csv', kind: 'orders' });
    expect(second.warnings).toContainEqual(expect.objectContaining({ code: 'mixed_currencies', count: 2, examples: ['CLP', 'USD'] }));
    const dataset = await (await store.app.request('/api/dataset')).json();
    expect(dataset).toMatchObject({ currency: 'USD', currencies: ['CLP', 'USD'] });
  });
});

// Round two of exports as platforms write them.
describe('platform exports read as they mean', () => {
  it("Amazon's All Orders report: item-price is the line's total, the promotion discount negative, a cancelled order no sale", async () => {
    const header = ['amazon-order-id', 'purchase-date', 'order-status', 'product-name', 'sku', 'quantity', 'currency', 'item-price', 'item-promotion-discount', 'ship-state'].join('\t');
    const rows = [
      ['111-1', '2024-03-01T15:30:00+00:00', 'Shipped', 'Water Bottle', 'BOT-01', '3', 'USD', '47.97', '0.00', 'TX'],
      ['111-2', '2024-03-02T15:30:00+00:00', 'Shipped', 'Yoga Mat', 'MAT-01', '1', 'USD', '29.99', '-3.00', 'CA'],
      ['111-3', '2024-03-03T15:30:00+00:00', 'Cancelled', 'Yoga Mat', 'MAT-01', '2', 'USD', '59.98', '0.00', 'NY'],
    ].map((r) => r.join('\t'));
    const report = await upload([header, ...rows].join('\n'), { fileName: 'all-orders.txt' });
    expect(report).toMatchObject({ source: 'amazon', rowsImported: 2, rowsRejected: 1 });
    // 3 bottles for 47.97 in all (15.99 each); the mat 29.99 less its 3.00 promotion
    expect(await store.db.all('SELECT order_id, quantity, unit_price::DOUBLE AS price FROM order_lines ORDER BY 1')).toEqual([
      { order_id: '111-1', quantity: 3, price: 15.99 },
      { order_id: '111-2', quantity: 1, price: 26.99 },
    ]);
  });

  it('a line discount written negative lowers the price, as a positive one does', async () => {
    await upload(['Order ID,Order Date,SKU,Quantity,Unit Price,Item Discount', '2001,2024-03-01,TSH-01,2,20.00,-4.00', '2002,2024-03-02,PNT-02,1,50.00,10.00'].join('\n'), { fileName: 'orders.csv' });
    expect(await store.db.all('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY 1')).toEqual([
      { order_id: '2001', price: 18 },
      { order_id: '2002', price: 40 },
    ]);
  });

  it('a bare "Status" or "Estado" of an orders file is the order\'s: a cancelled one is no sale', async () => {
    const report = await upload(['Pedido;Estado;Fecha;SKU;Cantidad;Precio', '5001;Facturado;01/03/2024;S1;1;30,00', '5002;Cancelado;02/03/2024;S1;2;30,00'].join('\n'), { fileName: 'pedidos.csv' });
    expect(report).toMatchObject({ rowsImported: 1, rowsRejected: 1 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', examples: ['5002'] }));
  });

  it('a line that charges for shipping, a tip or a fee is no product sold; a gift card is one', async () => {
    const rows = [
      'S1,2024-03-01,ana@x.com,TSH-01,Camiseta básica,2,15.00',
      'S1,2024-03-01,ana@x.com,ENVIO,Envío estándar,1,5.00',
      'S2,2024-03-03,carla@x.com,SHIPPING,Shipping,1,9.00',
      'S2,2024-03-03,carla@x.com,GC-50,Gift Card $50,1,50.00',
      'S3,2024-03-05,eva@x.com,TIP,Tip,1,3.00',
      'S3,2024-03-05,eva@x.com,ENV-01,Envase de vidrio,1,7.00',
      // said by the name alone, then by the SKU alone
      'S4,2024-03-06,eva@x.com,X-100,Costo de envío,1,4.00',
      'S4,2024-03-06,eva@x.com,FLETE,Servicio X,1,6.00',
    ];
    const report = await upload(['Order Reference,Order Date,Customer,SKU,Product,Quantity,Unit Price', ...rows].join('\n'), { fileName: 'sales.csv' });
    expect(report).toMatchObject({ rowsImported: 3, rowsRejected: 5 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'charge_lines_left_out', count: 5, examples: ['ENVIO', 'FLETE', 'SHIPPING', 'TIP', 'X-100'] }));
    // 2 × 15 + 50 + 7
    expect(await store.db.all('SELECT sum(quantity)::INTEGER AS units, sum(quantity * unit_price)::DOUBLE AS gross FROM order_lines')).toEqual([{ units: 4, gross: 87 }]);
  });

  it("a ledger's document type that says neither sale nor credit is named: its lines stay sales", async () => {
    const header = 'Tipo de comprobante;Nro. comprobante;Fecha;Cliente;Artículo;Descripción;Cantidad;Precio unitario';
    const rows = ['FAC;A-1;01/03/2024;C001;REM-01;Remera;2,00;1.500,00', 'NC;A-2;02/03/2024;C001;REM-01;Remera;1,00;1.500,00', 'ZZX;A-3;05/03/2024;C002;GOR-03;Gorra;1,00;2.000,00'];
    const report = await upload([header, ...rows].join('\n'), { fileName: 'ventas.csv' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'unknown_document_types', count: 1, examples: ['ZZX'] }));
    expect(await store.db.all('SELECT sku FROM order_lines ORDER BY sku')).toEqual([{ sku: 'GOR-03' }, { sku: 'REM-01' }]);
  });

  it("a ledger's credit notes written N/C, NCB or CN are returns, not sales", async () => {
    const header = 'Tipo de comprobante;Nro. comprobante;Fecha;Cliente;Artículo;Descripción;Cantidad;Precio unitario';
    const rows = ['FAC;A-1;01/03/2024;C001;REM-01;Remera;2,00;1.500,00', 'FAC;A-2;02/03/2024;C002;GOR-03;Gorra;1,00;2.000,00', 'N/C;A-3;05/03/2024;C001;REM-01;Remera;1,00;1.500,00', 'NCB;A-4;06/03/2024;C002;GOR-03;Gorra;1,00;2.000,00'];
    const report = await upload([header, ...rows].join('\n'), { fileName: 'ventas.csv' });
    expect(report.kind).toBe('combined');
    expect(await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units FROM order_lines')).toEqual([{ lines: 2, units: 3 }]);
    expect(await store.db.all('SELECT sku, quantity FROM returns ORDER BY sku')).toEqual([
      { sku: 'GOR-03', quantity: 1 },
      { sku: 'REM-01', quantity: 1 },
    ]);
  });
});

// Columns a shop's sheet or a returns app names its own way, each once read as another field with
// no warning (a hunt through export layouts).
describe('columns named the way shops name them', () => {
  const summary = () => store.db.all('SELECT count(*)::INTEGER AS returns, sum(quantity)::INTEGER AS units FROM returns').then((rows) => rows[0]);

  it('"Devolución: Sí/No" says whether a line came back; it is no return id, so next month\'s "Sí" replaces nothing', async () => {
    const header = 'Pedido,Fecha,SKU,Cantidad,Precio,Devolución,Fecha de devolución,Motivo';
    const march = [header, '1001,01/03/2025,REM-M,2,25,Sí,15/03/2025,Talle chico', '1002,02/03/2025,REM-L,1,25,No,,', '1003,03/03/2025,BUZ-M,1,60,Sí,18/03/2025,Fallado'];
    const first = await upload(march.join('\n'), { fileName: 'ventas-marzo.csv', kind: 'combined' });
    expect(first.mapping).toMatchObject({ return_flag: 'Devolución' });
    expect(first.mapping.return_id).toBeUndefined();
    // 1001's 2 units and 1003's 1
    expect(await summary()).toEqual({ returns: 2, units: 3 });
    await upload([header, '1004,01/04/2025,REM-M,1,25,Sí,10/04/2025,Talle chico'].join('\n'), { fileName: 'ventas-abril.csv', kind: 'combined' });
    expect(await summary()).toEqual({ returns: 3, units: 4 });
  });

  it('a "Devolución" or "Return Nro" column of ids is the return id, not the flag', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', '1001,2025-03-01,TEE-M,2,20.00', '1002,2025-03-02,TEE-L,1,20.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const spanish = await upload(['Devolución,Pedido,SKU,Cantidad,Motivo,Fecha', 'DEV-1023,1001,TEE-M,1,Talle chico,2025-03-05', 'DEV-1024,1002,TEE-L,1,Fallado,2025-03-06'].join('\n'), { fileName: 'devoluciones.csv', kind: 'returns' });
    expect(spanish).toMatchObject({ rowsImported: 2, mapping: { return_id: 'Devolución' } });
    expect(spanish.mapping.return_flag).toBeUndefined();
    const english = await upload(['Return Nro,Order,SKU,Qty,Reason,Date', 'R-77,1001,TEE-M,1,Too small,2025-03-07'].join('\n'), { fileName: 'returns.csv', kind: 'returns' });
    expect(english).toMatchObject({ rowsImported: 1, mapping: { return_id: 'Return Nro' } });
    expect(await store.db.all('SELECT return_id FROM returns ORDER BY return_id')).toEqual([{ return_id: 'DEV-1023' }, { return_id: 'DEV-1024' }, { return_id: 'R-77' }]);
  });

  it('"Return Qty" beside "Ordered Qty" is how many came back; "Return Amount" is no id', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', '1001,2025-03-01,TEE-M,2,20.00', '1002,2025-03-02,TEE-L,3,20.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    const report = await upload(
      ['RMA #,Order #,SKU,Ordered Qty,Return Qty,Reason,Created,Return Amount', 'RMA-10,1001,TEE-M,2,1,Too small,2025-03-05 10:00:00,20.00', 'RMA-11,1002,TEE-L,3,2,Too large,2025-03-06 10:00:00,40.00'].join('\n'),
      { fileName: 'rmas.csv', kind: 'returns' },
    );
    expect(report.mapping).toMatchObject({ return_id: 'RMA #', quantity: 'Return Qty', amount: 'Return Amount' });
    expect(await store.db.all('SELECT return_id, quantity, amount::DOUBLE AS amount FROM returns ORDER BY return_id')).toEqual([
      { return_id: 'RMA-10', quantity: 1, amount: 20 },
      { return_id: 'RMA-11', quantity: 2, amount: 40 },
    ]);
  });

  it('an exchange or store credit with a "Refund" of 0.00 is valued at its line, not at nothing (Loop)', async () => {
    await upload(['order_id,ordered_at,sku,quantity,unit_price', '1001,2025-03-01,TEE-M,1,25.00', '1002,2025-03-02,TEE-L,1,25.00', '1003,2025-03-03,HOOD-M,1,60.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    await upload(
      [
        'Return ID,Order Name,Created At,SKU,Quantity,Return Reason,Outcome,Refund,Gift Card,Exchange Total,State',
        'R1,#1001,2025-03-05 10:00:00,TEE-M,1,Too small,Exchange,0.00,0.00,25.00,closed',
        'R2,#1002,2025-03-06 10:00:00,TEE-L,1,Changed my mind,Refund,25.00,0.00,0.00,closed',
        'R3,#1003,2025-03-07 10:00:00,HOOD-M,1,Defective,Store Credit,0.00,60.00,0.00,closed',
      ].join('\n'),
      { fileName: 'loop-returns.csv', kind: 'returns' },
    );
    const figures = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    // retained: 25 exchanged + 60 in store credit, of 110 given back
    expect(figures).toMatchObject({ refundedValue: 25, exchangedValue: 25, storeCreditValue: 60, retainedValue: 85 });
    expect(figures.retentionRate).toBeCloseTo(85 / 110, 12);
  });

  it("Shopee's \"Deal Price\" is what the line sold at, not its \"Original Price\"", async () => {
    const report = await upload(
      ['Order ID,Order Status,Order Creation Date,Product Name,SKU Reference No.,Original Price,Deal Price,Quantity,Product Subtotal', '240101ABC,Completed,2025-01-01 09:15,Basic Tee,TEE-M,500,399,2,798'].join('\n'),
      { fileName: 'shopee.csv', kind: 'orders' },
    );
    expect(report.mapping).toMatchObject({ unit_price: 'Deal Price' });
    expect(await orderTotals(store.db)).toMatchObject({ units: 2, gross: 798 });
  });
});
