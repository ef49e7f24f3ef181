import { z } from 'zod';
import { dispositions, reasonGroups, resolutions } from '../domain/returns-vocabulary.ts';
import { metricFiltersShape, pageShape, periodRunsForward } from '../metrics/metric-filters.ts';

// What a drill-down may ask: the metrics routes' filters, so the rows are those behind the figure
// that was clicked, plus the narrowing only rows need. Sort keys are allowlists per kind.

export const stages = ['requestToReceived', 'receivedToResolved', 'requestToResolved'] as const;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const text = z.string().trim().min(1).max(200);

const paging = {
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageShape,
  search: text.optional(),
};

export const returnSorts = [
  'requestedAt', 'receivedAt', 'resolvedAt', 'orderedAt', 'quantity', 'amount', 'returnedValue', 'recoveredValue',
  'shippingCost', 'ageDays', 'daysRequestToResolved', 'returnId', 'orderId', 'sku', 'category', 'customerId',
  'reason', 'resolution', 'disposition',
] as const;

export const orderLineSorts = [
  'orderedAt', 'deliveredAt', 'quantity', 'unitPrice', 'lineValue', 'orderId', 'sku', 'productName', 'category',
  'customerId', 'channel', 'region', 'carrier',
] as const;

export const productSorts = [
  'unitsSold', 'unitsReturned', 'returnRateUnits', 'returnedValue', 'grossSales', 'baselineRate', 'lift',
  'excessUnits', 'sku', 'productName', 'category', 'topReason',
] as const;

const returnsShape = {
  ...metricFiltersShape,
  resolution: z.enum(resolutions).optional(),
  /** `unknown`: the export did not say what happened to the item. */
  disposition: z.enum([...dispositions, 'unknown']).optional(),
  reasonGroup: z.enum(Object.keys(reasonGroups) as [keyof typeof reasonGroups, ...(keyof typeof reasonGroups)[]]).optional(),
  preventable: flag.optional(),
  customer: text.optional(),
  /** Only returns still pending and never resolved. */
  open: flag.default(false),
  /** A histogram bar: the returns whose stage `daysOf` took from `minDays` up to `maxDays` (open-ended without it). */
  daysOf: z.enum(stages).optional(),
  minDays: z.coerce.number().min(0).max(100_000).default(0),
  maxDays: z.coerce.number().min(0).max(100_000).optional(),
  ...paging,
};

const orderLinesShape = {
  ...metricFiltersShape,
  customer: text.optional(),
  /** Only the lines that came back (for `reason`, when given). */
  withReturns: flag.default(false),
  ...paging,
};

const productsShape = {
  ...metricFiltersShape,
  /** Only the SKUs whose rate is far above the rest of their category. */
  flagged: flag.default(false),
  minUnits: z.coerce.number().int().min(1).max(1_000_000).default(30),
  minLift: z.coerce.number().min(1).max(100).default(1.5),
  ...paging,
};

export const returnRowsParams = z
  .object({ ...returnsShape, sort: z.enum(returnSorts).default('requestedAt') })
  .refine(...periodRunsForward);
export const orderLineRowsParams = z
  .object({ ...orderLinesShape, sort: z.enum(orderLineSorts).default('orderedAt') })
  .refine(...periodRunsForward);
export const productRowsParams = z
  .object({ ...productsShape, sort: z.enum(productSorts).default('unitsReturned') })
  .refine(...periodRunsForward);

export const cycleHistogramParams = z
  .object({
    ...metricFiltersShape,
    stage: z.enum(stages).default('requestToResolved'),
    /** At most this many bins of whole days; wider bins when the durations run longer. */
    maxBins: z.coerce.number().int().min(5).max(200).default(40),
  })
  .refine(...periodRunsForward);

export type CycleHistogramParams = z.infer<typeof cycleHistogramParams>;
export type ReturnRowsParams = z.infer<typeof returnRowsParams>;
export type OrderLineRowsParams = z.infer<typeof orderLineRowsParams>;
export type ProductRowsParams = z.infer<typeof productRowsParams>;
