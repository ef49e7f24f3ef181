import fs from 'node:fs';
import path from 'node:path';
import { listValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as alertQueries from '../../server/alerts/pending-units.ts';
import * as benchmarkQueries from '../../server/benchmarks/mercado-libre-claims.ts';
import * as causeQueries from '../../server/causes/cause-queries.ts';
import { projectRoot } from '../../server/config.ts';
import * as curveQueries from '../../server/curve/curve-queries.ts';
import { preventableGroups, reasonGroups } from '../../server/domain/returns-vocabulary.ts';
import * as forecastQueries from '../../server/forecast/forecast-queries.ts';
import * as metricQueries from '../../server/metrics/metric-queries.ts';
import * as policyQueries from '../../server/policy/policy-queries.ts';
import * as rowQueries from '../../server/rows/row-queries.ts';
import { SqlFile, sqlFolders } from '../../server/store/sql-file.ts';
import { SqlQuery } from '../../server/store/sql-query.ts';
import { openTestStore } from '../support/test-store.ts';

// Every SQL file says in its header which `$params` it binds (`-- $params: a, b (what b is)`,
// continued on comment lines indented further, or `none`): here each header is held to the file's
// code, and every question of queries/ runs against the small shop, its rows parsed by its schema.

const sqlFiles = Object.values(sqlFolders).flatMap((folder) =>
  fs
    .readdirSync(path.join(projectRoot, folder))
    .filter((name) => name.endsWith('.sql'))
    .map((name) => path.join(folder, name)),
);

/** The names a header declares: the list after `$params:`, without the notes in parentheses. */
function declaredParams(sql: string): string[] | undefined {
  const lines = sql.split('\n');
  const start = lines.findIndex((line) => line.startsWith('-- $params:'));
  if (start === -1) return undefined;
  const header = [lines[start]!.slice('-- $params:'.length)];
  for (const line of lines.slice(start + 1)) {
    if (!/^--\s{2,}\S/.test(line)) break;
    header.push(line.slice(2));
  }
  let list = header.join(' ');
  while (/\([^()]*\)/.test(list)) list = list.replace(/\([^()]*\)/g, '');
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  return names.length === 1 && names[0] === 'none' ? [] : names;
}

describe('every SQL file binds exactly the $params its header declares', () => {
  it('finds the files of every SQL folder', () => {
    expect(sqlFiles.filter((file) => file.startsWith('queries/')).length).toBeGreaterThan(10);
    expect(sqlFiles).toContain('server/store/schema.sql');
  });

  it.each(sqlFiles)('%s', (file) => {
    const declared = declaredParams(fs.readFileSync(path.join(projectRoot, file), 'utf8'));
    expect(declared, 'a header comment with `-- $params:`').toBeDefined();
    expect([...declared!].sort()).toEqual([...new SqlFile(path.join(projectRoot, file)).params].sort());
  });
});

const queries = [metricQueries, rowQueries, causeQueries, curveQueries, policyQueries, forecastQueries, benchmarkQueries, alertQueries].flatMap((module) =>
  Object.values(module).filter((value): value is SqlQuery<never> => value instanceof SqlQuery),
);

/** A value for every parameter a question of queries/ may bind: the small shop's first quarter, no filter. */
const sampleParams = {
  from: '2025-01-01',
  to: '2025-03-31',
  basis: 'order',
  category: null,
  channel: null,
  region: null,
  carrier: null,
  sku: null,
  reason: null,
  requestedBy: null,
  openFrom: null,
  order: 'desc',
  limit: 10,
  offset: 0,
  search: null,
  lastTimestamp: '2025-03-31T00:00:00',
  firstForecastDay: '2025-04-01',
  windowDays: 30,
  learntWindowDays: 10,
  slaDays: 7,
  withinDays: 90,
  minOrders: 1,
  minReturnRate: 0.5,
  minUnits: 1,
  minLift: 1.5,
  maxBins: 40,
  maxDay: 90,
  reasonGroups: listValue(Object.keys(reasonGroups)),
  preventableGroups: listValue([...preventableGroups]),
  skus: listValue(['SKU-1']),
  channels: listValue([]),
  regions: listValue([]),
  carriers: listValue([]),
  resolution: null,
  disposition: null,
  reasonGroup: null,
  preventable: null,
  customer: null,
  openOnly: false,
  daysOf: null,
  minDays: 0,
  maxDays: null,
  withReturns: false,
  flaggedOnly: false,
};

/** The choices a question takes from a list of its own (each route's default). */
const choices: Record<string, { by?: string; sort?: string; stage?: string | null }> = {
  metrics_breakdown: { by: 'category', sort: 'unitsReturned' },
  return_curve: { by: 'category' },
  forecast_sales: { by: 'category' },
  forecast_cohort_sales: { by: 'category' },
  reasons_by_key: { by: 'month' },
  cycle_times: { by: 'month' },
  avoidable_returns: { by: 'month' },
  open_returns: { stage: null },
  serial_returners: { sort: 'unitsReturned' },
  rows_returns: { sort: 'requestedAt' },
  rows_order_lines: { sort: 'orderedAt' },
  rows_products: { sort: 'unitsReturned' },
  rows_cycle_histogram: { stage: 'requestToResolved' },
};

describe('every question of queries/ runs on the small shop and answers rows of its schema', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore({ withSmallShop: true });
  });
  afterAll(() => store.close());

  it('has a query object for every file in queries/', () => {
    const files = sqlFiles.filter((file) => file.startsWith('queries/')).map((file) => path.basename(file, '.sql'));
    expect(queries.map((query) => query.name).sort()).toEqual(files.sort());
  });

  it.each(queries.map((query) => [query.name, query] as const))('%s', async (name, query) => {
    // run() binds exactly the file's parameters (a missing one throws) and parses every row
    await expect(query.run(store.db, { ...sampleParams, ...choices[name] })).resolves.toBeInstanceOf(Array);
  });
});
