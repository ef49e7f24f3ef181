import type { Database, SqlSession } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';

const createTable = SqlFile.in('import', 'create_import_rejects');
const rejectsPage = SqlFile.in('import', 'import_rejects_page');
const importLogged = SqlFile.in('import', 'import_exists');

/**
 * The rejects table belongs to the import code (schema.sql is shared): each import creates it if
 * need be in its write turn, and the server once at start, for a database whose imports predate it.
 */
export async function ensureImportRejectsTable(session: SqlSession | Database): Promise<void> {
  await session.all(createTable.sql);
}

/** Every reject of one import, in file order, for the CSV download (the import wrote its table). */
export async function* readImportRejects(db: Database, importId: number, pageSize = 50_000) {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await db.all(rejectsPage.sql, rejectsPage.bind({ importId, limit: pageSize, offset }));
    for (const row of rows) yield { line: Number(row.line), field: String(row.field), value: String(row.value), reason: String(row.reason) };
    if (rows.length < pageSize) return;
  }
}

export async function importExists(db: Database, importId: number): Promise<boolean> {
  const rows = await db.all(importLogged.sql, importLogged.bind({ importId }));
  return rows.length > 0;
}
