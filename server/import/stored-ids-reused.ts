import type { SqlSession } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import type { TableKind } from './canonical-fields.ts';
import { ImportError } from './import-error.ts';
import { quotedSome, type ImportWarning } from './import-warnings.ts';

const ordersUnderStoredIds = SqlFile.in('import', 'orders_under_stored_ids');
const returnsUnderStoredIds = SqlFile.in('import', 'returns_under_stored_ids');

/** What the queries find: the orders or returns of the file that are other ones than those stored under their ids. */
type Found = { count: number; byOtherCustomers?: number; examples: string[] };

const refuseOrders = (count: number, named: string) =>
  `${count} order(s) of this file are stored already under the same number but are other orders, placed on another day by another customer (${named}): another store, or the shop before a platform move, numbers its orders the same way, and importing would put these in the stored orders' place. Nothing was changed. Import each store's exports into a database of its own (INVERSA_DB). If they are the same orders, one of the exports reads its order dates wrong: check its date column and date format.`;

const warnOrders = (count: number, named: string) =>
  `${count} order(s) of this file took the place of stored orders of the same number placed on another day (${named}), and no customer on both sides tells whether they are one order. If they are another store's (every Shopify store starts at #1001), the stored orders are gone: import each store into a database of its own (INVERSA_DB). If they are the same orders, one of the exports reads its order dates wrong: check its date column and date format.`;

const refuseReturns = (count: number, named: string) =>
  `${count} return(s) of this file have the id of a stored return of another order (${named}): another returns app, or another store's, numbers its returns the same way, and importing would put these in the stored returns' place. Nothing was changed. Import the file with its return id mapped to no column (each return is then known by its order, SKU and request date), or each store into a database of its own (INVERSA_DB).`;

/**
 * How each table's file rows are judged against stored ones of their ids: two stores (or a store
 * before and after a platform move) number orders alike, two returns apps number returns from 1.
 * Appended, the file would replace the stored ones by its own, a loss no figure shows. Where the
 * file shows they are others (orders of other customers, returns of other orders) it is refused:
 * nothing changes, and the message says the way out. Orders of another day with no customer to
 * tell may be the same ones with their dates read another way: replaced, and named.
 */
type Said = { code: string; message: (count: number, named: string) => string };
const judges: Record<TableKind, { query: SqlFile; refused: (found: Found) => boolean; refusal: Said; warning?: Said }> = {
  orders: {
    query: ordersUnderStoredIds,
    refused: (found) => (found.byOtherCustomers ?? 0) > 0,
    refusal: { code: 'order_ids_reused', message: refuseOrders },
    warning: { code: 'orders_of_another_day_replaced', message: warnOrders },
  },
  returns: { query: returnsUnderStoredIds, refused: () => true, refusal: { code: 'return_ids_reused', message: refuseReturns } },
};

/**
 * Before an appended file replaces what is stored: refuses it when its orders or returns are
 * others than those stored under their ids, else says which orders of another day it replaces.
 */
export async function judgeIdsOfOtherStored(session: SqlSession, tables: readonly TableKind[]): Promise<ImportWarning[]> {
  const warnings: ImportWarning[] = [];
  for (const table of tables) {
    const judge = judges[table];
    const [found] = (await session.all(judge.query.sql)) as [Found];
    if (found.count === 0) continue;
    const named = quotedSome(found.examples, found.count);
    const details = { count: found.count, examples: found.examples };
    if (judge.refused(found)) throw new ImportError(422, judge.refusal.code, judge.refusal.message(found.count, named), details);
    if (judge.warning) warnings.push({ code: judge.warning.code, message: judge.warning.message(found.count, named), ...details });
  }
  return warnings;
}
