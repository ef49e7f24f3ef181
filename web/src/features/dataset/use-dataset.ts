import { useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

const getDataset = apiClient.api.dataset.$get;

export type Dataset = InferResponseType<typeof getDataset, 200>;

export const datasetQueryKey = ['dataset'] as const;

/** What is loaded: the period bounds, the currency and the filter values the whole app is built on. */
export function useDataset() {
  return useQuery({
    queryKey: datasetQueryKey,
    queryFn: () => parseResponse(getDataset()),
    // The dataset only changes through an import, which invalidates this key itself.
    staleTime: Infinity,
  });
}
