import type { Layout } from './layout.ts';

/**
 * WooCommerce "Advanced Order Export": one row per product, English labels, ISO-like dates.
 * "Order Line Total" is the line net of discounts; refund columns per line make it a combined file.
 */
export const woocommerceOrders: Layout = {
  source: 'woocommerce',
  label: 'WooCommerce order export',
  signatures: [['Order Number', 'Order Date', 'SKU', 'Quantity', 'Item Cost']],
  kind: 'orders',
  fields: {
    order_id: ['Order Number', 'Order ID'],
    ordered_at: ['Order Date'],
    customer_id: ['Email (Billing)', 'Customer Email', 'Billing Email'],
    sku: ['SKU'],
    product_name: ['Item Name', 'Product Name'],
    category: ['Category', 'Product Categories'],
    variant: ['Variation', 'Product Variation'],
    quantity: ['Quantity', 'Qty'],
    unit_price: ['Item Cost'],
    line_total: ['Order Line Total', 'Order Line (w/o tax)'],
    currency: ['Order Currency', 'Currency'],
    channel: ['Order Created Via', 'Created Via'],
    region: ['State Code (Shipping)', 'State Name (Shipping)', 'State Code (Billing)'],
    country: ['Country Code (Shipping)', 'Country Code (Billing)'],
    carrier: ['Shipping Method Title'],
    amount: ['Order Line Total Refunded', 'Line Total Refunded'],
    return_quantity: ['Qty Refunded', 'Quantity Refunded', 'Order Line Qty Refunded'],
    // The refund's date, made once the parcel is back: the only date the export gives a return, so
    // it stands for the request, which came days earlier, and a returns app's return of the line
    // is matched to it across that gap (stage_refunds_of_stored_returns.sql). Read as the
    // resolution with no request, each return would be dated at its order instead, earlier still.
    requested_at: ['Refund Date', 'Date of Refund'],
    reason_raw: ['Refund Reason'],
    order_status: ['=Order Status', '=Status'],
  },
  dayFirst: false,
};
