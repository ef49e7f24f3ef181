import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { unknownResolution } from '../../server/import/normalise/normalise-returns.ts';
import { Database } from '../../server/store/database.ts';
import { writeTempFile } from '../support/test-store.ts';

// Reason and resolution texts are matched once per distinct text and joined back to the rows.
// Whatever the mix of texts a file holds, and in whatever order its rows come, each text must
// keep its own code: one unmatched text at the head of a file once turned every reason into
// "other" and rejected every resolution.

const knownReasons: Array<[string, string]> = [
  ['WRONG_ITEM', 'wrong_item'],
  ['Wrong item', 'wrong_item'],
  ['Talle pequeño', 'size_too_small'],
  ['Llegó dañado', 'damaged_in_transit'],
  ['Defective', 'defective'],
  ['Changed mind', 'changed_mind'],
];
const unknownReasons = ['NONE', 'zzz', 'N/A', '—', 'Weird thing'];
const knownResolutions: Array<[string, string]> = [
  ['Refund', 'refund'],
  ['Exchange', 'exchange'],
  ['Crédito en tienda', 'store_credit'],
  ['Pendiente', 'pending'],
];
const unknownResolutions = ['Weird thing', 'NONE', '???'];

const rowArb = fc.record({
  reason: fc.oneof(
    fc.constantFrom(...knownReasons).map(([text, code]) => ({ text, code })),
    fc.constantFrom(...unknownReasons).map((text) => ({ text, code: 'other' })),
  ),
  resolution: fc.oneof(
    fc.constantFrom(...knownResolutions).map(([text, code]) => ({ text, code: code as string | null })),
    fc.constantFrom(...unknownResolutions).map((text) => ({ text, code: null as string | null })),
  ),
});

describe('reason and resolution texts keep their codes in any mix and order', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.open({ path: ':memory:', threads: 2, readers: 1 });
  });
  afterAll(() => db.close());

  it('each known text maps to its code, each unknown reason to other with its text kept, each unknown resolution rejects only its row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 12 }), async (rows) => {
        const csv = ['return_id,order_id,sku,quantity,requested_at,reason,resolution']
          .concat(rows.map((r, i) => `R${i},O${i},A,1,2025-03-0${1 + (i % 9)},"${r.reason.text}","${r.resolution.text}"`))
          .join('\n');
        const file = writeTempFile('returns.csv', csv);
        const expectedKept = rows.flatMap((r, i) => (r.resolution.code ? [{ id: `R${i}`, reasonRaw: r.reason.text, reason: r.reason.code, resolution: r.resolution.code }] : []));
        const expectedRejects = rows.flatMap((r, i) => (r.resolution.code ? [] : [{ line: i + 2, field: 'resolution', value: r.resolution.text, reason: unknownResolution }]));
        if (expectedKept.length === 0) {
          await expect(importFile(db, { filePath: file, fileName: 'returns.csv', kind: 'returns', mode: 'replace' })).rejects.toThrow(/None of the/);
          return;
        }
        const report = await importFile(db, { filePath: file, fileName: 'returns.csv', kind: 'returns', mode: 'replace' });
        expect(report.rejects).toEqual(expectedRejects);
        const stored = await db.all('SELECT return_id AS id, reason_raw AS "reasonRaw", reason, resolution FROM returns ORDER BY length(return_id), return_id');
        expect(stored).toEqual(expectedKept);
      }),
      { numRuns: 40 },
    );
  });
});
