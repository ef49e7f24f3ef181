// The fields an import can fill, per kind of file (docs/design.md, "The data model").
// `type` says how a source text becomes a value; `required` fields must be mapped and present.
// A few fields are read from the source but not stored as such: they say how to compute a stored
// one (`line_total`, `line_discount`) or whether a combined row holds a return (`return_flag`).

export type FieldType = 'text' | 'order_ref' | 'customer_ref' | 'integer' | 'money' | 'timestamp' | 'vocabulary' | 'flag';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
}

/** The canonical tables. */
export type TableKind = 'orders' | 'returns';
/** What a file holds: one table, or both in one row per order line (`combined`). */
export type FileKind = TableKind | 'combined';

/** The tables a kind of file fills. */
export const tablesOf: Record<FileKind, TableKind[]> = { orders: ['orders'], returns: ['returns'], combined: ['orders', 'returns'] };

const orderFields: readonly FieldSpec[] = [
  { name: 'order_id', type: 'order_ref', required: true },
  { name: 'ordered_at', type: 'timestamp', required: true },
  { name: 'customer_id', type: 'customer_ref' },
  { name: 'sku', type: 'text', required: true },
  { name: 'product_name', type: 'text' },
  { name: 'category', type: 'text' },
  { name: 'variant', type: 'text' },
  { name: 'quantity', type: 'integer', required: true },
  { name: 'unit_price', type: 'money', required: true },
  // the line's total, net of discount: unit_price = line_total / quantity when it is mapped
  { name: 'line_total', type: 'money' },
  // the discount on the whole line (Shopify's "Lineitem discount"): taken off the unit price
  { name: 'line_discount', type: 'money' },
  { name: 'currency', type: 'text' },
  { name: 'channel', type: 'text' },
  { name: 'region', type: 'text' },
  { name: 'country', type: 'text' },
  { name: 'carrier', type: 'text' },
  { name: 'delivered_at', type: 'timestamp' },
  // a refund an export gives per order, not per line (Shopify): reported, never spread over lines
  { name: 'order_refund', type: 'money' },
  // a sales ledger's document type: a credit note's lines are returns, not sales
  { name: 'document_type', type: 'vocabulary' },
  // an order cancelled ("Cancelada", "Cancelled at" filled) is no sale: its lines are left out
  { name: 'order_status', type: 'text' },
  { name: 'cancelled_at', type: 'timestamp' },
];

const returnFields: readonly FieldSpec[] = [
  { name: 'return_id', type: 'text' },
  // an order-level list's "Returned: Yes/No" (Superstore's Returns.csv): only the yeses came back
  { name: 'return_flag', type: 'flag' },
  { name: 'order_id', type: 'order_ref', required: true },
  { name: 'sku', type: 'text', required: true },
  // not stored on a return: it stands in for a missing SKU
  { name: 'product_name', type: 'text' },
  { name: 'quantity', type: 'integer', required: true },
  { name: 'reason_raw', type: 'text' },
  { name: 'reason', type: 'vocabulary' },
  { name: 'requested_at', type: 'timestamp', required: true },
  { name: 'received_at', type: 'timestamp' },
  { name: 'resolved_at', type: 'timestamp' },
  { name: 'resolution', type: 'vocabulary' },
  // the request's own status: one declined is a rejected return, one withdrawn or expired no return
  { name: 'request_status', type: 'text' },
  // when the status was set ("Updated at"): of rows that list one request's history, the latest counts
  { name: 'status_at', type: 'timestamp' },
  { name: 'amount', type: 'money' },
  { name: 'disposition', type: 'vocabulary' },
  { name: 'recovered_value', type: 'money' },
  { name: 'shipping_cost', type: 'money' },
  { name: 'carrier', type: 'text' },
];

/**
 * A combined row is an order line with, maybe, its return: the return's fields but those the line
 * already gives (order, SKU), its own quantity and carrier under their own names, and the column
 * saying whether the line came back. Without a return quantity the whole line came back.
 */
const givenByTheLine = new Set(['order_id', 'sku', 'product_name', 'quantity', 'carrier']);
// a combined row is one order line: it lists no request's history
const returnsFileOnly = new Set(['status_at']);
const combinedReturnFields: readonly FieldSpec[] = [
  { name: 'return_quantity', type: 'integer' },
  { name: 'return_carrier', type: 'text' },
  ...returnFields.filter((f) => !givenByTheLine.has(f.name) && !returnsFileOnly.has(f.name)).map((f) => ({ ...f, required: false })),
];

export const fieldsOfKind: Record<FileKind, readonly FieldSpec[]> = {
  orders: orderFields,
  returns: returnFields,
  combined: [...orderFields, ...combinedReturnFields],
};

const fieldsOfType = (type: FieldType) => new Set(Object.values(fieldsOfKind).flat().filter((f) => f.type === type).map((f) => f.name));
/** Every field read as money, of any kind of file: what a preview shows as an amount. */
export const moneyFields: ReadonlySet<string> = fieldsOfType('money');
/** Every field read as a timestamp. */
export const timestampFields: ReadonlySet<string> = fieldsOfType('timestamp');

/** Kept for callers that think in tables. */
export const canonicalFields: Record<TableKind, readonly FieldSpec[]> = { orders: orderFields, returns: returnFields };

/**
 * An order's own attributes, the same on each of its lines. Many exports write them on an order's
 * first line only (Shopify, and ERPs that print an order as a header row and its items): a line
 * left blank takes them from its order's other lines.
 */
export const orderLevelFields = ['customer_id', 'currency', 'channel', 'region', 'country', 'carrier', 'order_status', 'cancelled_at'] as const;

/** Without a SKU a line is still a product: its name stands in (docs/design.md, "The data model"). */
export const skuFallbackField = 'product_name';

/** A unit price can also come from the line's total. */
export const unitPriceFallbackField = 'line_total';

/** Fields only a returns or combined file has: finding them says what the file is. */
export const returnSignalFields = ['return_id', 'requested_at', 'reason_raw', 'reason', 'resolution', 'received_at', 'resolved_at', 'return_flag', 'return_quantity', 'disposition'];

export function fieldSpec(kind: FileKind, name: string): FieldSpec | undefined {
  return fieldsOfKind[kind].find((f) => f.name === name);
}

/**
 * A returns file with an order but no product (Superstore's Returns.csv: "Returned, Order ID") lists
 * whole orders: every line of each came back, with its own quantity, dated at its order.
 */
export function isOrderLevelReturns(kind: FileKind, mapped: (field: string) => boolean): boolean {
  return kind === 'returns' && mapped('order_id') && !mapped('sku') && !mapped(skuFallbackField);
}

const givenByTheOrder = new Set(['sku', 'quantity', 'requested_at']);

/** Required fields a mapping leaves unfilled, allowing for the fallbacks above. */
export function missingRequiredFields(kind: FileKind, mapped: (field: string) => boolean): string[] {
  const orderLevel = isOrderLevelReturns(kind, mapped);
  return fieldsOfKind[kind]
    .filter((f) => f.required && !mapped(f.name))
    .filter((f) => !(orderLevel && givenByTheOrder.has(f.name)))
    .filter((f) => !(f.name === 'sku' && mapped(skuFallbackField)))
    .filter((f) => !(f.name === 'unit_price' && mapped(unitPriceFallbackField)))
    .map((f) => f.name);
}
