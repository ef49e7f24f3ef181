import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Settings } from '../config.ts';
import { ApiError, type ErrorBody } from '../http/api-error.ts';
import { Database, DatabaseInUseError } from '../store/database.ts';
import { exportSnapshot } from './snapshot.ts';

/** Where the CLI reaches the server of these settings: a wildcard bind is reached on loopback. */
function backupUrl(settings: Pick<Settings, 'host' | 'port'>): string {
  const host = settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${settings.port}/api/backup`;
}

async function askServer(settings: Settings, dir: string): Promise<void> {
  const url = backupUrl(settings);
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
 * `inversa backup DIR`: DuckDB lets one process open the file, so while a server holds it the
 * server writes the backup (POST /api/backup); otherwise this process opens the file and writes it.
 */
export async function backupDatabase(settings: Settings, dir: string): Promise<'server' | 'file'> {
  let db: Database;
  try {
    db = await Database.open({ path: settings.databasePath, readers: 1, threads: settings.threads, memoryLimit: settings.memoryLimit });
  } catch (error) {
    if (!(error instanceof DatabaseInUseError)) throw error;
    await askServer(settings, dir);
    return 'server';
  }
  try {
    await exportSnapshot(db, dir);
    return 'file';
  } finally {
    db.close();
  }
}
