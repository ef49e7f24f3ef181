import { Hono } from 'hono';
import { z } from 'zod';
import { CauseFinder } from '../causes/cause-finder.ts';
import { languages } from '../causes/cause-wording.ts';
import { validate } from '../http/validate.ts';
import { metricFiltersShape, periodRunsForward } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';

const causesQuery = z
  .object({
    ...metricFiltersShape,
    limit: z.coerce.number().int().min(1).max(100).default(10),
    minUnits: z.coerce.number().int().min(1).max(10_000_000).default(30),
    q: z.coerce.number().gt(0).max(0.5).default(0.05),
    lang: z.enum(languages).default('es'),
  })
  .refine(...periodRunsForward);

export function causeRoutes({ db, metrics }: { db: Database; metrics: MetricsService }) {
  const finder = new CauseFinder(db, metrics);
  return new Hono().get('/', validate('query', causesQuery), async (c) => {
    const { limit, minUnits, q, lang, ...filters } = c.req.valid('query');
    return c.json(await finder.find(filters, { limit, minUnits, q, lang }));
  });
}
