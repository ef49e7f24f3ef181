import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Spanish (or any decimal-comma) Excel shows a long order number as 1,23457E+15 and saves it so:
// orders that differed in the digits it dropped now share one id. The warning knew only the
// English form, 1.23457E+15, and a returns file's order ids were never checked at all.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const upload = (csv: string, fileName: string) => importedReport(store.app, csv, { fileName });
const summary = async () => (await store.app.request('/api/metrics/summary?from=2026-01-01&to=2026-12-31')).json();

describe('order numbers saved in scientific notation with a decimal comma ("1,23457E+15")', () => {
  it('are named in an orders file: three sales of 1, 5 and 15 March merged into one order', async () => {
    const report = await upload(
      'Pedido;Fecha;SKU;Cantidad;Precio unitario\n1,23457E+15;01/03/2026;A;1;10,00\n1,23457E+15;05/03/2026;B;2;20,00\n1,23457E+15;15/03/2026;A;1;50,00\n1001;16/03/2026;A;1;10,00\n',
      'ventas.csv',
    );
    expect(report).toMatchObject({ kind: 'orders', rowsImported: 4 });
    // imported as they are (one id, so one order of 3 lines, and 1001): 2 orders, 5 units,
    // 10 + 2 × 20 + 50 + 10 = 110; only the warning says the first may be three
    expect(await summary()).toMatchObject({ orders: 2, unitsSold: 5, grossSales: 110 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'order_ids_in_scientific_notation', count: 1, examples: ['1,23457E+15'] }));
  });

  it('are named in a returns file: two returns of what were perhaps two orders', async () => {
    const report = await upload(
      'ID devolución;Pedido;SKU;Cantidad;Fecha de solicitud;Motivo;Reembolso\nR1;1,23457E+15;A;1;05/03/2026;Defectuoso;12,50\nR2;1,23457E+15;A;1;16/03/2026;Defectuoso;12,50\nR3;2.00001E+15;A;1;17/03/2026;Defectuoso;12,50\nR4;1001;A;1;18/03/2026;Defectuoso;12,50\n',
      'devoluciones.csv',
    );
    expect(report).toMatchObject({ kind: 'returns', rowsImported: 4 });
    // two ids in scientific notation (one with a comma, one with a point), 1001 is not one
    const warning = report.warnings.find((w: { code: string }) => w.code === 'order_ids_in_scientific_notation');
    expect(warning).toMatchObject({ count: 2, examples: ['1,23457E+15', '2.00001E+15'] });
    expect(warning.message).toMatch(/returns/);
  });

  it('a decimal that is no scientific notation ("1,5") or a plain id is not named', async () => {
    const report = await upload(
      'ID devolución;Pedido;SKU;Cantidad;Fecha de solicitud;Motivo;Reembolso\nR1;1,5;A;1;05/03/2026;Defectuoso;12,50\nR2;1001;A;1;16/03/2026;Defectuoso;12,50\n',
      'devoluciones.csv',
    );
    expect(report.kind).toBe('returns');
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('order_ids_in_scientific_notation');
  });
});
