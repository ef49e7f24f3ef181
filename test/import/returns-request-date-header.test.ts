import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeMapping } from '../../server/import/mapping/propose-mapping.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Returns apps print the order's date beside the order number as a bare "Fecha" / "Date" / "Data".
// That bare word was read as the request date at confidence 1, beating the header that names the
// request ("Fecha devolución", "Fecha de creación", "Submitted at"), which was then left unmapped
// or, for "Fecha devolución", read as a two-letter typo of "fecha de resolución": every return
// requested on its order's day, weeks of cycle time that never happened, and no warning.

describe('the request date of a returns export that prints its order date too', () => {
  it.each([
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha devolución'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha de la devolución'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha de creación'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Creado'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Creada'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha de alta'],
    ['es', ['Devolución', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Solicitada'],
    ['es', ['Reclamo', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha de reclamo'],
    ['es', ['Cambio', 'Pedido', 'Fecha', 'SKU', 'Cantidad', 'Motivo'], 'Fecha del cambio'],
    ['pt', ['Devolução', 'Pedido', 'Data', 'SKU', 'Quantidade', 'Motivo'], 'Data de criação'],
    ['pt', ['Devolução', 'Pedido', 'Data', 'SKU', 'Quantidade', 'Motivo'], 'Criado em'],
    ['en', ['Return ID', 'Order', 'Date', 'SKU', 'Quantity', 'Reason'], 'Submitted at'],
    ['en', ['Return ID', 'Order', 'Date', 'SKU', 'Quantity', 'Reason'], 'Opened'],
    ['en', ['Return ID', 'Order', 'Date', 'SKU', 'Quantity', 'Reason'], 'Request created'],
  ])('%s: %j beside %s: that is the request date, not the bare one (was the bare one)', (_language, headers, request) => {
    const proposal = proposeMapping({ headers: [...headers, request], kind: 'auto' });
    expect(proposal.kind).toBe('returns');
    expect(proposal.mapping.requested_at).toBe(request);
    expect(proposal.confidence.requested_at).toBeGreaterThanOrEqual(0.85);
    expect(proposal.mapping.resolved_at).toBeUndefined();
  });

  it('"Fecha devolución" is no typo of "fecha de resolución", nor "Data da devolução" of "data de resolução"', () => {
    const es = proposeMapping({ headers: ['Pedido', 'SKU', 'Cantidad', 'Fecha de solicitud', 'Fecha devolución'], kind: 'returns' });
    expect(es.mapping.resolved_at).toBeUndefined(); // was "Fecha devolución" (0.75)
    const pt = proposeMapping({ headers: ['Pedido', 'SKU', 'Quantidade', 'Data da solicitação', 'Data da devolução'], kind: 'returns' });
    expect(pt.mapping.resolved_at).toBeUndefined(); // was "Data da devolução" (0.75)
  });

  it('a bare date with no header naming the request is still the request date', () => {
    const alone = proposeMapping({ headers: ['Return ID', 'Order', 'Date', 'SKU', 'Quantity', 'Reason'], kind: 'auto' });
    expect(alone.mapping.requested_at).toBe('Date');
    expect(alone.confidence.requested_at).toBe(1);
  });
});

describe('importing a Spanish returns export with the order date beside the return date', () => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  const orders = ['Pedido;Fecha;SKU;Cantidad;Precio', '7001;05/03/2025;REM-M;1;25,00', '7002;12/03/2025;REM-L;2;25,00', '7003;18/03/2025;PAN-42;1;40,00'].join('\r\n');
  const returns = [
    'Devolución;Pedido;Fecha;SKU;Cantidad;Motivo;Fecha devolución;Fecha recepción;Resolución;Importe',
    'DV-1;7001;05/03/2025;REM-M;1;Talle chico;20/04/2025;25/04/2025;Reembolso;25,00',
    'DV-2;7002;12/03/2025;REM-L;1;No me gustó;22/04/2025;30/04/2025;Reembolso;25,00',
    'DV-3;7003;18/03/2025;PAN-42;1;Llegó roto;05/05/2025;07/05/2025;Cambio;40,00',
  ].join('\r\n');

  const summary = async (query: string) => {
    const res = await store.app.request(`/api/metrics/summary?${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('dates each return at its request, not at its order', async () => {
    await importedReport(store.app, orders, { fileName: 'pedidos.csv' });
    const report = await importedReport(store.app, returns, { fileName: 'devoluciones.csv' });
    expect(report.kind).toBe('returns');
    expect(report.mapping).toMatchObject({ requested_at: 'Fecha devolución', received_at: 'Fecha recepción' });
    expect(report.mapping.resolved_at).toBeUndefined(); // was "Fecha devolución"
    expect(Object.values(report.mapping)).not.toContain('Fecha'); // was requested_at
    expect(await store.db.all("SELECT return_id, strftime(requested_at, '%Y-%m-%d') AS requested FROM returns ORDER BY return_id")).toEqual([
      { return_id: 'DV-1', requested: '2025-04-20' }, // were 2025-03-05, 03-12 and 03-18: the orders' days
      { return_id: 'DV-2', requested: '2025-04-22' },
      { return_id: 'DV-3', requested: '2025-05-05' },
    ]);
    // request → received: 5, 8 and 2 days, p50 5 (was 51, 49 and 50 days, p50 50); no resolution date in the file
    const all = await summary('from=2025-03-01&to=2025-03-31');
    expect(all.cycleDays.requestToReceived).toMatchObject({ n: 3, p50: 5 });
    expect(all.cycleDays.requestToResolved.n).toBe(0); // was 3 (p50 46)
    // asked for in April: DV-1 and DV-2 (was none: all three "asked for" in March)
    expect((await summary('from=2025-04-01&to=2025-04-30&basis=return')).returns).toBe(2);
  });
});
