import { Area, Line } from 'recharts';
import type { MonthlyPoint } from './monthly-points.ts';
import type { Series } from './series.ts';

/**
 * A series' estimate for its open months: a shaded band from the interval's low to its high, and
 * the expected figure as hollow dots joined by a dotted line. Elements, not a component, so each
 * stays a direct child of its chart. Nothing for a series without an estimate.
 */
export function estimateMarks<Row>(series: Series<Row>) {
  const estimate = series.estimate;
  if (!estimate) return [];
  const band = (point: MonthlyPoint<Row>) => {
    const found = estimate(point.row);
    return found && found.low !== null && found.high !== null ? [found.low, found.high] : null;
  };
  return [
    <Area
      key={`${series.id}-estimate-band`}
      className="estimate-band"
      dataKey={band}
      stroke="none"
      fill={series.color}
      fillOpacity={0.16}
      legendType="none"
      tooltipType="none"
      connectNulls={false}
      isAnimationActive={false}
    />,
    <Line
      key={`${series.id}-estimate`}
      dataKey={(point: MonthlyPoint<Row>) => estimate(point.row)?.expected ?? null}
      stroke={series.color}
      strokeWidth={1.25}
      strokeDasharray="1 3"
      dot={{ r: 3, fill: 'var(--surface)', stroke: series.color, strokeWidth: 1.5 }}
      activeDot={false}
      legendType="none"
      tooltipType="none"
      isAnimationActive={false}
    />,
  ];
}
