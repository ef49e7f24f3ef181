import { Hono } from 'hono';
import { validate } from '../http/validate.ts';
import { repeatPurchaseParams, serialReturnersParams } from '../metrics/metric-params.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';

/** Customers after a return: do they buy again, and who returns most of what they buy. */
export function customerRoutes(metrics: MetricsService) {
  return new Hono()
    .get('/', validate('query', repeatPurchaseParams), async (c) => {
      const { withinDays, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.repeatPurchase(filters, withinDays, compare));
    })
    .get('/serial-returners', validate('query', serialReturnersParams), async (c) => {
      const { minOrders, minReturnRate, sort, limit, offset, compare, ...filters } = c.req.valid('query');
      return c.json(await metrics.serialReturners(filters, { minOrders, minReturnRate, sort, limit, offset }, compare));
    });
}
