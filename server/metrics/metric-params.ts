import { z } from 'zod';
import { compareShape, metricFiltersShape, pageShape, periodRunsForward } from './metric-filters.ts';

// What each metrics route may be asked: the standard filters plus its own options. The routes
// validate with these, and the service's option types are inferred from them, so an option's
// values are written once.

export const summaryParams = z.object({ ...metricFiltersShape, ...compareShape }).refine(...periodRunsForward);

/** One grain today: the month. It is validated and echoed, so a client that asks for it gets what it asked. */
export const trendParams = z.object({ ...metricFiltersShape, grain: z.literal('month').default('month') }).refine(...periodRunsForward);

/** The nowcast of the provisional months (server/curve/nowcast-service.ts): the standard filters only. */
export const nowcastParams = z.object(metricFiltersShape).refine(...periodRunsForward);

export const breakdownParams = z
  .object({
    ...metricFiltersShape,
    ...pageShape,
    by: z.enum(['sku', 'category', 'channel', 'region', 'carrier', 'reason']),
    sort: z.enum(['key', 'unitsSold', 'unitsReturned', 'returnRateUnits', 'returnedValue', 'grossSales', 'returnRateValue']).default('unitsReturned'),
    order: z.enum(['asc', 'desc']).default('desc'),
    search: z.string().trim().min(1).max(200).optional(),
  })
  .refine(...periodRunsForward);

export const reasonsParams = z
  .object({ ...metricFiltersShape, by: z.enum(['month', 'category']), limit: z.coerce.number().int().min(1).max(200).default(100) })
  .refine(...periodRunsForward);

export const cycleTimesParams = z
  .object({ ...metricFiltersShape, ...compareShape, by: z.enum(['month', 'category', 'carrier', 'returnCarrier']).default('month') })
  .refine(...periodRunsForward);

export const slaParams = z
  .object({ ...metricFiltersShape, ...compareShape, slaDays: z.coerce.number().positive().max(365).default(7) })
  .refine(...periodRunsForward);

export const openReturnsParams = z
  .object({ ...metricFiltersShape, ...pageShape, stage: z.enum(['awaiting_receipt', 'awaiting_resolution']).optional() })
  .refine(...periodRunsForward);

export const avoidableParams = z
  .object({
    ...metricFiltersShape,
    ...compareShape,
    ...pageShape,
    by: z.enum(['month', 'sku', 'category', 'channel', 'region', 'carrier']).default('month'),
    limit: pageShape.limit.unwrap().default(100),
  })
  .refine(...periodRunsForward);

export const valueRecoveryParams = z.object({ ...metricFiltersShape, ...compareShape }).refine(...periodRunsForward);

export const repeatPurchaseParams = z
  .object({ ...metricFiltersShape, ...compareShape, withinDays: z.coerce.number().int().min(1).max(730).default(90) })
  .refine(...periodRunsForward);

export const serialReturnersParams = z
  .object({
    ...metricFiltersShape,
    ...compareShape,
    ...pageShape,
    minOrders: z.coerce.number().int().min(1).max(1000).default(3),
    minReturnRate: z.coerce.number().min(0).max(10).default(0.5),
    sort: z.enum(['unitsReturned', 'returnRateUnits', 'refundedValue', 'orders']).default('unitsReturned'),
  })
  .refine(...periodRunsForward);

export type Comparison = NonNullable<z.infer<typeof summaryParams>['compare']>;
export type TrendGrain = z.infer<typeof trendParams>['grain'];
export type BreakdownOptions = Pick<z.infer<typeof breakdownParams>, 'by' | 'sort' | 'order' | 'limit' | 'offset' | 'search'>;
export type ReasonsBy = z.infer<typeof reasonsParams>['by'];
export type CycleTimesBy = z.infer<typeof cycleTimesParams>['by'];
export type OpenReturnsOptions = Pick<z.infer<typeof openReturnsParams>, 'stage' | 'limit' | 'offset'>;
export type AvoidableOptions = Pick<z.infer<typeof avoidableParams>, 'by' | 'limit' | 'offset'>;
export type SerialReturnerOptions = Pick<z.infer<typeof serialReturnersParams>, 'minOrders' | 'minReturnRate' | 'sort' | 'limit' | 'offset'>;
