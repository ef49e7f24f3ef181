import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate.ts';
import { dimensions, metricFiltersShape, periodRunsForward } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';

const summaryQuery = z.object({ ...metricFiltersShape, compare: z.enum(['previous', 'year']).optional() }).refine(...periodRunsForward);
const trendQuery = z.object({ ...metricFiltersShape, grain: z.literal('month').default('month') }).refine(...periodRunsForward);
const breakdownQuery = z
  .object({
    ...metricFiltersShape,
  by: z.enum(dimensions),
  sort: z.enum(['key', 'unitsSold', 'unitsReturned', 'returnRateUnits', 'returnedValue', 'grossSales', 'returnRateValue']).default('unitsReturned'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  search: z.string().trim().min(1).max(200).optional(),
  })
  .refine(...periodRunsForward);

export function metricsRoutes(metrics: MetricsService) {
  return new Hono()
    .get('/summary', validate('query', summaryQuery), async (c) => {
      const { compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.summary(filters, compare));
    })
    .get('/trend', validate('query', trendQuery), async (c) => {
      const { grain: _month, ...filters } = c.req.valid('query');
      return c.json(await metrics.trend(filters));
    })
    .get('/breakdown', validate('query', breakdownQuery), async (c) => {
      const { by, sort, order, limit, offset, search, ...filters } = c.req.valid('query');
      return c.json(await metrics.breakdown(filters, { by, sort, order, limit, offset, search }));
    });
}
