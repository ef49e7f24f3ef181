import { Hono } from 'hono';
import type { MetricsService } from '../metrics/metrics-service.ts';

export function datasetRoutes(metrics: MetricsService) {
  return new Hono().get('/', async (c) => c.json(await metrics.dataset()));
}
