import type { ParseKeys } from 'i18next';
import { returnRateColors } from '../../lib/palette.ts';
import type { BreakdownRow } from '../overview/use-breakdown.ts';
import type { TrendRow } from '../overview/use-trend.ts';

export const measures = ['units', 'orders', 'value'] as const;
export type Measure = (typeof measures)[number];

export interface MeasureDefinition {
  label: ParseKeys;
  color: string;
  trend: (row: TrendRow) => number | null;
  /** The breakdown has rates by units and by value; orders fall back to units there. */
  breakdown: (row: BreakdownRow) => number | null;
  breakdownSort: 'returnRateUnits' | 'returnRateValue';
}

export const measureDefinitions: Record<Measure, MeasureDefinition> = {
  units: {
    label: 'charts.returnRate.units',
    color: returnRateColors.units,
    trend: (row) => row.returnRateUnits,
    breakdown: (row) => row.returnRateUnits,
    breakdownSort: 'returnRateUnits',
  },
  orders: {
    label: 'charts.returnRate.orders',
    color: returnRateColors.orders,
    trend: (row) => row.returnRateOrders,
    breakdown: (row) => row.returnRateUnits,
    breakdownSort: 'returnRateUnits',
  },
  value: {
    label: 'charts.returnRate.value',
    color: returnRateColors.value,
    trend: (row) => row.returnRateValue,
    breakdown: (row) => row.returnRateValue,
    breakdownSort: 'returnRateValue',
  },
};
