// The scale curve: one point per size the bench ran at (`npm run bench -- --lines 1M|10M|100M`),
// kept in .bench/curve/ so that runs made hours apart (100M takes the machine for a long while)
// line up in one table (`npm run bench:curve`) with the growth of each figure per 10× more data.
import fs from 'node:fs';
import path from 'node:path';
import { benchDir } from './bench-data.ts';

export const curveDir = path.join(benchDir, 'curve');

export interface CurvePoint {
  measuredAt: string;
  machine: string;
  scale: number;
  orderLines: number;
  returns: number;
  /** Seconds each import took through the product's import, its refresh of the derived data included; null when the database was reused from a run that did not time it. */
  importSeconds: { orders: number; returns: number } | null;
  /** The database file and its write-ahead log, in bytes. */
  databaseBytes: number;
  /** The server's resident memory after answering, and its peak, in MiB. */
  rssMiB: { afterAnswering: number; peak: number };
  /** The 1-minute load average around the requests: above the core count, others were competing. */
  load: { before: number; after: number };
  routes: { route: string; p50Ms: number; p95Ms: number }[];
}

export function writeCurvePoint(point: CurvePoint): string {
  fs.mkdirSync(curveDir, { recursive: true });
  const file = path.join(curveDir, `scale-${point.scale}.json`);
  fs.writeFileSync(file, `${JSON.stringify(point, null, 2)}\n`);
  return file;
}

export function readCurvePoints(): CurvePoint[] {
  if (!fs.existsSync(curveDir)) return [];
  return fs
    .readdirSync(curveDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(curveDir, name), 'utf8')) as CurvePoint)
    .sort((a, b) => a.orderLines - b.orderLines);
}

const millions = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 2 : 1)}M`;

/**
 * The figures side by side, smallest size first, and how much each grows per 10× more order lines
 * between one size and the next: (b / a) ^ (1 / log10(linesB / linesA)), so 10.0× means it grows
 * in proportion to the data, 1.0× that it does not grow.
 */
export function curveTable(points: CurvePoint[]): string {
  const rows: { label: string; values: (number | null)[]; unit: (v: number) => string }[] = [
    { label: 'returns', values: points.map((p) => p.returns), unit: millions },
    { label: 'import, orders + returns (s)', values: points.map((p) => (p.importSeconds ? p.importSeconds.orders + p.importSeconds.returns : null)), unit: (v) => v.toFixed(0) },
    { label: 'database size (MiB)', values: points.map((p) => p.databaseBytes / 1024 ** 2), unit: (v) => v.toFixed(0) },
    { label: 'server RSS after answering (MiB)', values: points.map((p) => p.rssMiB.afterAnswering), unit: (v) => v.toFixed(0) },
    { label: 'server RSS peak (MiB)', values: points.map((p) => p.rssMiB.peak), unit: (v) => v.toFixed(0) },
  ];
  const routes = [...new Set(points.flatMap((p) => p.routes.map((r) => r.route)))];
  for (const route of routes) {
    for (const q of ['p50Ms', 'p95Ms'] as const) {
      rows.push({ label: `\`${route}\` ${q.slice(0, 3)} (ms)`, values: points.map((p) => p.routes.find((r) => r.route === route)?.[q] ?? null), unit: (v) => v.toFixed(0) });
    }
  }
  const steps = points.slice(1).map((p, i) => ({ from: points[i]!, to: p }));
  const growth = (values: (number | null)[], i: number) => {
    const [a, b] = [values[i], values[i + 1]];
    if (a == null || b == null || a <= 0) return '';
    const decades = Math.log10(steps[i]!.to.orderLines / steps[i]!.from.orderLines);
    return `${((b / a) ** (1 / decades)).toFixed(1)}×`;
  };
  const header = ['figure', ...points.map((p) => `${millions(p.orderLines)} lines`), ...steps.map((s) => `per 10×, ${millions(s.from.orderLines)}→${millions(s.to.orderLines)}`)];
  const lines = [`| ${header.join(' | ')} |`, `|---|${header.slice(1).map(() => '---:').join('|')}|`];
  for (const row of rows) {
    const cells = row.values.map((v) => (v == null ? '–' : row.unit(v)));
    lines.push(`| ${row.label} | ${[...cells, ...steps.map((_, i) => growth(row.values, i))].join(' | ')} |`);
  }
  const when = points.map((p) => `${millions(p.orderLines)}: ${p.measuredAt.slice(0, 16)}, load ${p.load.before.toFixed(1)}→${p.load.after.toFixed(1)}`);
  return [...lines, '', `Measured on ${points[0]?.machine ?? 'no run yet'}. Runs: ${when.join('; ')}.`].join('\n');
}
