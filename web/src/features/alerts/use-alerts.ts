import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseResponse, type InferRequestType, type InferResponseType } from 'hono/client';
import type { AlertFigures } from '../../../../server/alerts/rule-evaluators.ts';
import { apiClient } from '../../lib/api-client.ts';
import { alertsQueryKey } from './use-unread-alerts.ts';

const alerts = apiClient.api.alerts;

export type StoredRule = InferResponseType<typeof alerts.rules.$get, 200>['rows'][number];
export type RuleInput = InferRequestType<typeof alerts.rules.$post>['json'];
export type InboxEntry = InferResponseType<typeof alerts.inbox.$get, 200>['rows'][number];

/** What an alert entry's details hold (server/alerts/alert-checker.ts, `fire`). */
export interface AlertDetails {
  rule: { id: number; name: string; kind: string };
  sentences: { es: string; en: string };
  figures: AlertFigures;
}

export function useAlertRules() {
  return useQuery({ queryKey: [...alertsQueryKey, 'rules'], queryFn: () => parseResponse(alerts.rules.$get()) });
}

export function useInbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...alertsQueryKey, 'inbox', page, pageSize],
    queryFn: () => parseResponse(alerts.inbox.$get({ query: { limit: String(pageSize), offset: String(page * pageSize) } })),
  });
}

/** A change to rules or the inbox: every alerts query (the badge too) is asked again once it is done. */
function useAlertsChange<Input, Output>(change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => queryClient.invalidateQueries({ queryKey: alertsQueryKey }) });
}

export const useSaveRule = () =>
  useAlertsChange(({ id, rule }: { id: number | null; rule: RuleInput }) =>
    id === null ? parseResponse(alerts.rules.$post({ json: rule })) : parseResponse(alerts.rules[':id'].$put({ param: { id: String(id) }, json: rule })),
  );

export const useDeleteRule = () => useAlertsChange((id: number) => parseResponse(alerts.rules[':id'].$delete({ param: { id: String(id) } })));

export const useMarkRead = () =>
  useAlertsChange((id: number | 'all') =>
    id === 'all' ? parseResponse(alerts.inbox['read-all'].$post()) : parseResponse(alerts.inbox[':id'].read.$post({ param: { id: String(id) } })),
  );

export const useCheckNow = () => useAlertsChange(() => parseResponse(alerts.check.$post()));
