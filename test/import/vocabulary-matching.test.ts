import { describe, expect, it } from 'vitest';
import { foldText, isCancelledOrderStatus, isChargeLine, matchDisposition, matchReason, matchRequestStatus, matchResolution, matchReturnFlag } from '../../server/import/vocabulary-matching.ts';

describe('foldText', () => {
  it.each([
    ['Talle pequeño!', 'talle pequeno'],
    ['N.º de venda', 'n o de venda'],
    ['  Cancelamentos e reembolsos (BRL) ', 'cancelamentos e reembolsos brl'],
    ['ORDER_ID', 'order id'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('matchReason: texts as customers write them, in English, Spanish and Portuguese', () => {
  it.each([
    ['Talle pequeño', 'size_too_small'],
    ['Me queda chico', 'size_too_small'],
    ['Too small', 'size_too_small'],
    ['Ficou pequeno', 'size_too_small'],
    ['Talla grande', 'size_too_large'],
    ['Runs large', 'size_too_large'],
    ['Too loose', 'size_too_large'],
    ['Loose fit around the waist', 'size_too_large'],
    // a loose thread is a flaw of the item, not of its size
    ['Loose thread on sleeve', 'defective'],
    // a taste is a change of mind, even about a colour or a style; a colour unlike the photo is not
    ["Didn't like the colour", 'changed_mind'],
    ['Prefer a different style', 'changed_mind'],
    ['No me gustó el color', 'changed_mind'],
    ['Color distinto al de la foto', 'not_as_described'],
    ['Ficou grande', 'size_too_large'],
    ['Wrong size', 'not_as_described'],
    ["Doesn't fit", 'not_as_described'],
    ['Llegó dañado', 'damaged_in_transit'],
    ['Caja rota', 'damaged_in_transit'],
    ['Arrived damaged', 'damaged_in_transit'],
    ['Chegou avariado', 'damaged_in_transit'],
    ['Producto equivocado', 'wrong_item'],
    ['Wrong item', 'wrong_item'],
    ['Produto errado', 'wrong_item'],
    ['Llegó tarde', 'late_delivery'],
    ['Delivery was late', 'late_delivery'],
    ['Atrasou a entrega', 'late_delivery'],
    ['Producto defectuoso', 'defective'],
    ['Defective', 'defective'],
    ['No funciona', 'defective'],
    ['Com defeito', 'defective'],
    ['No es como en la foto', 'not_as_described'],
    ['Not as described', 'not_as_described'],
    ['Cor diferente', 'not_as_described'],
    ['Encontré mejor precio', 'better_price'],
    ['Found a better price', 'better_price'],
    ['Cambié de opinión', 'changed_mind'],
    ['Changed mind', 'changed_mind'],
    ['Mudei de ideia', 'changed_mind'],
    ['size_too_small', 'size_too_small'],
    ['Otro', 'other'],
    ['zzz', 'other'],
    // a chosen reason and the customer's words after it: the label decides; the words give a fit
    // label its direction, and decide when the label is other or names only an attribute
    ['Defective - too small battery', 'defective'],
    ['Producto defectuoso: la batería dura muy poco, queda chica', 'defective'],
    ['Wrong item – ordered size M, got a small', 'wrong_item'],
    ["Doesn't fit - too small", 'size_too_small'],
    ['No me queda | muy grande', 'size_too_large'],
    ['Other: too small', 'size_too_small'],
    ['Otro - llegó roto', 'damaged_in_transit'],
    ['Talle: muy chico', 'size_too_small'],
    ['Changed mind / found a better price', 'changed_mind'],
    ['Too small - doesn\'t fit', 'size_too_small'],
    ['Talle chico - no me queda', 'size_too_small'],
    ['Ficou pequeno - não serviu', 'size_too_small'],
    ['Size too large - wrong size', 'size_too_large'],
    ['Color: didn\'t like it', 'changed_mind'],
    ['Color: no me gustó', 'changed_mind'],
    ['Colour: wrong colour sent', 'wrong_item'],
    ['Color distinto al de la foto - no me gustó', 'not_as_described'],
    // a hyphen inside words is no label
    ['Too small - fits like an XS', 'size_too_small'],
    ['T-shirt too small', 'size_too_small'],
    // the size asked for in exchange: a bigger one means it was too small
    ['Necesito un talle más grande', 'size_too_small'],
    ['Quiero cambiarlo por un talle más grande', 'size_too_small'],
    ['Need a bigger size', 'size_too_small'],
    ['Exchange for a larger size', 'size_too_small'],
    ['Cambio por talle más chico', 'size_too_large'],
    ['I want a smaller size', 'size_too_large'],
    ['Size down', 'size_too_large'],
    ["I didn't want it, the size was larger than expected", 'size_too_large'],
    ['Quiero cambiarlo por uno más chico', 'size_too_large'],
    // a comparative about something else, or beside a defect or damage, is no size asked for
    ['Necesito menor precio', 'better_price'],
    ['Quiero devolverlo, es más chico de lo que parecía en la foto', 'not_as_described'],
    ['Quiero cambiarlo por uno más grande porque llegó roto', 'damaged_in_transit'],
    ['Need a bigger one, this one is defective', 'defective'],
    ['I need a larger box, item arrived damaged', 'damaged_in_transit'],
    // the customer ordered the wrong thing: their change of mind, not the seller's wrong item
    ['ORDERED_WRONG_ITEM', 'changed_mind'],
    ['Bought by mistake', 'changed_mind'],
    ['Compré el modelo equivocado', 'changed_mind'],
    ['MISORDERED', 'changed_mind'],
    ['Me enviaron un producto equivocado', 'wrong_item'],
    // a size ordered wrong is still a question of fit
    ['Ordered wrong size', 'not_as_described'],
    ['Pedí el talle equivocado', 'not_as_described'],
    ['Me equivoqué de talle', 'not_as_described'],
  ])('%s → %s', (text, code) => expect(matchReason(text)).toBe(code));

  it('an empty or missing text is other', () => {
    expect(matchReason('')).toBe('other');
    expect(matchReason(null)).toBe('other');
  });
});

describe('matchResolution', () => {
  it.each([
    // nothing given back, unless the text names what was given instead
    ['No refund', 'rejected'],
    ['Not refunded', 'rejected'],
    ['Sin reembolso', 'rejected'],
    ['Sin reembolso, cambio por otro talle', 'exchange'],
    ['No refund - store credit issued', 'store_credit'],
    // a refund that leaves the shipping out is a refund
    ['Partial refund (no refund of return shipping)', 'refund'],
    ['Reembolso - sin reembolso de envío', 'refund'],
    ['Refund minus shipping; no refund of shipping cost', 'refund'],
    ['Reembolso', 'refund'],
    ['Devolución del dinero', 'refund'],
    ['Refund', 'refund'],
    ['Refunded to original payment', 'refund'],
    ['Estorno', 'refund'],
    ['Cambio', 'exchange'],
    ['Exchange', 'exchange'],
    ['Troca', 'exchange'],
    ['Crédito en tienda', 'store_credit'],
    ['Store credit', 'store_credit'],
    ['Gift card', 'store_credit'],
    ['Vale', 'store_credit'],
    ['Cupón', 'store_credit'],
    // money back to how the customer paid, though it says "credit": a refund
    ['Credit Card', 'refund'],
    ['Reembolso a tarjeta de crédito', 'refund'],
    ['Estorno no cartão de crédito', 'refund'],
    ['PayPal', 'refund'],
    ['Bank transfer', 'refund'],
    ['Tarjeta de regalo', 'store_credit'],
    ['Nota de crédito', 'store_credit'],
    // an exchange that says how its difference was paid is an exchange; a word that begins like a
    // payment means is none
    ['Exchange (card charged for difference)', 'exchange'],
    ['Cambio - diferencia pagada con tarjeta', 'exchange'],
    ['Cashback', null],
    ['Transferido a nuevo pedido', null],
    ['Rechazada', 'rejected'],
    ['Denied', 'rejected'],
    ['Pendiente', 'pending'],
    ['In progress', 'pending'],
    ['store_credit', 'store_credit'],
    ['Devuelto a la luna', null],
  ])('%s → %s', (text, code) => expect(matchResolution(text)).toBe(code));
});

describe('matchDisposition', () => {
  it.each([
    ['Reingreso a stock', 'restock'],
    ['Restock', 'restock'],
    ['Volta ao estoque', 'restock'],
    ['Outlet', 'resell'],
    ['Reventa', 'resell'],
    ['Reacondicionado', 'refurbish'],
    ['Refurbish', 'refurbish'],
    ['Liquidación', 'liquidate'],
    ['Reciclaje', 'recycle'],
    ['Descarte', 'dispose'],
    ['Scrap', 'dispose'],
    ['Devolución al proveedor', 'return_to_vendor'],
    ['Return to vendor', 'return_to_vendor'],
    ['Luna', null],
  ])('%s → %s', (text, code) => expect(matchDisposition(text)).toBe(code));
});

describe('matchReturnFlag', () => {
  it.each([
    ['Returned', 'returned'],
    ['Not Returned', 'not_returned'],
    ['Sí', 'returned'],
    ['No', 'not_returned'],
    ['Devuelto', 'returned'],
    ['No devuelto', 'not_returned'],
    ['Sim', 'returned'],
    ['Não', 'not_returned'],
    ['1', 'returned'],
    ['0', 'not_returned'],
    ['true', 'returned'],
    ['maybe', null],
  ])('%s → %s', (text, code) => expect(matchReturnFlag(text)).toBe(code));
});

describe('isCancelledOrderStatus and matchRequestStatus: statuses read whole', () => {
  it.each([
    ['Cancelada', true], ['Cancelled', true], ['Voided', true], ['Failed', true], ['Cancelada por el comprador', true], ['Venta cancelada. No despaches.', true],
    ['Partially cancelled', false], ['Cancelación parcial', false], ['Cancellation rejected', false], ['Not cancelled', false],
    ['Delivery failed - reshipped', false], ['Payment failed, retried', false], ['Cancelamento solicitado', false], ['Completed', false], ['Entregado', false],
  ])('order %s → cancelled %s', (text, cancelled) => expect(isCancelledOrderStatus(text)).toBe(cancelled));

  it.each([
    ['Cancelled by customer', 'withdrawn'], ['Expired', 'withdrawn'], ['Solicitud vencida', 'withdrawn'], ['Rejected', 'rejected'], ['Declined', 'rejected'],
    // picked up by the carrier: on its way back
    ['Retirado por el correo', null], ['Aguardando retirada', null], ['Refund cancelled', null], ['Garantía vencida', null], ['Não cancelado', null], ['Approved', null],
  ])('request %s → %s', (text, code) => expect(matchRequestStatus(text)).toBe(code));
});

describe('isChargeLine: shipping, tips and fees by their SKU or name', () => {
  it.each([
    ['ENVIO', true], ['Envío estándar', true], ['Shipping', true], ['Costo de envío', true], ['Propina', true], ['Frete', true], ['Handling fee', true],
    ['Envase de vidrio', false], ['Gift Card $50', false], ['Shipping box set', false], ['Shipping Protection by Route', true], ['Tipografía en remera', false], ['Delivery boots', false],
  ])('%s → %s', (text, charge) => expect(isChargeLine(text)).toBe(charge));
});
