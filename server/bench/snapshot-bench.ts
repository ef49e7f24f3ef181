// `npm run bench:snapshot`: what a read replica costs per question. Takes the database and the
// requests of the last `npm run bench` (.bench/prepared.json), exports the database as a Parquet
// snapshot (once, reused), starts one real server on the database file and one on the snapshot,
// each in a process of its own, and asks every request of each first of one, then of the other,
// alternately, so that both see the same load on a shared machine. Prints p50 and p95 per route
// on each and the ratio between them, the export's time and size, and both servers' RSS.
import fs from 'node:fs';
import path from 'node:path';
import { exportParquetSnapshot } from '../snapshot/export-snapshot.ts';
import { isSnapshotFolder } from '../snapshot/snapshot-manifest.ts';
import { Database } from '../store/database.ts';
import { benchDir, preparedFile, type BenchData } from './bench-data.ts';
import { memoryOf, startBenchServer } from './bench-process.ts';
import { quantile } from './bench-report.ts';
import type { RecordedRequest } from './prepare-bench.ts';

const log = (line: string) => console.log(`[bench] ${line}`);
const { data, databasePath, plan } = JSON.parse(fs.readFileSync(preparedFile, 'utf8')) as { data: BenchData; databasePath: string; plan: RecordedRequest[] };
const snapshotDir = path.join(benchDir, `snapshot-scale-${data.scale}`);

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((sum, entry) => (entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum), 0);
}

if (!isSnapshotFolder(snapshotDir)) {
  log(`exporting ${path.relative(process.cwd(), databasePath)} as a Parquet snapshot into ${path.relative(process.cwd(), snapshotDir)}…`);
  const db = await Database.open({ path: databasePath, readers: 1 });
  const started = performance.now();
  try {
    await exportParquetSnapshot(db, snapshotDir, databasePath);
  } finally {
    db.close();
  }
  log(`exported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
log(`database ${mib(fs.statSync(databasePath).size)} MiB, snapshot ${mib(folderBytes(snapshotDir))} MiB of Parquet`);

const servers = { database: await startBenchServer({ INVERSA_DB: databasePath }), snapshot: await startBenchServer({ INVERSA_DB: snapshotDir }) };
const times: Record<keyof typeof servers, number[]> = { database: [], snapshot: [] };
try {
  const ask = async (url: string, request: string) => {
    const started = performance.now();
    const res = await fetch(url + request);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${request} answered ${res.status}`);
    return performance.now() - started;
  };
  log(`warming both servers up, then asking ${plan.length} requests of each, alternately…`);
  for (const { path: request } of plan) for (const server of Object.values(servers)) await ask(server.url, request);
  for (const { path: request } of plan) {
    times.database.push(await ask(servers.database.url, request));
    times.snapshot.push(await ask(servers.snapshot.url, request));
  }
  const memory = { database: memoryOf(servers.database.child.pid!), snapshot: memoryOf(servers.snapshot.child.pid!) };
  const ms = (value: number) => value.toFixed(1);
  const rows = [...new Set(plan.map((r) => r.route))].map((route) => {
    const on = (server: keyof typeof servers) => plan.flatMap((r, i) => (r.route === route ? [times[server][i]!] : []));
    const [db, snap] = [on('database'), on('snapshot')];
    return `| \`${route}\` | ${db.length} | ${ms(quantile(db, 0.5))} | ${ms(quantile(db, 0.95))} | ${ms(quantile(snap, 0.5))} | ${ms(quantile(snap, 0.95))} | ${(quantile(snap, 0.5) / quantile(db, 0.5)).toFixed(2)}× |`;
  });
  console.log(
    [
      '',
      `Data: the demo shop at scale ${data.scale}: ${data.orderLines.toLocaleString('en')} order lines, ${data.returns.toLocaleString('en')} returns.`,
      '',
      '| route | requests | database p50 ms | p95 ms | snapshot p50 ms | p95 ms | snapshot / database (p50) |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Server RSS after answering: database ${memory.database.rss.toFixed(0)} MiB (peak ${memory.database.peak.toFixed(0)}), snapshot ${memory.snapshot.rss.toFixed(0)} MiB (peak ${memory.snapshot.peak.toFixed(0)}).`,
    ].join('\n'),
  );
} finally {
  for (const server of Object.values(servers)) server.child.kill('SIGTERM');
}
