import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameQuery } from '../components/ChartFrame.tsx';
import { ChartFrame } from '../components/ChartFrame.tsx';
import { ChartLegend, type LegendItem } from '../components/charts/ChartLegend.tsx';
import { MonthlySeriesTable } from '../components/charts/MonthlySeriesTable.tsx';
import type { Series } from '../components/charts/series.ts';
import { StackedBarLineChart } from '../components/charts/StackedBarLineChart.tsx';
import { TrendLineChart } from '../components/charts/TrendLineChart.tsx';
import type { DataColumn } from '../components/DataTable.tsx';
import { NoDataMessage } from '../features/dataset/NoDataMessage.tsx';
import type { Narrowing } from '../features/drill-down/drill-params.ts';
import { useMonthDrill } from '../features/drill-down/use-month-drill.tsx';
import type { Filters } from '../features/filters/filter-params.ts';
import { neutralColor } from '../lib/palette.ts';
import type { ReturnWindow } from './provisional-window.ts';
import { isSettled, type SettledBy, type SettlingMonth } from './settled-months.ts';
import { useProvisionalLegend } from './use-provisional-legend.ts';

export interface MonthlyRow extends SettlingMonth {
  month: string;
}

const monthOf = (row: MonthlyRow) => row.month;

interface MonthlyChartFrameProps<Row extends MonthlyRow> {
  title: string;
  description?: string;
  query: FrameQuery;
  rows: readonly Row[];
  /** The windows the rows' maturity was judged by (the trend's or the reasons' answer). */
  returnWindow: ReturnWindow | undefined;
  series: Series<Row>[];
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  /** The n behind a month, in its tooltip. */
  describeCounts?: (row: Row) => string;
  isEmpty: boolean;
  emptyState?: ReactNode;
  /** Said instead of the chart when the data lacks what it is made of (see ChartFrame). */
  unavailable?: ReactNode;
  /** The filters the rows were asked with: a month opens its returns with them. */
  filters: Filters | null;
  narrowing?: Narrowing;
  actions?: ReactNode;
  /** Lines (the default), or the series as stacked bars with `line` drawn over them. */
  marks?: 'lines' | 'stackedBars';
  line?: Series<Row>;
  /** More columns for the table, after the series. */
  extraColumns?: DataColumn<Row>[];
  /** What the series' estimates of open months rest on, said under the legend. */
  estimateNote?: string;
  /** Which figures the series are made of: a month is drawn provisional until they are final (requests unless told). */
  settledBy?: SettledBy;
}

/**
 * A monthly chart in its frame, the way every page draws one: lines or stacked bars, a legend
 * with the provisional note, a click on a month opens its returns, and the figures as a table
 * with the same links.
 */
export function MonthlyChartFrame<Row extends MonthlyRow>({
  title,
  description,
  query,
  rows,
  returnWindow,
  series,
  formatValue,
  formatAxis,
  describeCounts,
  isEmpty,
  emptyState = <NoDataMessage />,
  unavailable,
  filters,
  narrowing,
  actions,
  marks = 'lines',
  line,
  extraColumns = [],
  estimateNote,
  settledBy = 'requests',
}: MonthlyChartFrameProps<Row>) {
  const { t } = useTranslation();
  const bars = marks === 'stackedBars';
  const isProvisional = (row: Row) => !isSettled(row, settledBy);
  const provisional = useProvisionalLegend(rows, returnWindow, bars ? 'barsAndLines' : 'lines', settledBy);
  const legendItems: LegendItem[] = [
    ...series.map((s): LegendItem => ({ label: s.label, color: s.color, mark: bars ? 'bar' : s.secondary ? 'thin-line' : 'line' })),
    ...(line ? [{ label: line.label, color: line.color, mark: 'line' as const }] : []),
    ...(provisional ? [provisional.item] : []),
    ...(series.some((s) => rows.some((row) => s.estimate?.(row)))
      ? [{ label: t('charts.estimate.label'), color: neutralColor, mark: 'band' as const }]
      : []),
  ];
  const monthDrill = useMonthDrill(filters, narrowing);
  const chartProps = { rows, monthOf, isProvisional, formatValue, formatAxis, describeCounts, onSelect: monthDrill.onSelect, ariaLabel: title };
  return (
    <ChartFrame
      title={title}
      description={description}
      query={query}
      isEmpty={isEmpty}
      emptyState={emptyState}
      unavailable={unavailable}
      actions={actions}
      legend={<ChartLegend items={legendItems} note={provisional?.note} assumption={estimateNote} />}
      table={
        <MonthlySeriesTable
          caption={title}
          rows={rows}
          monthOf={monthOf}
          isProvisional={isProvisional}
          series={line ? [...series, line] : series}
          formatValue={formatValue}
          extra={[...extraColumns, ...(describeCounts ? [{ id: 'counts', header: t('dataTable.basis'), cell: describeCounts }] : [])]}
          monthLink={monthDrill.monthLink}
        />
      }
    >
      {bars ? <StackedBarLineChart {...chartProps} bars={series} line={line} /> : <TrendLineChart {...chartProps} series={series} />}
    </ChartFrame>
  );
}
