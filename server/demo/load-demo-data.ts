import path from 'node:path';
import { projectRoot } from '../config.ts';
import { importFile } from '../import/import-file.ts';
import { importHistoryQuery } from '../metrics/metric-queries.ts';
import type { Database } from '../store/database.ts';

export const demoDataDir = path.join(projectRoot, 'data', 'demo');

/** An empty database starts on the bundled demo data, so the first look shows every chart filled. */
export async function loadDemoDataIfEmpty(db: Database, log: (line: string) => void = console.log): Promise<boolean> {
  if ((await importHistoryQuery.run(db)).length > 0) return false;
  log('[inversa] empty database: loading the demo data (set INVERSA_DEMO=0 to start empty)…');
  for (const kind of ['orders', 'returns'] as const) {
    const fileName = `${kind}.csv.gz`;
    await importFile(db, { filePath: path.join(demoDataDir, fileName), fileName, kind, isDemo: true });
  }
  return true;
}
