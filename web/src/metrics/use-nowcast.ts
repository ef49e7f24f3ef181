import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import type { Filters } from '../features/filters/filter-params.ts';
import { apiClient } from '../lib/api-client.ts';

const getNowcast = apiClient.api.metrics.nowcast.$get;

export type NowcastAnswer = InferResponseType<typeof getNowcast, 200>;
export type NowcastRow = NowcastAnswer['rows'][number];

/** The provisional months' expected final figures, with their 80 % interval (docs/api.md, "Nowcast"). */
export function nowcastOptions(filters: Filters | null) {
  return queryOptions({
    queryKey: ['metrics', 'nowcast', filters],
    queryFn: filters ? () => parseResponse(getNowcast({ query: filters })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useNowcast(filters: Filters | null) {
  return useQuery(nowcastOptions(filters));
}
