import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from './database.ts';
import { SqlFile } from './sql-file.ts';

const derivedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'derived');

/**
 * The derived tables in the order they are rebuilt (each reads the ones before it), each from the
 * query of the same name in derived/. The names are this fixed list, never input.
 */
const rebuildOrder = ['customers', 'orders', 'returns', 'sales_daily', 'orders_daily', 'sales_monthly_sku', 'data_facts'] as const;
const sources = rebuildOrder.map((table) => ({ table, query: new SqlFile(path.join(derivedDir, `${table}.sql`)) }));

/** Bump when a derived query changes, so that a database built by an older server is rebuilt once. */
export const derivedDataVersion = 2;

/**
 * Brings everything derived from the canonical tables up to date. Every import calls it inside
 * its transaction, after writing its rows, so readers never see rows without their derived data.
 * Each table is computed whole into a temp table, then swapped in: a query may read the table it
 * rebuilds (returns does), and at 10M order lines the whole refresh takes seconds.
 */
export async function refreshDerivedData(session: SqlSession): Promise<void> {
  for (const { table, query } of sources) {
    await session.run(`CREATE OR REPLACE TEMP TABLE rebuilt AS ${query.sql}`, query.bind({}));
    await session.run(`DELETE FROM ${table}`);
    await session.run(`INSERT INTO ${table} BY NAME SELECT * FROM rebuilt`);
  }
  await session.run('DROP TABLE IF EXISTS rebuilt');
  await session.run('DELETE FROM derived_state');
  await session.run('INSERT INTO derived_state VALUES ($version, current_localtimestamp())', { version: derivedDataVersion });
}

/**
 * A database last refreshed by an older server (or never, if it predates a derived table) is
 * rebuilt once, before the first metric is answered.
 */
export async function ensureDerivedDataCurrent(db: Database): Promise<void> {
  const [state] = await db.all('SELECT max(version)::INTEGER AS version FROM derived_state');
  if (state?.version === derivedDataVersion) return;
  await db.withSession((session) => session.transaction(() => refreshDerivedData(session)));
}
