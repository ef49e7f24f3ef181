import type { Layout } from './layout.ts';

/**
 * Amazon Seller Central "All Orders" report (flat file, tab-separated): one row per item, its
 * `item-price` the line's total, not the unit's ("aggregate of the quantity"), and its promotion
 * discount negative and not yet taken off it. Cancelled orders stay in it with their status.
 */
export const amazonAllOrders: Layout = {
  source: 'amazon',
  label: 'Amazon All Orders report',
  signatures: [['amazon-order-id', 'purchase-date', 'order-status', 'sku', 'quantity', 'item-price']],
  kind: 'orders',
  fields: {
    order_id: ['amazon-order-id'],
    ordered_at: ['purchase-date'],
    order_status: ['=order-status'],
    sku: ['sku'],
    product_name: ['product-name'],
    quantity: ['quantity'],
    line_total: ['item-price'],
    line_discount: ['item-promotion-discount'],
    currency: ['currency'],
    channel: ['sales-channel'],
    region: ['ship-state'],
    country: ['ship-country'],
    carrier: ['ship-service-level'],
  },
  dayFirst: false,
  lineTotalBeforeDiscount: true,
};
