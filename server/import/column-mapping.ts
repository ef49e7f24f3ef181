import { canonicalFields, skuFallbackField, type TableKind } from './canonical-fields.ts';
import { ImportError } from './import-error.ts';
import { foldText } from './vocabulary-matching.ts';

/** canonical field → source header */
export type ColumnMapping = Record<string, string>;

const returnsOnlyFields = ['return_id', 'requested_at', 'reason_raw', 'reason', 'resolution', 'received_at', 'resolved_at'];

const fold = (name: string) => foldText(name).replace(/ /g, '_');

/** A canonical file says what it is through its headers: return fields mean a returns file. */
export function detectKind(headers: string[]): TableKind {
  const folded = new Set(headers.map(fold));
  return returnsOnlyFields.some((f) => folded.has(f)) ? 'returns' : 'orders';
}

/**
 * Pairs each canonical field with a source header: the caller's explicit mapping first, then a
 * header whose folded name is the field's name. Fails with a message that names what is missing
 * and what the file has, so the person can fix the mapping.
 */
export function resolveMapping(kind: TableKind, headers: string[], explicit: ColumnMapping = {}): ColumnMapping {
  const fields = canonicalFields[kind];
  const unknownFields = Object.keys(explicit).filter((f) => !fields.some((spec) => spec.name === f));
  if (unknownFields.length > 0) {
    throw new ImportError(422, 'invalid_mapping', `The mapping names fields that ${kind} do not have: ${unknownFields.join(', ')}.`, {
      fields: fields.map((f) => f.name),
    });
  }
  const missingHeaders = Object.values(explicit).filter((h) => !headers.includes(h));
  if (missingHeaders.length > 0) {
    throw new ImportError(422, 'invalid_mapping', `The mapping names columns the file does not have: ${missingHeaders.join(', ')}.`, {
      headersSeen: headers,
    });
  }
  const byFoldedName = new Map(headers.map((h) => [fold(h), h]));
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const header = explicit[field.name] ?? byFoldedName.get(field.name);
    if (header !== undefined) mapping[field.name] = header;
  }
  const missing = fields
    .filter((f) => f.required && mapping[f.name] === undefined)
    .filter((f) => !(f.name === 'sku' && mapping[skuFallbackField] !== undefined))
    .map((f) => f.name);
  if (missing.length > 0) {
    throw new ImportError(
      422,
      'missing_columns',
      `This ${kind} file has no column for ${missing.join(', ')}. Columns seen: ${headers.join(', ')}.`,
      { missing, headersSeen: headers },
    );
  }
  return mapping;
}
