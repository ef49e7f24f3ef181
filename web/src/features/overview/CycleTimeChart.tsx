import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../../components/charts/ChartLegend.tsx';
import type { Series } from '../../components/charts/series.ts';
import { TrendLineChart } from '../../components/charts/TrendLineChart.tsx';
import { cycleStageColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { isProvisional, monthOf } from './trend-rows.ts';
import { useProvisionalLegend } from './use-provisional-legend.ts';
import { useTrend, type TrendRow } from './use-trend.ts';

/** How fast: days from request to resolution (median and p90), and the median of each stage. */
export function CycleTimeChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const monthDrill = useMonthDrill(filters);
  const rows = trend.data?.rows ?? [];
  const provisional = useProvisionalLegend(rows, trend.data?.returnWindowDays);

  const series = useMemo(
    (): Series<TrendRow>[] => [
      {
        id: 'requestToResolvedP50',
        label: t('charts.cycle.requestToResolvedP50'),
        color: cycleStageColors.requestToResolved,
        value: (r) => r.requestToResolvedP50,
      },
      {
        id: 'requestToResolvedP90',
        label: t('charts.cycle.requestToResolvedP90'),
        color: cycleStageColors.requestToResolvedP90,
        value: (r) => r.requestToResolvedP90,
        secondary: true,
      },
      {
        id: 'requestToReceivedP50',
        label: t('charts.cycle.requestToReceivedP50'),
        color: cycleStageColors.requestToReceived,
        value: (r) => r.requestToReceivedP50,
        secondary: true,
      },
      {
        id: 'receivedToResolvedP50',
        label: t('charts.cycle.receivedToResolvedP50'),
        color: cycleStageColors.receivedToResolved,
        value: (r) => r.receivedToResolvedP50,
        secondary: true,
      },
    ],
    [t],
  );
  const hasDurations = rows.some((row) => row.requestToResolvedP50 !== null);

  return (
    <ChartFrame
      title={t('charts.cycle.title')}
      description={t('charts.cycle.description')}
      query={trend}
      isEmpty={!hasDurations}
      emptyState={<NoDataMessage />}
      table={
        <MonthlySeriesTable
          caption={t('charts.cycle.title')}
          rows={rows}
          monthOf={monthOf}
          isProvisional={isProvisional}
          series={series}
          formatValue={format.days}
          monthLink={monthDrill.monthLink}
        />
      }
      legend={
        <ChartLegend
          items={[
            ...series.map((s): LegendItem => ({ label: s.label, color: s.color, mark: s.secondary ? 'thin-line' : 'line' })),
            ...(provisional ? [provisional.item] : []),
          ]}
          note={provisional?.note}
        />
      }
    >
      <TrendLineChart
        rows={rows}
        monthOf={monthOf}
        isProvisional={isProvisional}
        series={series}
        formatValue={format.days}
        formatAxis={(value) => format.number(value)}
        describeCounts={(row) => t('charts.cycle.counts', { count: row.returns, formatted: format.number(row.returns) })}
        onSelect={monthDrill.onSelect}
        ariaLabel={t('charts.cycle.title')}
      />
    </ChartFrame>
  );
}
