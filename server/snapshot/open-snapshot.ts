import { ApiError } from '../http/api-error.ts';
import { quoteIdentifier, sqlString } from '../import/sql-text.ts';
import { Database, type DatabaseOptions } from '../store/database.ts';
import { derivedDataVersion } from '../store/refresh-derived.ts';
import { readManifest, snapshotFormatVersion, tableFiles, type SnapshotManifest } from './snapshot-manifest.ts';

export interface OpenSnapshot {
  db: Database;
  snapshot: SnapshotManifest;
}

/** Tables up to this many rows are loaded at start: the rollups, not the canonical tables of a large shop. */
const rowsLoadedIntoMemory = 2_000_000;

/**
 * A snapshot folder as a database: an in-memory DuckDB with the schema, in which every table the
 * snapshot carries is loaded when small, and a view over its Parquet files when large, so a
 * replica starts quickly whatever the size, and the tables it does not carry (users, sessions, audit) stay the
 * schema's empty in-memory tables. The queries run unchanged: they name the same tables.
 */
export async function openSnapshot(dir: string, options: Omit<DatabaseOptions, 'path'> = {}): Promise<OpenSnapshot> {
  const manifest = readManifest(dir);
  if (manifest.formatVersion !== snapshotFormatVersion) {
    throw new ApiError(409, 'snapshot_format', `${dir} is a snapshot of format ${manifest.formatVersion}; this Inversa reads format ${snapshotFormatVersion}: export it again with this version.`);
  }
  // the rollups were derived by the SQL of the version that exported them, and cannot be derived
  // again here (they are files): a replica of another version would misread them
  if (manifest.derivedVersion !== derivedDataVersion) {
    throw new ApiError(409, 'snapshot_version', `${dir} was exported by another version of Inversa (derived data ${manifest.derivedVersion}, this one ${derivedDataVersion}): export it again with this version.`);
  }
  const db = await Database.open({ ...options, path: ':memory:', allowedDirectories: [...(options.allowedDirectories ?? []), dir] });
  try {
    for (const { name, rows } of manifest.tables) {
      await db.all(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
      // hive_partitioning off: the month folders only place the files, each row carries its month
      // already, and a `month` column the table does not have would show in every SELECT *
      const files = `read_parquet(${sqlString(tableFiles(dir, name))}, hive_partitioning = false)`;
      // a view re-reads its Parquet files at every query: the small tables most answers come from
      // (the rollups) are worth their memory, the big ones are read where they lie
      const kind = rows <= rowsLoadedIntoMemory ? 'TABLE' : 'VIEW';
      await db.all(`CREATE ${kind} ${quoteIdentifier(name)} AS FROM ${files}`);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, snapshot: manifest };
}
