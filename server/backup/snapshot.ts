import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { endAllSessions } from '../auth/sessions.ts';
import { ApiError } from '../http/api-error.ts';
import { sqlString } from '../import/sql-text.ts';
import { Database } from '../store/database.ts';


/**
 * Writes every table, with the schema to build them again, as Parquet files in `dir`. It waits
 * for its write turn, so no import is half-way through its transaction while the export reads;
 * the export is one statement, so it reads one snapshot of the data.
 */
export async function exportSnapshot(db: Database, dir: string): Promise<void> {
  // Judged in the write turn, so that of two backups asked into one folder the second finds the
  // first's files: an export over another would leave that one's files beside its own.
  await db.inWriteTurn(async () => {
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new ApiError(409, 'backup_dir_not_empty', `${dir} is not empty: give a new or empty folder for the backup.`);
    }
    fs.mkdirSync(dir, { recursive: true });
    // EXPORT and IMPORT DATABASE take their folder as a literal, not a bound parameter
    await db.all(`EXPORT DATABASE ${sqlString(dir)} (FORMAT PARQUET)`);
  });
}

/**
 * Opens the file, does `work` in it, and closes it, which checkpoints it: the whole database then
 * lives in the file, with no WAL.
 */
async function checkpointed(file: string, work?: (db: Database) => Promise<void>): Promise<void> {
  const db = await Database.open({ path: file, readers: 1 });
  try {
    await work?.(db);
  } finally {
    db.close();
  }
  if (fs.existsSync(`${file}.wal`)) throw new Error(`${file} still has a write-ahead log after closing; nothing was restored.`);
}

/**
 * Builds the database at `databasePath` from the backup in `dir`: imported into a fresh file
 * beside it, opened once to check it, then renamed over the live file in one step, so the path
 * always holds either the old database or the whole restored one. The old file stays as `.bak`
 * until the swap has succeeded. Throws DatabaseInUseError while a server holds the file.
 */
export async function restoreSnapshot(dir: string, databasePath: string): Promise<void> {
  if (!fs.existsSync(path.join(dir, 'load.sql'))) {
    throw new ApiError(400, 'not_a_backup', `${dir} holds no backup (no load.sql): give the folder \`inversa backup\` wrote.`);
  }
  const hadDatabase = fs.existsSync(databasePath);
  // Opening the live file proves no other process holds it; its WAL is checkpointed into it,
  // because a WAL left beside the path would be replayed onto the restored file.
  if (hadDatabase) await checkpointed(databasePath);
  const restoring = `${databasePath}.restoring`;
  const kept = `${databasePath}.bak`;
  for (const leftover of [restoring, `${restoring}.wal`, kept]) fs.rmSync(leftover, { force: true });
  const instance = await DuckDBInstance.create(restoring);
  try {
    const connection = await instance.connect();
    await connection.run(`IMPORT DATABASE ${sqlString(dir)}`);
    connection.closeSync();
  } finally {
    instance.closeSync();
  }
  // the restored file opens as this version's database (its schema completed) before it replaces
  // anything, and is one file, with no WAL to leave behind in the rename; its sessions end, since
  // one ended after the backup (a user disabled, a password changed) would otherwise sign in again
  await checkpointed(restoring, endAllSessions);
  if (hadDatabase) fs.linkSync(databasePath, kept);
  fs.renameSync(restoring, databasePath);
  fs.rmSync(kept, { force: true });
}
