// `npm run bench:team`: a team on one server. 50 signed-in readers ask the dashboard's questions
// for 60 seconds against the 10M-line bench database while an analyst imports a month of new
// orders. Prints each route's p50 and p95, the failed requests, and the torn reads: answers that
// are neither from before the import nor from after it (the summary's units sold over the whole
// data must be one of the two totals). Loopback only, a bounded time; nothing is asserted on time.
// Options: --readers N (default 50), --seconds N (default 60), --scale N (the bench data's, 83).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { sqlString } from '../import/sql-text.ts';
import { Database } from '../store/database.ts';
import { benchData, benchDatabase, benchDir } from './bench-data.ts';
import { startBenchServer } from './bench-process.ts';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const readers = argument('readers', 50);
const seconds = argument('seconds', 60);
const scale = argument('scale', 83);
const log = (line: string) => console.log(`[bench:team] ${line}`);

// The whole data, whatever it holds: the summary over it counts every line before and after.
const everything = 'from=2000-01-01&to=2099-12-31';
const readerPaths = [
  `/api/metrics/summary?${everything}`,
  '/api/metrics/trend',
  '/api/metrics/breakdown?by=category',
  '/api/metrics/reasons?by=month',
  '/api/dataset',
];
const password = 'bench-team-password';

/** A copy of the bench database for this run (the import writes to it) and the month of new orders the analyst brings. */
async function prepareData() {
  const data = await benchData(scale);
  const source = path.join(benchDir, `bench-scale-${scale}.duckdb`);
  await benchDatabase(data, source, false);
  const copy = path.join(benchDir, 'team-load.duckdb');
  for (const suffix of ['', '.wal']) fs.rmSync(copy + suffix, { force: true });
  fs.copyFileSync(source, copy);

  // the last month of the bench's orders, 31 days later and under new order ids: new lines
  const month = path.join(benchDir, 'team-load-month.csv');
  const db = await Database.open({ path: ':memory:' });
  try {
    const orders = `read_csv(${sqlString(data.files.orders)}, all_varchar = true, header = true)`;
    await db.all(
      `COPY (
         WITH lines AS (FROM ${orders}), last AS (SELECT max(ordered_at::TIMESTAMP) AS at FROM lines)
         SELECT * REPLACE ('N-' || order_id AS order_id,
                           strftime(ordered_at::TIMESTAMP + INTERVAL 31 DAY, '%Y-%m-%d %H:%M:%S') AS ordered_at,
                           CASE WHEN delivered_at <> '' THEN strftime(delivered_at::TIMESTAMP + INTERVAL 31 DAY, '%Y-%m-%d %H:%M:%S') END AS delivered_at)
         FROM lines, last WHERE ordered_at::TIMESTAMP > last.at - INTERVAL 1 MONTH
       ) TO ${sqlString(month)} (HEADER, DELIMITER ',')`,
    );
    const [{ units }] = (await db.all(`SELECT sum(quantity::INTEGER)::INTEGER AS units FROM read_csv(${sqlString(month)}, header = true)`)) as [{ units: number }];
    return { database: copy, month, monthUnits: units };
  } finally {
    db.close();
  }
}

/** Adds a user to the database file through the CLI, as an admin would before starting the server. */
function addUser(database: string, name: string, role: 'viewer' | 'analyst') {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'cli.ts'), 'user', 'add', name, '--role', role, '--password-stdin'], {
    input: `${password}\n`,
    env: { ...process.env, INVERSA_DB: database },
    encoding: 'utf8',
  });
  if (cli.status !== 0) throw new Error(`inversa user add ${name} failed: ${cli.stderr}`);
}

async function signIn(url: string, name: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
  if (res.status !== 200) throw new Error(`signing in as ${name} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`signing in as ${name} set no cookie`);
  return cookie;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const { database, month, monthUnits } = await prepareData();
addUser(database, 'analyst', 'analyst');
// one viewer account signed in 50 times: 50 sessions, as a team sharing a reading account would have
addUser(database, 'reader', 'viewer');
const { child, url } = await startBenchServer({ INVERSA_DB: database, INVERSA_AUTH: '1', INVERSA_LOG: '0' });
try {
  log(`server in team mode at ${url}; ${readers} readers for ${seconds} s, an analyst importing ${monthUnits.toLocaleString('en')} units of new orders`);
  const cookies = await Promise.all(Array.from({ length: readers }, () => signIn(url, 'reader')));
  const ask = async (cookie: string, apiPath: string) => {
    const res = await fetch(url + apiPath, { headers: { cookie } });
    return { status: res.status, body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null };
  };
  const loadBefore = os.loadavg()[0]!;
  const unitsSold = async () => (await ask(cookies[0]!, readerPaths[0]!)).body!.unitsSold as number;
  const before = await unitsSold();

  // each request's time, by route and by whether it began while the import was running
  const times = new Map<string, { quiet: number[]; importing: number[] }>(readerPaths.map((p) => [p.split('?')[0]!, { quiet: [], importing: [] }]));
  const seen: number[] = [];
  let failed = 0;
  let importRunning = false;
  const end = performance.now() + seconds * 1000;
  const reader = async (cookie: string, offset: number) => {
    for (let i = offset; performance.now() < end; i++) {
      const apiPath = readerPaths[i % readerPaths.length]!;
      const during = importRunning;
      const started = performance.now();
      const { status, body } = await ask(cookie, apiPath);
      times.get(apiPath.split('?')[0]!)![during ? 'importing' : 'quiet'].push(performance.now() - started);
      if (status !== 200) failed++;
      else if (apiPath === readerPaths[0]) seen.push(body!.unitsSold as number);
    }
  };
  const importing = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const cookie = await signIn(url, 'analyst');
    const form = new FormData();
    form.set('file', new Blob([fs.readFileSync(month)]), path.basename(month));
    form.set('kind', 'orders');
    importRunning = true;
    const started = performance.now();
    const res = await fetch(`${url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
    const report = res.status === 200 ? ((await res.json()) as { rowsImported: number; rowsRejected: number }) : null;
    importRunning = false;
    if (!report) throw new Error(`the import answered ${res.status}`);
    return { seconds: (performance.now() - started) / 1000, report };
  })();
  const [imported] = await Promise.all([importing, ...cookies.map((cookie, i) => reader(cookie, i))]);
  const after = await unitsSold();
  const torn = seen.filter((units) => units !== before && units !== after).length;

  const row = (label: string, values: number[]) =>
    `| ${label} | ${values.length} | ${values.length ? quantile(values, 0.5).toFixed(0) : '–'} | ${values.length ? quantile(values, 0.95).toFixed(0) : '–'} |`;
  console.log(`\n| route | requests | p50 ms | p95 ms |\n|---|---:|---:|---:|`);
  for (const [route, { quiet, importing: during }] of times) {
    console.log(row(`\`${route}\``, quiet));
    console.log(row(`\`${route}\`, while importing`, during));
  }
  const all = [...times.values()].flatMap(({ quiet, importing: during }) => [...quiet, ...during]);
  console.log(row('all', all));
  console.log(
    `\n${readers} readers, ${seconds} s: ${all.length} requests, ${failed} failed; ${seen.length} summaries, ${torn} torn ` +
      `(${seen.filter((units) => units === before).length} from before the import, ${seen.filter((units) => units === after).length} from after). ` +
      `Load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after. ` +
      `The import of ${imported.report.rowsImported.toLocaleString('en')} lines (${imported.report.rowsRejected} rejected, units sold ${before.toLocaleString('en')} → ${after.toLocaleString('en')}) took ${imported.seconds.toFixed(1)} s.`,
  );
} finally {
  child.kill('SIGTERM');
}
