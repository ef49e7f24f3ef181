import type { Layout } from './layout.ts';

/**
 * Tiendanube / Nuvemshop "Exportar ventas": `;`-separated, Windows-1252, decimal comma with `.`
 * for thousands, times like "20/12/2025 10:00:00", one row per product with the order's fields
 * repeated. Newer exports misspell a few headers; the matching forgives a typo or two.
 */
export const tiendanubeSales: Layout = {
  source: 'tiendanube',
  label: 'Tiendanube / Nuvemshop sales export',
  signatures: [
    ['Número de orden', 'Fecha', 'Nombre del producto', 'Precio del producto', 'Cantidad del producto'],
    ['Número do pedido', 'Data', 'Nome do produto', 'Preço do produto', 'Quantidade do produto'],
  ],
  kind: 'orders',
  fields: {
    order_id: ['Número de orden', 'Número do pedido'],
    ordered_at: ['Fecha', 'Data'],
    customer_id: ['Email', 'E-mail'],
    product_name: ['Nombre del producto', 'Nome do produto'],
    unit_price: ['Precio del producto', 'Preço do produto'],
    quantity: ['Cantidad del producto', 'Quantidade do produto'],
    sku: ['SKU'],
    currency: ['Moneda', 'Moeda'],
    channel: ['Canal'],
    region: ['Provincia o estado', 'Estado'],
    country: ['País'],
    carrier: ['Medio de envío', 'Forma de entrega', 'Meio de envio'],
    order_status: ['=Estado de la orden', '=Status do pedido', '=Situação do pedido'],
  },
  dayFirst: true,
  decimalComma: true,
};
