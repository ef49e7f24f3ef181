import type { Layout } from './layout.ts';

/**
 * TikTok Shop Seller Center "Export orders": one row per SKU, US dates with AM/PM ("03/05/2025
 * 10:12:33 AM"), a row describing the columns under the header. "SKU Unit Original Price" is the
 * list price before the seller's and the platform's discounts; "SKU Subtotal After Discount" is
 * what the line sold for, so the unit price is it ÷ "Quantity". "Sku Quantity of return" is per
 * line; "Order Refund Amount" is per order, repeated on each of its rows: reported, never spread.
 */
export const tiktokShopOrders: Layout = {
  source: 'tiktok-shop',
  label: 'TikTok Shop orders export',
  signatures: [['Order ID', 'Seller SKU', 'Sku Quantity of return', 'SKU Unit Original Price', 'SKU Subtotal After Discount', 'Created Time']],
  kind: 'orders',
  fields: {
    order_id: ['Order ID'],
    ordered_at: ['Created Time'],
    order_status: ['=Order Status'],
    cancelled_at: ['Cancelled Time'],
    customer_id: ['Buyer Username'],
    sku: ['Seller SKU'],
    product_name: ['Product Name'],
    variant: ['Variation'],
    category: ['Product Category'],
    quantity: ['Quantity'],
    line_total: ['SKU Subtotal After Discount'],
    region: ['Province', 'State'],
    country: ['Country'],
    carrier: ['Shipping Provider Name'],
    delivered_at: ['Delivered Time'],
    return_quantity: ['Sku Quantity of return'],
    order_refund: ['Order Refund Amount'],
  },
  dayFirst: false,
  orderRefundField: 'order_refund',
};
