// Header names that mean a canonical field, in English, Spanish and Portuguese, as shops, ERPs and
// returns platforms write them. They are compared folded (case, accents and punctuation ignored),
// so "Número de orden", "numero_de_orden" and "NUMERO DE ORDEN" are one entry. Names that mean
// different things in different languages ("Estado" is a status in Spanish and a state in
// Portuguese) are left to the layouts that know which one they mean.

export type SynonymTable = Record<string, readonly string[]>;

const orderRef = [
  'order', 'order id', 'order number', 'order no', 'order #', 'order name', 'order ref', 'order reference', 'orderid',
  'pedido', 'id pedido', 'id del pedido', 'numero de pedido', 'nro pedido', 'nro de pedido', 'n pedido', 'no pedido',
  'orden', 'numero de orden', 'nro de orden', 'id de orden', 'orden de compra', 'numero de venta', 'nro de venta', '# de venta', 'venta',
  'numero do pedido', 'n do pedido', 'id do pedido', 'n de venda', 'numero da venda', 'codigo do pedido', 'original order',
  // sales ledgers and ERPs number invoices, not orders (UCI Online Retail's "InvoiceNo")
  'invoice', 'invoice no', 'invoice number', 'invoice id', 'factura', 'numero de factura', 'nro de factura', 'comprobante', 'numero de comprobante', 'nota fiscal',
];

const sku = [
  'sku', 'product sku', 'item sku', 'variant sku', 'sku code', 'product code', 'item code', 'article number', 'product id',
  'codigo', 'codigo de producto', 'codigo del producto', 'cod producto', 'codigo sku', 'referencia', 'ref', 'id producto',
  'codigo do produto', 'cod produto', 'id do produto', 'referencia do produto', 'stock code', 'item number', 'codigo de articulo',
];

const productName = [
  'product', 'product name', 'product title', 'item', 'item name', 'item title', 'title', 'description', 'product description',
  'producto', 'nombre del producto', 'nombre producto', 'articulo', 'descripcion', 'titulo', 'titulo de la publicacion',
  'produto', 'nome do produto', 'descricao', 'titulo do anuncio',
];

const carrier = ['carrier', 'shipping carrier', 'courier', 'shipping company', 'transportista', 'empresa de envio', 'correo', 'transportadora', 'operador logistico'];

const orderStatusNames = [
  '=order status', '=order state', '=estado de la orden', '=estado del pedido', '=estado de la venta', '=estado de la compra',
  '=status do pedido', '=situacao do pedido', '=status da venda',
];

const orderSynonyms: SynonymTable = {
  order_id: orderRef,
  ordered_at: [
    'ordered at', 'order date', 'order created', 'order created at', 'created at', 'created', 'date', 'purchase date', 'order time', 'placed at',
    'fecha', 'fecha de compra', 'fecha del pedido', 'fecha de pedido', 'fecha de la orden', 'fecha de orden', 'fecha de venta', 'fecha venta',
    'data', 'data do pedido', 'data da compra', 'data da venda', 'data de criacao',
    'invoice date', 'fecha de factura', 'fecha de emision', 'fecha del comprobante', 'data de emissao',
  ],
  customer_id: [
    'customer', 'customer id', 'customer email', 'email', 'e mail', 'buyer', 'buyer email', 'client', 'client id', 'user id',
    'cliente', 'id cliente', 'id de cliente', 'email del cliente', 'email del comprador', 'comprador', 'correo electronico',
    'id do cliente', 'email do cliente',
  ],
  sku,
  product_name: productName,
  category: ['category', 'product category', 'product type', 'department', 'categoria', 'categoria del producto', 'rubro', 'tipo de producto', 'departamento', 'categoria do produto'],
  variant: ['variant', 'variant title', 'variation', 'size', 'variante', 'talle', 'talla', 'variacion', 'variacao', 'tamanho'],
  quantity: [
    'quantity', 'qty', 'units', 'quantity ordered', 'ordered quantity', 'order quantity', 'units sold', 'item quantity',
    'cantidad', 'cant', 'unidades', 'cantidad del producto', 'cantidad vendida', 'unidades vendidas',
    'quantidade', 'qtd', 'qtde', 'quantidade vendida',
  ],
  unit_price: [
    // the price paid before the list price: Shopee's "Deal Price" beside its "Original Price"
    'deal price', 'unit price', 'price', 'item price', 'product price', 'selling price', 'sale price', 'price per unit', 'item cost',
    'precio', 'precio unitario', 'precio del producto', 'precio de venta', 'precio unit',
    'preco', 'preco unitario', 'valor unitario', 'preco de venda', 'preco do produto',
  ],
  line_total: [
    'line total', 'order line total', 'item total', 'line amount', 'total del item', 'total de la linea', 'importe de la linea', 'valor total do item', 'total do item',
    // what a line sold for: Superstore's "Sales" is quantity × price less the discount
    'sales', 'sales amount', 'revenue', 'ventas', 'importe de venta', 'valor da venda',
  ],
  line_discount: ['line discount', 'item discount', 'lineitem discount', 'descuento de la linea', 'descuento del item', 'desconto do item'],
  currency: ['currency', 'currency code', 'moneda', 'divisa', 'moeda'],
  channel: ['channel', 'sales channel', 'source', 'source name', 'marketplace', 'canal', 'canal de venta', 'origen', 'canal de venda', 'origem'],
  region: [
    'region', 'state', 'province', 'shipping province', 'shipping state', 'ship state', 'shipping region', 'state code',
    'provincia', 'provincia o estado', 'region de envio', 'uf', 'estado de entrega',
  ],
  country: ['country', 'country code', 'shipping country', 'ship country', 'pais', 'pais de envio'],
  carrier: [...carrier, 'shipping method', 'shipping service', 'delivery method', 'medio de envio', 'metodo de envio', 'forma de entrega', 'forma de envio', 'metodo de entrega'],
  document_type: [
    'document type', 'doc type', 'transaction type', 'invoice type', 'voucher type',
    'tipo de comprobante', 'tipo comprobante', 'tipo de documento', 'tipo documento', 'tipo de movimiento', 'tipo de transaccion',
    'tipo de documento fiscal', 'tipo de nota',
  ],
  delivered_at: ['delivered at', 'delivery date', 'delivered date', 'date delivered', 'fecha de entrega', 'fecha entregado', 'entregado el', 'data de entrega', 'entregue em'],
  // exactly these ("=", header-matching.ts): "Order Payment Status" and "Order Fulfillment Status"
  // are not it. A bare "Status" of an orders file is the order's (VTEX, Magento, PrestaShop)
  order_status: [...orderStatusNames, '=status', '=estado', '=situacao'],
  cancelled_at: ['cancelled at', 'canceled at', 'cancelled date', 'canceled date', 'cancellation date', 'date cancelled', 'fecha de cancelacion', 'cancelado el', 'data de cancelamento', 'cancelado em'],
};

/** Whether a line came back: a combined file's per line, an order-level returns list's per order. */
const returnFlag = ['returned', 'is returned', 'was returned', 'return status', 'return flag', 'return', 'devuelto', 'devolucion', 'estado de devolucion', 'estado de la devolucion', 'devolvido', 'devolucao', 'status da devolucao'];

// A returns export often carries its order's side too ("Quantity" and "Returned Quantity", "Amount"
// and "Refund Amount", "Carrier" and "Return Carrier", "Fecha" and "Fecha de devolución"): each
// field's names that say it is the return's come first, so that on equal matches they win.
const returnSynonyms: SynonymTable = {
  return_flag: returnFlag,
  // "Return No" only as the whole header: "no" is a filler word, so as a name it would be "return",
  // found in every "Return Qty", "Return Amount"
  return_id: [
    'return id', 'return number', '=return no', '=return nro', '=return num', '=return n', 'return reference', 'rma', 'rma number', 'rma id', 'return name', 'case id',
    'devolucion', 'id devolucion', 'id de devolucion', 'numero de devolucion', 'nro de devolucion', 'nro devolucion',
    'devolucao', 'id da devolucao', 'numero da devolucao',
  ],
  order_id: orderRef,
  sku,
  product_name: productName,
  quantity: [
    'return quantity', 'returned quantity', 'quantity returned', 'qty returned', 'return qty', 'returned qty', 'units returned',
    'cantidad devuelta', 'cant devuelta', 'unidades devueltas', 'quantidade devolvida', 'qtd devolvida',
    'quantity', 'qty', 'units', 'item quantity', 'item qty', 'cantidad', 'unidades', 'quantidade', 'qtd',
  ],
  reason_raw: [
    'reason', 'return reason', 'reason for return', 'return reason text', 'reason detail', 'customer reason',
    'motivo', 'motivo de devolucion', 'motivo de la devolucion', 'razon', 'causa', 'motivo da devolucao',
  ],
  // the request is when the return was created, opened or submitted; a bare "Fecha" / "Date" /
  // "Data" ("~", header-matching.ts) is the order's date where a returns app prints it beside the
  // order number, the request's only when no header names the request
  requested_at: [
    'requested at', 'request date', 'requested', 'return date', 'return requested', 'return requested at', 'date requested',
    'fecha de solicitud', 'fecha de devolucion', 'fecha solicitud', 'solicitado', 'solicitada', 'solicitada el',
    'fecha de creacion', 'creado', 'creada', 'creado el', 'fecha de alta', 'fecha de reclamo', 'fecha del cambio',
    'data da solicitacao', 'data da devolucao', 'solicitado em', 'data de criacao', 'criado em', 'criado',
    'created at', 'created', 'date created', 'request created', 'request created at', 'submitted at', 'submitted', 'opened at', 'opened', 'date opened',
    '~date', '~fecha', '~data',
  ],
  received_at: [
    'received at', 'received', 'received date', 'date received', 'return received', 'arrived at', 'warehouse received',
    'fecha de recepcion', 'fecha recibido', 'recibido', 'recibida el', 'data de recebimento', 'recebido em', 'recebido',
  ],
  resolved_at: [
    'resolved at', 'resolved', 'processed at', 'processed', 'processed date', 'closed at', 'completed at', 'refunded at', 'refund date',
    'fecha de resolucion', 'fecha de cierre', 'resuelto', 'procesado', 'fecha de reembolso', 'fecha procesado',
    'data de resolucao', 'data do reembolso', 'finalizado em', 'resolvido em',
  ],
  resolution: [
    'resolution', 'outcome', 'return outcome', 'return type', 'resolution type', 'refund type', 'compensation', 'refund method',
    'resolucion', 'tipo de devolucion', 'resultado', 'solucion', 'tipo de resolucion', 'resolucao', 'tipo de resolucao', 'solucao',
  ],
  amount: [
    'refund amount', 'refunded amount', 'amount refunded', 'refund', 'refund total', 'refund value', 'credit amount',
    'monto reembolsado', 'importe reembolsado', 'reembolso', 'monto devuelto',
    'valor reembolsado', 'valor do reembolso', 'estorno', 'valor estornado',
    'amount', 'monto', 'importe', 'valor',
    // a credit-memo grid's total (Magento): "Refunded" as the whole header, never "Refunded Qty"
    '=refunded', '=reembolsado',
  ],
  disposition: ['disposition', 'item disposition', 'restock action', 'destino', 'destino del producto', 'disposicion', 'destinacao', 'destino do produto'],
  // a bare "Status" or "Estado" only as the whole header ("=", header-matching.ts), never "Payment
  // Status". "Return status" is the return flag first, as lists of whole orders use it ("Returned:
  // Yes/No"); one whose values say no yes or no is refused as a flag (column-evidence.ts), and is a
  // returns app's status ("Done", "Rejected", "Expired": AfterShip's), which must not be lost
  request_status: [
    '=status', '=estado', '=state', '=situacao', '=situacion', '=rma status', '=request status', '=return request status', '=claim status',
    '=return status', '=estado de devolucion', '=estado de la devolucion', '=status da devolucao',
    '=return state', '=request state', '=estado de la solicitud', '=estado del rma', '=estado del reclamo', '=status da solicitacao',
  ],
  status_at: [
    'updated at', 'updated', 'last updated', 'last update', 'status date', 'status updated at', 'status changed at', 'modified at', 'last modified',
    'fecha de actualizacion', 'ultima actualizacion', 'actualizado', 'fecha de estado', 'data de atualizacao', 'ultima atualizacao', 'atualizado em',
  ],
  recovered_value: ['recovered value', 'recovery value', 'resale value', 'recovered', 'recovered amount', 'valor recuperado', 'recupero', 'monto recuperado', 'valor de reventa', 'valor de revenda'],
  shipping_cost: [
    'return shipping cost', 'return shipping', 'return label cost', 'label cost', 'shipping label cost',
    'costo de envio de devolucion', 'costo de etiqueta', 'frete de devolucao', 'custo da etiqueta',
    'shipping cost', 'costo de envio', 'costo logistico', 'custo de envio', 'custo do frete',
  ],
  carrier: ['return carrier', ...carrier],
};

/** A combined file names the return's side with words that set it apart from the order's. */
const combinedReturnSynonyms: SynonymTable = {
  return_flag: returnFlag,
  return_id: returnSynonyms.return_id!,
  return_quantity: ['return quantity', 'returned quantity', 'quantity returned', 'qty returned', 'return qty', 'returned qty', 'units returned', 'qty refunded', 'quantity refunded', 'refunded quantity', 'cantidad devuelta', 'cant devuelta', 'unidades devueltas', 'quantidade devolvida', 'qtd devolvida'],
  reason_raw: returnSynonyms.reason_raw!,
  requested_at: ['return date', 'returned at', 'return requested', 'return requested at', 'return request date', 'date returned', 'fecha de devolucion', 'data da devolucao'],
  received_at: returnSynonyms.received_at!,
  resolved_at: returnSynonyms.resolved_at!,
  resolution: returnSynonyms.resolution!,
  amount: ['refund amount', 'refunded amount', 'amount refunded', 'refund', 'refund total', 'monto reembolsado', 'importe reembolsado', 'reembolso', 'valor reembolsado', 'estorno'],
  disposition: returnSynonyms.disposition!,
  recovered_value: returnSynonyms.recovered_value!,
  shipping_cost: ['return shipping cost', 'return shipping', 'return label cost', 'label cost', 'costo de envio de devolucion', 'frete de devolucao'],
  return_carrier: ['return carrier', 'transportista de devolucion', 'transportadora da devolucao'],
};

export const synonymsOfKind = {
  orders: orderSynonyms,
  returns: returnSynonyms,
  // a bare "Status" of a combined file may be the return's ("Returned / Not returned"): only an
  // order's status by name
  combined: { ...orderSynonyms, order_status: orderStatusNames, ...combinedReturnSynonyms },
} satisfies Record<string, SynonymTable>;
