import { z } from 'zod';
import { metricFiltersShape, periodRunsForward } from '../metrics/metric-filters.ts';
import { languages } from './cause-wording.ts';

/** What GET /api/causes may be asked: the standard filters and the finder's settings (docs/metrics.md, "Cause finder"). */
export const causesParams = z
  .object({
    ...metricFiltersShape,
    limit: z.coerce.number().int().min(1).max(100).default(10),
    /** A suspect with fewer units sold is not tried. */
    minUnits: z.coerce.number().int().min(1).max(10_000_000).default(30),
    /** False-discovery rate at which a trial counts as significant. */
    q: z.coerce.number().gt(0).max(0.5).default(0.05),
    lang: z.enum(languages).default('es'),
  })
  .refine(...periodRunsForward);

export type CauseOptions = Pick<z.infer<typeof causesParams>, 'limit' | 'minUnits' | 'q' | 'lang'>;
