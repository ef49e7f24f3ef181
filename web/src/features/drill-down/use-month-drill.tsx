import type { ReactNode } from 'react';
import type { Filters } from '../filters/filter-params.ts';
import { DrillLink } from './DrillLink.tsx';
import { monthTarget, type Narrowing } from './drill-params.ts';
import { useDrillDown } from './use-drill-down.ts';

/**
 * What a monthly chart needs to open a month's returns: the click on a point, and the month's
 * link in the chart's table (the same rows, from the keyboard).
 */
export function useMonthDrill(filters: Filters | null, narrowing?: Narrowing) {
  const drill = useDrillDown();
  if (!filters) return { onSelect: undefined, monthLink: undefined };
  return {
    onSelect: (row: { month: string }) => drill.open(monthTarget(filters, row.month, narrowing)),
    monthLink: (row: { month: string }, label: string): ReactNode => (
      <DrillLink target={monthTarget(filters, row.month, narrowing)}>{label}</DrillLink>
    ),
  };
}
