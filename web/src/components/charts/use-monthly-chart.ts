import { useMemo } from 'react';
import type { MouseHandlerDataParam } from 'recharts';
import { chartHeight, chartMargin } from './chart-style.ts';
import { toMonthlyPoints } from './monthly-points.ts';

/** What a monthly chart is given besides the series it draws. */
export interface MonthlyChartProps<Row> {
  rows: readonly Row[];
  monthOf: (row: Row) => string;
  isProvisional: (row: Row) => boolean;
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  /** The n behind a month's figures, for its tooltip. */
  describeCounts?: (row: Row) => string;
  /** Opens the rows behind a clicked month. */
  onSelect?: (row: Row) => void;
  ariaLabel: string;
}

type ChartInput<Row> = Pick<MonthlyChartProps<Row>, 'rows' | 'monthOf' | 'isProvisional' | 'onSelect' | 'ariaLabel'>;

/**
 * The props of a monthly chart's chart element: its months as points, its size and label, and a
 * click anywhere in a month's column opening that month's rows.
 */
export function useMonthlyChart<Row>({ rows, monthOf, isProvisional, onSelect, ariaLabel }: ChartInput<Row>) {
  const points = useMemo(() => toMonthlyPoints(rows, monthOf, isProvisional), [rows, monthOf, isProvisional]);
  return {
    responsive: true,
    style: { width: '100%', height: chartHeight },
    data: points,
    margin: chartMargin,
    'aria-label': ariaLabel,
    className: onSelect ? 'is-drillable' : undefined,
    onClick: (state: MouseHandlerDataParam) => {
      const point = points[Number(state.activeIndex)];
      if (onSelect && point) onSelect(point.row);
    },
  };
}
