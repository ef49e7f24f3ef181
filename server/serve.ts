import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { AlertChecker } from './alerts/alert-checker.ts';
import { createApp } from './app.ts';
import { ensureFirstAdmin } from './auth/users.ts';
import type { Settings } from './config.ts';
import { createMessageSender } from './delivery/message-sender.ts';
import type { MessageSender } from './delivery/outgoing-message.ts';
import { demoDataDir, loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { ensureImportRejectsTable } from './import/import-rejects.ts';
import { openSnapshot } from './snapshot/open-snapshot.ts';
import { isSnapshotFolder } from './snapshot/snapshot-manifest.ts';
import { startServerReviewSchedule } from './report/review-schedule.ts';
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

export interface ServerOptions {
  /** Build the web app first when it is missing or stale (default). */
  buildWeb?: boolean;
  /** The channels that carry what the server sends on its own; default: the ones the settings configure. */
  messageSender?: MessageSender;
}

/** Opens the database, loads the demo data into an empty one, and serves the web app and /api. */
export async function startServer(settings: Settings, options: ServerOptions = {}): Promise<RunningServer> {
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

  const sender = options.messageSender ?? createMessageSender(settings);
  const log = settings.logRequests ? (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`) : undefined;
  const alerts = new AlertChecker(db, settings.returnWindowDays, sender);
  // a snapshot writes nothing, and an alert's episode and inbox entry are writes
  if (!snapshot) alerts.startSchedule(settings.alertCheckMinutes);
  let listeningAt: string | undefined;
  const app = createApp({ db, settings, uploadDir, log, ownUrl: () => listeningAt, alerts, snapshot });
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
      listeningAt = url;
      const reviewSchedule = snapshot ? undefined : startServerReviewSchedule({ db, settings, url, sender });
      resolve({
        url,
        close: async () => {
          // a review being printed reads this server: it ends before the server stops answering
          await reviewSchedule?.stop();
          // from here /api/ready answers 503, and an import not yet writing is refused rather than begun
          db.refuseNewWrites();
          await stopListening(server, shutdownGraceMs);
          await alerts.stop();
          // an import past the grace still commits or rolls back before the file closes
          await db.closeWhenIdle();
          fs.rmSync(uploadDir, { recursive: true, force: true });
        },
      });
    });
  });
}
