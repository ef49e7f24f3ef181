import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app.ts';
import { ensureFirstAdmin } from './auth/users.ts';
import type { Settings } from './config.ts';
import { demoDataDir, loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { ensureImportRejectsTable } from './import/import-rejects.ts';
import { Database } from './store/database.ts';
import { ensureDerivedDataCurrent } from './store/refresh-derived.ts';
import { ensureWebBuild, webDistDir } from './web-build.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database, loads the demo data into an empty one, and serves the web app and /api. */
export async function startServer(settings: Settings, options: { buildWeb?: boolean } = {}): Promise<RunningServer> {
  if (options.buildWeb !== false) await ensureWebBuild();
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-uploads-'));
  const db = await Database.open({
    path: settings.databasePath,
    threads: settings.threads,
    memoryLimit: settings.memoryLimit,
    allowedDirectories: [path.dirname(settings.databasePath), uploadDir, demoDataDir, os.tmpdir()],
  });
  await ensureImportRejectsTable(db);
  if (settings.loadDemo) await loadDemoDataIfEmpty(db);
  // A database last written by an older server has derived tables of an older shape: rebuilt here,
  // once, before the first request, so that no request pays for it (every import keeps them current).
  await ensureDerivedDataCurrent(db);
  await ensureFirstAdmin(db, settings);

  const app = createApp({ db, settings, uploadDir });
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
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              db.close();
              fs.rmSync(uploadDir, { recursive: true, force: true });
              done();
            });
          }),
      });
    });
  });
}
