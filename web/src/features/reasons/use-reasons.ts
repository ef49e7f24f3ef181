import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { useMemo } from 'react';
import { apiClient } from '../../lib/api-client.ts';
import { inVocabularyOrder } from '../../lib/reasons.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import type { Filters } from '../filters/filter-params.ts';

const getReasons = apiClient.api.metrics.reasons.$get;

/** A month or category: its sales, its returns, and each reason's returns in it. */
type ReasonsRow = InferResponseType<typeof getReasons, 200>['rows'][number];

/** One month with the returned units of each reason, and its sales. */
export interface ReasonMonth {
  month: string;
  mature: boolean;
  unitsSold: number;
  unitsReturned: number;
  units: Record<string, number>;
}

/** The reasons to show: the one in the filters, else every reason the data has, in vocabulary order. */
export function useReasonCodes(filters: Filters | null): string[] {
  const dataset = useDataset();
  if (filters?.reason) return [filters.reason];
  return inVocabularyOrder(dataset.data?.dimensions.reason ?? []);
}

/** Every reason's returns per month or per category, with each one's sales: one request for a whole chart. */
export function useReasons(filters: Filters | null, by: 'month' | 'category') {
  return useQuery({
    queryKey: ['metrics', 'reasons', by, filters],
    queryFn: filters ? () => parseResponse(getReasons({ query: { ...filters, by } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

// The route types key and mature as nullable for by=category; by=month always sets both.
const toReasonMonth = (row: ReasonsRow): ReasonMonth => ({
  month: row.key ?? '',
  mature: row.mature === true,
  unitsSold: row.unitsSold,
  unitsReturned: row.unitsReturned,
  units: Object.fromEntries(row.reasons.map((reason) => [reason.reason, reason.unitsReturned])),
});

/** Returned units by reason and month, one row per month of the period. */
export function useReasonMonths(filters: Filters | null) {
  const query = useReasons(filters, 'month');
  const months = useMemo(() => (query.data?.rows ?? []).map(toReasonMonth), [query.data]);
  return { query, months, returnWindow: query.data };
}
