import { describe, expect, it } from 'vitest';
import { headerScore } from '../../server/import/mapping/header-matching.ts';
import { proposeMapping, recogniseLayout, requireComplete } from '../../server/import/mapping/propose-mapping.ts';
import type { ImportError } from '../../server/import/import-error.ts';
import { foldText } from '../../server/import/vocabulary-matching.ts';

describe('headerScore', () => {
  it.each([
    ['Número de orden', 'numero de orden', 1],
    ['NUMERO_DE_ORDEN', 'numero de orden', 1],
    ['Número orden', 'numero de orden', 0.9],
    ['Cantidad del prodcuto', 'cantidad del producto', 0.85],
    ['Lineitem sku', 'sku', 0.7],
    ['Days to return', 'return', 0],
    ['Subtotal', 'total', 0],
  ])('%s ~ %s = %s', (header, name, score) => expect(headerScore(foldText(header), name)).toBeCloseTo(score));
});

describe('recogniseLayout', () => {
  it.each([
    [['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem sku'], 'shopify'],
    [['Número de orden', 'Email', 'Fecha', 'Nombre del producto', 'Precio del producto', 'Cantidad del prodcuto', 'SKU'], 'tiendanube'],
    [['Order Number', 'Order Date', 'SKU', 'Item Name', 'Quantity', 'Item Cost', 'Order Line Total'], 'woocommerce'],
    [['# de venta', 'Fecha de venta', 'Estado', 'Unidades', 'Ingresos por productos (ARS)', 'SKU', 'Título de la publicación'], 'mercadolibre'],
    [['N.º de venda', 'Data da venda', 'Unidades', 'Receita por produtos (BRL)', 'SKU', 'Título do anúncio'], 'mercadolibre'],
  ])('%j → %s', (headers, source) => expect(recogniseLayout(headers)?.source).toBe(source));

  it('does not take a plain file for a layout', () => {
    expect(recogniseLayout(['order_id', 'ordered_at', 'sku', 'quantity', 'unit_price'])).toBeUndefined();
  });
});

describe('proposeMapping', () => {
  // A returns export that carries its order's side too: the headers that say "return" are the
  // return's, where the field's plain name once won the tie and stored the ordered quantity, the
  // order's amount, its outbound carrier and shipping, and the order date as the request date.
  it.each([
    [
      ['Return ID', 'Order ID', 'SKU', 'Quantity', 'Returned Quantity', 'Amount', 'Refund Amount', 'Return Date', 'Reason'],
      { quantity: 'Returned Quantity', amount: 'Refund Amount', requested_at: 'Return Date' },
    ],
    [
      ['Return ID', 'Order ID', 'SKU', 'Quantity', 'Created At', 'Reason', 'Amount', 'Refund Amount', 'Shipping Cost', 'Return Shipping Cost', 'Carrier', 'Return Carrier'],
      { amount: 'Refund Amount', shipping_cost: 'Return Shipping Cost', carrier: 'Return Carrier' },
    ],
    [
      ['Nro de devolución', 'Nro de pedido', 'SKU', 'Cantidad', 'Cantidad devuelta', 'Importe', 'Monto reembolsado', 'Fecha', 'Fecha de devolución', 'Motivo'],
      { quantity: 'Cantidad devuelta', amount: 'Monto reembolsado', requested_at: 'Fecha de devolución' },
    ],
  ])('takes the return side of a returns file that has both: %j', (headers, expected) => {
    const proposal = proposeMapping({ headers, kind: 'returns' });
    expect(proposal.mapping).toMatchObject(expected);
  });

  it('maps a Spanish returns export from an ERP through the dictionary, with confidences', () => {
    const headers = ['Nro de devolución', 'Pedido', 'Código', 'Cantidad devuelta', 'Motivo', 'Fecha de solicitud', 'Fecha de recepción', 'Resolución', 'Monto reembolsado', 'Destino'];
    const proposal = proposeMapping({ headers, kind: 'auto' });
    expect(proposal).toMatchObject({ kind: 'returns', source: 'returns-export', missing: [] });
    expect(proposal.mapping).toEqual({
      return_id: 'Nro de devolución',
      order_id: 'Pedido',
      sku: 'Código',
      quantity: 'Cantidad devuelta',
      reason_raw: 'Motivo',
      requested_at: 'Fecha de solicitud',
      received_at: 'Fecha de recepción',
      resolution: 'Resolución',
      amount: 'Monto reembolsado',
      disposition: 'Destino',
    });
    expect(proposal.confidence.return_id).toBe(1);
    expect(proposal.confidence.order_id).toBe(1);
  });

  it('reads a file with orders and a return status as combined', () => {
    const headers = ['Order_ID', 'Product_ID', 'Order_Date', 'Return_Date', 'Product_Price', 'Order_Quantity', 'Return_Reason', 'Return_Status', 'Days_to_Return'];
    const proposal = proposeMapping({ headers, kind: 'auto' });
    expect(proposal.kind).toBe('combined');
    expect(proposal.mapping).toMatchObject({ return_flag: 'Return_Status', requested_at: 'Return_Date', quantity: 'Order_Quantity' });
    expect(Object.values(proposal.mapping)).not.toContain('Days_to_Return');
  });

  it('an explicit pairing wins, "" unmaps a field, and the rest is still detected', () => {
    const headers = ['order_id', 'ordered_at', 'sku', 'quantity', 'unit_price', 'region', 'Provincia'];
    const proposal = proposeMapping({ headers, kind: 'orders', explicit: { region: 'Provincia', customer_id: '' } });
    expect(proposal.mapping.region).toBe('Provincia');
    expect(proposal.mapping.customer_id).toBeUndefined();
    expect(proposal.mapping.order_id).toBe('order_id');
    expect(proposal.origin).toBe('explicit');
  });

  it('a saved mapping is used whole', () => {
    const headers = ['Pedido', 'Fecha', 'Art', 'Cant', 'Precio'];
    const saved = { kind: 'orders' as const, mapping: { order_id: 'Pedido', ordered_at: 'Fecha', sku: 'Art', quantity: 'Cant', unit_price: 'Precio' } };
    expect(proposeMapping({ headers, kind: 'auto', saved })).toMatchObject({ kind: 'orders', origin: 'saved', mapping: saved.mapping, missing: [] });
  });

  it('names the missing field and the headers seen, and says when the file fits another kind', () => {
    const headers = ['return_id', 'order_id', 'sku', 'quantity', 'reason', 'requested_at'];
    const proposal = proposeMapping({ headers, kind: 'orders' });
    expect(() => requireComplete(proposal, headers, 'orders')).toThrow(
      expect.objectContaining({ status: 422, code: 'missing_columns', details: { missing: ['ordered_at', 'unit_price'], headersSeen: headers, closestHeaders: {}, suggestedKind: 'returns' } }),
    );
  });

  it('a refused file is told the closest columns for what it lacks and the three ways to pair them', () => {
    const headers = ['Nro_Comprobante', 'Emitido', 'Articulo_Codigo', 'Unidades', 'Total_Renglon', 'Fecha_Emision_Comprobante_Cliente_Final'];
    const proposal = proposeMapping({ headers, kind: 'auto' });
    // four words in the date header are too many to pair on a name; a line total stands in for the unit price
    expect(proposal.missing).toEqual(['ordered_at', 'unit_price']);
    let error: ImportError | undefined;
    try {
      requireComplete(proposal, headers, 'auto');
    } catch (e) {
      error = e as ImportError;
    }
    expect(error?.details).toMatchObject({ closestHeaders: { ordered_at: 'Fecha_Emision_Comprobante_Cliente_Final', line_total: 'Total_Renglon' } });
    expect(error?.message).toContain('Closest columns: "Fecha_Emision_Comprobante_Cliente_Final" → ordered_at?, "Total_Renglon" → line_total?');
    expect(error?.message).toContain(`--mapping '{"ordered_at":"Fecha_Emision_Comprobante_Cliente_Final","line_total":"Total_Renglon"}' in the CLI`);
    expect(error?.message).toContain("the Import page's column mapping");
    expect(error?.message).toContain('the mapping field of POST /api/imports');
  });

  it('camel-cased ledger headers are read word by word: the UCI Online Retail header maps whole', () => {
    const headers = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
    const proposal = proposeMapping({ headers, kind: 'auto' });
    expect(proposal).toMatchObject({ kind: 'orders', missing: [] });
    expect(proposal.mapping).toEqual({
      order_id: 'InvoiceNo', sku: 'StockCode', product_name: 'Description', quantity: 'Quantity', ordered_at: 'InvoiceDate',
      unit_price: 'UnitPrice', customer_id: 'CustomerID', country: 'Country',
    });
  });

  it('a pre-joined orders file with an "Order Returned" Yes/No column and a Sales line total is combined', () => {
    const headers = ['Row ID', 'Order ID', 'Order Date', 'Ship Date', 'Ship Mode', 'Customer ID', 'Product ID', 'Category', 'Product Name', 'Sales', 'Quantity', 'Discount', 'Profit', 'Order Returned'];
    const proposal = proposeMapping({ headers, kind: 'auto' });
    expect(proposal).toMatchObject({ kind: 'combined', missing: [] });
    expect(proposal.mapping).toMatchObject({ order_id: 'Order ID', ordered_at: 'Order Date', line_total: 'Sales', quantity: 'Quantity', return_flag: 'Order Returned' });
  });
});

// A status column is named by its whole header: "Payment Status" in a returns file, or "Order
// Payment Status" in an orders file, holds another status, and read as the request's or the
// order's it dropped every row whose payment said "Cancelled".
describe('status columns', () => {
  it.each([
    ['returns', ['RMA number', 'Order number', 'Status', 'Created at', 'Item SKU', 'Quantity'], 'request_status', 'Status'],
    ['returns', ['RMA number', 'Order number', 'Payment Status', 'Created at', 'Item SKU', 'Quantity'], 'request_status', undefined],
    ['returns', ['RMA number', 'Order number', 'Order Status', 'Created at', 'Item SKU', 'Quantity'], 'request_status', undefined],
    ['returns', ['RMA number', 'Order number', 'Shipping State', 'Created at', 'Item SKU', 'Quantity'], 'request_status', undefined],
    ['orders', ['Order Number', 'Order Payment Status', 'Order Date', 'SKU', 'Quantity', 'Item Cost'], 'order_status', undefined],
    ['orders', ['Order ID', 'Order Status', 'Order Date', 'SKU', 'Quantity', 'Price'], 'order_status', 'Order Status'],
    ['orders', ['Order ID', 'Order Fulfillment Status', 'Order Date', 'SKU', 'Quantity', 'Price'], 'order_status', undefined],
    // a bare status is the order's in an orders file (VTEX, Magento), the request's in a returns file
    ['orders', ['Order ID', 'Status', 'Order Date', 'SKU', 'Quantity', 'Price'], 'order_status', 'Status'],
    ['orders', ['Pedido', 'Estado', 'Fecha', 'SKU', 'Cantidad', 'Precio'], 'order_status', 'Estado'],
    ['returns', ['Return ID', 'Order ID', 'State', 'Created at', 'SKU', 'Quantity'], 'request_status', 'State'],
    // in a combined file a bare "Status" may be the return's: not the order's
    ['combined', ['Order ID', 'Status', 'Order Date', 'SKU', 'Quantity', 'Price', 'Return Date', 'Return Quantity'], 'order_status', undefined],
  ] as const)('%s file with %j: %s is %s', (kind, headers, field, header) => {
    expect(proposeMapping({ headers: [...headers], kind }).mapping[field]).toBe(header);
  });
});
