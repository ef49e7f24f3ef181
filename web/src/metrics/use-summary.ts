import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../lib/api-client.ts';
import { keepWhileAsked } from '../lib/keep-while-asked.ts';
import { hasNoBaseline } from './use-no-baseline-note.ts';
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
    placeholderData: keepWhileAsked(filters !== null),
  });
}

export function useSummary(filters: Filters | null, comparison: Comparison | null = 'previous') {
  return useQuery(summaryOptions(filters, comparison));
}

/**
 * The filters of the comparison period as the server chose it: the same filters, its dates, and
 * the moment it was counted as it stood at (`returnsRequestedBy`, docs/metrics.md "Comparing
 * periods"). A chart that sets the two
 * periods side by side (the movers) then compares them as the KPIs do, not against a whole period.
 */
export function comparisonFilters(filters: Filters | null, answer: Summary | undefined): Filters | null {
  // a comparison the data does not cover is no baseline for anything (the server gives no change)
  if (!filters || !answer || !('comparison' in answer) || hasNoBaseline(answer.comparison)) return null;
  const { period, returnsRequestedBy } = answer.comparison;
  return { ...filters, from: period.from, to: period.to, ...(returnsRequestedBy ? { requestedBy: returnsRequestedBy } : {}) };
}

export function useComparisonFilters(filters: Filters | null, comparison: Comparison): Filters | null {
  return comparisonFilters(filters, useSummary(filters, comparison).data);
}
