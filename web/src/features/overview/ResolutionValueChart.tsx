import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../../components/charts/ChartLegend.tsx';
import type { Series } from '../../components/charts/series.ts';
import { StackedBarLineChart } from '../../components/charts/StackedBarLineChart.tsx';
import { resolutionColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { isProvisional, monthOf } from './trend-rows.ts';
import { useProvisionalLegend } from './use-provisional-legend.ts';
import { useTrend, type TrendRow } from './use-trend.ts';

/** What is given back and what is recovered: refund, exchange and store credit by month, with recovered value. */
export function ResolutionValueChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const monthDrill = useMonthDrill(filters);
  const rows = trend.data?.rows ?? [];
  const provisional = useProvisionalLegend(rows, trend.data?.returnWindowDays, 'barsAndLines');

  const bars = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'refund', label: t('resolutions.refund'), color: resolutionColors.refund, value: (r) => r.refundedValue },
      { id: 'exchange', label: t('resolutions.exchange'), color: resolutionColors.exchange, value: (r) => r.exchangedValue },
      {
        id: 'storeCredit',
        label: t('resolutions.storeCredit'),
        color: resolutionColors.storeCredit,
        value: (r) => r.storeCreditValue,
      },
    ],
    [t],
  );
  const line = useMemo(
    (): Series<TrendRow> => ({
      id: 'recovered',
      label: t('charts.resolution.recovered'),
      color: resolutionColors.recovered,
      value: (r) => r.recoveredValue,
    }),
    [t],
  );
  const legendItems: LegendItem[] = [
    ...bars.map((bar): LegendItem => ({ label: bar.label, color: bar.color, mark: 'bar' })),
    { label: line.label, color: line.color, mark: 'line' },
    ...(provisional ? [provisional.item] : []),
  ];
  const hasValue = rows.some((row) => row.refundedValue + row.exchangedValue + row.storeCreditValue > 0);

  return (
    <ChartFrame
      title={t('charts.resolution.title')}
      description={t('charts.resolution.description')}
      query={trend}
      isEmpty={!hasValue}
      emptyState={<NoDataMessage />}
      table={
        <MonthlySeriesTable
          caption={t('charts.resolution.title')}
          rows={rows}
          monthOf={monthOf}
          isProvisional={isProvisional}
          series={[...bars, line]}
          formatValue={format.money}
          monthLink={monthDrill.monthLink}
        />
      }
      legend={<ChartLegend items={legendItems} note={provisional?.note} />}
    >
      <StackedBarLineChart
        rows={rows}
        monthOf={monthOf}
        isProvisional={isProvisional}
        bars={bars}
        line={line}
        formatValue={format.money}
        formatAxis={format.compactMoney}
        describeCounts={(row) =>
          t('charts.resolution.counts', { count: row.returns, formatted: format.number(row.returns) })
        }
        onSelect={monthDrill.onSelect}
        ariaLabel={t('charts.resolution.title')}
      />
    </ChartFrame>
  );
}
