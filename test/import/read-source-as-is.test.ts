import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { prepareSource } from '../../server/import/source/prepare-source.ts';
import { Database } from '../../server/store/database.ts';

// DuckDB reads a clean export as it is (UTF-8, or Windows-1252 without 0x80–0x9F as Latin-1), and a
// UTF-8 copy from the first byte where one is needed (source-copy.ts). Each file here is also
// imported gzipped: a gzipped file is always copied, byte by byte through the transcoding path, so
// both ways of reading the same bytes must give the same rows.

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-as-is-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const header = 'Número de orden;Email;Fecha;Nombre del producto;Precio del producto;Cantidad del producto;SKU;Provincia o estado;Medio de envío';
/** Names and provinces of Latin-1 (Windows-1252 at 0xA0–0xFF, where the two agree). */
const latinNames = ['Lámpara', 'Peña ½ kilo', 'Buzo «clásico»', 'Pantalón'];
const provinces = ['Córdoba', 'Tucumán', 'Neuquén', 'CABA'];

function line(i: number, name = latinNames[i % latinNames.length]!): string {
  return `${5000 + i};c${i % 70}@x.ar;${String(1 + (i % 28)).padStart(2, '0')}/03/2025 10:00:00;${name};1.234,5${i % 10};${1 + (i % 3)};SK-${i};${provinces[i % provinces.length]};Andreani`;
}

/** About 1.2 MiB of lines: more than one 1 MiB chunk, so a copy begun part way starts with a copied head. */
const manyLines = 15_000;

let fileCount = 0;
function writeFile(lines: string[], encoding: 'windows-1252' | 'utf8', ending = '\r\n'): string {
  const filePath = path.join(workDir, `export-${++fileCount}.csv`);
  fs.writeFileSync(filePath, iconv.encode([header, ...lines].join('\r\n') + ending, encoding));
  return filePath;
}

function gzipped(filePath: string): string {
  const gzPath = `${filePath}.gz`;
  fs.writeFileSync(gzPath, gzipSync(fs.readFileSync(filePath)));
  return gzPath;
}

/** Where DuckDB reads the rows from: the file itself or the copy. */
async function readFrom(filePath: string) {
  const dir = fs.mkdtempSync(path.join(workDir, 'prepare-'));
  const prepared = await prepareSource(filePath, { workDir: dir, maxListedRejects: 10 });
  return { asIs: prepared.csvPath === filePath, csvEncoding: prepared.csvEncoding, encoding: prepared.encoding };
}

async function importedRows(filePath: string) {
  const db = await Database.open({ path: ':memory:', threads: 2, readers: 1 });
  try {
    const report = await importFile(db, { filePath, fileName: path.basename(filePath), kind: 'orders' });
    const rows = await db.all(
      `SELECT order_id, sku, product_name, region, carrier, quantity, unit_price::VARCHAR AS unit_price, ordered_at::VARCHAR AS ordered_at
       FROM order_lines ORDER BY order_id::INTEGER, sku`,
    );
    return { rows, rejects: report.rejects, rowsRead: report.rowsRead };
  } finally {
    db.close();
  }
}

describe('reading an export as it is', () => {
  it('reads Windows-1252 without 0x80–0x9F as Latin-1, with the rows its gzipped copy gives', async () => {
    const file = writeFile(Array.from({ length: 40 }, (_, i) => line(i)), 'windows-1252');
    expect(await readFrom(file)).toEqual({ asIs: true, csvEncoding: 'latin-1', encoding: 'windows-1252' });
    expect(await readFrom(gzipped(file))).toMatchObject({ asIs: false, csvEncoding: 'utf-8' });

    const asIs = await importedRows(file);
    expect(asIs.rows).toHaveLength(40);
    expect(asIs.rows).toEqual((await importedRows(gzipped(file))).rows);
    // line(1): order 5001, the second name and province, price 1.234,51
    expect(asIs.rows[1]).toMatchObject({ order_id: '5001', product_name: 'Peña ½ kilo', region: 'Tucumán', unit_price: '1234.5100', quantity: 2 });
    expect(asIs.rows[2]).toMatchObject({ product_name: 'Buzo «clásico»', region: 'Neuquén' });
  });

  it('copies a Windows-1252 file from where € and curly quotes appear, past its first MiB, with the rows its gzipped copy gives', async () => {
    const lines = Array.from({ length: manyLines }, (_, i) => line(i));
    lines[14_000] = line(14_000, 'Zapatilla €co');
    lines[14_001] = line(14_001, 'Campera “urbana” – talle M');
    const file = writeFile(lines, 'windows-1252');
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    expect(await readFrom(file)).toEqual({ asIs: false, csvEncoding: 'utf-8', encoding: 'windows-1252' });

    const copied = await importedRows(file);
    expect(copied.rows).toHaveLength(manyLines);
    expect(copied.rows).toEqual((await importedRows(gzipped(file))).rows);
    expect(copied.rows[14_000]).toMatchObject({ order_id: '19000', product_name: 'Zapatilla €co' });
    expect(copied.rows[14_001]).toMatchObject({ order_id: '19001', product_name: 'Campera “urbana” – talle M' });
    // the head copied from the file before the copy began reads as the Latin-1 reading would
    expect(copied.rows[1]).toMatchObject({ product_name: 'Peña ½ kilo', region: 'Tucumán' });
  });

  it('reads UTF-8 as it is, a last row without its newline too', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => line(i, i === 7 ? 'Taza – mate “€”' : undefined));
    const file = writeFile(lines, 'utf8');
    expect(await readFrom(file)).toEqual({ asIs: true, csvEncoding: 'utf-8', encoding: 'utf-8' });
    const asIs = await importedRows(file);
    expect(asIs.rows).toHaveLength(30);
    expect(asIs.rows).toEqual((await importedRows(gzipped(file))).rows);
    expect(asIs.rows[7]).toMatchObject({ product_name: 'Taza – mate “€”' });

    // CRLF rows, the last without one: read as it is, and copied (gzipped) with a CRLF added
    const unfinished = writeFile(lines, 'utf8', '');
    expect(await readFrom(unfinished)).toEqual({ asIs: true, csvEncoding: 'utf-8', encoding: 'utf-8' });
    expect((await importedRows(unfinished)).rows).toEqual(asIs.rows);
    expect((await importedRows(gzipped(unfinished))).rows).toEqual(asIs.rows);
  });

  it('copies from a row left out past the first MiB, naming it by the line an editor shows', async () => {
    const lines = Array.from({ length: manyLines }, (_, i) => line(i));
    lines[14_500] = '19500;short row';
    const file = writeFile(lines, 'utf8');
    expect(await readFrom(file)).toMatchObject({ asIs: false, csvEncoding: 'utf-8' });

    const copied = await importedRows(file);
    expect(copied.rowsRead).toBe(manyLines);
    expect(copied.rows).toHaveLength(manyLines - 1);
    expect(copied.rows).toEqual((await importedRows(gzipped(file))).rows);
    // header on line 1, lines[i] on line i + 2
    expect(copied.rejects).toEqual([expect.objectContaining({ line: 14_502, value: '19500;short row' })]);
  });

  it('copies a file whose name DuckDB would take for a pattern or a compression, so that it reads that file and no other', async () => {
    const dir = fs.mkdtempSync(path.join(workDir, 'names-'));
    const own = path.join(dir, 'ventas [1].csv');
    fs.writeFileSync(own, [header, line(1), line(2)].join('\r\n'));
    // what `ventas [1].csv` means as a pattern: a different export beside it
    fs.writeFileSync(path.join(dir, 'ventas 1.csv'), [header, line(8), line(9)].join('\r\n'));
    expect(await readFrom(own)).toMatchObject({ asIs: false });
    expect((await importedRows(own)).rows.map((row) => row.order_id)).toEqual(['5001', '5002']);
    // a plain text file named as if it were compressed
    const misnamed = path.join(dir, 'ventas.csv.gz');
    fs.writeFileSync(misnamed, [header, line(3)].join('\r\n'));
    expect(await readFrom(misnamed)).toMatchObject({ asIs: false });
  });

  it('keeps a CRLF row with empty fields past the header, cut to its width, as the rows around it', async () => {
    const file = writeFile([line(1), `${line(2)};;`, line(3)], 'utf8');
    const read = await importedRows(file);
    expect(read.rejects).toEqual([]);
    expect(read.rows.map((row) => row.order_id)).toEqual(['5001', '5002', '5003']);
  });

  it('names a rejected row by its line in a file large enough for DuckDB to read on two threads', async () => {
    // about 28 MB: DuckDB reads it in parallel, and the staged rows are numbered by their place
    // in the table (stage-csv.ts), so the rows must keep the file's order for lines to be right
    const count = 320_000;
    const lines = Array.from({ length: count }, (_, i) => line(i));
    // a quoted name over two lines early on: every later row sits one line further down
    lines[10] = line(10, '"Remera\nroja"');
    const bad = [3, 159_999, 160_000, 319_998];
    for (const i of bad) lines[i] = lines[i]!.replace(/;(\d);SK-/, ';x;SK-');
    const file = writeFile(lines, 'utf8');
    expect(fs.statSync(file).size).toBeGreaterThan(25 * 1024 * 1024);
    expect(await readFrom(file)).toMatchObject({ asIs: true });

    const read = await importedRows(file);
    expect(read.rowsRead).toBe(count);
    expect(read.rows).toHaveLength(count - bad.length);
    // the header is line 1, row i is line i + 2, and one more from row 11 on
    expect(read.rejects.map((r) => [r.line, r.field, r.value])).toEqual(bad.map((i) => [i + 2 + (i > 10 ? 1 : 0), 'quantity', 'x']));
    expect(read.rows.find((row) => row.order_id === '5010')).toMatchObject({ product_name: 'Remera\nroja' });
  });

  it('reads a column named like the row id the staged rows are numbered by', async () => {
    const filePath = path.join(workDir, 'rowid-export.csv');
    fs.writeFileSync(filePath, 'RowID,Fecha,Cliente,SKU,Cantidad,Precio\n7001,2025-03-01 10:00:00,c1,A,1,10\n7002,2025-03-02 10:00:00,c2,B,x,10\n7003,2025-03-03 10:00:00,c3,C,2,10\n');
    const db = await Database.open({ path: ':memory:', threads: 2, readers: 1 });
    try {
      const report = await importFile(db, {
        filePath,
        fileName: 'rowid-export.csv',
        kind: 'orders',
        mapping: { order_id: 'RowID', ordered_at: 'Fecha', customer_id: 'Cliente', sku: 'SKU', quantity: 'Cantidad', unit_price: 'Precio' },
      });
      expect(report.rejects.map((r) => [r.line, r.field])).toEqual([[3, 'quantity']]);
      expect(await db.all('SELECT order_id, quantity FROM order_lines ORDER BY order_id')).toEqual([
        { order_id: '7001', quantity: 1 },
        { order_id: '7003', quantity: 2 },
      ]);
    } finally {
      db.close();
    }
  });
});
