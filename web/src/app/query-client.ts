import { QueryClient } from '@tanstack/react-query';
import { DetailedError } from 'hono/client';

/** A 4xx answer says the request itself is wrong; asking again cannot help. */
function isClientError(error: unknown): boolean {
  return error instanceof DetailedError && typeof error.statusCode === 'number' && error.statusCode < 500;
}

export const queryClient = new QueryClient({
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
