import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Statuses that say an order never became a sale, as WooCommerce's slugs and Mercado Livre (Brazil)
// write them. Not read as cancelled, each such order counted as a sale, with no warning.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const summary = async () => parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-06-01', to: '2025-06-30' } }));

it("WooCommerce's status slugs: wc-cancelled and wc-failed are no sales, wc-refunded is one", async () => {
  const woo = [
    'Order Number,Order Status,Order Date,SKU,Item Name,Quantity,Item Cost',
    '1001,wc-completed,2025-06-02 10:11:00,CAM-01,Camisa lino,2,25.00',
    '1002,wc-cancelled,2025-06-03 12:40:00,CAM-01,Camisa lino,1,25.00',
    '1003,wc-failed,2025-06-04 09:05:00,PAN-02,Pantalón,1,40.00',
    '1004,wc-processing,2025-06-05 16:20:00,PAN-02,Pantalón,1,40.00',
    '1005,wc-refunded,2025-06-06 08:00:00,PAN-02,Pantalón,1,40.00',
  ].join('\n');
  const report = await importedReport(store.app, woo, { kind: 'orders' });
  expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 2, examples: ['1002', '1003'] }));
  // sold: 1001 (2 × 25.00), 1004 and 1005 (40.00 each): 3 orders, 4 units, 130.00; it read 5, 6, 195.00
  expect(await summary()).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 130 });
});

it('Mercado Livre (Brazil): "Venda cancelada" and "Cancelado pelo Mercado Livre" are no sales', async () => {
  const vendas = [
    'N.º de venda;Data da venda;Estado;SKU;Unidades;Preço unitário de venda do anúncio (BRL)',
    '2000001;10/06/2025 14:02;Entregue;TEN-41;1;199,90',
    '2000002;11/06/2025 09:30;Venda cancelada;TEN-41;1;199,90',
    '2000003;12/06/2025 20:15;Cancelado pelo Mercado Livre;TEN-42;2;199,90',
    '2000004;13/06/2025 11:45;Pagamento recusado;TEN-42;1;199,90',
    '2000005;14/06/2025 17:00;Entregue;TEN-42;1;199,90',
  ].join('\n');
  const report = await importedReport(store.app, vendas, { kind: 'orders' });
  expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'cancelled_orders_left_out', count: 3 }));
  // sold: 2000001 and 2000005, one pair each at 199.90; it read 5 orders, 6 pairs, 1,199.40
  expect(await summary()).toMatchObject({ orders: 2, unitsSold: 2, grossSales: 399.8 });
});
