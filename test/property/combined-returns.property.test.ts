import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { writeTempFile } from '../support/test-store.ts';

// A combined file says which lines came back in many ways: a returned quantity, yes/no words in
// English, Spanish or Portuguese, 1/0, or a quantity left blank when nothing came back. Whatever
// the form, the units the import counts as returned are the units the generator returned.

type Form = { header: string; cell: (returned: number, ordered: number) => string; wholeLines: boolean };

const flagWords = (yes: string, no: string): Form['cell'] => (returned) => (returned > 0 ? yes : no);

const forms: Record<string, Form> = {
  quantity: { header: 'Returned Qty', cell: (returned) => String(returned), wholeLines: false },
  blankQuantity: { header: 'Quantity Returned', cell: (returned) => (returned > 0 ? String(returned) : ''), wholeLines: false },
  yesNo: { header: 'Returned', cell: flagWords('Yes', 'No'), wholeLines: true },
  siNo: { header: 'Devuelto', cell: flagWords('Sí', 'No'), wholeLines: true },
  simNao: { header: 'Devolvido', cell: flagWords('Sim', 'Não'), wholeLines: true },
  oneZero: { header: 'return_status', cell: flagWords('1', '0'), wholeLines: true },
  trueFalse: { header: 'Is Returned', cell: flagWords('true', 'false'), wholeLines: true },
  statusWords: { header: 'Return Status', cell: flagWords('Returned', 'Not Returned'), wholeLines: true },
};

const lineArb = fc.record({ ordered: fc.integer({ min: 1, max: 4 }), returnedShare: fc.integer({ min: 0, max: 4 }), comesBack: fc.boolean() });

describe('returned units from any form of return column', () => {
  let db: Database;
  beforeAll(async () => {
    db = await Database.open({ path: ':memory:', threads: 2, readers: 1 });
  });
  afterAll(() => db.close());

  it('equal the units the generated file returned', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(forms)), fc.array(lineArb, { minLength: 1, maxLength: 25 }), async (formName, lines) => {
        const form = forms[formName]!;
        // a flag returns a line whole; a quantity returns part of it
        const returned = lines.map((l) => (!l.comesBack ? 0 : form.wholeLines ? l.ordered : Math.max(1, Math.min(l.ordered, l.returnedShare))));
        const rows = lines.map((l, i) => `O${i},2025-03-${String(1 + (i % 28)).padStart(2, '0')},SKU${i % 5},${l.ordered},12.50,${form.cell(returned[i]!, l.ordered)}`);
        const file = writeTempFile('combined.csv', [`Order ID,Order Date,SKU,Quantity,Unit Price,${form.header}`, ...rows].join('\n'));
        const report = await importFile(db, { filePath: file, fileName: 'combined.csv', mode: 'replace' });
        expect(report.kind).toBe('combined');
        expect(report.rowsWithRejects).toBe(0);
        const [stored] = await db.all('SELECT coalesce(sum(quantity), 0)::INTEGER AS units, count(*)::INTEGER AS n FROM returns');
        expect(stored).toEqual({ units: returned.reduce((a, b) => a + b, 0), n: returned.filter((r) => r > 0).length });
      }),
      { numRuns: 40 },
    );
  });
});
