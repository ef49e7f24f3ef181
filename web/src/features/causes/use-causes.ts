import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';

const getCauses = apiClient.api.causes.$get;

export type Causes = InferResponseType<typeof getCauses, 200>;
export type Finding = Causes['findings'][number];

/** The ranked findings for the view's filters, their sentences written in the reader's language. */
export function useCauses(filters: Filters | null, limit: number) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  return useQuery({
    queryKey: ['causes', limit, lang, filters],
    queryFn: filters ? () => parseResponse(getCauses({ query: { ...filters, limit: String(limit), lang } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}
