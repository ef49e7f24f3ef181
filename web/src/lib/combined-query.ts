import type { FrameQuery } from '../components/ChartFrame.tsx';

/**
 * Several queries behind one chart (one per reason, say) as the single state its frame shows:
 * loading until all have answered, failed if any failed, and one retry that asks the failed ones again.
 */
export function combinedQuery(results: readonly FrameQuery[]): FrameQuery {
  const failed = results.filter((result) => result.isError);
  return {
    isPending: results.some((result) => result.isPending),
    isError: failed.length > 0,
    isPlaceholderData: results.some((result) => result.isPlaceholderData),
    isFetching: results.some((result) => result.isFetching),
    error: failed[0]?.error ?? null,
    refetch: () => Promise.all(failed.map((result) => result.refetch())),
  };
}
