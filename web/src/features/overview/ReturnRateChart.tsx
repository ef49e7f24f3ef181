import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import { returnRateColors } from '../../lib/palette.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from './MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from './use-trend.ts';
import { useRateCounts } from './use-rate-counts.ts';

/** How much comes back: the return rate by units, orders and value, month by month. */
export function ReturnRateChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rateCounts = useRateCounts();
  const rows = trend.data?.rows ?? [];

  const series = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'units', label: t('charts.returnRate.units'), color: returnRateColors.units, value: (r) => r.returnRateUnits },
      { id: 'orders', label: t('charts.returnRate.orders'), color: returnRateColors.orders, value: (r) => r.returnRateOrders },
      { id: 'value', label: t('charts.returnRate.value'), color: returnRateColors.value, value: (r) => r.returnRateValue },
    ],
    [t],
  );

  return (
    <MonthlyChartFrame
      title={t('charts.returnRate.title')}
      description={t('charts.returnRate.description')}
      query={trend}
      rows={rows}
      returnWindowDays={trend.data?.returnWindowDays}
      series={series}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      describeCounts={rateCounts}
      filters={filters}
    />
  );
}
