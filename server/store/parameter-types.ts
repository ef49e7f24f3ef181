import { BIGINT, BOOLEAN, DOUBLE, DuckDBListValue, LIST, VARCHAR, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';

/** The element type a list's items share, judged from every item rather than the first. */
function itemType(items: readonly DuckDBValue[]): DuckDBType | undefined {
  const present = items.filter((item) => item !== null);
  if (present.length === 0) return VARCHAR;
  if (present.every((item) => typeof item === 'string')) return VARCHAR;
  if (present.every((item) => typeof item === 'boolean')) return BOOLEAN;
  if (present.every((item) => typeof item === 'number')) return present.every((n) => Number.isSafeInteger(n)) ? BIGINT : DOUBLE;
  return undefined;
}

/**
 * The node API types a list parameter by its first item alone: a list that starts with NULL binds
 * as LIST(NULL) and every item in it reads NULL (one unmatched reason text at the head of a file
 * turned every reason into "other"), an empty list fails to bind, and [1, 2.5] binds as INTEGER[].
 * Lists of plain values are typed here from all their items; an empty or all-NULL list is
 * VARCHAR[], which the SQL casts as it needs. Other parameters keep the API's own inference.
 */
export function parameterTypes(params: Record<string, DuckDBValue>): Record<string, DuckDBType | undefined> {
  const types: Record<string, DuckDBType | undefined> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof DuckDBListValue) {
      const type = itemType(value.items);
      if (type) types[name] = LIST(type);
    }
  }
  return types;
}
