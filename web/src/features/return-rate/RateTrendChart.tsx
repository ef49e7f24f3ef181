import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../filters/filter-params.ts';
import { measureDefinitions, rateSeries, type Measure } from '../overview/rate-measures.ts';
import { RateTrendFrame } from '../overview/RateTrendFrame.tsx';

/** The chosen return rate by month, provisional months dashed; a month opens its returns. */
export function RateTrendChart({ filters, measure }: { filters: Filters | null; measure: Measure }) {
  const { t } = useTranslation();
  const series = useMemo(() => [rateSeries(measure, t)], [t, measure]);
  return (
    <RateTrendFrame
      title={t('returnRate.trendTitle', { measure: t(measureDefinitions[measure].label).toLowerCase() })}
      description={t('returnRate.trendDescription')}
      filters={filters}
      series={series}
    />
  );
}
