import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A product's code is often its EAN barcode, 13 digits, which a spreadsheet shows as 7,79123E+12
// and saves so: products whose codes differed only in the digits it dropped become one SKU, their
// return rates one figure, with no warning. Named as order numbers saved so are.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

it('SKUs saved in scientific notation are named: two barcodes read as one product', async () => {
  const report = await importedReport(
    store.app,
    [
      'Pedido;Fecha;SKU;Producto;Cantidad;Precio unitario',
      // 7791234567890 (yerba) and 7791234501234 (mate) both saved as 7,79123E+12
      '1001;13/03/2026;7,79123E+12;Yerba 1 kg;2;3.500,00',
      '1002;14/03/2026;7,79123E+12;Mate calabaza;1;12.000,00',
      '1003;15/03/2026;ALF-01;Alfajores;3;1.000,00',
    ].join('\n'),
    { fileName: 'ventas.csv' },
  );
  expect(report).toMatchObject({ kind: 'orders', rowsImported: 3 });
  expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'skus_in_scientific_notation', count: 1, examples: ['7,79123E+12'] }));
  // imported as they are: the two products are one SKU of 3 units
  const bySku = await parseResponse(store.client.api.metrics.breakdown.$get({ query: { by: 'sku', from: '2026-03-01', to: '2026-03-31' } }));
  expect(bySku.rows.map((r) => [r.key, r.unitsSold])).toEqual(expect.arrayContaining([['7,79123E+12', 3], ['ALF-01', 3]]));
});

it('a SKU with an E and a plus that is not a number is not named', async () => {
  const report = await importedReport(store.app, ['Pedido;Fecha;SKU;Cantidad;Precio unitario', '1001;01/03/2026;KIT-E+2;1;10,00', '1002;01/03/2026;7E+;1;10,00'].join('\n'), { fileName: 'ventas.csv' });
  expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('skus_in_scientific_notation');
});
