import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { axisProps, barTooltipCursor, chartHeight, chartMargin, gridProps, valueAxisProps } from './chart-style.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { HatchPattern } from './HatchPattern.tsx';
import { toMonthlyPoints, type MonthlyPoint } from './monthly-points.ts';
import { provisionalLines } from './provisional-lines.tsx';
import type { Series } from './series.ts';

interface StackedBarLineChartProps<Row> {
  rows: readonly Row[];
  monthOf: (row: Row) => string;
  isProvisional: (row: Row) => boolean;
  /** Stacked bottom to top. */
  bars: Series<Row>[];
  /** Drawn over the bars on the same axis. */
  line?: Series<Row>;
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  describeCounts?: (row: Row) => string;
  /** Opens the rows behind a clicked month. */
  onSelect?: (row: Row) => void;
  ariaLabel: string;
}

/** Stacked bars by month with one line over them; provisional months' bars are hatched. */
export function StackedBarLineChart<Row>({
  rows,
  monthOf,
  isProvisional,
  bars,
  line,
  formatValue,
  formatAxis,
  describeCounts,
  onSelect,
  ariaLabel,
}: StackedBarLineChartProps<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const patternPrefix = useId();
  const points = useMemo(() => toMonthlyPoints(rows, monthOf, isProvisional), [rows, monthOf, isProvisional]);
  const hatchId = (series: Series<Row>) => `${patternPrefix}-${series.id}`;

  return (
    <ComposedChart
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
      <defs>
        {bars.map((bar) => (
          <HatchPattern key={bar.id} id={hatchId(bar)} color={bar.color} />
        ))}
      </defs>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="month" tickFormatter={format.month} {...axisProps} minTickGap={16} />
      <YAxis tickFormatter={formatAxis} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={barTooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as MonthlyPoint<Row> | undefined;
          if (!active || !point) return null;
          return (
            <ChartTooltip
              title={format.monthLong(point.month)}
              badge={point.provisional ? t('charts.provisional.badge') : undefined}
              lines={[...bars].reverse().concat(line ? [line] : []).map((s) => ({
                label: s.label,
                color: s.color,
                value: formatValue(s.value(point.row)),
              }))}
              footnote={describeCounts?.(point.row)}
            />
          );
        }}
      />
      {bars.map((bar) => (
        <Bar
          key={bar.id}
          dataKey={(point: MonthlyPoint<Row>) => bar.value(point.row)}
          name={bar.label}
          stackId="stack"
          fill={bar.color}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            const point = props.payload as MonthlyPoint<Row>;
            return <Rectangle {...props} fill={point.provisional ? `url(#${hatchId(bar)})` : bar.color} />;
          }}
        />
      ))}
      {line && provisionalLines(line, { dots: true })}
    </ComposedChart>
  );
}
