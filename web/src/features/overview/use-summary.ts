import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';

const getSummary = apiClient.api.metrics.summary.$get;

export type Summary = InferResponseType<typeof getSummary, 200>;

/** The period's KPIs, compared with the previous period of the same length. */
export function useSummary(filters: Filters | null) {
  return useQuery({
    queryKey: ['metrics', 'summary', filters, 'previous'],
    queryFn: filters
      ? () => parseResponse(getSummary({ query: { ...filters, compare: 'previous' } }))
      : skipToken,
    // Keep the old figures on screen while new filters load, instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
}
