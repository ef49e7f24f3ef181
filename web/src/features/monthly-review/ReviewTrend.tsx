import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend } from '../../components/charts/ChartLegend.tsx';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import type { Series } from '../../components/charts/series.ts';
import { TrendLineChart } from '../../components/charts/TrendLineChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { returnRateColors } from '../../lib/palette.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { isProvisional, monthOf } from '../overview/trend-rows.ts';
import { useProvisionalLegend } from '../overview/use-provisional-legend.ts';
import { useTrend, type TrendRow } from '../overview/use-trend.ts';
import { monthPeriod, shiftMonth } from './review-month.ts';

/** The twelve months up to the one reviewed: is this month a blip or a trend? */
export function ReviewTrend({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yearFilters = filters && { ...filters, from: `${shiftMonth(month, -11)}-01`, to: monthPeriod(month).to };
  const trend = useTrend(yearFilters);
  const monthDrill = useMonthDrill(yearFilters);
  const rows = trend.data?.rows ?? [];
  const provisional = useProvisionalLegend(rows, trend.data?.returnWindowDays);
  const series = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'units', label: t('charts.returnRate.units'), color: returnRateColors.units, value: (r) => r.returnRateUnits },
      { id: 'value', label: t('charts.returnRate.value'), color: returnRateColors.value, value: (r) => r.returnRateValue, secondary: true },
    ],
    [t],
  );
  const title = t('review.trendTitle');
  return (
    <ChartFrame
      title={title}
      query={trend}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      emptyState={<NoDataMessage />}
      placeholderHeight={240}
      legend={
        <ChartLegend
          items={[
            ...series.map((s) => ({ label: s.label, color: s.color, mark: s.secondary ? ('thin-line' as const) : ('line' as const) })),
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
        onSelect={monthDrill.onSelect}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
