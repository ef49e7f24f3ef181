import { z } from 'zod';
import { metricFiltersShape } from '../metrics/metric-filters.ts';

/**
 * The forecast's query: the standard dimension filters that narrow sales (a period makes no sense
 * for the weeks ahead, which always follow the data's latest timestamp) and the breakdown.
 */
export const forecastParams = z.object({
  category: metricFiltersShape.category,
  channel: metricFiltersShape.channel,
  region: metricFiltersShape.region,
  carrier: metricFiltersShape.carrier,
  /** One forecast for the shop, one per category, or one per reverse carrier. */
  by: z.enum(['total', 'category', 'carrier']).default('total'),
});

export type ForecastFilters = Omit<z.infer<typeof forecastParams>, 'by'>;
