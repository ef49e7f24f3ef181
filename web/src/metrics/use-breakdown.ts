import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import { apiClient } from '../lib/api-client.ts';
import { keepWhileAsked } from '../lib/keep-while-asked.ts';
import type { Filters } from '../features/filters/filter-params.ts';

const getBreakdown = apiClient.api.metrics.breakdown.$get;

type BreakdownParams = InferRequestType<typeof getBreakdown>['query'];
export type BreakdownDimension = BreakdownParams['by'];
export type BreakdownSort = NonNullable<BreakdownParams['sort']>;
export type BreakdownRow = InferResponseType<typeof getBreakdown, 200>['rows'][number];

export interface BreakdownRequest {
  by: BreakdownDimension;
  sort: BreakdownSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The breakdown's query, for pages that ask it for several filters at once. */
export function breakdownOptions(filters: Filters | null, request: BreakdownRequest) {
  return queryOptions({
    queryKey: ['metrics', 'breakdown', request, filters],
    queryFn: filters
      ? () =>
          parseResponse(
            getBreakdown({
              query: {
                ...filters,
                by: request.by,
                sort: request.sort,
                order: request.order,
                limit: String(request.limit),
                offset: String(request.offset),
              },
            }),
          )
      : skipToken,
    placeholderData: keepWhileAsked(filters !== null),
  });
}

/** One page of a dimension's rows, sorted and sliced by the server. */
export function useBreakdown(filters: Filters | null, request: BreakdownRequest) {
  return useQuery(breakdownOptions(filters, request));
}
