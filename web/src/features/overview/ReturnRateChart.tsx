import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../filters/filter-params.ts';
import { measures, rateSeries } from './rate-measures.ts';
import { RateTrendFrame } from './RateTrendFrame.tsx';

/** How much comes back: the return rate by units, orders and value, month by month. */
export function ReturnRateChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const series = useMemo(() => measures.map((measure) => rateSeries(measure, t)), [t]);
  return (
    <RateTrendFrame title={t('charts.returnRate.title')} description={t('charts.returnRate.description')} filters={filters} series={series} />
  );
}
