import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { neutralColor } from '../../lib/palette.ts';
import { axisProps, barTooltipCursor, chartMargin, valueAxisProps } from './chart-style.ts';
import { ChartTooltip } from './ChartTooltip.tsx';

export interface ParetoItem {
  key: string;
  label: string;
  value: number;
  color: string;
}

interface ParetoPoint extends ParetoItem {
  share: number;
  cumulativeShare: number;
}

interface ParetoChartProps {
  /** Largest first, as the server sorts them. */
  items: ParetoItem[];
  valueLabel: string;
  formatValue: (value: number) => string;
  /** Opens the rows behind a clicked bar. */
  onSelect?: (item: ParetoItem) => void;
  ariaLabel: string;
}

const rowHeight = 24;
const axesHeight = 56;

/**
 * Bars largest first with the running share as a line: the few causes behind most of the total.
 * Laid on its side so long reason names read in full.
 */
export function ParetoChart({ items, valueLabel, formatValue, onSelect, ariaLabel }: ParetoChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { points, total } = useMemo(() => {
    const sum = items.reduce((acc, item) => acc + item.value, 0);
    let running = 0;
    const withShares = items.map((item): ParetoPoint => {
      running += item.value;
      return { ...item, share: sum ? item.value / sum : 0, cumulativeShare: sum ? running / sum : 0 };
    });
    return { points: withShares, total: sum };
  }, [items]);

  return (
    <ComposedChart
      layout="vertical"
      responsive
      style={{ width: '100%', height: points.length * rowHeight + axesHeight }}
      data={points}
      margin={chartMargin}
      barCategoryGap="18%"
      aria-label={ariaLabel}
      className={onSelect ? 'is-drillable' : undefined}
      onClick={(state) => {
        const point = points[Number(state.activeIndex)];
        if (onSelect && point) onSelect(point);
      }}
    >
      <CartesianGrid stroke="#e3e7ec" horizontal={false} />
      <YAxis type="category" dataKey="label" {...axisProps} width="auto" interval={0} />
      <XAxis
        xAxisId="value"
        type="number"
        orientation="bottom"
        tickFormatter={format.compactNumber}
        {...valueAxisProps}
      />
      <XAxis
        xAxisId="share"
        type="number"
        orientation="top"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={(value: number) => format.percent(value, 0)}
        {...valueAxisProps}
      />
      <ReferenceLine xAxisId="share" x={0.8} stroke="#b5bec8" strokeDasharray="2 3" />
      <Tooltip
        cursor={barTooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as ParetoPoint | undefined;
          if (!active || !point) return null;
          return (
            <ChartTooltip
              title={point.label}
              lines={[
                { label: valueLabel, value: formatValue(point.value), color: point.color },
                { label: t('charts.pareto.share'), value: format.percent(point.share) },
                { label: t('charts.pareto.cumulative'), value: format.percent(point.cumulativeShare) },
              ]}
              footnote={t('charts.pareto.total', { total: formatValue(total) })}
            />
          );
        }}
      />
      <Bar
        xAxisId="value"
        dataKey="value"
        name={valueLabel}
        isAnimationActive={false}
        shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as ParetoPoint).color} />}
      />
      <Line
        xAxisId="share"
        dataKey="cumulativeShare"
        name={t('charts.pareto.cumulative')}
        stroke={neutralColor}
        strokeWidth={1.75}
        dot={{ r: 2.5, fill: neutralColor, strokeWidth: 0 }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
