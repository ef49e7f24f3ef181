import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../lib/api-client.ts';
import type { Comparison, Filters } from '../features/filters/filter-params.ts';

const getSummary = apiClient.api.metrics.summary.$get;

export type Summary = InferResponseType<typeof getSummary, 200>;

/** The period's KPIs; with a comparison, also against the previous period of the same length or a year earlier. */
export function summaryOptions(filters: Filters | null, comparison: Comparison | null) {
  return queryOptions({
    queryKey: ['metrics', 'summary', filters, comparison],
    queryFn: filters
      ? () => parseResponse(getSummary({ query: comparison ? { ...filters, compare: comparison } : filters }))
      : skipToken,
    // Keep the old figures on screen while new filters load, instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
}

export function useSummary(filters: Filters | null, comparison: Comparison | null = 'previous') {
  return useQuery(summaryOptions(filters, comparison));
}

/** The filters of the comparison period, as the server chose its dates: the same filters, other dates. */
export function useComparisonFilters(filters: Filters | null, comparison: Comparison): Filters | null {
  const summary = useSummary(filters, comparison);
  const period = summary.data && 'comparison' in summary.data ? summary.data.comparison.period : undefined;
  return filters && period ? { ...filters, from: period.from, to: period.to } : null;
}
