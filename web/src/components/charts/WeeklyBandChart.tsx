import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, chartHeight, chartMargin, gridProps, tooltipCursor, valueAxisProps } from './chart-style.ts';
import { ChartTooltip } from './ChartTooltip.tsx';

/** An estimate with its interval. */
export interface BandValue {
  expected: number;
  low: number;
  high: number;
}

/** One week on the axis: its label, and each series' estimate by the series' id. */
export interface BandPoint {
  label: string;
  values: Record<string, BandValue>;
}

export interface BandSeries {
  id: string;
  label: string;
  color: string;
}

interface WeeklyBandChartProps {
  points: readonly BandPoint[];
  series: readonly BandSeries[];
  formatValue: (value: number) => string;
  formatAxis: (value: number) => string;
  /** How a point's interval reads in the tooltip, e.g. "80 %: 12–19". */
  describeBand: (value: BandValue) => string;
  ariaLabel: string;
}

/** Estimates ahead: each series a line of its expected values in a band of its interval. */
export function WeeklyBandChart({ points, series, formatValue, formatAxis, describeBand, ariaLabel }: WeeklyBandChartProps) {
  const data = points.map((point) => ({ label: point.label, point }));
  type Datum = (typeof data)[number];
  return (
    <ComposedChart responsive style={{ width: '100%', height: chartHeight }} data={data} margin={chartMargin} aria-label={ariaLabel}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="label" {...axisProps} minTickGap={12} />
      <YAxis tickFormatter={formatAxis} domain={[0, 'auto']} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={tooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const point = (payload?.[0]?.payload as Datum | undefined)?.point;
          if (!active || !point) return null;
          return (
            <ChartTooltip
              title={point.label}
              lines={series.flatMap((s) => {
                const value = point.values[s.id];
                return value ? [{ label: s.label, value: `${formatValue(value.expected)} (${describeBand(value)})`, color: s.color }] : [];
              })}
            />
          );
        }}
      />
      {series.map((s) => (
        <Area
          key={`${s.id}-band`}
          dataKey={(d: Datum) => {
            const value = d.point.values[s.id];
            return value ? [value.low, value.high] : null;
          }}
          stroke="none"
          fill={s.color}
          fillOpacity={0.18}
          isAnimationActive={false}
          legendType="none"
        />
      ))}
      {series.map((s) => (
        <Line
          key={s.id}
          dataKey={(d: Datum) => d.point.values[s.id]?.expected ?? null}
          name={s.label}
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}
