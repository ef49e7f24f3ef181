import type { ParseKeys, TFunction } from 'i18next';
import type { Series } from '../components/charts/series.ts';
import { returnRateColors } from '../lib/palette.ts';
import type { TrendRow } from './use-trend.ts';

/** The return rate of units sold, of orders and of sales value. */
export const measures = ['units', 'orders', 'value'] as const;
export type Measure = (typeof measures)[number];

export interface MeasureDefinition {
  label: ParseKeys;
  color: string;
  /** The rate's field, the same in the trend's months and the nowcast's figures. */
  rate: 'returnRateUnits' | 'returnRateOrders' | 'returnRateValue';
  /**
   * The rate the breakdown ranks by, and the period's rate its bars are read against: the
   * breakdown has rates by units and by value, so orders fall back to units there.
   */
  breakdownRate: 'returnRateUnits' | 'returnRateValue';
}

export const measureDefinitions: Record<Measure, MeasureDefinition> = {
  units: { label: 'charts.returnRate.units', color: returnRateColors.units, rate: 'returnRateUnits', breakdownRate: 'returnRateUnits' },
  orders: { label: 'charts.returnRate.orders', color: returnRateColors.orders, rate: 'returnRateOrders', breakdownRate: 'returnRateUnits' },
  value: { label: 'charts.returnRate.value', color: returnRateColors.value, rate: 'returnRateValue', breakdownRate: 'returnRateValue' },
};

/** A return rate as a monthly chart's series, named and coloured the same on every page. */
export function rateSeries(measure: Measure, t: TFunction): Series<TrendRow> {
  const { label, color, rate } = measureDefinitions[measure];
  return { id: measure, label: t(label), color, value: (row) => row[rate] };
}
