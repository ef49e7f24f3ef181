import { describe, expect, it } from 'vitest';
import { isCancelledOrderStatus } from '../../server/import/vocabulary-matching.ts';

// Order statuses as shops' exports write them. An order whose status says it never became a sale
// is left out; each one missed counted as a sale, silently (found by a hunt).

describe('statuses of orders that never became a sale', () => {
  it.each([
    // WooCommerce's own slugs, as WP All Export and API-based exports write them
    'wc-cancelled', 'wc-failed',
    // Mercado Livre (Brazil) and Mercado Libre
    'Venda cancelada', 'Cancelado pelo Mercado Livre', 'Cancelada pelo comprador', 'Cancelaste la venta', 'Cancelada por Mercado Libre',
    // why it was cancelled, said after it
    'Cancelado por falta de pago', 'Cancelado por fraude', 'Cancelado por falta de pagamento', 'Cancelled (Refunded)', 'Cancelada - Reembolsada', 'Cancelled due to fraud',
    // an unpaid order the shop let expire (Tiendanube, WooCommerce), an authorisation that lapsed (Shopify)
    'Expired', 'Expirada', 'Expirado', 'Pedido expirado', 'wc-expired',
    // a payment refused: nothing was sold
    'Pagamento recusado', 'Payment declined', 'Pago rechazado',
    // as before
    'Cancelada', 'Cancelled', 'Voided', 'Failed', 'Anulado', 'Cancelada por el comprador', 'Venta cancelada. No despaches.',
  ])('%s is cancelled', (text) => expect(isCancelledOrderStatus(text)).toBe(true));

  it.each([
    // a cancellation asked for may still be refused and the order shipped: the sale stands until a
    // later export says it was cancelled, and that import takes it out
    'Cancelación solicitada', 'Cancelamento solicitado', 'Cancellation requested', 'Solicitud de cancelación',
    // a refund or a return follows a sale
    'wc-refunded', 'Refunded', 'Devuelta', 'Reembolsado', 'wc-completed', 'wc-processing',
    // read whole: a part cancelled, a payment retried, a card replaced are sales
    'Partially cancelled', 'Cancelación parcial', 'Cancellation rejected', 'Pago rechazado, reintentado', 'Expired card replaced', 'Payment failed, retried',
    'Completed', 'Entregado', 'Pendiente de pago',
  ])('%s is a sale', (text) => expect(isCancelledOrderStatus(text)).toBe(false));
});
