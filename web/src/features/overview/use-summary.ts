import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Comparison, Filters } from '../filters/filter-params.ts';

const getSummary = apiClient.api.metrics.summary.$get;

export type Summary = InferResponseType<typeof getSummary, 200>;

/** The period's KPIs, compared with the previous period of the same length or the same period a year earlier. */
export function useSummary(filters: Filters | null, comparison: Comparison = 'previous') {
  return useQuery({
    queryKey: ['metrics', 'summary', filters, comparison],
    queryFn: filters
      ? () => parseResponse(getSummary({ query: { ...filters, compare: comparison } }))
      : skipToken,
    // Keep the old figures on screen while new filters load, instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
}
