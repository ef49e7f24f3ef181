import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewFile } from '../../server/import/preview-file.ts';
import { previewBytes } from '../../server/import/preview-limits.ts';
import { Database } from '../../server/store/database.ts';
import { fixturesDir, openTestStore, writeTempFile } from '../support/test-store.ts';

// The API around an import: preview (nothing written), saved mappings, format overrides, the
// NDJSON progress stream, the rejects download, and the CLI printing the same report.

const layout = (name: string) => fs.readFileSync(path.join(fixturesDir, 'layouts', name));

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** POSTs a multipart form the way the Import page does. */
async function postForm(route: string, content: string | Uint8Array, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), 'upload.csv');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return store.app.request(route, { method: 'POST', body: form, headers });
}

async function tableCounts() {
  const [row] = await store.db.all(
    'SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns, (SELECT count(*) FROM imports)::INTEGER AS imports',
  );
  return row;
}

describe('POST /api/imports/preview', () => {
  it('answers the detection, the mapping with confidence and the rows as they would be stored, writing nothing', async () => {
    const res = await postForm('/api/imports/preview', layout('tiendanube-ventas.csv'));
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview).toMatchObject({
      kind: 'orders',
      source: 'tiendanube',
      format: { encoding: 'windows-1252', delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'dd/mm/yyyy', headerLine: 1 },
      mappingOrigin: 'detected',
      missing: [],
      rowsScanned: 5,
      complete: true,
    });
    expect(preview.headers).toContain('Cantidad del prodcuto');
    // one typo from "Cantidad del producto": sure enough, and its values are whole numbers
    expect(preview.fields.find((f: { name: string }) => f.name === 'quantity')).toEqual({
      name: 'quantity', type: 'integer', required: true, header: 'Cantidad del prodcuto', confidence: 0.85, evidence: 'whole numbers up to 3', toConfirm: false,
    });
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toEqual({
      line: 2,
      values: expect.objectContaining({ order_id: '1001', sku: 'CAM-URB', ordered_at: '2025-12-20 10:00:00', product_name: 'Campera “urbana”', quantity: 1, unit_price: 2500, region: 'Córdoba' }),
      returnValues: null,
      problems: [],
    });
    expect(preview.rows[4]).toMatchObject({ line: 6, problems: [{ field: 'ordered_at', value: '31/02/2026 12:00:00', reason: 'not a valid date' }] });
    expect(await tableCounts()).toEqual({ lines: 0, returns: 0, imports: 0 });
  });

  it('shows a combined file’s return beside its line', async () => {
    const preview = await (await postForm('/api/imports/preview', layout('combined-es.csv'))).json();
    expect(preview.kind).toBe('combined');
    expect(preview.rows[0].returnValues).toMatchObject({ order_id: 'P-1', quantity: 1, reason: 'size_too_small', requested_at: '2025-03-10 00:00:00', amount: 100 });
    expect(preview.rows[1].returnValues).toBeNull();
  });

  it('a file missing a required column is previewed, with the missing field named', async () => {
    const preview = await (await postForm('/api/imports/preview', 'Pedido,Fecha,Art,Cant,Precio\nP1,2025-04-01,Z,3,9.5\n')).json();
    expect(preview.missing).toEqual(['sku']);
    expect(preview.mapping).toEqual({ order_id: 'Pedido', ordered_at: 'Fecha', quantity: 'Cant', unit_price: 'Precio' });
    expect(preview.rows[0].problems).toEqual([{ field: 'sku', value: '', reason: 'missing' }]);
  });

  it('reads only the head of a large file', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `P${i},2025-04-01 10:00:00,SKU-${i % 100},1,9.50,Some product name`).join('\n');
    const file = writeTempFile('large.csv', `order_id,ordered_at,sku,quantity,unit_price,product_name\n${rows}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(previewBytes);
    const preview = await previewFile(store.db, { filePath: file });
    expect(preview.complete).toBe(false);
    expect(preview.rowsScanned).toBeGreaterThan(100_000);
    expect(preview.rowsScanned).toBeLessThan(200_000);
    expect(preview.rows).toHaveLength(20);
  });
});

describe('saved mappings', () => {
  const oddFile = 'Pedido,Fecha,Art,Cant,Precio\nP1,01/02/2025,Z,3,"9,5"\n';
  const mapping = { order_id: 'Pedido', ordered_at: 'Fecha', sku: 'Art', quantity: 'Cant', unit_price: 'Precio' };

  it('a mapping saved for a header signature is reused by the next import of that header', async () => {
    const preview = await (await postForm('/api/imports/preview', oddFile)).json();
    const save = await store.app.request('/api/imports/mappings', {
      method: 'POST',
      body: JSON.stringify({ headerSignature: preview.headerSignature, kind: 'orders', mapping, format: { decimalSeparator: ',', dateOrder: 'month-first' } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(save.status).toBe(200);
    const res = await postForm('/api/imports', oddFile);
    const report = await res.json();
    expect(report).toMatchObject({ mappingOrigin: 'saved', mapping, rowsImported: 1 });
    // the saved format: 01/02/2025 month first is 2 January; "9,5" is nine and a half
    expect(await store.db.all(`SELECT ordered_at::DATE::VARCHAR AS day, unit_price::DOUBLE AS price FROM order_lines`)).toEqual([{ day: '2025-01-02', price: 9.5 }]);
    const { rows } = await (await store.app.request('/api/imports/mappings')).json();
    expect(rows).toEqual([expect.objectContaining({ headerSignature: 'pedido|fecha|art|cant|precio', kind: 'orders', mapping })]);
    const deleted = await store.app.request(`/api/imports/mappings?headerSignature=${encodeURIComponent(preview.headerSignature)}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await (await store.app.request('/api/imports/mappings')).json()).rows).toEqual([]);
  });

  it('saveMapping=true on an import saves the mapping it used', async () => {
    await postForm('/api/imports', oddFile, { mapping: JSON.stringify(mapping), saveMapping: 'true' });
    const report = await (await postForm('/api/imports', oddFile)).json();
    expect(report.mappingOrigin).toBe('saved');
  });

  it('refuses a mapping naming fields the kind does not have', async () => {
    const res = await store.app.request('/api/imports/mappings', {
      method: 'POST',
      body: JSON.stringify({ headerSignature: 'x', kind: 'orders', mapping: { reason: 'X' } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('invalid_mapping');
  });
});

describe('format overrides', () => {
  const ambiguous = 'order_id,ordered_at,sku,quantity,unit_price\nA1,01/02/2025,Z,1,"1,250"\n';

  it('English headers and dates that fit both orders are read month first, and say so', async () => {
    const report = await (await postForm('/api/imports', ambiguous)).json();
    expect(report.format).toMatchObject({ dateFormat: 'mm/dd/yyyy', decimalSeparator: '.', thousandsSeparator: ',' });
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['ambiguous_dates', 'ambiguous_decimals']);
    expect(await store.db.all(`SELECT ordered_at::DATE::VARCHAR AS day, unit_price::DOUBLE AS price FROM order_lines`)).toEqual([{ day: '2025-01-02', price: 1250 }]);
  });

  it('the person’s choice of date order and decimal separator wins', async () => {
    const report = await (await postForm('/api/imports', ambiguous, { format: JSON.stringify({ dateOrder: 'day-first', decimalSeparator: ',' }) })).json();
    expect(report.format).toMatchObject({ dateFormat: 'dd/mm/yyyy', decimalSeparator: ',' });
    expect(await store.db.all(`SELECT ordered_at::DATE::VARCHAR AS day, unit_price::DOUBLE AS price FROM order_lines`)).toEqual([{ day: '2025-02-01', price: 1.25 }]);
  });

  it('a bad format field is a 400 naming it', async () => {
    const res = await postForm('/api/imports', ambiguous, { format: '{"delimiter":"x"}' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('format');
  });
});

describe('import progress as NDJSON', () => {
  it('streams the phases, then the report', async () => {
    const res = await postForm('/api/imports', layout('woocommerce-orders.csv'), {}, { accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await res.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(events.filter((e) => e.type === 'progress').map((e) => e.phase)).toEqual(['reading', 'reading', 'normalising', 'writing', 'done']);
    expect(events.find((e) => e.bytesRead !== undefined)).toMatchObject({ phase: 'reading', bytesRead: layout('woocommerce-orders.csv').length, totalBytes: layout('woocommerce-orders.csv').length });
    expect(events.at(-1)).toMatchObject({ type: 'done', report: { kind: 'combined', source: 'woocommerce', rowsImported: 4 } });
  });

  it('an import that fails ends the stream with the error and its status', async () => {
    const res = await postForm('/api/imports', 'foo,bar\n1,2\n', {}, { accept: 'application/x-ndjson' });
    const events = (await res.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(events.at(-1)).toMatchObject({ type: 'error', status: 422, error: { code: 'missing_columns' } });
    expect(await tableCounts()).toEqual({ lines: 0, returns: 0, imports: 0 });
  });
});

describe('GET /api/imports/:importId/rejects.csv', () => {
  it('downloads every reject as CSV with a byte-order mark, cells that look like formulas neutralised', async () => {
    // said to hold orders only: -1 is a bad quantity, not a credit line
    const report = await (await postForm('/api/imports', 'order_id,ordered_at,sku,quantity,unit_price\nA1,2025-01-01,Z,-1,5\nA2,2025-01-01,@Y,1,+5x\nA3,2025-01-01,W,1,5\n', { kind: 'orders' })).json();
    const res = await store.app.request(report.rejectsUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="inversa-import-${report.importId}-rejects.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe("line,field,value,reason\r\n2,quantity,'-1,must be more than zero\r\n3,unit_price,'+5x,not a number\r\n");
  });

  it('404 for an import that does not exist', async () => {
    const res = await store.app.request('/api/imports/999/rejects.csv');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});

describe('npx inversa import FILE', () => {
  it('detects the same things and prints the same report as the API', async () => {
    const file = path.join(fixturesDir, 'layouts', 'mercadolibre-ventas-ar.csv');
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-cli-'));
    try {
      const cli = spawnSync(process.execPath, ['server/bin/inversa.mjs', 'import', file], {
        env: { ...process.env, INVERSA_DB: path.join(dbDir, 'cli.duckdb') },
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      const printed = JSON.parse(cli.stdout);
      const api = await (await postForm('/api/imports', layout('mercadolibre-ventas-ar.csv'))).json();
      const { importId: _a, rejectsUrl: _b, fileName: cliFile, ...cliReport } = printed;
      const { importId: _c, rejectsUrl: _d, fileName: apiFile, ...apiReport } = api;
      expect(cliReport).toEqual(apiReport);
      expect([cliFile, apiFile]).toEqual(['mercadolibre-ventas-ar.csv', 'upload.csv']);
      expect(cli.stderr).toContain('[inversa] mercadolibre combined: 3 of 3 rows imported, 0 rejected.');
    } finally {
      fs.rmSync(dbDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('asks for --yes or a --mapping before importing a pairing below high confidence, and imports nothing until then', () => {
    const file = path.join(fixturesDir, 'layouts', 'superstore-prejoined.csv');
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-cli-'));
    const env = { ...process.env, INVERSA_DB: path.join(dbDir, 'cli.duckdb') };
    try {
      const asked = spawnSync(process.execPath, ['server/bin/inversa.mjs', 'import', file], { env, encoding: 'utf8' });
      expect(asked.status).toBe(1);
      expect(asked.stderr).toContain('[inversa]   return_flag ← "Order Returned" (70 % sure; values: 2 distinct yes/no values)');
      expect(asked.stderr).toContain('Rerun with --yes');
      expect(asked.stdout).toBe('');
      const confirmed = spawnSync(process.execPath, ['server/bin/inversa.mjs', 'import', file, '--yes'], { env, encoding: 'utf8' });
      expect(confirmed.status, confirmed.stderr).toBe(0);
      expect(JSON.parse(confirmed.stdout)).toMatchObject({ importId: 1, kind: 'combined', rowsImported: 7, tables: { returns: { rowsImported: 4 } } });
    } finally {
      fs.rmSync(dbDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('imports several files together, orders first, and prints one report each', () => {
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-cli-'));
    try {
      const files = ['Returns.csv', 'Orders.csv'].map((name) => path.join(fixturesDir, 'superstore', name));
      const cli = spawnSync(process.execPath, ['server/bin/inversa.mjs', 'import', ...files], { env: { ...process.env, INVERSA_DB: path.join(dbDir, 'cli.duckdb') }, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const printed = JSON.parse(cli.stdout);
      expect(printed.imports.map((r: { kind: string; rowsImported: number }) => [r.kind, r.rowsImported])).toEqual([
        ['orders', 7],
        ['returns', 2],
      ]);
      expect(cli.stderr).toContain('[inversa] read as: No return date: each return is dated at its order\'s date.');
    } finally {
      fs.rmSync(dbDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('says plainly that the database is in use when a server holds it, and changes nothing', async () => {
    const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-cli-'));
    const dbPath = path.join(dbDir, 'held.duckdb');
    // this process stands for the running server: DuckDB lets one process open the file
    const server = await Database.open({ path: dbPath });
    try {
      const cli = spawnSync(process.execPath, ['server/bin/inversa.mjs', 'import', path.join(fixturesDir, 'small-shop', 'orders.csv')], {
        env: { ...process.env, INVERSA_DB: dbPath },
        encoding: 'utf8',
      });
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(
        `[inversa] The database ${dbPath} is open in another process (PID ${process.pid}), most likely an Inversa server. ` +
          'Use that server (its Import page, or POST /api/imports), stop it first, or set INVERSA_DB to another file.',
      );
      expect(cli.stderr).not.toContain('    at '); // no stack trace
      expect(await server.all('SELECT count(*)::INTEGER AS n FROM order_lines')).toEqual([{ n: 0 }]);
    } finally {
      server.close();
      fs.rmSync(dbDir, { recursive: true, force: true });
    }
  }, 60_000);
});
