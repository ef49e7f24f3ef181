import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The data changes only through imports, which invalidate what they touch.
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // A local server either answers or is down; one retry covers a restart, then the retry button.
      retry: 1,
    },
  },
});
