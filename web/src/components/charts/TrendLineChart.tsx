import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { axisProps, chartHeight, chartMargin, gridProps, tooltipCursor, valueAxisProps } from './chart-style.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { toMonthlyPoints, type MonthlyPoint } from './monthly-points.ts';
import { provisionalLines } from './provisional-lines.tsx';
import type { Series } from './series.ts';

interface TrendLineChartProps<Row> {
  rows: readonly Row[];
  monthOf: (row: Row) => string;
  isProvisional: (row: Row) => boolean;
  series: Series<Row>[];
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  /** The n behind a month's figures, for its tooltip. */
  describeCounts?: (row: Row) => string;
  /** Opens the rows behind a clicked month. */
  onSelect?: (row: Row) => void;
  ariaLabel: string;
}

/** Lines by month; provisional months continue each line dashed. */
export function TrendLineChart<Row>({
  rows,
  monthOf,
  isProvisional,
  series,
  formatValue,
  formatAxis,
  describeCounts,
  onSelect,
  ariaLabel,
}: TrendLineChartProps<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = useMemo(() => toMonthlyPoints(rows, monthOf, isProvisional), [rows, monthOf, isProvisional]);
  // A line needs two points: with only a month or two of figures, each is drawn as a dot too.
  const sparse = series.every((s) => rows.filter((row) => s.value(row) !== null).length < 3);

  return (
    <LineChart
      responsive
      style={{ width: '100%', height: chartHeight }}
      data={points}
      margin={chartMargin}
      aria-label={ariaLabel}
      className={onSelect ? 'is-drillable' : undefined}
      onClick={(state) => {
        const point = points[Number(state.activeIndex)];
        if (onSelect && point) onSelect(point.row);
      }}
    >
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="month" tickFormatter={format.month} {...axisProps} minTickGap={16} />
      <YAxis tickFormatter={formatAxis} domain={[0, 'auto']} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={tooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as MonthlyPoint<Row> | undefined;
          if (!active || !point) return null;
          return (
            <ChartTooltip
              title={format.monthLong(point.month)}
              badge={point.provisional ? t('charts.provisional.badge') : undefined}
              lines={series.map((s) => ({ label: s.label, color: s.color, value: formatValue(s.value(point.row)) }))}
              footnote={describeCounts?.(point.row)}
            />
          );
        }}
      />
      {series.flatMap((s) => provisionalLines(s, { dots: sparse }))}
    </LineChart>
  );
}
