import type { ColumnMapping } from './upload-import.ts';

/**
 * The mapping after the person pairs `field` with `header` ('' for no column), starting from
 * what is shown. A column feeds one field: pairing it elsewhere takes it from the field that had
 * it, as the server does. Every field of the kind is listed, unpaired ones with '', so the
 * server applies exactly this mapping rather than mixing it with a detected or saved one.
 */
export function pairField(fields: readonly string[], shown: ColumnMapping, field: string, header: string): ColumnMapping {
  const next: ColumnMapping = Object.fromEntries(fields.map((name) => [name, shown[name] ?? '']));
  if (header !== '') {
    for (const name of fields) if (next[name] === header) next[name] = '';
  }
  next[field] = header;
  return next;
}

/** The file's columns no field reads, in the file's order. */
export function unusedHeaders(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping).filter((header) => header !== ''));
  return headers.filter((header) => !used.has(header));
}
