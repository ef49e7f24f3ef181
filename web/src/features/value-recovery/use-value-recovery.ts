import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Comparison, Filters } from '../filters/filter-params.ts';

const getValueRecovery = apiClient.api.metrics['value-recovery'].$get;

export type ValueRecovery = InferResponseType<typeof getValueRecovery, 200>;
export type WaterfallApiStep = ValueRecovery['steps'][number];

/** From the value returned to the net cost of returns, with the comparison period's change. */
export function useValueRecovery(filters: Filters | null, comparison: Comparison) {
  return useQuery({
    queryKey: ['metrics', 'value-recovery', comparison, filters],
    queryFn: filters ? () => parseResponse(getValueRecovery({ query: { ...filters, compare: comparison } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}
