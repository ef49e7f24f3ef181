import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';
import type { Narrowing } from './drill-params.ts';

const getReturns = apiClient.api.rows.returns.$get;
const getOrderLines = apiClient.api.rows['order-lines'].$get;

type ReturnsParams = InferRequestType<typeof getReturns>['query'];
type OrderLinesParams = InferRequestType<typeof getOrderLines>['query'];
export type ReturnRow = InferResponseType<typeof getReturns, 200>['rows'][number];
export type OrderLineRow = InferResponseType<typeof getOrderLines, 200>['rows'][number];
export type ReturnSort = NonNullable<ReturnsParams['sort']>;
export type OrderLineSort = NonNullable<OrderLinesParams['sort']>;

export interface RowsPage<Sort extends string> {
  sort: Sort;
  order: 'asc' | 'desc';
  pageIndex: number;
  pageSize: number;
  search: string;
}

function pageParams(page: RowsPage<string>) {
  return {
    sort: page.sort,
    order: page.order,
    limit: String(page.pageSize),
    offset: String(page.pageIndex * page.pageSize),
    ...(page.search ? { search: page.search } : {}),
  };
}

/** The query string both the table and its CSV download send: the same rows, in the same order. */
export function rowsQueryString(filters: Filters, narrowing: Narrowing, page: Pick<RowsPage<string>, 'sort' | 'order' | 'search'>) {
  const params = new URLSearchParams({ ...filters, ...narrowing, sort: page.sort, order: page.order });
  if (page.search) params.set('search', page.search);
  return params.toString();
}

/** One server page of the returns behind a figure. */
export function useReturnRows(filters: Filters | null, narrowing: Narrowing, page: RowsPage<ReturnSort>, enabled = true) {
  return useQuery({
    queryKey: ['rows', 'returns', filters, narrowing, page],
    queryFn:
      filters && enabled
        ? () => parseResponse(getReturns({ query: { ...filters, ...(narrowing as Partial<ReturnsParams>), ...pageParams(page) } as ReturnsParams }))
        : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** One server page of the order lines behind a figure. */
export function useOrderLineRows(filters: Filters | null, narrowing: Narrowing, page: RowsPage<OrderLineSort>, enabled = true) {
  return useQuery({
    queryKey: ['rows', 'orderLines', filters, narrowing, page],
    queryFn:
      filters && enabled
        ? () =>
            parseResponse(
              getOrderLines({ query: { ...filters, ...(narrowing as Partial<OrderLinesParams>), ...pageParams(page) } as OrderLinesParams }),
            )
        : skipToken,
    placeholderData: keepPreviousData,
  });
}
