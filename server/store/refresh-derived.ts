import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { version as duckdbVersion } from '@duckdb/node-api';
import { z } from 'zod';
import { projectRoot } from '../config.ts';
import { roundMoneyMacroSql } from '../domain/money-rounding.ts';
import type { Database, SqlSession } from './database.ts';
import { SqlFile, sqlFolders } from './sql-file.ts';
import { SqlQuery } from './sql-query.ts';

const derivedFile = (name: string) => SqlFile.in('derived', name);

/**
 * What an import touched, each a temp table made by the query of the same name in derived/, in
 * this order: the order months whose lines changed, the customers with orders in them, and the
 * orders whose returns must be linked again.
 */
const scopes = ['month_fingerprints', 'changed_months', 'touched_customers', 'stale_return_orders'].map((name) => ({ name, file: derivedFile(name) }));

/**
 * The derived tables in the order they are derived (a monthly table reads its daily one,
 * orders_daily and orders_by_previous_day read orders, returns read orders, the return curve and data_facts read returns), each with the rows its
 * query in derived/ derives again: `stale` says which rows those replace. Last come the refresh's
 * own records: the month fingerprints it saw and the version of the SQL that derived it all.
 * Names and conditions are this fixed list, never input. Only returns derive from their own rows
 * (`readsItself`), and only they are updated once written (`afterWrite`): each return's count of its
 * customer's returns needs every return linked first.
 */
const derivedTables = [
  { table: 'orders', stale: 'order_month IN (FROM changed_months) OR customer_hash IN (FROM touched_customers)' },
  { table: 'sales_daily', stale: 'order_month IN (FROM changed_months)' },
  { table: 'sales_monthly', stale: 'order_month IN (FROM changed_months)' },
  { table: 'orders_daily', stale: 'order_month IN (FROM changed_months)' },
  { table: 'orders_monthly', stale: 'order_month IN (FROM changed_months)' },
  { table: 'orders_by_previous_day', stale: 'true' },
  { table: 'sales_monthly_sku', stale: 'order_month IN (FROM changed_months)' },
  { table: 'returns', stale: 'order_id IN (FROM stale_return_orders)', readsItself: true, afterWrite: derivedFile('customer_returns') },
  { table: 'return_curve', stale: 'true' },
  { table: 'data_facts', stale: 'true' },
  { table: 'order_month_fingerprints', stale: 'true' },
  { table: 'derived_state', stale: 'true' },
].map((derived) => ({ ...derived, file: derivedFile(derived.table) }));

/**
 * Canonical values an older version stored otherwise than this one's import reads them (emails with
 * their capitals, placeholders for anonymous buyers), brought to the current reading before a
 * database derived by that version is derived again: a first import has nothing of an older
 * version, so it never runs there.
 */
const storedValuesReadAsNow = ['lower_stored_emails', 'forget_stored_anonymous_customers'].map((name) => SqlFile.in('store', name));

const derivedVersionQuery = new SqlQuery('derived_version', z.object({ version: z.number().int().nullable(), months_seen: z.number().int() }), 'derived');

/**
 * The version of the derived data: a hash of the SQL that derives it (derived/, and the macros it
 * calls: schema.sql and the money rounding) and of DuckDB's version, so that a database derived by
 * other SQL, or by another DuckDB, is rebuilt once. Customers and categories are kept as DuckDB's
 * hash() of their names and compared with the hash taken at query time, which a new DuckDB may
 * compute otherwise. Comment lines are left out: rewording a comment rebuilds nothing. (An
 * INTEGER, the type derived_state has held since versions were numbered by hand.)
 */
export function derivedVersionOf(sources: ReadonlyArray<[name: string, sql: string]>, duckdb: string): number {
  const hash = createHash('sha256');
  hash.update(`duckdb ${duckdb}\n`);
  for (const [name, sql] of sources) {
    const code = sql.split('\n').filter((line) => !line.trimStart().startsWith('--'));
    hash.update(`${name}\n${code.join('\n')}\n`);
  }
  return Number.parseInt(hash.digest('hex').slice(0, 7), 16);
}

/** The SQL the derived data comes from, each file by name. */
export function derivedSources(): Array<[name: string, sql: string]> {
  const folder = path.join(projectRoot, sqlFolders.derived);
  return [
    ...fs.readdirSync(folder).filter((file) => file.endsWith('.sql')).sort().map((name): [string, string] => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
    ['schema.sql', SqlFile.in('store', 'schema').sql],
    ...storedValuesReadAsNow.map((file): [string, string] => [path.basename(file.filePath), file.sql]),
    ['round_money', roundMoneyMacroSql()],
  ];
}

export const derivedDataVersion = derivedVersionOf(derivedSources(), duckdbVersion());

async function storedVersion(session: SqlSession | Database): Promise<number | null> {
  const [state] = await derivedVersionQuery.run(session);
  return state?.version ?? null;
}

/**
 * Everything is derived again when the derived data is new to this version, or when no order
 * month was ever derived (the first import into an empty database): then every month and every
 * customer is new, and the whole rebuild is the same work done in bulk. `olderVersion`: an older
 * version derived it (storedValuesReadAsNow).
 */
async function derivationNeeded(session: SqlSession): Promise<{ rebuildAll: boolean; olderVersion: boolean }> {
  const [state] = await derivedVersionQuery.run(session);
  return {
    rebuildAll: state?.version !== derivedDataVersion || state.months_seen === 0,
    olderVersion: state?.version != null && state.version !== derivedDataVersion,
  };
}

const loopJoinsOff = SqlFile.in('store', 'avoid_loop_joins');

/**
 * Rows written in a transaction have no statistics yet, so DuckDB may take them for a handful and
 * pick its nested-loop ASOF join for the next purchase after each return: quadratic. Every
 * connection that writes turns it off (store/avoid_loop_joins.sql).
 */
export async function avoidLoopJoins(session: SqlSession): Promise<void> {
  await session.run(loopJoinsOff.sql);
}

/**
 * Brings everything derived from the canonical tables up to date. Every import calls it inside
 * its transaction, after writing its rows, so readers never see rows without their derived data.
 * It derives again only what the import touched (at 10M order lines, a month of orders or a file of
 * returns takes seconds), or everything when the derived data is new to this version — as on the
 * first import into an empty database. Rebuilding everything runs every derived table's query in
 * bulk: each table is emptied whole instead of row by row, and no customer is looked for in
 * particular (every one is derived). `onTable` hears how long each table took (the bench reports
 * the return curve's share).
 */
export async function refreshDerivedData(session: SqlSession, onTable?: (table: string, seconds: number) => void): Promise<void> {
  await avoidLoopJoins(session);
  const { rebuildAll, olderVersion } = await derivationNeeded(session);
  if (olderVersion) for (const file of storedValuesReadAsNow) await session.run(file.sql);
  for (const { name, file } of scopes) {
    await session.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${file.sql}`, file.bind({ rebuildAll }));
  }
  for (const { table, stale, file, readsItself, afterWrite } of derivedTables) {
    const started = performance.now();
    const params = file.bind({ version: derivedDataVersion });
    // A table that derives from its own rows has them made before its stale rows go; the others
    // are written straight from their query: at 10M order lines, making the 5M orders in a temp
    // table first and copying them over cost 3 s more.
    if (readsItself) await session.run(`CREATE OR REPLACE TEMP TABLE derived_rows AS ${file.sql}`, params);
    await session.run(rebuildAll ? `DELETE FROM ${table}` : `DELETE FROM ${table} WHERE ${stale}`);
    if (readsItself) await session.run(`INSERT INTO ${table} BY NAME SELECT * FROM derived_rows`);
    else await session.run(`INSERT INTO ${table} BY NAME ${file.sql}`, params);
    if (afterWrite) await session.run(afterWrite.sql);
    onTable?.(table, (performance.now() - started) / 1000);
  }
  for (const name of ['derived_rows', ...scopes.map((s) => s.name)]) await session.run(`DROP TABLE IF EXISTS ${name}`);
}

/**
 * A database last refreshed by an older server (or never, if it predates a derived table) is
 * rebuilt once: `startServer` calls this before it answers anything. The rebuild is a write like an
 * import's and takes its turn; an import that wrote before it may already have rebuilt everything.
 */
export async function ensureDerivedDataCurrent(db: Database): Promise<void> {
  if ((await storedVersion(db)) === derivedDataVersion) return;
  await db.inWriteTurn(async () => {
    if ((await storedVersion(db)) === derivedDataVersion) return;
    await db.withSession((session) => session.transaction(() => refreshDerivedData(session)));
  });
}
