import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from './MonthlyChartFrame.tsx';
import { useRateCounts } from './use-rate-counts.ts';
import { useTrend, type TrendRow } from './use-trend.ts';

interface RateTrendFrameProps {
  title: string;
  description?: string;
  filters: Filters | null;
  /** The rates drawn, from `rateSeries`. */
  series: Series<TrendRow>[];
}

/**
 * Return rates by month in a monthly chart frame, as percentages, with the units and orders behind
 * each month in its tooltip and table; empty until something was sold.
 */
export function RateTrendFrame({ title, description, filters, series }: RateTrendFrameProps) {
  const format = useFormat();
  const trend = useTrend(filters);
  const rateCounts = useRateCounts();
  const rows = trend.data?.rows ?? [];

  return (
    <MonthlyChartFrame
      title={title}
      description={description}
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
