// The benchmark's data: the demo shop generated at scale (10M order lines at scale 83) and imported
// through the product's own import into a database of its own, both kept under .bench/ (gitignored)
// and reused while they are complete: generating and importing take minutes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { generateDemoData } from '../demo/generate-demo-data.ts';
import { importFile } from '../import/import-file.ts';
import { Database } from '../store/database.ts';

export const benchDir = path.join(projectRoot, '.bench');
/** What prepare-bench.ts hands to run-bench.ts: the data, the import and refresh times, the recorded requests. */
export const preparedFile = path.join(benchDir, 'prepared.json');

/**
 * The demo shop's scale for a number of order lines: scale 83 made 10,010,472 lines, and lines grow
 * in proportion to the scale, so 1M, 10M and 100M are scales 8.3, 83 and 830. Takes `1M`, `10M`,
 * `100M`, `2.5M` or a plain number of lines.
 */
export function scaleForLines(lines: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(lines.trim());
  if (!match) throw new Error(`--lines takes a number of order lines such as 1M, 10M or 100M, not ${lines}`);
  const count = Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1);
  return Math.round((count / 10_000_000) * 83 * 10) / 10;
}

export interface BenchData {
  scale: number;
  orderLines: number;
  returns: number;
  files: { orders: string; returns: string };
}

/** What a finished step leaves behind; a step without it (interrupted) is done again. */
function readMarker<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const log = (line: string) => console.log(`[bench] ${line}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The demo shop's CSV files at `scale`, generated unless a finished generation is there. */
export async function benchData(scale: number): Promise<BenchData> {
  const outDir = path.join(benchDir, `data-scale-${scale}`);
  const marker = path.join(outDir, 'generated.json');
  const found = readMarker<BenchData>(marker);
  if (found && fs.existsSync(found.files.orders) && fs.existsSync(found.files.returns)) {
    log(`reusing ${found.orderLines.toLocaleString('en')} order lines and ${found.returns.toLocaleString('en')} returns in ${path.relative(projectRoot, outDir)}`);
    return found;
  }
  log(`generating the demo shop at scale ${scale} into ${path.relative(projectRoot, outDir)} (about a minute)…`);
  const started = performance.now();
  const generated = await generateDemoData({ outDir, scale });
  const data = { scale, orderLines: generated.orderLines, returns: generated.returns, files: generated.files };
  fs.writeFileSync(marker, JSON.stringify(data, null, 2));
  log(`generated ${data.orderLines.toLocaleString('en')} order lines and ${data.returns.toLocaleString('en')} returns in ${seconds(started)}`);
  return data;
}

export interface ImportTimes {
  orders: number;
  returns: number;
}

/**
 * The bench database with `data` imported through importFile, as a user's import would be, with
 * how long each import took (its refresh of the derived data included). Reused when it already
 * holds this data; `reimport` starts it over.
 */
export async function benchDatabase(data: BenchData, databasePath: string, reimport: boolean): Promise<ImportTimes | undefined> {
  const marker = `${databasePath}.json`;
  const found = readMarker<{ data: BenchData; imports: ImportTimes }>(marker);
  if (!reimport && found && JSON.stringify(found.data) === JSON.stringify(data) && fs.existsSync(databasePath)) {
    log(`reusing ${path.relative(projectRoot, databasePath)} (imported before: orders ${found.imports.orders.toFixed(0)} s, returns ${found.imports.returns.toFixed(0)} s)`);
    return found.imports;
  }
  for (const file of [databasePath, `${databasePath}.wal`, marker]) fs.rmSync(file, { force: true });
  // as the server opens it: the data's folder, the database's, and the temp folder imports work in
  const db = await Database.open({
    path: databasePath,
    memoryLimit: '8GB',
    allowedDirectories: [path.dirname(data.files.orders), path.dirname(databasePath), os.tmpdir()],
  });
  try {
    const imports: ImportTimes = { orders: 0, returns: 0 };
    for (const kind of ['orders', 'returns'] as const) {
      log(`importing ${kind} through the product's import (minutes at this scale)…`);
      const started = performance.now();
      const report = await importFile(db, {
        filePath: data.files[kind],
        fileName: path.basename(data.files[kind]),
        kind,
        onPhase: (phase) => log(`  ${kind}: ${phase} at ${seconds(started)}`),
      });
      imports[kind] = (performance.now() - started) / 1000;
      log(`imported ${report.rowsImported.toLocaleString('en')} ${kind} rows (${report.rowsRejected} rejected) in ${seconds(started)}`);
    }
    fs.writeFileSync(marker, JSON.stringify({ data, imports }, null, 2));
    return imports;
  } finally {
    db.close();
  }
}
