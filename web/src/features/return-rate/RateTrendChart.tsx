import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../overview/MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from '../overview/use-trend.ts';
import { measureDefinitions, type Measure } from './measures.ts';
import { useRateCounts } from '../overview/use-rate-counts.ts';

/** The chosen return rate by month, provisional months dashed; a month opens its returns. */
export function RateTrendChart({ filters, measure }: { filters: Filters | null; measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rateCounts = useRateCounts();
  const rows = trend.data?.rows ?? [];
  const definition = measureDefinitions[measure];
  const series = useMemo(
    (): Series<TrendRow>[] => [{ id: measure, label: t(definition.label), color: definition.color, value: definition.trend }],
    [t, measure, definition],
  );

  return (
    <MonthlyChartFrame
      title={t('returnRate.trendTitle', { measure: t(definition.label).toLowerCase() })}
      description={t('returnRate.trendDescription')}
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
