import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { AlertChecker } from './alerts/alert-checker.ts';
import { SignInThrottle } from './auth/sign-in-throttle.ts';
import { BenchmarkTable } from './benchmarks/benchmark-table.ts';
import { loadPublishedBenchmarks } from './benchmarks/published-benchmarks.ts';
import { isLoopbackHost, projectRoot, type Settings } from './config.ts';
import { NowcastService } from './curve/nowcast-service.ts';
import { ForecastService } from './forecast/forecast-service.ts';
import { handleError, handleNotFound } from './http/api-error.ts';
import { authenticate } from './http/authenticate.ts';
import { loopbackHostOnly, sameOriginPosts, snapshotReadOnly, tokenAuth } from './http/guards.ts';
import { requestLog, type RequestLogLine } from './http/request-log.ts';
import type { AuthEnv } from './http/request-user.ts';
import { MetricsService } from './metrics/metrics-service.ts';
import { alertRoutes } from './routes/alerts.ts';
import { auditRoutes } from './routes/audit.ts';
import { backupRoutes } from './routes/backup.ts';
import { benchmarkRoutes } from './routes/benchmarks.ts';
import { causeRoutes } from './routes/causes.ts';
import { customerRoutes } from './routes/customers.ts';
import { datasetRoutes } from './routes/dataset.ts';
import { forecastRoutes } from './routes/forecast.ts';
import { importRoutes } from './routes/imports.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { nowcastRoutes } from './routes/nowcast.ts';
import { policyRoutes } from './routes/policy.ts';
import { reportRoutes } from './routes/reports.ts';
import { rowsRoutes } from './routes/rows.ts';
import { sessionRoutes } from './routes/session.ts';
import { userRoutes } from './routes/users.ts';
import type { Database } from './store/database.ts';

export const version: string = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;

export interface AppDeps {
  db: Database;
  settings: Pick<Settings, 'host' | 'token' | 'maxUploadBytes' | 'returnWindowDays' | 'backupDir' | 'teamMode' | 'trustProxy' | 'sessionHours' | 'databasePath'>;
  uploadDir: string;
  /** Where the request log goes, one line per request; none, no log. */
  log?: (line: RequestLogLine) => void;
  /** The address the server listens on, once it does: the printed review is its own page. */
  ownUrl?: () => string | undefined;
  /** The alert checker the server schedules (serve.ts); none, the app makes one that runs after imports and on demand. */
  alerts?: AlertChecker;
  /** Set when `db` is a Parquet snapshot (server/snapshot/): the API then answers and writes nothing. */
  snapshot?: { createdAt: string };
}

/** The HTTP API: one chained app, so `AppType` carries every route's input and output types. */
export function createApi({ db, settings, uploadDir, ownUrl = () => undefined, alerts, snapshot }: AppDeps) {
  const metrics = new MetricsService(db, settings.returnWindowDays);
  const checker = alerts ?? new AlertChecker(db, settings.returnWindowDays);
  const api = new Hono<AuthEnv>();
  // In team mode a rebinding page has no session, and the proxy in front of a loopback server
  // passes the public name as Host (README, "Behind a reverse proxy"): sign-in is the guard there.
  if (isLoopbackHost(settings.host) && !settings.teamMode) api.use(loopbackHostOnly());
  // in team mode authenticate takes the bearer token as well as a session
  if (settings.token && !settings.teamMode) api.use(tokenAuth(settings.token));
  api.use(sameOriginPosts());
  api.use(authenticate({ db, teamMode: settings.teamMode, token: settings.token, trustProxy: settings.trustProxy }));
  if (snapshot) api.use(snapshotReadOnly());
  api.onError(handleError);
  api.notFound(handleNotFound);
  return api
    .get('/health', (c) =>
      c.json({ ok: true as const, version, source: snapshot ? ('snapshot' as const) : ('database' as const), snapshotCreatedAt: snapshot?.createdAt ?? null }),
    )
    .get('/ready', (c) =>
      db.isOpen ? c.json({ ready: true as const, database: 'open' as const }) : c.json({ ready: false as const, database: 'closing' as const }, 503),
    )
    .route('/dataset', datasetRoutes(metrics))
    .route('/metrics', metricsRoutes(metrics))
    .route('/metrics/customers', customerRoutes(metrics))
    .route('/metrics/nowcast', nowcastRoutes(new NowcastService(db, settings.returnWindowDays, metrics)))
    .route('/causes', causeRoutes({ db, metrics }))
    .route('/rows', rowsRoutes({ db, metrics }))
    .route('/policy', policyRoutes({ db, metrics, returnWindowDays: settings.returnWindowDays }))
    .route('/forecast', forecastRoutes(new ForecastService(db, settings.returnWindowDays)))
    .route('/imports', importRoutes({ db, uploadDir, maxUploadBytes: settings.maxUploadBytes, afterImport: () => void checker.checkAfterImport() }))
    .route('/alerts', alertRoutes({ db, checker }))
    .route('/backup', backupRoutes({ db, backupDir: settings.backupDir, databasePath: settings.databasePath }))
    .route('/benchmarks', benchmarkRoutes({ db, table: new BenchmarkTable(db, loadPublishedBenchmarks()) }))
    .route('/reports', reportRoutes(ownUrl))
    // team mode: sign-in, users, the audit trail (docs/api.md, "Team mode")
    .route('/session', sessionRoutes({ db, sessionHours: settings.sessionHours, trustProxy: settings.trustProxy, throttle: new SignInThrottle() }))
    .route('/users', userRoutes(db))
    .route('/audit', auditRoutes(db));
}

export function createApp(deps: AppDeps) {
  const logged = new Hono();
  // first, so that it times and sees every answer, the web app's files included
  if (deps.log) logged.use(requestLog(deps.log));
  const app = logged.route('/api', createApi(deps));
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
