import type { FileKind } from '../canonical-fields.ts';
import type { FieldSql } from '../normalise/field-sql.ts';
import { combinedReturnSignals } from './propose-mapping.ts';

/**
 * Whether a combined file says which lines came back by its return reason alone: no return flag,
 * returned quantity, return date or refund, and no return id (which says it first:
 * return-id-signal.ts). An orders export that writes "Return Reason" on the lines that came back
 * and leaves it blank on the others says so; without this, none of its lines was a return.
 */
export function reasonIsTheSignal(kind: FileKind, isMapped: (field: string) => boolean): boolean {
  return kind === 'combined' && (isMapped('reason_raw') || isMapped('reason')) && !isMapped('return_id') && !combinedReturnSignals.some(isMapped);
}

/** The rows of a combined file that came back by its reason (reasonIsTheSignal), as SQL: `false` when the reason is not the signal. */
export function returnedByReasonSql(f: Pick<FieldSql, 'kind' | 'isMapped' | 'text'>): string {
  return reasonIsTheSignal(f.kind, (field) => f.isMapped(field)) ? `coalesce(${f.text('reason_raw')}, ${f.text('reason')}) IS NOT NULL` : 'false';
}
