// `npm run bench`: how fast every metrics route answers at 10M order lines and ~1M returns.
// 1. prepare-bench.ts, in a process of its own: generates the demo shop at scale and imports it
//    through the product's import (both reused when done), times the refresh of the derived data,
//    and records through the app the SQL each planned request runs.
// 2. Starts the real server in a process of its own and times every request over HTTP, reading the
//    server's memory as it answers; then alternates each request over HTTP with its bare SQL run
//    straight on DuckDB in that same process, so that both see the same load on a shared machine.
// Prints p50 and p95 per route, the bare-DuckDB time and the ratio between them, and the server's RSS.
// Options (passed on to prepare-bench.ts): --scale N (default 83) or --lines 1M|10M|100M, --per-route N
// (default 36), --reimport, --skip-refresh (leaves out the refresh timing, which rebuilds everything once),
// --routes a,b (times only those routes, with the same requests as a full run).
// Each full run also keeps its point of the scale curve in .bench/curve/ (`npm run bench:curve` prints them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchData, ImportTimes } from './bench-data.ts';
import { preparedFile } from './bench-data.ts';
import { machine, printReport, quantile, type RefreshTimes, type RouteTiming } from './bench-report.ts';
import { memoryOf, runScript, startBenchServer } from './bench-process.ts';
import type { RecordedRequest } from './prepare-bench.ts';
import { writeCurvePoint } from './scale-curve.ts';

const log = (line: string) => console.log(`[bench] ${line}`);

const prepare = runScript('prepare-bench.ts', process.argv.slice(2));
const exitCode = await new Promise<number | null>((resolve) => prepare.once('exit', resolve));
if (exitCode !== 0) throw new Error(`prepare-bench.ts exited with ${exitCode}`);
const prepared = JSON.parse(fs.readFileSync(preparedFile, 'utf8')) as {
  data: BenchData;
  imports: ImportTimes | undefined;
  refresh: RefreshTimes | null;
  databasePath: string;
  plan: RecordedRequest[];
};
const { data, imports, refresh, databasePath, plan } = prepared;

/**
 * The real server in a child process. Pass one times every request over HTTP, after a warm-up,
 * and watches the server's memory. Pass two alternates each request over HTTP with its bare SQL
 * in the server's process (see bench-server.ts), after a warm-up of the bare SQL.
 */
async function timeServer(plan: RecordedRequest[]) {
  const { child, url, nextLine } = await startBenchServer({ INVERSA_DB: databasePath });
  try {
    log(`server listening at ${url} (pid ${child.pid})`);
    let rssWhileAnswering = 0;
    const overHttp = async (path: string) => {
      const started = performance.now();
      const res = await fetch(url + path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return performance.now() - started;
    };
    let asked = 0;
    const bare = async (request: RecordedRequest) => {
      child.stdin!.write(`${JSON.stringify({ id: ++asked, statements: request.statements })}\n`);
      return (await nextLine()).ms as number;
    };
    for (const { path } of plan) await overHttp(path);
    const http: number[] = [];
    for (const { path } of plan) {
      http.push(await overHttp(path));
      rssWhileAnswering = Math.max(rssWhileAnswering, memoryOf(child.pid!).rss);
    }
    const memory = { ...memoryOf(child.pid!), rssWhileAnswering };
    log(`alternating each request over HTTP with its bare SQL on DuckDB in the server's process…`);
    for (const request of plan) await bare(request);
    const paired: { http: number; bare: number }[] = [];
    for (const request of plan) paired.push({ http: await overHttp(request.path), bare: await bare(request) });
    return { http, paired, memory };
  } finally {
    child.kill('SIGTERM');
  }
}

log(`timing ${plan.length} requests over HTTP on the real server…`);
const loadBefore = os.loadavg()[0]!;
const server = await timeServer(plan);
const load = { before: loadBefore, after: os.loadavg()[0]! };

const timings: RouteTiming[] = [...new Set(plan.map((r) => r.route))].map((route) => {
  const indices = plan.flatMap((r, i) => (r.route === route ? [i] : []));
  return {
    route,
    http: indices.map((i) => server.http[i]!),
    pairedHttp: indices.map((i) => server.paired[i]!.http),
    bare: indices.map((i) => server.paired[i]!.bare),
  };
});
const report = printReport({ data, imports, refresh, timings, memory: server.memory, load });
fs.writeFileSync(path.join(path.dirname(preparedFile), 'results.md'), report);
// every request's own times, to find the slow ones
const perRequest = plan.map(({ path: request }, i) => ({ request, httpMs: server.http[i], pairedHttpMs: server.paired[i]!.http, bareMs: server.paired[i]!.bare }));
fs.writeFileSync(path.join(path.dirname(preparedFile), 'results.json'), JSON.stringify(perRequest, null, 1));
log(`table written to ${path.relative(process.cwd(), path.join(path.dirname(preparedFile), 'results.md'))}, every request's times to results.json`);

const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
// a run of a few routes is no point of the curve: it would replace the full run's
if (process.argv.includes('--routes')) process.exit(0);
const curveFile = writeCurvePoint({
  measuredAt: new Date().toISOString(),
  machine: machine(),
  scale: data.scale,
  orderLines: data.orderLines,
  returns: data.returns,
  importSeconds: imports ?? null,
  databaseBytes: fileSize(databasePath) + fileSize(`${databasePath}.wal`),
  rssMiB: { afterAnswering: server.memory.rss, peak: server.memory.peak },
  load,
  routes: timings.map(({ route, http }) => ({ route, p50Ms: quantile(http, 0.5), p95Ms: quantile(http, 0.95) })),
});
log(`scale-curve point written to ${path.relative(process.cwd(), curveFile)} (npm run bench:curve prints the curve)`);
