import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, chartHeight, chartMargin, gridProps, tooltipCursor, valueAxisProps } from '../../components/charts/chart-style.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';

/** One day after delivery: each line's cumulative share under its key. */
export type CurveRow = { day: number } & Record<string, number>;

export interface CurveLine {
  dataKey: string;
  label: string;
  color: string;
}

interface DeliveryCurveChartProps {
  rows: CurveRow[];
  lines: CurveLine[];
  /** Vertical marks at a day: the windows. */
  markers: { day: number; text: string; color: string }[];
  formatValue: (value: number) => string;
  formatAxis: (value: number) => string;
  dayLabel: (day: number) => string;
  ariaLabel: string;
}

/** Cumulative shares by day, one line each, with the windows marked. */
export function DeliveryCurveChart({ rows, lines, markers, formatValue, formatAxis, dayLabel, ariaLabel }: DeliveryCurveChartProps) {
  return (
    <LineChart responsive style={{ width: '100%', height: chartHeight + 40 }} data={rows} margin={{ ...chartMargin, top: 22 }} aria-label={ariaLabel}>
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="day" type="number" domain={[0, 'dataMax']} {...axisProps} allowDecimals={false} />
      <YAxis tickFormatter={formatAxis} domain={[0, 1]} {...valueAxisProps} width="auto" />
      <Tooltip
        cursor={tooltipCursor}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as CurveRow | undefined;
          if (!active || !row) return null;
          return <ChartTooltip title={dayLabel(row.day)} lines={lines.map((line) => ({ label: line.label, value: formatValue(row[line.dataKey]!), color: line.color }))} />;
        }}
      />
      {markers.map((marker, index) => (
        <ReferenceLine
          key={marker.text}
          x={marker.day}
          stroke={marker.color}
          strokeDasharray="4 3"
          label={{ value: marker.text, position: index === 0 ? 'insideTopLeft' : 'insideTopRight', fontSize: 11, fill: marker.color }}
        />
      ))}
      {lines.map((line, index) => (
        <Line
          key={line.dataKey}
          dataKey={line.dataKey}
          name={line.label}
          stroke={line.color}
          strokeWidth={index === 0 ? 2.5 : 1.5}
          dot={false}
          type="stepAfter"
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
