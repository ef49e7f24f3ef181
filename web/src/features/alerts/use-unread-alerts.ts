import { useQuery } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';

/** Every alerts query starts with it: an import or a change on the Alertas page refreshes them all. */
export const alertsQueryKey = ['alerts'] as const;

/**
 * The unread inbox entries: the badge on the navigation. Checks run on the server after imports
 * (which refetch every query) and on a schedule, so it is asked again every minute, gently.
 */
export function useUnreadAlerts() {
  return useQuery({
    queryKey: [...alertsQueryKey, 'unread-count'],
    queryFn: () => parseResponse(apiClient.api.alerts['unread-count'].$get()),
    refetchInterval: 60_000,
    select: (answer) => answer.unread,
  });
}
