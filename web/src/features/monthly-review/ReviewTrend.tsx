import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../filters/filter-params.ts';
import { rateSeries } from '../overview/rate-measures.ts';
import { RateTrendFrame } from '../overview/RateTrendFrame.tsx';
import { monthPeriod, shiftMonth } from './review-month.ts';

/** The twelve months up to the one reviewed: is this month a blip or a trend? */
export function ReviewTrend({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const yearFilters = filters && { ...filters, from: `${shiftMonth(month, -11)}-01`, to: monthPeriod(month).to };
  const series = useMemo(() => [rateSeries('units', t), { ...rateSeries('value', t), secondary: true }], [t]);
  return <RateTrendFrame title={t('review.trendTitle')} filters={yearFilters} series={series} />;
}
