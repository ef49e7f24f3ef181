// A backtest asks what the product would have said on a past day, so it must see only what a shop's
// export would have held then: the orders placed by that moment and the returns requested by it,
// with what was not known yet left blank (a delivery, a receipt, a resolution still to come). Both
// backtests cut their data sets here, and import the cut through the product's own import.
import path from 'node:path';
import { importFile } from '../import/import-file.ts';
import { quoteIdentifier, sqlString } from '../import/sql-text.ts';
import { Database } from '../store/database.ts';

/** A shop's orders and returns exports. */
export interface ExportFiles {
  orders: string;
  returns: string;
}

/** Per export: the timestamp that places a row, and the columns a later event fills in. */
const exportShapes = {
  orders: { placedBy: 'ordered_at', laterEvents: { delivered_at: 'delivered_at' } },
  // a return's outcome (resolution, amount) is known once it is resolved
  returns: { placedBy: 'requested_at', laterEvents: { received_at: 'received_at', resolved_at: 'resolved_at', resolution: 'resolved_at', amount: 'resolved_at' } },
} as const;

const stampOf = (column: string) => `try_cast(${column} AS TIMESTAMP)`;

/**
 * Writes `files` as they would have stood at `asOf` ('YYYY-MM-DD HH:MM:SS') into `dir`, in the
 * same columns, read and written as text so that the import reads what the shop's file held.
 * Statements are composed because COPY takes no bound file name; the names are the caller's files
 * and the columns the file's own, quoted.
 */
export async function cutExports(db: Database, files: ExportFiles, asOf: string, dir: string): Promise<ExportFiles> {
  const cut = { orders: path.join(dir, 'orders.csv'), returns: path.join(dir, 'returns.csv') };
  for (const kind of ['orders', 'returns'] as const) {
    const source = `read_csv(${sqlString(files[kind])}, all_varchar = true, header = true)`;
    const columns = (await db.all(`SELECT column_name AS name FROM (DESCRIBE SELECT * FROM ${source})`)).map((row) => String(row.name));
    const { placedBy, laterEvents } = exportShapes[kind];
    const select = columns.map((column) => {
      const event = laterEvents[column as keyof typeof laterEvents];
      const name = quoteIdentifier(column);
      return event && columns.includes(event) ? `CASE WHEN ${stampOf(event)} <= $asOf::TIMESTAMP THEN ${name} END AS ${name}` : name;
    });
    await db.all(`COPY (SELECT ${select.join(', ')} FROM ${source} WHERE ${stampOf(placedBy)} <= $asOf::TIMESTAMP) TO ${sqlString(cut[kind])} (HEADER, DELIMITER ',')`, { asOf });
  }
  return cut;
}

/** A store of its own holding `files`, imported as a user imports them: orders, then returns. */
export async function storeWith(files: ExportFiles): Promise<Database> {
  const db = await Database.open({ path: ':memory:', threads: 2, readers: 2 });
  for (const kind of ['orders', 'returns'] as const) await importFile(db, { filePath: files[kind], fileName: path.basename(files[kind]), kind });
  return db;
}
