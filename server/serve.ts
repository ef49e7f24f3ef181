import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app.ts';
import { ensureFirstAdmin } from './auth/users.ts';
import type { Settings } from './config.ts';
import { demoDataDir, loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { ensureImportRejectsTable } from './import/import-rejects.ts';
import { openSnapshot } from './snapshot/open-snapshot.ts';
import { isSnapshotFolder } from './snapshot/snapshot-manifest.ts';
import { Database } from './store/database.ts';
import { ensureDerivedDataCurrent } from './store/refresh-derived.ts';
import { ensureWebBuild, webDistDir } from './web-build.ts';

export interface RunningServer {
  url: string;
  /** A clean shutdown: no new connections, the requests in flight and any write in line end, then the database closes. */
  close(): Promise<void>;
}

/** How long the requests in flight may take to finish once a shutdown began; then their connections are cut. */
const shutdownGraceMs = 10_000;

/**
 * Stops taking connections (idle keep-alive ones close now) and waits for the requests in flight,
 * at most `graceMs`: a shutdown must end even when a client keeps reading a long answer.
 */
function stopListening(server: ServerType, graceMs: number): Promise<void> {
  return new Promise((done) => {
    const cut = setTimeout(() => (server as Server).closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(cut);
      done();
    });
  });
}

/** Opens the database, loads the demo data into an empty one, and serves the web app and /api. */
export async function startServer(settings: Settings, options: { buildWeb?: boolean } = {}): Promise<RunningServer> {
  if (options.buildWeb !== false) await ensureWebBuild();
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-uploads-'));
  const databaseOptions = {
    threads: settings.threads,
    memoryLimit: settings.memoryLimit,
    allowedDirectories: [path.dirname(settings.databasePath), uploadDir, demoDataDir, os.tmpdir(), settings.backupDir],
  };
  // INVERSA_DB naming a snapshot folder makes this a read-only replica (docs/scaling.md)
  const { db, snapshot } = isSnapshotFolder(settings.databasePath)
    ? await openSnapshot(settings.databasePath, databaseOptions)
    : { db: await Database.open({ path: settings.databasePath, ...databaseOptions }), snapshot: undefined };
  await ensureImportRejectsTable(db);
  if (settings.loadDemo && !snapshot) await loadDemoDataIfEmpty(db);
  // A database last written by an older server has derived tables of an older shape: rebuilt here,
  // once, before the first request, so that no request pays for it (every import keeps them current).
  // A snapshot's are of this version: openSnapshot refuses any other.
  await ensureDerivedDataCurrent(db);
  await ensureFirstAdmin(db, settings);

  const log = settings.logRequests ? (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`) : undefined;
  const app = createApp({ db, settings, uploadDir, log, snapshot });
  // Any path outside /api is a file of the web app or, failing that, one of its pages:
  // the router in the browser picks it up from index.html.
  app.get('*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : serveStatic({ root: webDistDir })(c, next)));
  app.get('*', async (c, next) =>
    c.req.path.startsWith('/api/') ? next() : serveStatic({ root: webDistDir, path: 'index.html' })(c, next),
  );

  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      resolve({
        url,
        close: async () => {
          // from here /api/ready answers 503, and an import not yet writing is refused rather than begun
          db.refuseNewWrites();
          await stopListening(server, shutdownGraceMs);
          // an import past the grace still commits or rolls back before the file closes
          await db.closeWhenIdle();
          fs.rmSync(uploadDir, { recursive: true, force: true });
        },
      });
    });
  });
}
