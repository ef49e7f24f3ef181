import { Hono } from 'hono';
import { validate } from '../http/validate.ts';
import {
  avoidableParams,
  breakdownParams,
  cycleTimesParams,
  openReturnsParams,
  reasonsParams,
  slaParams,
  summaryParams,
  trendParams,
  valueRecoveryParams,
} from '../metrics/metric-params.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';

export function metricsRoutes(metrics: MetricsService) {
  return new Hono()
    .get('/summary', validate('query', summaryParams), async (c) => {
      const { compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.summary(filters, compare));
    })
    .get('/trend', validate('query', trendParams), async (c) => {
      const { grain, ...filters } = c.req.valid('query');
      return c.json(await metrics.trend(filters, grain));
    })
    .get('/breakdown', validate('query', breakdownParams), async (c) => {
      const { by, sort, order, limit, offset, search, ...filters } = c.req.valid('query');
      return c.json(await metrics.breakdown(filters, { by, sort, order, limit, offset, search }));
    })
    .get('/cycle-times', validate('query', cycleTimesParams), async (c) => {
      const { by, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.cycleTimes(filters, by, compare));
    })
    .get('/sla', validate('query', slaParams), async (c) => {
      const { slaDays, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.sla(filters, slaDays, compare));
    })
    .get('/open-returns', validate('query', openReturnsParams), async (c) => {
      const { stage, limit, offset, ...filters } = c.req.valid('query');
      return c.json(await metrics.openReturns(filters, { stage, limit, offset }));
    })
    .get('/avoidable', validate('query', avoidableParams), async (c) => {
      const { by, limit, offset, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.avoidable(filters, { by, limit, offset }, compare));
    })
    .get('/reasons', validate('query', reasonsParams), async (c) => {
      const { by, limit, ...filters } = c.req.valid('query');
      return c.json(await metrics.reasons(filters, by, limit));
    })
    .get('/value-recovery', validate('query', valueRecoveryParams), async (c) => {
      const { compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.valueRecovery(filters, compare));
    });
}
