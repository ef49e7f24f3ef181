import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import { returnRateColors } from '../../lib/palette.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../overview/MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from '../overview/use-trend.ts';
import { monthPeriod, shiftMonth } from './review-month.ts';

/** The twelve months up to the one reviewed: is this month a blip or a trend? */
export function ReviewTrend({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yearFilters = filters && { ...filters, from: `${shiftMonth(month, -11)}-01`, to: monthPeriod(month).to };
  const trend = useTrend(yearFilters);
  const rows = trend.data?.rows ?? [];
  const series = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'units', label: t('charts.returnRate.units'), color: returnRateColors.units, value: (r) => r.returnRateUnits },
      { id: 'value', label: t('charts.returnRate.value'), color: returnRateColors.value, value: (r) => r.returnRateValue, secondary: true },
    ],
    [t],
  );
  return (
    <MonthlyChartFrame
      title={t('review.trendTitle')}
      query={trend}
      rows={rows}
      returnWindowDays={trend.data?.returnWindowDays}
      series={series}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      filters={yearFilters}
    />
  );
}
