import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { dataRangeQuery } from '../../server/metrics/metric-queries.ts';
import type { Database } from '../../server/store/database.ts';
import { openTestStore } from '../support/test-store.ts';

// The data's range (its dates, latest timestamp and learnt window) is read once per request and
// handed to everything that request answers: the period's defaults, maturity, ages and the
// comparison period. It is a question to the database, never a hidden refresh.

let store: Awaited<ReturnType<typeof openTestStore>>;
let statements: string[] = [];
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
  // every read path goes through all(); the rest stays the real database
  const recorder = Object.assign(Object.create(store.db) as Database, {
    all: (sql: string, params?: Parameters<Database['all']>[1]) => {
      statements.push(sql);
      return store.db.all(sql, params);
    },
  });
  app = createApp({ db: recorder, uploadDir: store.uploadDir, settings: { host: '127.0.0.1', token: undefined, maxUploadBytes: 1 << 20, returnWindowDays: 30 } });
});
afterAll(() => store.close());

describe('each request reads the data range once', () => {
  it.each([
    '/api/metrics/trend',
    '/api/metrics/reasons?by=month',
    '/api/metrics/summary?compare=previous',
    '/api/metrics/sla?compare=year',
    '/api/metrics/open-returns',
    '/api/metrics/customers?compare=previous',
    '/api/rows/returns',
    '/api/rows/order-lines',
    '/api/causes',
    '/api/dataset',
  ])('%s', async (path) => {
    statements = [];
    expect((await app.request(path)).status).toBe(200);
    expect(statements.filter((sql) => sql === dataRangeQuery.file.sql)).toHaveLength(1);
  });
});
