// The benchmark's table: per route, p50 and p95 over HTTP, the same requests on bare DuckDB, and
// the ratio between them, against the targets (metrics routes p95 ≤ 150 ms and ratio ≤ 1.5, the
// cause finder p95 ≤ 1 s; server RSS ≤ 2 GB).
import os from 'node:os';
import type { BenchData, ImportTimes } from './bench-data.ts';
import { routeTargets } from './bench-requests.ts';

export interface RouteTiming {
  route: string;
  /** Each request over HTTP, in the pass that also watched memory. */
  http: number[];
  /** Each request over HTTP again, and its bare SQL right after it, in the alternating pass. */
  pairedHttp: number[];
  bare: number[];
}

const rssTargetMiB = 2048;

/** Seconds of one refresh, and of the return curve's rebuild within it (rebuilt whole every time). */
interface RefreshTime {
  seconds: number;
  returnCurve: number;
}

/** Seconds a refresh of the derived data took inside an import, by what the import brought. */
export interface RefreshTimes {
  returnsMonth: RefreshTime;
  ordersMonth: RefreshTime;
  everything: RefreshTime;
}

/** The continuous quantile, as the metrics compute theirs. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (rank - low);
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`;
}

/**
 * The load around the requests. Both figures include the bench's own work (the figure before, what
 * prepare-bench.ts and any run just before left in the 1-minute average), so neither says alone
 * whether other processes competed; the note gives them with the core count and leaves that to
 * whoever knows what else ran.
 */
function loadNote(load: { before: number; after: number }): string {
  return `Load average (1 min) on ${os.availableParallelism()} cores: ${load.before.toFixed(2)} before the requests (including the preparation and any run just before), ${load.after.toFixed(2)} after them (including the bench's own server and client).`;
}

export function printReport(run: {
  data: BenchData;
  imports: ImportTimes | undefined;
  refresh: RefreshTimes | null;
  timings: RouteTiming[];
  memory: { rss: number; peak: number; rssWhileAnswering: number };
  /** The 1-minute load average before and after the requests: other work on the machine shows here. */
  load: { before: number; after: number };
}): string {
  const ms = (value: number) => value.toFixed(1);
  const rows = run.timings.map(({ route, http, pairedHttp, bare }) => {
    const [p50, p95, bare50, bare95] = [quantile(http, 0.5), quantile(http, 0.95), quantile(bare, 0.5), quantile(bare, 0.95)];
    // the overhead compares the alternating pass with itself: same load, same warm caches
    const ratio = quantile(pairedHttp, 0.5) / bare50;
    const targets = routeTargets(route);
    const verdict = [p95 <= targets.p95Ms ? '' : 'p95', ratio <= (targets.ratio ?? Infinity) ? '' : 'ratio'].filter(Boolean);
    const wanted = `p95 ≤ ${targets.p95Ms} ms${targets.ratio ? `, ≤ ${targets.ratio}×` : ''}`;
    return `| \`${route}\` | ${http.length} | ${ms(p50)} | ${ms(p95)} | ${ms(bare50)} | ${ms(bare95)} | ${ratio.toFixed(2)}× | ${wanted}: ${verdict.length ? `missed ${verdict.join(', ')}` : 'met'} |`;
  });
  const lines = [
    `Machine: ${machine()}.`,
    `Data: the demo shop at scale ${run.data.scale}: ${run.data.orderLines.toLocaleString('en')} order lines, ${run.data.returns.toLocaleString('en')} returns.`,
    run.imports ? `Import through the product's import: orders ${run.imports.orders.toFixed(0)} s, returns ${run.imports.returns.toFixed(0)} s (each with its refresh of the derived data).` : '',
    run.refresh
      ? `Refresh of the derived data inside an import: ${run.refresh.returnsMonth.seconds.toFixed(1)} s for a month of returns, ${run.refresh.ordersMonth.seconds.toFixed(1)} s for a month of orders, ${run.refresh.everything.seconds.toFixed(1)} s to rebuild everything (first import, upgrade); of each, the return curve's rebuild took ${[run.refresh.returnsMonth, run.refresh.ordersMonth, run.refresh.everything].map((time) => `${time.returnCurve.toFixed(2)} s`).join(', ')}.`
      : 'Refresh of the derived data: not timed (--skip-refresh).',
    '',
    '| route | requests | p50 ms | p95 ms | bare DuckDB p50 ms | bare p95 ms | HTTP / bare (p50) | targets |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    loadNote(run.load),
    `Server RSS after answering: ${run.memory.rss.toFixed(0)} MiB; highest while answering ${run.memory.rssWhileAnswering.toFixed(0)} MiB; peak of the process ${run.memory.peak.toFixed(0)} MiB (target ≤ ${rssTargetMiB} MiB).`,
    '',
  ];
  const report = lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n');
  console.log(`\n${report}`);
  return report;
}
