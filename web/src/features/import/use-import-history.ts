import { useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

const getImports = apiClient.api.imports.$get;

/** A row of the log; in team mode the server also says who imported the file (`importedBy`, docs/api.md). */
export type ImportLogRow = InferResponseType<typeof getImports, 200>['rows'][number] & { importedBy?: string | null };

export const importHistoryQueryKey = ['imports', 'history'] as const;

/** The import log, newest first. An import invalidates every query, this one included. */
export function useImportHistory() {
  return useQuery({
    queryKey: importHistoryQueryKey,
    queryFn: () => parseResponse(getImports()),
  });
}
