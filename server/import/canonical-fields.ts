// The fields an import can fill, per canonical table (DESIGN.md "Canonical data model").
// `type` says how a source text becomes a value; `required` fields must be mapped and present.

export type FieldType = 'text' | 'order_ref' | 'integer' | 'money' | 'timestamp' | 'vocabulary';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
}

export type TableKind = 'orders' | 'returns';

export const canonicalFields: Record<TableKind, readonly FieldSpec[]> = {
  orders: [
    { name: 'order_id', type: 'order_ref', required: true },
    { name: 'ordered_at', type: 'timestamp', required: true },
    { name: 'customer_id', type: 'text' },
    { name: 'sku', type: 'text', required: true },
    { name: 'product_name', type: 'text' },
    { name: 'category', type: 'text' },
    { name: 'variant', type: 'text' },
    { name: 'quantity', type: 'integer', required: true },
    { name: 'unit_price', type: 'money', required: true },
    { name: 'currency', type: 'text' },
    { name: 'channel', type: 'text' },
    { name: 'region', type: 'text' },
    { name: 'country', type: 'text' },
    { name: 'carrier', type: 'text' },
    { name: 'delivered_at', type: 'timestamp' },
  ],
  returns: [
    { name: 'return_id', type: 'text' },
    { name: 'order_id', type: 'order_ref', required: true },
    { name: 'sku', type: 'text', required: true },
    { name: 'quantity', type: 'integer', required: true },
    { name: 'reason_raw', type: 'text' },
    { name: 'reason', type: 'vocabulary' },
    { name: 'requested_at', type: 'timestamp', required: true },
    { name: 'received_at', type: 'timestamp' },
    { name: 'resolved_at', type: 'timestamp' },
    { name: 'resolution', type: 'vocabulary' },
    { name: 'amount', type: 'money' },
    { name: 'disposition', type: 'vocabulary' },
    { name: 'recovered_value', type: 'money' },
    { name: 'shipping_cost', type: 'money' },
    { name: 'carrier', type: 'text' },
  ],
};

/** Without a SKU a line is still a product: its name stands in (DESIGN.md). */
export const skuFallbackField = 'product_name';
