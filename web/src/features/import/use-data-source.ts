import { useQuery } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

/**
 * Where the server's data comes from: its own database, or a read-only Parquet snapshot
 * (docs/scaling.md), where imports are refused and the page says so before anyone tries.
 */
export function useDataSource() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => parseResponse(apiClient.api.health.$get()),
    staleTime: Infinity,
  });
}
