import type { SqlSession } from '../../store/database.ts';
import { FieldSql, columnText } from '../normalise/field-sql.ts';
import { combinedReturnSignals, type ColumnMapping, type MappingProposal } from './propose-mapping.ts';

/**
 * Whether a combined file says which lines came back by its return id alone: no return flag,
 * returned quantity, return date or refund column. Its lines with an id of their own are its
 * returns; without this, none of its lines was.
 */
export function returnIdIsTheSignal(proposal: Pick<MappingProposal, 'kind' | 'mapping'>): boolean {
  const { kind, mapping } = proposal;
  return kind === 'combined' && mapping.return_id !== undefined && !combinedReturnSignals.some((f) => mapping[f] !== undefined);
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
 * The fields of a combined file whose return id is its only return column (returnIdIsTheSignal):
 * its return flag is read from the id, "returned" on a line with an id of its own and blank on one
 * with none or a placeholder, so that the normaliser keeps those lines' returns and no other.
 * Needs `return_id_placeholders` staged.
 */
export class ReturnIdAsFlag extends FieldSql {
  override isMapped(field: string): boolean {
    return field === 'return_flag' || super.isMapped(field);
  }

  override text(field: string): string {
    if (field !== 'return_flag') return super.text(field);
    const id = super.text('return_id');
    return `CASE WHEN ${id} IS NOT NULL AND ${id} NOT IN (SELECT id FROM return_id_placeholders) THEN 'returned' END`;
  }
}
