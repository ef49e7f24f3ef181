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
  // Accepted so that the answer can say it did not apply them (`ignoredFilters`), rather than a
  // page filtered by a SKU or a reason showing the whole shop's weeks as if they were its own: the
  // return curve's rollup keeps neither, and a SKU's few returns would teach no curve or rate.
  sku: metricFiltersShape.sku,
  reason: metricFiltersShape.reason,
  /** One forecast for the shop, one per category, or one per reverse carrier. */
  by: z.enum(['total', 'category', 'carrier']).default('total'),
});

export type ForecastFilters = Omit<z.infer<typeof forecastParams>, 'by'>;

/** The filters given that the forecast does not apply, in the order the answer lists them. */
export function ignoredFilters(filters: ForecastFilters): ('sku' | 'reason')[] {
  return (['sku', 'reason'] as const).filter((name) => filters[name] !== undefined);
}
