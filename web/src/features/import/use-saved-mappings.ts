import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

const mappingsRoute = apiClient.api.imports.mappings;

export type SavedMappingRow = InferResponseType<typeof mappingsRoute.$get, 200>['rows'][number];

const savedMappingsQueryKey = ['imports', 'mappings'] as const;

/** The mappings people chose to remember, newest first; an import that saves one refreshes it. */
export function useSavedMappings() {
  return useQuery({
    queryKey: savedMappingsQueryKey,
    queryFn: () => parseResponse(mappingsRoute.$get()),
  });
}

/** Forgets the mapping of one header signature: the next file with those headers is detected afresh. */
export function useForgetMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (headerSignature: string) => parseResponse(mappingsRoute.$delete({ query: { headerSignature } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedMappingsQueryKey }),
  });
}
