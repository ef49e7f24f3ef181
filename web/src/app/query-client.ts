import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { DetailedError } from 'hono/client';
import { endExpiredSession } from '../features/session/use-session.ts';

/**
 * The HTTP status of a failed request: the typed client's DetailedError, or the `status` of the
 * errors the import's own requests throw (they go through fetch and XMLHttpRequest).
 */
function statusOf(error: unknown): number | undefined {
  if (error instanceof DetailedError) return typeof error.statusCode === 'number' ? error.statusCode : undefined;
  if (error instanceof Error && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/** A 4xx answer says the request itself is wrong; asking again cannot help. */
function isClientError(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

/** In team mode a 401 means the session ended: back to the sign-in page. */
const onError = (error: unknown) => {
  if (statusOf(error) === 401) endExpiredSession(queryClient);
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // The server is on this machine: the browser's idea of being offline says nothing about it.
      networkMode: 'always',
      // The data changes only through imports, which invalidate what they touch.
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // A local server either answers or is down; one retry covers a restart, then the retry button.
      retry: (failures, error) => failures < 1 && !isClientError(error),
    },
  },
});
