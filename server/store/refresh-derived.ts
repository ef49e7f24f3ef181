import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from './database.ts';
import { SqlFile } from './sql-file.ts';

const derivedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'derived');
const derivedQuery = (name: string) => new SqlFile(path.join(derivedDir, `${name}.sql`));

/**
 * What an import touched, each a temp table made by the query of the same name in derived/, in
 * this order: the order months whose lines changed, the customers with orders in them, and the
 * orders whose returns must be linked again.
 */
const scopes = ['month_fingerprints', 'changed_months', 'touched_customers', 'stale_return_orders'].map((name) => ({ name, query: derivedQuery(name) }));

/**
 * The derived tables in the order they are derived (a monthly table reads its daily one,
 * orders_daily reads orders, returns read orders), each with the rows its query in derived/
 * derives again: `stale` says which rows those replace. Names and conditions are this fixed list,
 * never input. Only returns derive from their own rows (`readsItself`).
 */
const derivedTables = [
  { table: 'orders', stale: 'order_month IN (FROM changed_months) OR customer_hash IN (FROM touched_customers)' },
  { table: 'sales_daily', stale: 'order_month IN (FROM changed_months)' },
  { table: 'sales_monthly', stale: 'order_month IN (FROM changed_months)' },
  { table: 'orders_daily', stale: 'order_month IN (FROM changed_months)' },
  { table: 'orders_monthly', stale: 'order_month IN (FROM changed_months)' },
  { table: 'sales_monthly_sku', stale: 'order_month IN (FROM changed_months)' },
  { table: 'returns', stale: 'order_id IN (FROM stale_return_orders)', readsItself: true },
].map((derived) => ({ ...derived, query: derivedQuery(derived.table) }));
const dataFacts = derivedQuery('data_facts');

/** Bump when a derived query changes, so that a database built by an older server is rebuilt once. */
export const derivedDataVersion = 7;

/**
 * Brings everything derived from the canonical tables up to date. Every import calls it inside
 * its transaction, after writing its rows, so readers never see rows without their derived data.
 * It derives again only what the import touched (at 10M order lines, a month of orders or a file of
 * returns takes seconds), or everything when the derived data is new to this version.
 */
export async function refreshDerivedData(session: SqlSession): Promise<void> {
  // Rows written in this transaction have no statistics yet, so DuckDB may take them for a handful
  // and pick its nested-loop ASOF join for the next purchase after each return: quadratic. Never here.
  await session.run('SET SESSION asof_loop_join_threshold = 0');
  const [state] = await session.all('SELECT max(version)::INTEGER AS version FROM derived_state');
  const rebuildAll = state?.version !== derivedDataVersion;
  for (const { name, query } of scopes) {
    await session.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${query.sql}`, query.bind({ rebuildAll }));
  }
  for (const { table, stale, query, readsItself } of derivedTables) {
    // A table that derives from its own rows has them made before its stale rows go; the others
    // are written straight from their query: at 10M order lines, making the 5M orders in a temp
    // table first and copying them over cost 3 s more.
    if (readsItself) await session.run(`CREATE OR REPLACE TEMP TABLE derived_rows AS ${query.sql}`, query.bind({}));
    await session.run(`DELETE FROM ${table} WHERE ${stale}`);
    if (readsItself) await session.run(`INSERT INTO ${table} BY NAME SELECT * FROM derived_rows`);
    else await session.run(`INSERT INTO ${table} BY NAME ${query.sql}`, query.bind({}));
  }
  await session.run('DELETE FROM data_facts');
  await session.run(`INSERT INTO data_facts BY NAME ${dataFacts.sql}`, dataFacts.bind({}));
  await session.run('DELETE FROM order_month_fingerprints');
  await session.run('INSERT INTO order_month_fingerprints BY NAME SELECT * FROM month_fingerprints');
  await session.run('DELETE FROM derived_state');
  await session.run('INSERT INTO derived_state BY NAME SELECT $version AS version, current_localtimestamp() AS refreshed_at', {
    version: derivedDataVersion,
  });
  for (const name of ['derived_rows', ...scopes.map((s) => s.name)]) await session.run(`DROP TABLE IF EXISTS ${name}`);
}

async function derivedDataIsCurrent(db: Database): Promise<boolean> {
  const [state] = await db.all('SELECT max(version)::INTEGER AS version FROM derived_state');
  return state?.version === derivedDataVersion;
}

/**
 * A database last refreshed by an older server (or never, if it predates a derived table) is
 * rebuilt once, before the first metric is answered. The rebuild is a write like an import's and
 * takes its turn; an import that wrote before it may already have rebuilt everything.
 */
export async function ensureDerivedDataCurrent(db: Database): Promise<void> {
  if (await derivedDataIsCurrent(db)) return;
  await db.inWriteTurn(async () => {
    if (await derivedDataIsCurrent(db)) return;
    await db.withSession((session) => session.transaction(() => refreshDerivedData(session)));
  });
}
