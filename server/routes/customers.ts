import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate.ts';
import { compareShape, metricFiltersShape, pageShape, periodRunsForward } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';

const repeatPurchaseQuery = z
  .object({ ...metricFiltersShape, ...compareShape, withinDays: z.coerce.number().int().min(1).max(730).default(90) })
  .refine(...periodRunsForward);
const serialReturnersQuery = z
  .object({
    ...metricFiltersShape,
    ...compareShape,
    ...pageShape,
    minOrders: z.coerce.number().int().min(1).max(1000).default(3),
    minReturnRate: z.coerce.number().min(0).max(10).default(0.5),
    sort: z.enum(['unitsReturned', 'returnRateUnits', 'refundedValue', 'orders']).default('unitsReturned'),
  })
  .refine(...periodRunsForward);

/** Customers after a return: do they buy again, and who returns most of what they buy. */
export function customerRoutes(metrics: MetricsService) {
  return new Hono()
    .get('/', validate('query', repeatPurchaseQuery), async (c) => {
      const { withinDays, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.repeatPurchase(filters, withinDays, compare));
    })
    .get('/serial-returners', validate('query', serialReturnersQuery), async (c) => {
      const { minOrders, minReturnRate, sort, limit, offset, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.serialReturners(filters, { minOrders, minReturnRate, sort, limit, offset }, compare));
    });
}
