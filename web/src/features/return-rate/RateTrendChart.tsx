import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../../components/charts/ChartLegend.tsx';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import type { Series } from '../../components/charts/series.ts';
import { TrendLineChart } from '../../components/charts/TrendLineChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { isProvisional, monthOf } from '../overview/trend-rows.ts';
import { useProvisionalLegend } from '../overview/use-provisional-legend.ts';
import { useTrend, type TrendRow } from '../overview/use-trend.ts';
import { measureDefinitions, type Measure } from './measures.ts';

/** The chosen return rate by month, provisional months dashed; a month opens its returns. */
export function RateTrendChart({ filters, measure }: { filters: Filters | null; measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const monthDrill = useMonthDrill(filters);
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];
  const provisional = useProvisionalLegend(rows, trend.data?.returnWindowDays);
  const definition = measureDefinitions[measure];

  const series = useMemo(
    (): Series<TrendRow>[] => [{ id: measure, label: t(definition.label), color: definition.color, value: definition.trend }],
    [t, measure, definition],
  );
  const counts = (row: TrendRow) =>
    t('charts.returnRate.counts', {
      returned: format.number(row.unitsReturned),
      sold: format.number(row.unitsSold),
      ordersWithReturn: format.number(row.ordersWithReturn),
      orders: format.number(row.orders),
    });
  const title = t('returnRate.trendTitle', { measure: t(definition.label).toLowerCase() });

  return (
    <ChartFrame
      title={title}
      description={t('returnRate.trendDescription')}
      query={trend}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      emptyState={<NoDataMessage />}
      legend={
        <ChartLegend
          items={[
            ...series.map((s): LegendItem => ({ label: s.label, color: s.color, mark: 'line' })),
            ...(provisional ? [provisional.item] : []),
          ]}
          note={provisional?.note}
        />
      }
      table={
        <MonthlySeriesTable
            caption={title}
            rows={rows}
            monthOf={monthOf}
            isProvisional={isProvisional}
            series={series}
            formatValue={(value) => format.percent(value)}
            extra={[{ id: 'counts', header: t('dataTable.basis'), cell: counts }]}
          monthLink={monthDrill.monthLink}
        />
      }
    >
      <TrendLineChart
        rows={rows}
        monthOf={monthOf}
        isProvisional={isProvisional}
        series={series}
        formatValue={(value) => format.percent(value)}
        formatAxis={format.percentTick}
        describeCounts={counts}
        onSelect={monthDrill.onSelect}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
