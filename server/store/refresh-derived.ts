import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlSession } from './database.ts';
import { SqlFile } from './sql-file.ts';

const derivedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'derived');
const relinkReturns = new SqlFile(path.join(derivedDir, 'relink_returns.sql'));

/**
 * Brings everything derived from the canonical tables up to date. Every import calls it inside
 * its transaction, after writing its rows, so readers never see rows without their derived data.
 */
export async function refreshDerivedData(session: SqlSession): Promise<void> {
  await session.run(relinkReturns.sql, relinkReturns.bind({}));
}
