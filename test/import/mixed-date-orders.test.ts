import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// One date column written both ways: a Spanish export (15/01/2025) with a US one (03/14/2025)
// pasted below it. The order the most values tell is kept and the values only the other order
// reads are rejected, but a value that fits both (04/05/2025) cannot be told: it is said.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('a date column that holds both day/month and month/day dates', () => {
  it('is read in the order most values tell, with a warning naming the dates that fit both', async () => {
    const csv = [
      'Pedido;Fecha;SKU;Cantidad;Precio',
      // the Spanish export, day first: 15/01, 20/01 and 25/02 only read day first
      'V-1;15/01/2025;A;1;10,00',
      'V-2;20/01/2025;A;1;10,00',
      'V-3;03/02/2025;A;1;10,00',
      'V-4;25/02/2025;A;1;10,00',
      // the US export, month first: 03/14 only reads month first; 04/05 (5 April) fits both
      'V-5;03/14/2025;A;1;10,00',
      'V-6;04/05/2025;A;1;10,00',
    ].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv', kind: 'orders', mode: 'replace' });
    expect(report.format).toMatchObject({ dateFormat: 'dd/mm/yyyy' });
    // 03/14/2025 cannot be day first
    expect(report.rejects).toEqual([{ line: 6, field: 'ordered_at', value: '03/14/2025', reason: 'not a valid date' }]);
    // 3 values only day first reads, 1 only month first; 03/02 and 04/05 fit both (2 values)
    const warning = report.warnings.find((w: { code: string }) => w.code === 'mixed_date_orders');
    expect(warning).toMatchObject({ code: 'mixed_date_orders', count: 2 });
    expect(warning.message).toContain('"Fecha"');
    expect(warning.message).toContain('dd/mm/yyyy');
    // what the warning is about: V-6's 5 April, read day first, is 4 May (which export a row came from is not in it)
    expect(await store.db.all("SELECT order_id, strftime(ordered_at, '%Y-%m-%d') AS day FROM order_lines ORDER BY order_id")).toEqual([
      { order_id: 'V-1', day: '2025-01-15' },
      { order_id: 'V-2', day: '2025-01-20' },
      { order_id: 'V-3', day: '2025-02-03' },
      { order_id: 'V-4', day: '2025-02-25' },
      { order_id: 'V-6', day: '2025-05-04' },
    ]);
  });

  it('says nothing when every value that tells agrees', async () => {
    const csv = ['Pedido;Fecha;SKU;Cantidad;Precio', 'V-1;15/01/2025;A;1;10,00', 'V-2;03/02/2025;A;1;10,00'].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'ventas.csv', kind: 'orders' });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('mixed_date_orders');
  });
});
