import { useQueries } from '@tanstack/react-query';
import { combinedQuery } from '../../lib/combined-query.ts';
import { inVocabularyOrder } from '../../lib/reasons.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import type { Filters } from '../filters/filter-params.ts';
import { trendQuery, type TrendRow } from '../overview/use-trend.ts';

/** One month with the returned units of each reason, and its sales. */
export interface ReasonMonth {
  month: string;
  mature: boolean;
  unitsSold: number;
  unitsReturned: number;
  units: Record<string, number>;
}

/** The reasons to show: the one in the filters, else every reason the data has, in vocabulary order. */
export function useReasonCodes(filters: Filters | null): string[] {
  const dataset = useDataset();
  if (filters?.reason) return [filters.reason];
  return inVocabularyOrder(dataset.data?.dimensions.reason ?? []);
}

function toReasonMonths(codes: readonly string[], trends: readonly (readonly TrendRow[] | undefined)[]): ReasonMonth[] {
  const first = trends.find((rows) => rows !== undefined) ?? [];
  return first.map((row, index) => {
    const units: Record<string, number> = {};
    codes.forEach((code, i) => {
      units[code] = trends[i]?.[index]?.unitsReturned ?? 0;
    });
    return {
      month: row.month,
      mature: row.mature,
      unitsSold: row.unitsSold,
      unitsReturned: Object.values(units).reduce((sum, value) => sum + value, 0),
      units,
    };
  });
}

/**
 * Returned units by reason and month: the monthly trend asked once per reason (ten small
 * questions the server answers from its monthly rollups), merged into one row per month.
 */
export function useReasonTrends(filters: Filters | null) {
  const codes = useReasonCodes(filters);
  return useQueries({
    queries: codes.map((reason) => trendQuery(filters && { ...filters, reason })),
    combine: (results) => ({
      query: combinedQuery(results),
      codes,
      months: toReasonMonths(
        codes,
        results.map((result) => result.data?.rows),
      ),
      returnWindowDays: results[0]?.data?.returnWindowDays,
    }),
  });
}
