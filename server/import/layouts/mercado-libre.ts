import type { Layout } from './layout.ts';

/**
 * Mercado Libre / Mercado Livre "Ventas" report saved as CSV: a title and a blank line above the
 * header, the currency in money headers ("Ingresos por productos (ARS)"), dates like
 * "15 de marzo de 2024 14:32 hs.", and "Estado" twice (the sale's status, then the buyer's
 * province after "Ciudad"). Refunds per sale ("Anulaciones y reembolsos") make it combined.
 */
export const mercadoLibreSales: Layout = {
  source: 'mercadolibre',
  label: 'Mercado Libre sales report',
  signatures: [
    ['# de venta', 'Fecha de venta', 'Unidades', 'SKU', 'Título de la publicación'],
    ['N.º de venda', 'Data da venda', 'Unidades', 'SKU', 'Título do anúncio'],
  ],
  kind: 'orders',
  fields: {
    order_id: ['# de venta', 'N.º de venda'],
    ordered_at: ['Fecha de venta', 'Data da venda'],
    quantity: ['Unidades'],
    sku: ['SKU'],
    product_name: ['Título de la publicación', 'Título do anúncio'],
    variant: ['Variante', 'Variação'],
    line_total: ['Ingresos por productos', 'Receita por produtos'],
    unit_price: ['Precio unitario de venta de la publicación', 'Preço unitário de venda do anúncio'],
    customer_id: ['Comprador'],
    channel: ['Canal de venta', 'Canal de venda'],
    region: ['Estado (2)', 'Provincia'],
    carrier: ['Forma de entrega', 'Transportista', 'Transportadora'],
    delivered_at: ['Fecha de entrega', 'Data de entrega'],
    amount: ['Anulaciones y reembolsos', 'Cancelamentos e reembolsos'],
    reason_raw: ['Descripción del estado', 'Descrição do status'],
    // the sale's own status, the first "Estado"
    order_status: ['=Estado', '=Status'],
  },
  dayFirst: true,
};
