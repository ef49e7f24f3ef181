import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.ts';
import { monthPeriod } from './review-month.ts';

/**
 * How the review names a month it sets the reviewed one against, as counted: by the month when it
 * is counted whole, else by the days it is counted over, as the KPI row names a comparison's
 * `comparison.period` (its first and last day, "1 ene 2025 – 28 ene 2025"). The comparison at the
 * same age cuts it short when the reviewed month runs past the data's end, or is shorter and still
 * collecting returns (server/metrics/same-age.ts): "frente a enero" over 1–28 January would claim
 * days it did not count.
 */
export function comparedMonthName(counted: { from: string; to: string }, format: Formatters, t: TFunction, length: 'long' | 'short' = 'long'): string {
  const whole = monthPeriod(counted.from.slice(0, 7));
  if (counted.from !== whole.from || counted.to !== whole.to) return t('filters.range', { from: format.date(counted.from), to: format.date(counted.to) });
  return length === 'long' ? format.monthLong(counted.from) : format.month(counted.from);
}
