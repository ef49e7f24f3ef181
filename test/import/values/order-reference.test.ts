import { listValue } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderRefSql } from '../../../server/import/values/value-sql.ts';
import { Database } from '../../../server/store/database.ts';

// What an order reference is, said plainly: the text without its leading '#'s, trimmed, none when
// blank. The import's expression skips that work for values without a '#', and must read alike.
const plainDefinition = "nullif(trim(ltrim(t, '#')), '')";

let db: Database;
beforeAll(async () => {
  db = await Database.open({ path: ':memory:', threads: 2, readers: 1 });
});
afterAll(() => db.close());

describe('an order reference', () => {
  it('reads every text as the plain definition does: leading #, spaces of every kind, blanks', async () => {
    // the characters that decide: '#' anywhere, ASCII and Unicode spaces DuckDB's trim removes, others
    const pieces = fc.constantFrom('#', ' ', '\t', '\n', '\u00a0', '\u3000', '1', 'A', '-', 'ñ', '');
    const texts = fc.array(fc.option(fc.array(pieces, { maxLength: 6 }).map((p) => p.join(''))), { minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        const rows = await db.withSession((session) =>
          session.all(
            `SELECT t, (${orderRefSql('t')}) AS imported, (${plainDefinition}) AS plain
             FROM (SELECT unnest($values::VARCHAR[]) AS t)`,
            { values: listValue(values) },
          ),
        );
        for (const row of rows) expect(row.imported, JSON.stringify(row.t)).toBe(row.plain);
      }),
      { numRuns: 60 },
    );
  });

  it('strips the # a Shopify export writes before the number', async () => {
    const [row] = await db.withSession((session) => session.all(`SELECT (${orderRefSql("'#1001'")}) AS a, (${orderRefSql("'1001'")}) AS b`));
    expect(row).toEqual({ a: '1001', b: '1001' });
  });
});
