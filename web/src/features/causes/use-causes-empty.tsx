import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { narrowsTheData } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';

/**
 * What the cause finder says when it has no finding: the file the data lacks when it has no returns
 * or no sales (no rate to find an excess in); else to widen the period or drop filters, but only
 * when they leave part of the data out; over the whole data that advice cannot help.
 */
export function useCausesEmptyStates(): { unavailable: ReactNode; emptyState: ReactNode } {
  const { t } = useTranslation();
  const { filters, bounds } = useFilters();
  const unavailable = useMissingDataMessage(rateNeeds);
  const narrowed = filters !== null && bounds !== null && narrowsTheData(filters, bounds);
  return { unavailable, emptyState: <p>{t(narrowed ? 'causes.none' : 'causes.noneInData')}</p> };
}
