// The benchmark's first process: the data generated at scale and imported through the product's
// import (both reused when done), the cost of refreshing the derived data, and the SQL each planned
// request runs, recorded through the app itself. Writes them to .bench/prepared.json and exits, so
// that its DuckDB instance is gone before the server opens the database.
// Options: --scale N (default 83) or --lines 1M|10M|100M (the scale for that many order lines),
// --per-route N (default 36), --reimport, --skip-refresh (no refresh timing), --routes a,b (only
// those routes' requests, e.g. customers,customers/serial-returners: the same requests of the full
// plan, so their figures compare with a full run's).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBListValue, type DuckDBValue } from '@duckdb/node-api';
import { createApp } from '../app.ts';
import { readSettings } from '../config.ts';
import { Database } from '../store/database.ts';
import { ensureDerivedDataCurrent, refreshDerivedData } from '../store/refresh-derived.ts';
import { benchData, benchDatabase, benchDir, preparedFile, scaleForLines } from './bench-data.ts';
import { benchPlan, type BenchRequest } from './bench-requests.ts';
import type { BareStatement } from './bench-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const linesAt = args.indexOf('--lines');
const scale = linesAt >= 0 ? scaleForLines(args[linesAt + 1] ?? '') : option('scale', 83);
const perRoute = option('per-route', 36);
const onlyRoutes = args.includes('--routes') ? args[args.indexOf('--routes') + 1]!.split(',') : null;
const databasePath = path.join(benchDir, `bench-scale-${scale}.duckdb`);
const settings = readSettings({ ...process.env, INVERSA_DB: databasePath, INVERSA_DEMO: '0' });
const log = (line: string) => console.log(`[bench] ${line}`);

export type RecordedRequest = BenchRequest & { statements: BareStatement[] };

/** Bound values as JSON for the server process: a list as { list: [...] }. */
const encodeParams = (params: Record<string, DuckDBValue>): BareStatement['params'] =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, value instanceof DuckDBListValue ? { list: value.items as string[] } : (value as string | number | boolean | null)]),
  );

/** Runs every request once through the app, over a database that writes down what it is asked. */
async function recordStatements(): Promise<{ plan: RecordedRequest[]; refresh: Awaited<ReturnType<typeof timeRefresh>> | null }> {
  const db = await Database.open({ path: databasePath, threads: settings.threads, memoryLimit: settings.memoryLimit });
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-bench-'));
  try {
    await ensureDerivedDataCurrent(db);
    const refresh = args.includes('--skip-refresh') ? null : await timeRefresh(db);
    let statements: BareStatement[] = [];
    // The read path only calls all() and withSession(); everything else stays the real Database.
    const recorder = Object.assign(Object.create(db) as Database, {
      all: (sql: string, params: Record<string, DuckDBValue> = {}) => {
        statements.push({ sql, params: encodeParams(params) });
        return db.all(sql, params);
      },
    });
    const app = createApp({ db: recorder, uploadDir, settings });
    const [range] = await db.all(`SELECT strftime(min(first_date), '%Y-%m-%d') AS "firstDate", strftime(max(last_timestamp), '%Y-%m-%d') AS "lastDate" FROM data_facts`);
    const dataset = (await (await app.request('/api/dataset')).json()) as { dimensions: Record<string, string[]> };
    // the SKU with the most returns: the heaviest SKU question
    const [{ sku }] = (await db.all('SELECT sku FROM returns GROUP BY sku ORDER BY count(*) DESC LIMIT 1')) as [{ sku: string }];
    const plan = benchPlan(range as { firstDate: string; lastDate: string }, dataset.dimensions as never, sku, perRoute).filter(
      (request) => !onlyRoutes || onlyRoutes.includes(request.route),
    );
    const recorded: RecordedRequest[] = [];
    for (const request of plan) {
      statements = [];
      const res = await app.request(request.path);
      if (res.status !== 200) throw new Error(`${request.path} answered ${res.status}: ${await res.text()}`);
      recorded.push({ ...request, statements });
    }
    return { plan: recorded, refresh };
  } finally {
    db.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  }
}

/**
 * What refreshing the derived data costs at this scale, each time inside a transaction that is
 * rolled back: after a file of returns for the last month (those returns not yet linked), after a
 * file re-importing the last month of orders (its lines with a new import id), and after an upgrade
 * that rebuilds everything.
 */
async function timeRefresh(db: Database) {
  const [{ lastMonth }] = (await db.all(`SELECT strftime(max(order_month), '%Y-%m-%d') AS "lastMonth" FROM order_lines`)) as [{ lastMonth: string }];
  const timed = (label: string, prepare: string) =>
    db.withSession(async (session) => {
      await session.run('BEGIN TRANSACTION');
      try {
        await session.run(prepare, { lastMonth });
        let returnCurve = 0;
        const started = performance.now();
        await refreshDerivedData(session, (table, seconds) => {
          if (table === 'return_curve') returnCurve = seconds;
        });
        const took = (performance.now() - started) / 1000;
        log(`refresh ${label}: ${took.toFixed(1)} s, of which the return curve ${returnCurve.toFixed(2)} s`);
        return { seconds: took, returnCurve };
      } finally {
        await session.run('ROLLBACK');
      }
    });
  log('timing refreshes of the derived data (each rolled back)…');
  return {
    returnsMonth: await timed('after a month of returns', 'UPDATE returns SET matched = false WHERE request_month = $lastMonth::DATE'),
    ordersMonth: await timed('after a month of orders', 'UPDATE order_lines SET import_id = import_id + 1000000 WHERE order_month = $lastMonth::DATE'),
    everything: await timed('of everything', 'DELETE FROM derived_state WHERE $lastMonth IS NOT NULL'),
  };
}

const data = await benchData(scale);
const imports = await benchDatabase(data, databasePath, args.includes('--reimport'));
log('recording the SQL of every request…');
const { plan, refresh } = await recordStatements();
fs.writeFileSync(preparedFile, JSON.stringify({ data, imports, refresh, databasePath, plan }));
