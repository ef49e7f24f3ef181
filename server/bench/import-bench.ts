// npm run bench:import [-- --lines 10000000] [--fresh] [--utf8]
//
// Imports a generated 10M-line Tiendanube-style export (Windows-1252, `;`, decimal comma, about
// 750 MB) through the product's own import path, and in the same run loads a UTF-8 copy of it
// with a hand-tuned raw DuckDB read_csv (every option explicit, typed columns). Prints both
// times, their ratio, rows/s and the peak RSS of each, measured in a process of its own.
// With --utf8 the product imports the UTF-8 copy too: a clean export DuckDB reads as it is,
// where the Windows-1252 file (with € and curly quotes) is transcoded to a copy first.
// Files live in .bench/ (gitignored); the generated file is reused unless --fresh.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import { projectRoot, readSettings } from '../config.ts';
import { importFile, type ImportStep } from '../import/import-file.ts';
import { Database } from '../store/database.ts';
import { writeTiendanubeFile } from './tiendanube-file.ts';

const benchDir = path.join(projectRoot, '.bench');
const memoryLimit = readSettings().memoryLimit;

interface RunResult {
  seconds: number;
  rows: number;
  peakRssBytes: number;
  steps?: Record<string, number>;
  rejected?: number;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

function freshDatabasePath(name: string): string {
  const file = path.join(benchDir, `${name}.duckdb`);
  for (const suffix of ['', '.wal']) fs.rmSync(file + suffix, { force: true });
  return file;
}

/** The product's path: the same call the API and the CLI make, into an empty database file. */
async function runProduct(source: string): Promise<RunResult> {
  const db = await Database.open({ path: freshDatabasePath('product'), memoryLimit });
  const steps: Partial<Record<ImportStep, number>> = {};
  const started = performance.now();
  let readSeconds = 0;
  const report = await importFile(db, {
    filePath: source,
    fileName: path.basename(source),
    // the first step splits into Node's pass over the bytes and DuckDB's staging and normalising
    onPhase: (phase) => {
      if (phase === 'normalising') readSeconds = (performance.now() - started) / 1000;
    },
    onStep: (step, seconds) => {
      steps[step] = seconds;
    },
  });
  steps['read, stage and normalise'] = (steps['read, stage and normalise'] ?? 0) - readSeconds;
  const ordered = { 'read (Node: scan, and transcode to a UTF-8 copy where needed)': readSeconds, 'stage and normalise (DuckDB)': steps['read, stage and normalise'], ...steps };
  delete ordered['read, stage and normalise'];
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, rows: report.rowsImported, rejected: report.rowsRejected, steps: ordered, peakRssBytes: peakRss() };
}

/** The baseline: DuckDB alone, told everything, reading the UTF-8 copy into a typed table. */
async function runRaw(utf8Copy: string): Promise<RunResult> {
  const instance = await DuckDBInstance.create(freshDatabasePath('raw'), { memory_limit: memoryLimit });
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(
    `CREATE TABLE sales AS
     SELECT order_number, email, ordered_at, product_name,
            CAST(replace(replace(price, '.', ''), ',', '.') AS DECIMAL(18,4)) AS unit_price,
            quantity, sku, province, carrier
     FROM read_csv($path, delim = ';', quote = '"', escape = '"', header = true, auto_detect = false,
                   timestampformat = '%d/%m/%Y %H:%M:%S',
                   columns = {'order_number': 'VARCHAR', 'email': 'VARCHAR', 'ordered_at': 'TIMESTAMP', 'product_name': 'VARCHAR',
                              'price': 'VARCHAR', 'quantity': 'INTEGER', 'sku': 'VARCHAR', 'province': 'VARCHAR', 'carrier': 'VARCHAR'})`,
    { path: utf8Copy },
  );
  const seconds = (performance.now() - started) / 1000;
  const reader = await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM sales');
  const rows = Number(reader.getRowObjectsJson()[0]!.n);
  connection.closeSync();
  instance.closeSync();
  return { seconds, rows, peakRssBytes: peakRss() };
}

/** Runs one side in a fresh process, so each peak RSS is its own. */
function runChild(which: 'product' | 'raw', file: string): RunResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--run', which, '--file', file], {
    env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '8' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${which} run failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as RunResult;
}

async function prepareFiles(lines: number, fresh: boolean): Promise<{ source: string; utf8Copy: string }> {
  fs.mkdirSync(benchDir, { recursive: true });
  const source = path.join(benchDir, `tiendanube-${lines}.csv`);
  const utf8Copy = path.join(benchDir, `tiendanube-${lines}.utf8.csv`);
  if (fresh || !fs.existsSync(source)) {
    const started = performance.now();
    await writeTiendanubeFile(source, lines);
    console.log(`generated ${source}: ${(fs.statSync(source).size / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    fs.rmSync(utf8Copy, { force: true });
  }
  if (!fs.existsSync(utf8Copy)) {
    await pipeline(fs.createReadStream(source), iconv.decodeStream('windows-1252'), iconv.encodeStream('utf8'), fs.createWriteStream(utf8Copy));
  }
  return { source, utf8Copy };
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`;
}

async function main() {
  const which = argument('run');
  if (which === 'product' || which === 'raw') {
    const file = argument('file')!;
    const result = which === 'product' ? await runProduct(file) : await runRaw(file);
    console.log(JSON.stringify(result));
    return;
  }
  const lines = Number(argument('lines') ?? 10_000_000);
  const { source, utf8Copy } = await prepareFiles(lines, process.argv.includes('--fresh'));
  const importedFile = process.argv.includes('--utf8') ? utf8Copy : source;
  console.log(`machine: ${machine()}`);
  console.log(`file: ${(fs.statSync(importedFile).size / 1e6).toFixed(0)} MB, ${lines.toLocaleString('en')} lines, ${importedFile === source ? 'Windows-1252' : 'UTF-8'}, ';', decimal comma`);
  const raw = runChild('raw', utf8Copy);
  console.log(`raw DuckDB read_csv (UTF-8 copy, typed):  ${raw.seconds.toFixed(1)} s, peak RSS ${gb(raw.peakRssBytes)}`);
  const product = runChild('product', importedFile);
  const steps = Object.entries(product.steps ?? {})
    .map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`)
    .join(', ');
  console.log(`product import (npx inversa import path):  ${product.seconds.toFixed(1)} s, peak RSS ${gb(product.peakRssBytes)}`);
  console.log(`  ${steps}`);
  const derived = product.steps?.['refresh derived data' satisfies ImportStep] ?? 0;
  const ratio = product.seconds / raw.seconds;
  const rate = Math.round(product.rows / product.seconds);
  console.log(`rows imported: ${product.rows.toLocaleString('en')} (rejected ${product.rejected}); raw rows: ${raw.rows.toLocaleString('en')}`);
  console.log(`ratio product / raw: ${ratio.toFixed(2)}× (target ≤ 1.5×) — ${rate.toLocaleString('en')} rows/s`);
  console.log(`ratio without the refresh of derived data (store/refresh-derived.ts): ${((product.seconds - derived) / raw.seconds).toFixed(2)}×`);
  console.log(`peak RSS of the import: ${gb(product.peakRssBytes)} (target < 2.5 GB)`);
}

await main();
