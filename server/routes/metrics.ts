import { Hono } from 'hono';
import { z } from 'zod';
import { validate } from '../http/validate.ts';
import { compareShape, dimensions, metricFiltersShape, pageShape, periodRunsForward } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';

const summaryQuery = z.object({ ...metricFiltersShape, ...compareShape }).refine(...periodRunsForward);
const trendQuery = z.object({ ...metricFiltersShape, grain: z.literal('month').default('month') }).refine(...periodRunsForward);
const breakdownQuery = z
  .object({
    ...metricFiltersShape,
    ...pageShape,
    by: z.enum(dimensions),
    sort: z.enum(['key', 'unitsSold', 'unitsReturned', 'returnRateUnits', 'returnedValue', 'grossSales', 'returnRateValue']).default('unitsReturned'),
    order: z.enum(['asc', 'desc']).default('desc'),
    search: z.string().trim().min(1).max(200).optional(),
  })
  .refine(...periodRunsForward);
const cycleTimesQuery = z
  .object({ ...metricFiltersShape, ...compareShape, by: z.enum(['month', 'category', 'carrier', 'returnCarrier']).default('month') })
  .refine(...periodRunsForward);
const slaQuery = z
  .object({ ...metricFiltersShape, ...compareShape, slaDays: z.coerce.number().positive().max(365).default(7) })
  .refine(...periodRunsForward);
const openReturnsQuery = z
  .object({ ...metricFiltersShape, ...pageShape, stage: z.enum(['awaiting_receipt', 'awaiting_resolution']).optional() })
  .refine(...periodRunsForward);
const avoidableQuery = z
  .object({
    ...metricFiltersShape,
    ...compareShape,
    ...pageShape,
    by: z.enum(['month', 'sku', 'category', 'channel', 'region', 'carrier']).default('month'),
    limit: pageShape.limit.unwrap().default(100),
  })
  .refine(...periodRunsForward);
const reasonsQuery = z
  .object({ ...metricFiltersShape, by: z.enum(['month', 'category']), limit: z.coerce.number().int().min(1).max(200).default(100) })
  .refine(...periodRunsForward);
const valueRecoveryQuery = z.object({ ...metricFiltersShape, ...compareShape }).refine(...periodRunsForward);

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
    })
    .get('/cycle-times', validate('query', cycleTimesQuery), async (c) => {
      const { by, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.cycleTimes(filters, by, compare));
    })
    .get('/sla', validate('query', slaQuery), async (c) => {
      const { slaDays, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.sla(filters, slaDays, compare));
    })
    .get('/open-returns', validate('query', openReturnsQuery), async (c) => {
      const { stage, limit, offset, ...filters } = c.req.valid('query');
      return c.json(await metrics.openReturns(filters, { stage, limit, offset }));
    })
    .get('/avoidable', validate('query', avoidableQuery), async (c) => {
      const { by, limit, offset, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.avoidable(filters, { by, limit, offset }, compare));
    })
    .get('/reasons', validate('query', reasonsQuery), async (c) => {
      const { by, limit, ...filters } = c.req.valid('query');
      return c.json(await metrics.reasons(filters, by, limit));
    })
    .get('/value-recovery', validate('query', valueRecoveryQuery), async (c) => {
      const { compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.valueRecovery(filters, compare));
    });
}
