import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, smallShop } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

const ordersCsv = fs.readFileSync(smallShop.orders, 'utf8');
const returnsCsv = fs.readFileSync(smallShop.returns, 'utf8');
const header = ordersCsv.split('\n')[0]!;
const orderRows = ordersCsv.trim().split('\n').slice(1);

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

async function tableSnapshot() {
  return {
    orderLines: await store.db.all('SELECT * EXCLUDE (import_id) FROM order_lines ORDER BY order_id, sku, line_no'),
    returns: await store.db.all('SELECT * EXCLUDE (import_id) FROM returns ORDER BY return_id'),
  };
}

describe('POST /api/imports with canonical files', () => {
  it('imports orders then returns, detecting the kind and linking returns to their lines', async () => {
    const orders = await uploadFile(store.app, ordersCsv, { fileName: 'orders.csv' });
    expect(orders.status).toBe(200);
    expect(orders.body).toMatchObject({ kind: 'orders', source: 'canonical', rowsRead: 22, rowsImported: 22, rowsRejected: 0, rejects: [] });
    expect(orders.body.format).toEqual({ encoding: 'utf-8', delimiter: ',', decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso', headerLine: 1 });
    const returns = await uploadFile(store.app, returnsCsv, { fileName: 'returns.csv' });
    expect(returns.body).toMatchObject({ kind: 'returns', rowsRead: 8, rowsImported: 8, rowsRejected: 0 });
    // "#O1" in the orders file and "O1" in the returns file are the same order.
    const [r1] = await store.db.all(
      "SELECT matched, order_id, category, unit_price::DOUBLE AS price, reason, resolution, disposition FROM returns WHERE return_id = 'R1'",
    );
    expect(r1).toEqual({ matched: true, order_id: 'O1', category: 'Calzado', price: 100, reason: 'size_too_small', resolution: 'refund', disposition: 'restock' });
    const history = await store.app.request('/api/imports');
    const { rows } = await history.json();
    expect(rows.map((r: { kind: string; fileName: string }) => [r.kind, r.fileName])).toEqual([
      ['returns', 'returns.csv'],
      ['orders', 'orders.csv'],
    ]);
  });

  it('links returns imported before their orders once the orders arrive', async () => {
    await uploadFile(store.app, returnsCsv);
    const before = await store.db.all('SELECT count(*) FILTER (matched)::INTEGER AS n FROM returns');
    expect(before[0]!.n).toBe(0);
    await uploadFile(store.app, ordersCsv);
    const after = await store.db.all('SELECT count(*) FILTER (matched)::INTEGER AS n, sum(amount)::DOUBLE AS amount FROM returns');
    // R5 had no amount: it takes its line's value, 1 × 120. The rejected R4 has none.
    expect(after[0]).toEqual({ n: 8, amount: 100 + 120 + 50 + 120 + 180 + 100 + 200 + 100 });
  });

  it('reports each bad row with its editor line number and keeps the good ones', async () => {
    const rows = [
      'X1,2025-01-05 10:00:00,,A,,,2,10.50,ARS,,,,', // line 2: fine
      'X2,2025-01-06,,B,,,1,abc,ARS,,,,', // line 3: price is text
      'X3,2025-02-31,,C,,,0,5,ARS,,,,', // line 4: impossible date and zero quantity
      ',2025-01-07,,D,,,1,5,ARS,,,,', // line 5: no order id
      'X5,2025-01-08,,E,,,-2,5,ARS,,,,', // line 6: negative quantity
      'X6,2025-01-09,,F,,,1,5,ARS,,,,2025-01-01', // line 7: delivered before ordered
    ];
    const { status, body } = await uploadFile(store.app, [header, ...rows].join('\n'), { kind: 'orders' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ rowsRead: 6, rowsImported: 1, rowsRejected: 5 });
    expect(body.rejects).toEqual([
      { line: 3, field: 'unit_price', value: 'abc', reason: 'not a number' },
      { line: 4, field: 'ordered_at', value: '2025-02-31', reason: 'not a valid date' },
      { line: 4, field: 'quantity', value: '0', reason: 'must be more than zero' },
      { line: 5, field: 'order_id', value: '', reason: 'missing' },
      { line: 6, field: 'quantity', value: '-2', reason: 'must be more than zero' },
      { line: 7, field: 'delivered_at', value: '2025-01-01', reason: 'delivered before it was ordered' },
    ]);
    const stored = await store.db.all('SELECT order_id, line_value::DOUBLE AS v FROM order_lines');
    expect(stored).toEqual([{ order_id: 'X1', v: 21 }]);
  });

  it('flags returns that run backwards: received before requested, requested before the order', async () => {
    await uploadFile(store.app, ordersCsv);
    const returnsHeader = returnsCsv.split('\n')[0];
    const { body } = await uploadFile(
      store.app,
      [
        returnsHeader,
        'B1,O2,A,1,Otro,2025-01-20 10:00:00,2025-01-19 10:00:00,,,,,,,', // received before requested
        'B2,O2,A,1,Otro,2025-01-01 10:00:00,,,,,,,,', // O2 was ordered on 2025-01-10
        'B3,O2,A,1,Otro,2025-01-20 10:00:00,,,Devuelto a la luna,,,,,', // unknown resolution
        'B4,O2,A,1,Otro,2025-01-20 10:00:00,,,,,,,,', // fine: pending
      ].join('\n'),
    );
    expect(body.rejects).toEqual([
      { line: 2, field: 'received_at', value: '2025-01-19 10:00:00', reason: 'received before it was requested' },
      { line: 4, field: 'resolution', value: 'Devuelto a la luna', reason: 'not a known resolution (refund, exchange, store credit, rejected, pending)' },
      { line: 3, field: 'requested_at', value: '2025-01-01 10:00:00', reason: 'requested before its order was placed' },
    ].sort((a, b) => a.line - b.line));
    expect(body).toMatchObject({ rowsRead: 4, rowsImported: 1, rowsRejected: 3 });
  });

  it('importing the same file twice does not double count', async () => {
    await uploadFile(store.app, ordersCsv);
    await uploadFile(store.app, returnsCsv);
    const once = await tableSnapshot();
    await uploadFile(store.app, ordersCsv);
    await uploadFile(store.app, returnsCsv);
    expect(await tableSnapshot()).toEqual(once);
  });

  it('an overlapping later export replaces the lines it repeats', async () => {
    // January–mid February, then early February–March: O5..O9 are in both exports.
    const firstExport = [header, ...orderRows.filter((r) => /^(#?O[1-9]),/.test(r))].join('\n');
    const secondExport = [header, ...orderRows.filter((r) => /^O(5|6|7|8|9|1[0-5]),/.test(r))].join('\n');
    await uploadFile(store.app, firstExport);
    await uploadFile(store.app, secondExport);
    const [{ lines, units }] = await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units FROM order_lines');
    expect({ lines, units }).toEqual({ lines: 22, units: 36 });
  });

  it('mode=replace swaps the whole table for the file', async () => {
    await uploadFile(store.app, ordersCsv);
    const onlyO1 = [header, ...orderRows.filter((r) => r.startsWith('#O1,'))].join('\n');
    const { body } = await uploadFile(store.app, onlyO1, { mode: 'replace' });
    expect(body.rowsImported).toBe(2);
    const rows = await store.db.all('SELECT DISTINCT order_id FROM order_lines');
    expect(rows).toEqual([{ order_id: 'O1' }]);
  });

  it('an explicit mapping reads other headers', async () => {
    const csv = 'Pedido,Fecha,Articulo,Cant,Precio\nP1,2025-04-01,Z,3,9.5\n';
    const mapping = JSON.stringify({ order_id: 'Pedido', ordered_at: 'Fecha', sku: 'Articulo', quantity: 'Cant', unit_price: 'Precio' });
    const { status, body } = await uploadFile(store.app, csv, { kind: 'orders', mapping });
    expect(status).toBe(200);
    expect(body.mapping).toEqual({ order_id: 'Pedido', ordered_at: 'Fecha', sku: 'Articulo', quantity: 'Cant', unit_price: 'Precio' });
    const [row] = await store.db.all('SELECT line_value::DOUBLE AS v, order_month::VARCHAR AS m FROM order_lines');
    expect(row).toEqual({ v: 28.5, m: '2025-04-01' });
  });
});

describe('a file that cannot be imported changes nothing', () => {
  beforeEach(async () => {
    await uploadFile(store.app, ordersCsv);
    await uploadFile(store.app, returnsCsv);
  });

  it.each([
    ['an empty file', '', 422, 'empty_file'],
    ['a header without rows', `${header}\n`, 422, 'no_rows'],
    ['no recognisable columns', 'foo,bar\n1,2\n', 422, 'missing_columns'],
    ['a binary file renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 415, 'not_text'],
    ['an unterminated quote at the end', `${header}\n${orderRows[0]}\n"O99,2025-01-01,,A,,,1,1,ARS,,,,\n`, 422, 'unterminated_quote'],
    ['only bad rows', `${header}\nZ1,not a date,,A,,,x,y,ARS,,,,\n`, 422, 'no_valid_rows'],
  ])('%s, in replace mode too', async (_name, content, status, code) => {
    const before = await tableSnapshot();
    const res = await uploadFile(store.app, content, { mode: 'replace', kind: 'orders' });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    expect(await tableSnapshot()).toEqual(before);
    expect((await store.app.request('/api/health')).status).toBe(200);
  });

  it('a missing required column is named together with the headers seen', async () => {
    const res = await uploadFile(store.app, 'order_id,sku,quantity\nO1,A,1\n', { kind: 'orders' });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual({ missing: ['ordered_at', 'unit_price'], headersSeen: ['order_id', 'sku', 'quantity'], closestHeaders: {} });
    expect(res.body.error.message).toContain('ordered_at, unit_price');
  });

  it('a file over the size limit → 413', async () => {
    const big = `${header}\n${orderRows[0]!}\n`.repeat(1).padEnd(6 * 1024 * 1024, '\n');
    const before = await tableSnapshot();
    const res = await uploadFile(store.app, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('file_too_large');
    expect(await tableSnapshot()).toEqual(before);
  });

  it('a path in the upload name is reduced to the file name in the log', async () => {
    await uploadFile(store.app, ordersCsv, { fileName: '../../etc/passwd.csv' });
    const { rows } = await (await store.app.request('/api/imports')).json();
    expect(rows[0].fileName).toBe('passwd.csv');
  });
});
