import type { SqlSession } from '../../store/database.ts';
import { columnText } from '../normalise/field-sql.ts';
import { combinedReturnSignals, type ColumnMapping, type MappingProposal } from './propose-mapping.ts';

/**
 * Whether a combined file says which lines came back by its return id alone: no return flag,
 * returned quantity, return date or refund column. Its lines with an id of their own are its
 * returns; without this, none of its lines was. (Without an order column, which a preview may
 * lack, its placeholders cannot be told.)
 */
export function returnIdIsTheSignal(proposal: Pick<MappingProposal, 'kind' | 'mapping'>): boolean {
  const { kind, mapping } = proposal;
  return kind === 'combined' && mapping.return_id !== undefined && mapping.order_id !== undefined && !combinedReturnSignals.some((f) => mapping[f] !== undefined);
}

/**
 * `return_id_placeholders`: the ids written on more rows than any one order has ("-", "N/A" on the
 * lines that did not come back), as no return's own id is (a return is of one order).
 */
export async function stageReturnIdPlaceholders(session: SqlSession, mapping: ColumnMapping): Promise<void> {
  const id = columnText(mapping.return_id!);
  const order = columnText(mapping.order_id!);
  await session.run(`
    CREATE OR REPLACE TEMP TABLE return_id_placeholders AS
    SELECT ${id} AS id FROM staged_raw AS raw WHERE ${id} IS NOT NULL GROUP BY ALL
    HAVING count(*) > (SELECT max(n) FROM (SELECT count(*) AS n FROM staged_raw AS raw GROUP BY ${order}))`);
}

/**
 * The return flag of a combined file whose return id is its only return column
 * (returnIdIsTheSignal), read from the id's text: "returned" on a line with an id of its own, blank
 * on one with none or a placeholder, so that the normaliser, which keeps a combined row by its
 * flag, keeps those lines' returns and no other. Needs `return_id_placeholders` staged.
 */
export function returnFlagFromIdSql(idText: string): string {
  return `CASE WHEN ${idText} IS NOT NULL AND ${idText} NOT IN (SELECT id FROM return_id_placeholders) THEN 'returned' END`;
}
