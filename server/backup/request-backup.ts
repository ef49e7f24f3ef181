import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Settings } from '../config.ts';
import { ApiError, type ErrorBody } from '../http/api-error.ts';
import { exportParquetSnapshot } from '../snapshot/export-snapshot.ts';
import { Database, DatabaseInUseError } from '../store/database.ts';
import { exportSnapshot } from './snapshot.ts';

/** Where the CLI reaches the server of these settings (`route` under /api/backup): a wildcard bind is reached on loopback. */
function backupUrl(settings: Pick<Settings, 'host' | 'port'>, route: string): string {
  const host = settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${settings.port}/api/backup${route}`;
}

async function askServer(settings: Settings, route: string, dir: string): Promise<void> {
  const url = backupUrl(settings, route);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}) },
    body: JSON.stringify({ dir }),
  }).catch(() => {
    throw new ApiError(503, 'server_unreachable', `The database is open in another process, but no Inversa server answers at ${url}: give PORT and HOST as that server has them.`);
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined;
  throw new ApiError(response.status as ContentfulStatusCode, body?.error.code ?? `http_${response.status}`, body?.error.message ?? `The server answered ${response.status}.`);
}

/**
 * DuckDB lets one process open the file, so while a server holds it the server writes into `dir`
 * (POST /api/backup`route`); otherwise this process opens the file and `write`s it.
 */
async function writeFromDatabase(settings: Settings, dir: string, route: string, write: (db: Database) => Promise<unknown>): Promise<'server' | 'file'> {
  let db: Database;
  try {
    db = await Database.open({ path: settings.databasePath, readers: 1, threads: settings.threads, memoryLimit: settings.memoryLimit });
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    await askServer(settings, route, dir);
    return 'server';
  }
  try {
    await write(db);
    return 'file';
  } finally {
    db.close();
  }
}

/** `inversa backup DIR`: the whole database, to restore it from. */
export const backupDatabase = (settings: Settings, dir: string) => writeFromDatabase(settings, dir, '', (db) => exportSnapshot(db, dir));

/** `inversa export --parquet DIR`: the Parquet snapshot a read-only server serves (server/snapshot/). */
export const snapshotDatabase = (settings: Settings, dir: string) =>
  writeFromDatabase(settings, dir, '/snapshot', (db) => exportParquetSnapshot(db, dir, settings.databasePath));
