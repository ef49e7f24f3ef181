import { useTranslation } from 'react-i18next';
import { RateTrendFrame } from '../../metrics/RateTrendFrame.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { monthPeriod, shiftMonth } from './review-month.ts';

/** The twelve months up to the one reviewed: is this month a blip or a trend? */
export function ReviewTrend({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const yearFilters = filters && { ...filters, from: `${shiftMonth(month, -11)}-01`, to: monthPeriod(month).to };
  return <RateTrendFrame title={t('review.trendTitle')} filters={yearFilters} measures={['units']} secondary={['value']} />;
}
