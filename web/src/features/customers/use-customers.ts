import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';

const getCustomers = apiClient.api.metrics.customers.$get;
const getSerialReturners = apiClient.api.metrics.customers['serial-returners'].$get;

export type Repurchase = InferResponseType<typeof getCustomers, 200>;
export type SerialReturner = InferResponseType<typeof getSerialReturners, 200>['rows'][number];
export type SerialSort = NonNullable<InferRequestType<typeof getSerialReturners>['query']['sort']>;

/** Repeat purchase within N days, for customers who returned (by resolution) and those who did not. */
export function useRepurchase(filters: Filters | null, withinDays: number) {
  return useQuery({
    queryKey: ['metrics', 'customers', withinDays, filters],
    queryFn: filters ? () => parseResponse(getCustomers({ query: { ...filters, withinDays: String(withinDays) } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export interface SerialRequest {
  sort: SerialSort;
  pageIndex: number;
  pageSize: number;
}

/** Customers with many orders and most of them sent back, one server page at a time. */
export function useSerialReturners(filters: Filters | null, request: SerialRequest) {
  return useQuery({
    queryKey: ['metrics', 'serial-returners', request, filters],
    queryFn: filters
      ? () =>
          parseResponse(
            getSerialReturners({
              query: {
                ...filters,
                sort: request.sort,
                limit: String(request.pageSize),
                offset: String(request.pageIndex * request.pageSize),
              },
            }),
          )
      : skipToken,
    placeholderData: keepPreviousData,
  });
}
