import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { quoteIdentifier, sqlString } from '../import/sql-text.ts';
import type { Database, SqlSession } from '../store/database.ts';
import { derivedDataVersion, ensureDerivedDataCurrent } from '../store/refresh-derived.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { monthPartitions, snapshotFormatVersion, writeManifest, type SnapshotManifest } from './snapshot-manifest.ts';

const snapshotTablesQuery = new SqlQuery('snapshot_tables', z.object({ table: z.string() }), 'snapshot');
const snapshotFactsQuery = new SqlQuery(
  'snapshot_facts',
  z.object({ orderLines: z.number(), returns: z.number(), firstDate: z.string().nullable(), lastTimestamp: z.string().nullable(), currency: z.string().nullable() }),
  'snapshot',
);

/** How many rows a COPY wrote: DuckDB answers it as its one row's Count. */
async function copied(session: SqlSession, sql: string): Promise<number> {
  const [row] = await session.all(sql);
  return Number(row?.Count ?? 0);
}

/**
 * One table into `dir/<table>/`: by month into `month=YYYY-MM/` folders when it is one of the
 * canonical tables, else one file. A table with no rows still gets a file, which carries its
 * columns: read_parquet finds nothing to read in an empty folder.
 */
async function writeTable(session: SqlSession, dir: string, table: string): Promise<SnapshotManifest['tables'][number]> {
  const folder = path.join(dir, table);
  const partitionedBy = monthPartitions[table] ?? null;
  if (partitionedBy) {
    const byMonth = `SELECT *, strftime(${quoteIdentifier(partitionedBy)}, '%Y-%m') AS month FROM ${quoteIdentifier(table)}`;
    const rows = await copied(session, `COPY (${byMonth}) TO ${sqlString(folder)} (FORMAT PARQUET, PARTITION_BY (month))`);
    if (rows > 0) return { name: table, rows, partitionedBy };
  }
  fs.mkdirSync(folder, { recursive: true });
  const rows = await copied(session, `COPY ${quoteIdentifier(table)} TO ${sqlString(path.join(folder, 'data.parquet'))} (FORMAT PARQUET)`);
  return { name: table, rows, partitionedBy };
}

/**
 * `inversa export --parquet DIR`: every table a route reads, as Parquet under `dir`, with a
 * manifest. It runs in the write turn, so no import is half-way through and of two snapshots asked
 * into one folder the second finds the first's files, and it reads every table in one transaction,
 * so the tables agree with one another. It writes into a folder beside `dir` and renames it into
 * place at the end: `dir` never holds half a snapshot, and a server pointed at it sees either
 * nothing or the whole snapshot.
 */
export async function exportParquetSnapshot(db: Database, dir: string, sourceDb: string): Promise<SnapshotManifest> {
  // The manifest vouches for the derived data of this version, and a replica cannot derive it
  // again: a database last refreshed by an older version (never opened by this one's server) is
  // brought up to date first, as a server start would.
  await ensureDerivedDataCurrent(db);
  return db.inWriteTurn(async () => {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new ApiError(409, 'snapshot_dir_not_empty', `${dir} is not empty: give a new or empty folder for the snapshot.`);
    }
    const staging = `${dir}.partial-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    try {
      const manifest = await db.withSession((session) =>
        session.transaction(async () => {
          const tables = [];
          for (const { table } of await snapshotTablesQuery.run(session)) tables.push(await writeTable(session, staging, table));
          const [facts] = await snapshotFactsQuery.run(session);
          return {
            format: 'inversa-parquet-snapshot' as const,
            formatVersion: snapshotFormatVersion,
            createdAt: new Date().toISOString(),
            sourceDb,
            derivedVersion: derivedDataVersion,
            facts: facts!,
            tables,
          };
        }),
      );
      writeManifest(staging, manifest);
      // an empty folder given as the target is replaced; a non-empty one was refused above
      if (fs.existsSync(dir)) fs.rmdirSync(dir);
      fs.renameSync(staging, dir);
      return manifest;
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  });
}
