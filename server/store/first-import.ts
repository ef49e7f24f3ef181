import type { SqlSession } from './database.ts';
import { refreshDerivedData } from './refresh-derived.ts';
import { SqlFile } from './sql-file.ts';

const statement = (name: string) => SqlFile.in('firstImport', name);
const storeIsEmptyFile = statement('store_is_empty');
const markFile = statement('mark_first_import');
const unmarkFile = statement('unmark_first_import');
const pendingFile = statement('pending_first_import');
const emptyCanonicalFile = statement('empty_canonical_tables');

/*
 * The first import into an empty database is written step by step, each statement committed as it
 * ends, instead of in one transaction. DuckDB scans rows written in the running transaction on
 * fewer threads and plans over them without statistics: at 10M order lines the refresh of derived
 * data took 13.3 s inside the import's transaction and 8.3 s on committed rows
 * (`npm run bench:import`). An empty store has nothing to lose, so atomicity needs no transaction:
 * a marker committed before the first write says the stored rows are half an import; it goes in the
 * transaction that logs the import. A failure empties the store again at once; a killed process's
 * marker is found, and the store emptied, when the database next opens. Readers of the same
 * process wait while it writes (Database.holdingReads), so no one sees half of it.
 */

/** Whether nothing is stored yet: the next import is the first, and may be written step by step. */
export async function storeIsEmpty(session: SqlSession): Promise<boolean> {
  const [row] = await session.all(storeIsEmptyFile.sql);
  return row?.empty === true;
}

/** Committed before the first write: from here until `unmarkFirstImport`, what is stored is half an import. */
export async function markFirstImport(session: SqlSession, importId: number): Promise<void> {
  await session.run(markFile.sql, markFile.bind({ importId }));
}

/** In the transaction that logs the import: its commit makes the rows the data. */
export async function unmarkFirstImport(session: SqlSession): Promise<void> {
  await session.run(unmarkFile.sql);
}

/**
 * Empties the store of a first import that did not finish, in one transaction: its rows go, the
 * derived data is rebuilt from nothing (what it was before the import) and the marker goes last.
 */
export async function undoFirstImport(session: SqlSession): Promise<void> {
  await session.transaction(async () => {
    await session.run(emptyCanonicalFile.sql);
    await refreshDerivedData(session);
    await unmarkFirstImport(session);
  });
}

/**
 * Undoes a first import that a killed process left half written; true when there was one. Run as
 * the database opens and before every write, so nothing reads or adds to half an import.
 */
export async function undoInterruptedFirstImport(session: SqlSession): Promise<boolean> {
  const pending = await session.all(pendingFile.sql);
  if (pending.length === 0) return false;
  await undoFirstImport(session);
  return true;
}
