import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../../components/charts/ChartLegend.tsx';
import { MonthlySeriesTable } from '../../components/charts/MonthlySeriesTable.tsx';
import type { Series } from '../../components/charts/series.ts';
import { StackedBarLineChart } from '../../components/charts/StackedBarLineChart.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import { reasonColor } from '../../lib/palette.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMonthDrill } from '../drill-down/use-month-drill.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { useProvisionalLegend } from '../overview/use-provisional-legend.ts';
import { useReasonTrends, type ReasonMonth } from './use-reason-trends.ts';

const monthOf = (row: ReasonMonth) => row.month;
const isProvisional = (row: ReasonMonth) => !row.mature;

/** Returned units by reason, stacked by month: whether a reason grows or fades. */
export function ReasonTrendChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const monthDrill = useMonthDrill(filters);
  const { query, codes, months, returnWindowDays } = useReasonTrends(filters);
  const provisional = useProvisionalLegend(months, returnWindowDays, 'barsAndLines');

  const bars = useMemo(
    () =>
      codes.map(
        (code): Series<ReasonMonth> => ({ id: code, label: reasonLabel(code), color: reasonColor(code), value: (row) => row.units[code] ?? 0 }),
      ),
    [codes, reasonLabel],
  );
  const title = t('reasonsPage.trend.title');

  return (
    <ChartFrame
      title={title}
      description={t('reasonsPage.trend.description')}
      query={query}
      isEmpty={!months.some((row) => row.unitsReturned > 0)}
      emptyState={<NoDataMessage />}
      legend={
        <ChartLegend
          items={[...bars.map((bar): LegendItem => ({ label: bar.label, color: bar.color, mark: 'bar' })), ...(provisional ? [provisional.item] : [])]}
          note={provisional?.note}
        />
      }
      table={
        <MonthlySeriesTable
            caption={title}
            rows={months}
            monthOf={monthOf}
            isProvisional={isProvisional}
            series={bars}
            formatValue={(value) => format.number(value)}
          monthLink={monthDrill.monthLink}
        />
      }
    >
      <StackedBarLineChart
        rows={months}
        monthOf={monthOf}
        isProvisional={isProvisional}
        bars={bars}
        formatValue={(value) => format.number(value)}
        formatAxis={format.compactNumber}
        describeCounts={(row) => t('reasonsPage.trend.counts', { returned: format.number(row.unitsReturned), sold: format.number(row.unitsSold) })}
        onSelect={monthDrill.onSelect}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
