import { useTranslation } from 'react-i18next';
import type { Filters } from '../features/filters/filter-params.ts';
import { useMissingDataMessage } from '../features/dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../features/dataset/missing-fields.ts';
import { useFormat } from '../lib/format-context.ts';
import { MonthlyChartFrame } from './MonthlyChartFrame.tsx';
import { rateSeries, type Measure } from './rate-measures.ts';
import { useRateCounts } from './use-rate-counts.ts';
import { useRateEstimates } from './use-rate-estimates.ts';
import { useTrend, type TrendRow } from './use-trend.ts';

interface RateTrendFrameProps {
  title: string;
  description?: string;
  filters: Filters | null;
  /** The rates drawn, in this order, each in its own colour (rate-measures.ts). */
  measures: readonly Measure[];
  /** Rates drawn after them as thin lines. */
  secondary?: readonly Measure[];
}

/**
 * Return rates by month in a monthly chart frame, as percentages, with the units and orders behind
 * each month in its tooltip and table; empty until something was sold. The main rates' open months
 * carry the nowcast's estimate of their final figure, with what it rests on under the legend.
 */
export function RateTrendFrame({ title, description, filters, measures, secondary = [] }: RateTrendFrameProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rateCounts = useRateCounts();
  const rows = trend.data?.rows ?? [];
  const estimates = useRateEstimates(filters);
  // data without returns, or without the sales, has no rate to draw: not a line at 0 %
  const unavailable = useMissingDataMessage(rateNeeds);
  const primary = measures.map((measure) => ({ ...rateSeries(measure, t), estimate: estimates.estimateOf(measure) }));
  const series = [...primary, ...secondary.map((measure) => ({ ...rateSeries(measure, t), secondary: true }))];
  // the estimates in the figures' table too, one column per rate that has them
  const estimateColumns = primary
    .filter((s) => rows.some((row) => s.estimate(row)))
    .map((s) => ({
      id: `${s.id}-estimate`,
      header: t('charts.estimate.tableHeader', { series: s.label }),
      numeric: true,
      cell: (row: TrendRow) => {
        const estimate = s.estimate(row);
        if (!estimate) return '';
        return `${format.percent(estimate.expected)} ${t('charts.estimate.interval', { low: format.percent(estimate.low), high: format.percent(estimate.high) })}`;
      },
    }));

  return (
    <MonthlyChartFrame
      title={title}
      description={description}
      query={trend}
      rows={rows}
      returnWindow={trend.data}
      series={series}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      unavailable={unavailable}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      describeCounts={rateCounts}
      filters={filters}
      extraColumns={estimateColumns}
      estimateNote={estimates.note}
    />
  );
}
