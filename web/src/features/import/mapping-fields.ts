import { fieldsOfKind, type FileKind } from '../../../../server/import/canonical-fields.ts';
import type { ColumnMapping } from './upload-import.ts';

// The canonical fields are the server's definition; reading them keeps the list and its order in step.
function fieldsOf(kind: string): readonly string[] {
  return Object.hasOwn(fieldsOfKind, kind) ? fieldsOfKind[kind as FileKind].map((field) => field.name) : [];
}

// Fields the server fills from one another: the reason's text and code come from one column
// (either name), a line total stands in for the unit price, and on a return the product name
// only stands in for the SKU. One of a pair mapped means the other is not missing.
const standIns: Record<string, Record<string, string>> = {
  orders: { line_total: 'unit_price', unit_price: 'line_total' },
  returns: { reason: 'reason_raw', reason_raw: 'reason', product_name: 'sku' },
  combined: { line_total: 'unit_price', unit_price: 'line_total', reason: 'reason_raw', reason_raw: 'reason' },
};

/**
 * The fields a mapping fills, in the table's field order (fields this app does not know, from a
 * newer server, last), and the fields of the table it leaves without a column.
 */
export function mappingFields(kind: string, mapping: ColumnMapping): { mapped: string[]; unmapped: string[] } {
  const known = fieldsOf(kind);
  const isMapped = (field: string) => Object.hasOwn(mapping, field);
  const coveredBy = standIns[kind] ?? {};
  return {
    mapped: [...known.filter(isMapped), ...Object.keys(mapping).filter((field) => !known.includes(field))],
    unmapped: known.filter((field) => !isMapped(field) && !(coveredBy[field] !== undefined && isMapped(coveredBy[field]))),
  };
}
