import { Hono } from 'hono';
import { CauseFinder } from '../causes/cause-finder.ts';
import { causesParams } from '../causes/cause-params.ts';
import { validate } from '../http/validate.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';

export function causeRoutes({ db, metrics }: { db: Database; metrics: MetricsService }) {
  const finder = new CauseFinder(db, metrics);
  return new Hono().get('/', validate('query', causesParams), async (c) => {
    const { limit, minUnits, q, lang, ...filters } = c.req.valid('query');
    return c.json(await finder.find(filters, { limit, minUnits, q, lang }));
  });
}
