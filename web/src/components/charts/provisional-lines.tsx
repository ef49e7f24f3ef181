import { Line } from 'recharts';
import type { MonthlyPoint } from './monthly-points.ts';
import type { Series } from './series.ts';

/**
 * One series as two lines: solid over final months, dashed over provisional ones. Returned as
 * elements, not a component, so each <Line> stays a direct child of its chart.
 */
export function provisionalLines<Row>(series: Series<Row>, options: { dots?: boolean } = {}) {
  const strokeWidth = series.secondary ? 1.5 : 2.25;
  const dot = options.dots ? { r: 2.5, fill: series.color, strokeWidth: 0 } : false;
  // A lone provisional month has no line to dash: its dot carries a dashed ring instead (not the
  // estimates' hollow dot). The month joining the final line keeps that line's plain dot.
  const provisionalDot = options.dots
    ? ({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: MonthlyPoint<Row>; index?: number }) =>
        payload?.provisional && cx !== undefined && cy !== undefined ? (
          <g key={`${series.id}-provisional-dot-${index}`} className="provisional-dot">
            <circle cx={cx} cy={cy} r={2.5} fill={series.color} />
            <circle cx={cx} cy={cy} r={5.5} fill="none" stroke={series.color} strokeWidth={1.25} strokeDasharray="2 2" />
          </g>
        ) : (
          <g key={`${series.id}-provisional-dot-${index}`} />
        )
    : false;
  return [
    <Line
      key={series.id}
      dataKey={(point: MonthlyPoint<Row>) => (point.provisional ? null : series.value(point.row))}
      name={series.label}
      stroke={series.color}
      strokeWidth={strokeWidth}
      dot={dot}
      activeDot={{ r: 3.5 }}
      isAnimationActive={false}
    />,
    <Line
      key={`${series.id}-provisional`}
      dataKey={(point: MonthlyPoint<Row>) =>
        point.provisional || point.joinsProvisional ? series.value(point.row) : null
      }
      name={series.label}
      stroke={series.color}
      strokeWidth={strokeWidth}
      strokeDasharray="4 3"
      dot={provisionalDot}
      activeDot={{ r: 3.5 }}
      legendType="none"
      tooltipType="none"
      isAnimationActive={false}
    />,
  ];
}
