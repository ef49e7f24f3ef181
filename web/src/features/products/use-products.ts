import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';

const getProducts = apiClient.api.rows.products.$get;

export type ProductRow = InferResponseType<typeof getProducts, 200>['rows'][number];
export type ProductSort = NonNullable<InferRequestType<typeof getProducts>['query']['sort']>;

export interface ProductsRequest {
  sort: ProductSort;
  order: 'asc' | 'desc';
  pageIndex: number;
  pageSize: number;
  search: string;
  flaggedOnly: boolean;
}

/** One server page of SKUs with their rate against the rest of their category. */
export function useProducts(filters: Filters | null, request: ProductsRequest) {
  return useQuery({
    queryKey: ['rows', 'products', filters, request],
    queryFn: filters
      ? () =>
          parseResponse(
            getProducts({
              query: {
                ...filters,
                sort: request.sort,
                order: request.order,
                limit: String(request.pageSize),
                offset: String(request.pageIndex * request.pageSize),
                ...(request.search ? { search: request.search } : {}),
                ...(request.flaggedOnly ? { flagged: 'true' as const } : {}),
              },
            }),
          )
      : skipToken,
    placeholderData: keepPreviousData,
  });
}
