import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

// The drill-down's questions (queries/rows_*.sql), each paired with the zod schema of its rows.
// Every row also carries the totals of the whole filtered set, which the service lifts out.

const timestamp = z.string().nullable();
const money = z.number().nullable();

export const returnRowSchema = z.object({
  returnId: z.string(),
  orderId: z.string(),
  sku: z.string(),
  productName: z.string().nullable(),
  category: z.string().nullable(),
  customerId: z.string().nullable(),
  quantity: z.number().int(),
  reason: z.string(),
  reasonRaw: z.string().nullable(),
  reasonGroup: z.string(),
  orderedAt: timestamp,
  requestedAt: z.string(),
  receivedAt: timestamp,
  resolvedAt: timestamp,
  resolution: z.string(),
  amount: money,
  returnedValue: money,
  disposition: z.string().nullable(),
  recoveredValue: money,
  shippingCost: money,
  returnCarrier: z.string().nullable(),
  orderCarrier: z.string().nullable(),
  channel: z.string().nullable(),
  region: z.string().nullable(),
  daysRequestToResolved: z.number().nullable(),
  ageDays: z.number().nullable(),
});

export const orderLineRowSchema = z.object({
  orderId: z.string(),
  lineNo: z.number().int(),
  orderedAt: z.string(),
  customerId: z.string().nullable(),
  sku: z.string(),
  productName: z.string().nullable(),
  category: z.string().nullable(),
  variant: z.string().nullable(),
  quantity: z.number().int(),
  unitPrice: z.number(),
  lineValue: z.number(),
  currency: z.string().nullable(),
  channel: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  carrier: z.string().nullable(),
  deliveredAt: timestamp,
  unitsReturned: z.number().int(),
});

export const productRowSchema = z.object({
  sku: z.string(),
  productName: z.string().nullable(),
  category: z.string().nullable(),
  unitsSold: z.number().int(),
  unitsReturned: z.number().int(),
  returnRateUnits: z.number().nullable(),
  grossSales: z.number(),
  returnedValue: z.number(),
  topReason: z.string().nullable(),
  baselineRate: z.number().nullable(),
  lift: z.number().nullable(),
  excessUnits: z.number().nullable(),
  farAboveCategory: z.boolean(),
});

export const returnRowsQuery = new SqlQuery(
  'rows_returns',
  returnRowSchema.extend({ total: z.number().int(), totalUnits: z.number().int(), totalReturnedValue: z.number() }),
);

export const orderLineRowsQuery = new SqlQuery(
  'rows_order_lines',
  orderLineRowSchema.extend({ total: z.number().int(), totalUnits: z.number().int(), totalValue: z.number() }),
);

export const productRowsQuery = new SqlQuery(
  'rows_products',
  productRowSchema.extend({ total: z.number().int(), flaggedTotal: z.number().int() }),
);

export const cycleHistogramQuery = new SqlQuery(
  'rows_cycle_histogram',
  z.object({
    fromDays: z.number().int(),
    toDays: z.number().int().nullable(),
    returns: z.number().int(),
    n: z.number().int(),
    p50: z.number().nullable(),
    p90: z.number().nullable(),
  }),
);
