import { describe, expect, it } from 'vitest';
import { version as duckdbVersion } from '@duckdb/node-api';
import { derivedDataVersion, derivedSources, derivedVersionOf } from '../../server/store/refresh-derived.ts';

// A database whose derived data another version made is rebuilt at start: the version must move
// with whatever the stored values depend on, and with nothing else.
describe('the derived data version', () => {
  const sources = derivedSources();
  const edited = (name: string, edit: (sql: string) => string) => sources.map(([n, sql]): [string, string] => [n, n === name ? edit(sql) : sql]);

  it('is the version of this code and this DuckDB', () => {
    expect(derivedDataVersion).toBe(derivedVersionOf(sources, duckdbVersion()));
  });

  it('covers the derived SQL, the macros it calls in schema.sql, and the money rounding', () => {
    expect(sources.map(([name]) => name)).toEqual(expect.arrayContaining(['orders.sql', 'returns.sql', 'schema.sql', 'round_money']));
  });

  it('moves with DuckDB: customers and categories are stored as its hash() of their names', () => {
    expect(derivedVersionOf(sources, 'v9.9.9')).not.toBe(derivedDataVersion);
  });

  it('moves when a macro in schema.sql changes, and not when a comment is reworded', () => {
    const macroChanged = edited('schema.sql', (sql) => sql.replace('(hash(category) % 64)', '(hash(category) % 63)'));
    expect(macroChanged).not.toEqual(sources);
    expect(derivedVersionOf(macroChanged, duckdbVersion())).not.toBe(derivedDataVersion);
    const commentReworded = edited('orders.sql', (sql) => `-- reworded\n${sql}`);
    expect(derivedVersionOf(commentReworded, duckdbVersion())).toBe(derivedDataVersion);
  });
});
