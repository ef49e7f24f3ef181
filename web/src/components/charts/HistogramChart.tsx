import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, barTooltipCursor, chartHeight, chartMargin, gridProps, valueAxisProps } from './chart-style.ts';
import { ChartTooltip, type TooltipLine } from './ChartTooltip.tsx';

export interface HistogramBar {
  label: string;
  value: number;
}

interface HistogramChartProps<Bin extends HistogramBar> {
  bins: Bin[];
  color: string;
  formatAxis: (value: number) => string;
  /** Vertical markers on the bins that hold them, e.g. the median and p90. */
  markers?: { binLabel: string; text: string }[];
  describe: (bin: Bin) => { title: string; lines: TooltipLine[] };
  onSelect?: (bin: Bin) => void;
  ariaLabel: string;
}

/** Counts by bin, touching bars, with markers for the percentiles. */
export function HistogramChart<Bin extends HistogramBar>({
  bins,
  color,
  formatAxis,
  markers = [],
  describe,
  onSelect,
  ariaLabel,
}: HistogramChartProps<Bin>) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: chartHeight }}
      data={bins}
      margin={{ ...chartMargin, top: 18 }}
      barCategoryGap={1}
      aria-label={ariaLabel}
      className={onSelect ? 'is-drillable' : undefined}
      onClick={(state) => {
        const bin = bins[Number(state.activeIndex)];
        if (onSelect && bin) onSelect(bin);
      }}
    >
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="label" {...axisProps} minTickGap={8} />
      <YAxis tickFormatter={formatAxis} {...valueAxisProps} width="auto" allowDecimals={false} />
      <Tooltip
        cursor={barTooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const bin = payload?.[0]?.payload as Bin | undefined;
          if (!active || !bin) return null;
          return <ChartTooltip {...describe(bin)} />;
        }}
      />
      {markers.map((marker) => (
        <ReferenceLine
          key={marker.text}
          x={marker.binLabel}
          stroke="#1f2933"
          strokeDasharray="3 3"
          label={{ value: marker.text, position: 'top', fontSize: 11 }}
        />
      ))}
      <Bar dataKey="value" fill={color} isAnimationActive={false} />
    </BarChart>
  );
}
