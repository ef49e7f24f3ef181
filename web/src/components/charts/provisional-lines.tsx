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
      dot={dot}
      activeDot={{ r: 3.5 }}
      legendType="none"
      tooltipType="none"
      isAnimationActive={false}
    />,
  ];
}
