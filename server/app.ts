import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { isLoopbackHost, projectRoot, type Settings } from './config.ts';
import { NowcastService } from './curve/nowcast-service.ts';
import { ForecastService } from './forecast/forecast-service.ts';
import { handleError, handleNotFound } from './http/api-error.ts';
import { loopbackHostOnly, sameOriginPosts, tokenAuth } from './http/guards.ts';
import { requestLog, type RequestLogLine } from './http/request-log.ts';
import { MetricsService } from './metrics/metrics-service.ts';
import { backupRoutes } from './routes/backup.ts';
import { causeRoutes } from './routes/causes.ts';
import { customerRoutes } from './routes/customers.ts';
import { datasetRoutes } from './routes/dataset.ts';
import { forecastRoutes } from './routes/forecast.ts';
import { importRoutes } from './routes/imports.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { nowcastRoutes } from './routes/nowcast.ts';
import { policyRoutes } from './routes/policy.ts';
import { rowsRoutes } from './routes/rows.ts';
import type { Database } from './store/database.ts';

export const version: string = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;

export interface AppDeps {
  db: Database;
  settings: Pick<Settings, 'host' | 'token' | 'maxUploadBytes' | 'returnWindowDays' | 'backupDir'>;
  uploadDir: string;
  /** Where the request log goes, one line per request; none, no log. */
  log?: (line: RequestLogLine) => void;
}

/** The HTTP API: one chained app, so `AppType` carries every route's input and output types. */
export function createApi({ db, settings, uploadDir }: AppDeps) {
  const metrics = new MetricsService(db, settings.returnWindowDays);
  const api = new Hono();
  if (isLoopbackHost(settings.host)) api.use(loopbackHostOnly());
  if (settings.token) api.use(tokenAuth(settings.token));
  api.use(sameOriginPosts());
  api.onError(handleError);
  api.notFound(handleNotFound);
  return api
    .get('/health', (c) => c.json({ ok: true as const, version }))
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
    .route('/imports', importRoutes({ db, uploadDir, maxUploadBytes: settings.maxUploadBytes }))
    .route('/backup', backupRoutes({ db, backupDir: settings.backupDir }));
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
