import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { axisProps, barTooltipCursor, gridProps, valueAxisProps } from './chart-style.ts';
import { HatchPattern } from './HatchPattern.tsx';
import type { MonthlyPoint } from './monthly-points.ts';
import { MonthTooltip } from './MonthTooltip.tsx';
import { provisionalLines } from './provisional-lines.tsx';
import type { Series } from './series.ts';
import { useMonthlyChart, type MonthlyChartProps } from './use-monthly-chart.ts';

interface StackedBarLineChartProps<Row> extends MonthlyChartProps<Row> {
  /** Stacked bottom to top. */
  bars: Series<Row>[];
  /** Drawn over the bars on the same axis. */
  line?: Series<Row>;
}

/** Stacked bars by month with one line over them; provisional months' bars are hatched. */
export function StackedBarLineChart<Row>({ bars, line, formatValue, formatAxis, describeCounts, ...chart }: StackedBarLineChartProps<Row>) {
  const format = useFormat();
  const patternPrefix = useId();
  const chartProps = useMonthlyChart(chart);
  const hatchId = (series: Series<Row>) => `${patternPrefix}-${series.id}`;
  // Listed as stacked, top bar first, then the line.
  const tooltipSeries = [...bars].reverse().concat(line ? [line] : []);

  return (
    <ComposedChart {...chartProps}>
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
        content={({ active, payload }) => (
          <MonthTooltip active={active} payload={payload} series={tooltipSeries} formatValue={formatValue} describeCounts={describeCounts} />
        )}
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
