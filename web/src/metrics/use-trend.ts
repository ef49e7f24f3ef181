import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import type { Filters } from '../features/filters/filter-params.ts';
import { apiClient } from '../lib/api-client.ts';

const getTrend = apiClient.api.metrics.trend.$get;

export type TrendRow = InferResponseType<typeof getTrend, 200>['rows'][number];

/** One row per month of the period, oldest first; shared by the KPI sparklines and the monthly charts. */
export function trendOptions(filters: Filters | null) {
  return queryOptions({
    queryKey: ['metrics', 'trend', 'month', filters],
    queryFn: filters ? () => parseResponse(getTrend({ query: { ...filters, grain: 'month' } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useTrend(filters: Filters | null) {
  return useQuery(trendOptions(filters));
}
