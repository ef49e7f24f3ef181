import { CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { axisProps, gridProps, tooltipCursor, valueAxisProps } from './chart-style.ts';
import { estimateMarks } from './estimate-marks.tsx';
import { MonthTooltip } from './MonthTooltip.tsx';
import { provisionalLines } from './provisional-lines.tsx';
import type { Series } from './series.ts';
import { useMonthlyChart, type MonthlyChartProps } from './use-monthly-chart.ts';

interface TrendLineChartProps<Row> extends MonthlyChartProps<Row> {
  series: Series<Row>[];
}

/**
 * Lines by month; provisional months continue each line dashed, with the series' estimate of their
 * final figure, where it has one, as a band and hollow dots (a composed chart, for the band's area).
 */
export function TrendLineChart<Row>({ series, formatValue, formatAxis, describeCounts, ...chart }: TrendLineChartProps<Row>) {
  const format = useFormat();
  const chartProps = useMonthlyChart(chart);
  // A line needs two points: with only a month or two of figures, each is drawn as a dot too.
  const sparse = series.every((s) => chart.rows.filter((row) => s.value(row) !== null).length < 3);

  return (
    <ComposedChart {...chartProps}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="month" tickFormatter={format.month} {...axisProps} minTickGap={16} interval="preserveStartEnd" />
      <YAxis tickFormatter={formatAxis} domain={[0, 'auto']} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={tooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => (
          <MonthTooltip active={active} payload={payload} series={series} formatValue={formatValue} describeCounts={describeCounts} />
        )}
      />
      {series.flatMap((s) => estimateMarks(s))}
      {series.flatMap((s) => provisionalLines(s, { dots: sparse }))}
    </ComposedChart>
  );
}
