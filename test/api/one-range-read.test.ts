import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRangeQuery } from '../../server/metrics/metric-queries.ts';
import type { Database } from '../../server/store/database.ts';
import { openTestStore, testApp, testSettings } from '../support/test-store.ts';

// The data's range (its dates, latest timestamp and learnt window) is read once per request and
// handed to everything that request answers: the period's defaults, maturity, ages and the
// comparison period. It is a question to the database, never a hidden refresh.

let store: Awaited<ReturnType<typeof openTestStore>>;
let statements: string[] = [];
let client: ReturnType<typeof testApp>['client'];
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
  // every read path goes through all(); the rest stays the real database
  const recorder = Object.assign(Object.create(store.db) as Database, {
    all: (sql: string, params?: Parameters<Database['all']>[1]) => {
      statements.push(sql);
      return store.db.all(sql, params);
    },
  });
  client = testApp({ db: recorder, uploadDir: store.uploadDir, settings: testSettings }).client;
});
afterAll(() => store.close());

describe('each request reads the data range once', () => {
  it.each([
    ['trend', () => client.api.metrics.trend.$get({ query: {} })],
    ['reasons by month', () => client.api.metrics.reasons.$get({ query: { by: 'month' } })],
    ['summary against the previous period', () => client.api.metrics.summary.$get({ query: { compare: 'previous' } })],
    ['sla against a year earlier', () => client.api.metrics.sla.$get({ query: { compare: 'year' } })],
    ['open returns', () => client.api.metrics['open-returns'].$get({ query: {} })],
    ['customers against the previous period', () => client.api.metrics.customers.$get({ query: { compare: 'previous' } })],
    ['returns rows', () => client.api.rows.returns.$get({ query: {} })],
    ['order-line rows', () => client.api.rows['order-lines'].$get({ query: {} })],
    ['causes', () => client.api.causes.$get({ query: {} })],
    ['dataset', () => client.api.dataset.$get()],
  ] as const)('%s', async (_name, ask) => {
    statements = [];
    expect((await ask()).status).toBe(200);
    expect(statements.filter((sql) => sql === dataRangeQuery.file.sql)).toHaveLength(1);
  });
});
