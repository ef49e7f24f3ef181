import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { axisProps, barTooltipCursor, chartMargin, valueAxisProps } from './chart-style.ts';
import { ChartTooltip, type TooltipLine } from './ChartTooltip.tsx';

export interface RankedItem {
  key: string;
  label: string;
  value: number | null;
  color: string;
}

interface RankedBarChartProps<Item extends RankedItem> {
  /** In the order to draw them, top first. */
  items: Item[];
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  /** A vertical line to compare every bar with, e.g. the overall rate. */
  reference?: { value: number; label: string };
  /** Exact figures and the n behind a bar, for its tooltip. */
  describe: (item: Item) => { lines: TooltipLine[]; footnote?: string };
  /** Opens the rows behind a bar. */
  onSelect?: (item: Item) => void;
  ariaLabel: string;
}

const rowHeight = 22;
const axesHeight = 34;

/** Horizontal bars, one per value of a dimension: long names read in full, and many values fit. */
export function RankedBarChart<Item extends RankedItem>({
  items,
  formatValue,
  formatAxis,
  reference,
  describe,
  onSelect,
  ariaLabel,
}: RankedBarChartProps<Item>) {
  return (
    <BarChart
      layout="vertical"
      responsive
      style={{ width: '100%', height: items.length * rowHeight + axesHeight }}
      data={items}
      margin={{ ...chartMargin, top: reference ? 20 : chartMargin.top, right: 48 }}
      barCategoryGap="20%"
      aria-label={ariaLabel}
      className={onSelect ? 'is-drillable' : undefined}
      onClick={(state) => {
        const item = items[Number(state.activeIndex)];
        if (onSelect && item) onSelect(item);
      }}
    >
      <CartesianGrid stroke="#e3e7ec" horizontal={false} />
      <YAxis type="category" dataKey="label" {...axisProps} width="auto" interval={0} />
      <XAxis type="number" tickFormatter={formatAxis} {...valueAxisProps} />
      <Tooltip
        cursor={barTooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const item = payload?.[0]?.payload as Item | undefined;
          if (!active || !item) return null;
          return <ChartTooltip title={item.label} {...describe(item)} />;
        }}
      />
      {reference && (
        <ReferenceLine
          x={reference.value}
          stroke="#52606d"
          strokeDasharray="3 3"
          label={{ value: reference.label, position: 'top', fontSize: 11 }}
        />
      )}
      <Bar
        dataKey="value"
        isAnimationActive={false}
        label={{ position: 'right', formatter: (value: unknown) => formatValue(typeof value === 'number' ? value : null), fontSize: 11 }}
        shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as Item).color} />}
      />
    </BarChart>
  );
}
