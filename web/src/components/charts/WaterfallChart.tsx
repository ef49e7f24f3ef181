import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { axisProps, barTooltipCursor, chartMargin, gridProps, valueAxisProps } from './chart-style.ts';
import { ChartTooltip, type TooltipLine } from './ChartTooltip.tsx';

export interface WaterfallStep {
  key: string;
  label: string;
  /** A total stands on the axis; a change floats from the running sum. */
  kind: 'total' | 'change';
  value: number;
  color: string;
}

interface WaterfallPoint<Step extends WaterfallStep> {
  step: Step;
  label: string;
  range: [number, number];
  /** The step's own value, as written over its bar. */
  shown?: string;
}

interface WaterfallChartProps<Step extends WaterfallStep> {
  steps: Step[];
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  describe: (step: Step) => { lines: TooltipLine[]; footnote?: string };
  onSelect?: (step: Step) => void;
  ariaLabel: string;
}

/** Floating bars from a starting total through each change to the end total. */
export function toWaterfallPoints<Step extends WaterfallStep>(steps: readonly Step[]): WaterfallPoint<Step>[] {
  let running = 0;
  return steps.map((step) => {
    if (step.kind === 'total') {
      running = step.value;
      return { step, label: step.label, range: [0, step.value] };
    }
    const start = running;
    running += step.value;
    return { step, label: step.label, range: [Math.min(start, running), Math.max(start, running)] };
  });
}

const height = 280;

export function WaterfallChart<Step extends WaterfallStep>({ steps, formatValue, formatAxis, describe, onSelect, ariaLabel }: WaterfallChartProps<Step>) {
  const points = toWaterfallPoints(steps).map((point) => ({ ...point, shown: formatValue(point.step.value) }));
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={points}
      margin={{ ...chartMargin, top: 16 }}
      barCategoryGap="18%"
      aria-label={ariaLabel}
      className={onSelect ? 'is-drillable' : undefined}
      onClick={(state) => {
        const point = points[Number(state.activeIndex)];
        if (onSelect && point) onSelect(point.step);
      }}
    >
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="label" {...axisProps} interval={0} height={40} tick={{ fontSize: 10.5, width: 84 }} />
      <YAxis tickFormatter={formatAxis} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={barTooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as WaterfallPoint<Step> | undefined;
          if (!active || !point) return null;
          return <ChartTooltip title={point.label} {...describe(point.step)} />;
        }}
      />
      <Bar
        dataKey="range"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as WaterfallPoint<Step>).step.color} />}
      >
        <LabelList dataKey="shown" position="top" fontSize={10.5} />
      </Bar>
    </BarChart>
  );
}
