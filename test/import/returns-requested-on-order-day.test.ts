import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A returns app prints each return's order beside it, with the order's date under a bare "Fecha"
// ("Devolución;Pedido;Fecha;SKU;…"). A file whose only date is that one has it read as the request
// date: every return requested on its order's day, cycle times, the return curve and the returns by
// request date read from the order, with no word.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
  await importedReport(
    store.app,
    ['Pedido;Fecha;SKU;Cantidad;Precio', '7001;04/02/2025;BLU-S;1;25,00', '7002;11/02/2025;BLU-M;2;25,00', '7003;18/02/2025;JEA-38;1;60,00', '7004;26/02/2025;BLU-S;1;25,00'].join('\n'),
    { kind: 'orders' },
  );
});
afterEach(() => store.close());

const warningOf = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'returns_requested_on_order_day');

describe('a returns file whose request dates are all its orders’ days', () => {
  it('is named: the column read as the request date is likely the order’s', async () => {
    const report = await importedReport(
      store.app,
      ['Devolución;Pedido;Fecha;SKU;Cantidad;Motivo', 'DV-1;7001;04/02/2025;BLU-S;1;Talle chico', 'DV-2;7002;11/02/2025;BLU-M;1;No me gustó', 'DV-3;7003;18/02/2025;JEA-38;1;Llegó roto'].join('\n'),
      { kind: 'returns' },
    );
    expect(report.mapping.requested_at).toBe('Fecha');
    expect(warningOf(report)).toMatchObject({
      count: 3,
      examples: ['DV-1: ordered and requested 2025-02-04', 'DV-2: ordered and requested 2025-02-11', 'DV-3: ordered and requested 2025-02-18'],
    });
  });

  it('is not named when one return was asked for later, nor for two same-day returns', async () => {
    // DV-3 requested on 25/02, a week after its order of 18/02: the column is the request's
    const oneLater = await importedReport(
      store.app,
      ['Devolución;Pedido;Fecha;SKU;Cantidad;Motivo', 'DV-1;7001;04/02/2025;BLU-S;1;Talle chico', 'DV-2;7002;11/02/2025;BLU-M;1;No me gustó', 'DV-3;7003;25/02/2025;JEA-38;1;Llegó roto'].join('\n'),
      { kind: 'returns' },
    );
    expect(warningOf(oneLater)).toBeUndefined();
    // two returns asked for on their orders' day (wrong size seen at the counter) tell nothing
    const two = await importedReport(store.app, ['Devolución;Pedido;Fecha;SKU;Cantidad;Motivo', 'DV-7;7004;26/02/2025;BLU-S;1;Talle chico', 'DV-8;7002;11/02/2025;BLU-M;1;Talle chico'].join('\n'), { kind: 'returns' });
    expect(warningOf(two)).toBeUndefined();
  });
});
