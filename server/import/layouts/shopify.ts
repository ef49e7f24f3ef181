import type { Layout } from './layout.ts';

/**
 * Shopify admin "Export orders": one row per line item, 79 columns. Order-level columns (Email,
 * Currency, Shipping Method, Shipping Province…) are filled on an order's first row only, names
 * look like "#1001" and times like "2025-05-11 09:55:16 -0400". "Refunded Amount" is per order.
 */
export const shopifyOrders: Layout = {
  source: 'shopify',
  label: 'Shopify orders export',
  signatures: [['Name', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Financial Status']],
  kind: 'orders',
  fields: {
    order_id: ['Name'],
    ordered_at: ['Created at'],
    customer_id: ['Email'],
    sku: ['Lineitem sku'],
    product_name: ['Lineitem name'],
    quantity: ['Lineitem quantity'],
    unit_price: ['Lineitem price'],
    line_discount: ['Lineitem discount'],
    currency: ['Currency'],
    channel: ['Source'],
    region: ['Shipping Province', 'Billing Province'],
    country: ['Shipping Country', 'Billing Country'],
    carrier: ['Shipping Method'],
    order_refund: ['Refunded Amount'],
    cancelled_at: ['Cancelled at'],
  },
  orderRefundField: 'order_refund',
};
