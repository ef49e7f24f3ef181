import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A Tiendanube exchanges app's export: the reason is the size the customer asks for. Three asked
// for a bigger one (the pair bought was too small), one for a smaller one. Read as "talle … grande",
// the summary said 75 % too large and 25 % too small: the size guide would be fixed the wrong way.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const orders = [
  'Pedido;Fecha;SKU;Cantidad;Precio',
  '8101;02/04/2025 09:30;BOT-37;1;64.000,00',
  '8102;03/04/2025 11:00;BOT-38;1;64.000,00',
  '8103;03/04/2025 18:45;BOT-39;1;64.000,00',
  '8104;05/04/2025 10:15;BOT-40;1;64.000,00',
].join('\n');

const exchanges = [
  'N° de cambio;Pedido;SKU;Cantidad;Motivo;Fecha de solicitud;Resolución',
  'CB-11;8101;BOT-37;1;Cambio de talle por uno más grande;12/04/2025 10:00;Cambio',
  'CB-12;8102;BOT-38;1;Pide talle más grande;13/04/2025 10:00;Cambio',
  'CB-13;8103;BOT-39;1;Cambio a un talle más grande;14/04/2025 10:00;Cambio',
  'CB-14;8104;BOT-40;1;Cambio de talle por uno más chico;15/04/2025 10:00;Cambio',
].join('\n');

it('a size asked for in exchange is the other way the pair was wrong', async () => {
  await importedReport(store.app, orders, { kind: 'orders' });
  const report = await importedReport(store.app, exchanges, { kind: 'returns' });
  expect(report.rowsImported).toBe(4);
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-04-01', to: '2025-04-30' } }));
  // 8101, 8102, 8103 wanted a bigger pair: 3 of the 4 units back were too small; 8104 wanted a smaller one
  expect(s.topReasons).toEqual([
    { reason: 'size_too_small', units: 3, share: 0.75 },
    { reason: 'size_too_large', units: 1, share: 0.25 },
  ]);
});
