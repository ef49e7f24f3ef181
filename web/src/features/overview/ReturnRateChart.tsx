import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../../components/charts/ChartLegend.tsx';
import type { Series } from '../../components/charts/series.ts';
import { TrendLineChart } from '../../components/charts/TrendLineChart.tsx';
import { returnRateColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { isProvisional, monthOf } from './trend-rows.ts';
import { useProvisionalLegend } from './use-provisional-legend.ts';
import { useTrend, type TrendRow } from './use-trend.ts';

/** How much comes back: the return rate by units, orders and value, month by month. */
export function ReturnRateChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const monthDrill = useMonthDrill(filters);
  const rows = trend.data?.rows ?? [];
  const provisional = useProvisionalLegend(rows, trend.data?.returnWindowDays);

  const series = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'units', label: t('charts.returnRate.units'), color: returnRateColors.units, value: (r) => r.returnRateUnits },
      { id: 'orders', label: t('charts.returnRate.orders'), color: returnRateColors.orders, value: (r) => r.returnRateOrders },
      { id: 'value', label: t('charts.returnRate.value'), color: returnRateColors.value, value: (r) => r.returnRateValue },
    ],
    [t],
  );

  return (
    <ChartFrame
      title={t('charts.returnRate.title')}
      description={t('charts.returnRate.description')}
      query={trend}
      isEmpty={!rows.some((row) => row.unitsSold > 0)}
      emptyState={<NoDataMessage />}
      table={
        <MonthlySeriesTable
          caption={t('charts.returnRate.title')}
          rows={rows}
          monthOf={monthOf}
          isProvisional={isProvisional}
          series={series}
          formatValue={(value) => format.percent(value)}
          monthLink={monthDrill.monthLink}
        />
      }
      legend={
        <ChartLegend
          items={[
            ...series.map((s): LegendItem => ({ label: s.label, color: s.color, mark: 'line' })),
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
        formatValue={(value) => format.percent(value)}
        formatAxis={format.percentTick}
        describeCounts={(row) =>
          t('charts.returnRate.counts', {
            returned: format.number(row.unitsReturned),
            sold: format.number(row.unitsSold),
            ordersWithReturn: format.number(row.ordersWithReturn),
            orders: format.number(row.orders),
          })
        }
        onSelect={monthDrill.onSelect}
        ariaLabel={t('charts.returnRate.title')}
      />
    </ChartFrame>
  );
}
