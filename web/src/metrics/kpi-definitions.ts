import type { ParseKeys, TFunction } from 'i18next';
import type { Formatters } from '../lib/format.ts';
import { cycleStageColors, neutralColor, resolutionColors, returnRateColors } from '../lib/palette.ts';
import { missingFields, rateNeeds, type MissingField, type ReturnField } from '../features/dataset/missing-fields.ts';
import type { Dataset } from '../features/dataset/use-dataset.ts';
import type { BetterDirection, KpiKind } from './kpi-change.ts';
import type { SettledBy } from './settled-months.ts';
import type { Summary } from './use-summary.ts';
import type { TrendRow } from './use-trend.ts';

export interface KpiDefinition {
  id: string;
  label: ParseKeys;
  kind: KpiKind;
  /** Which way is good news: fewer returns and lower cost, more retained and recovered value. */
  better: BetterDirection;
  value: (summary: Summary) => number | null;
  /** The key of this figure in the comparison's `changes`. */
  changeKey: string;
  trend: (row: TrendRow) => number | null;
  color: string;
  /** A second line under the value: the n behind a rate, or what a figure includes. */
  detail?: (summary: Summary, format: Formatters, t: TFunction) => string;
  /** The fields of the returns the figure is made of, most telling first (`returns` for a rate): without them it is unknown, not 0. */
  needs?: readonly MissingField[];
  /** What the figure is made of, and so from which month its sparkline is provisional. */
  settledBy: SettledBy;
}

// Most KPIs are one field named the same in the summary, the trend rows and the comparison's
// changes, with its label under that name in `kpi`: the name alone says where each is read.
type SameNamedFigure = 'returnRateUnits' | 'returnRateOrders' | 'returnRateValue' | 'refundedValue' | 'retainedValue' | 'recoveredValue' | 'netReturnCost';

function sameNamedKpi(id: SameNamedFigure, definition: Pick<KpiDefinition, 'kind' | 'better' | 'color' | 'detail' | 'needs' | 'settledBy'>): KpiDefinition {
  return { id, label: `kpi.${id}`, value: (s) => s[id], changeKey: id, trend: (r) => r[id], ...definition };
}

/** What the net cost of returns is made of: refunds, recovered value and reverse shipping (docs/metrics.md). */
export const netReturnCostNeeds: readonly ReturnField[] = ['resolution', 'recoveredValue', 'shippingCost'];

export const kpiDefinitions: KpiDefinition[] = [
  sameNamedKpi('returnRateUnits', {
    settledBy: 'requests',
    kind: 'rate',
    better: 'lower',
    color: returnRateColors.units,
    needs: rateNeeds,
    detail: (s, f, t) => t('kpi.detail.units', { returned: f.number(s.unitsReturned), sold: f.number(s.unitsSold) }),
  }),
  sameNamedKpi('returnRateOrders', {
    settledBy: 'requests',
    kind: 'rate',
    better: 'lower',
    color: returnRateColors.orders,
    needs: rateNeeds,
    detail: (s, f, t) => t('kpi.detail.orders', { withReturn: f.number(s.ordersWithReturn), orders: f.number(s.orders) }),
  }),
  sameNamedKpi('returnRateValue', {
    settledBy: 'requests',
    kind: 'rate',
    better: 'lower',
    color: returnRateColors.value,
    needs: rateNeeds,
    detail: (s, f, t) => t('kpi.detail.value', { returned: f.compactMoney(s.returnedValue), sales: f.compactMoney(s.grossSales) }),
  }),
  sameNamedKpi('refundedValue', {
    settledBy: 'resolutions',
    kind: 'money',
    better: 'lower',
    color: resolutionColors.refund,
    detail: (s, f, t) => t('kpi.detail.returns', { count: s.returns, formatted: f.number(s.returns) }),
    needs: ['resolution'],
  }),
  sameNamedKpi('retainedValue', {
    settledBy: 'resolutions',
    kind: 'money',
    better: 'higher',
    color: neutralColor,
    detail: (s, f, t) => t('kpi.detail.retention', { rate: f.percent(s.retentionRate) }),
    needs: ['resolution'],
  }),
  sameNamedKpi('recoveredValue', { settledBy: 'resolutions', kind: 'money', better: 'higher', color: resolutionColors.recovered, needs: ['recoveredValue'] }),
  sameNamedKpi('netReturnCost', {
    settledBy: 'resolutions',
    kind: 'money',
    better: 'lower',
    color: neutralColor,
    detail: (s, f, t) => t('kpi.detail.shipping', { shipping: f.compactMoney(s.returnShippingCost) }),
    needs: netReturnCostNeeds,
  }),
  {
    id: 'cycleTime',
    label: 'kpi.cycleTime',
    settledBy: 'resolutions',
    kind: 'days',
    better: 'lower',
    value: (s) => s.cycleDays.requestToResolved.p50,
    changeKey: 'requestToResolvedP50',
    trend: (r) => r.requestToResolvedP50,
    color: cycleStageColors.requestToResolved,
    detail: (s, f, t) => t('kpi.detail.cycle', { p90: f.days(s.cycleDays.requestToResolved.p90), n: f.number(s.cycleDays.requestToResolved.n) }),
    needs: ['resolvedAt'],
  },
];

/**
 * A KPI's value as shown: unknown while the data lacks a field it is made of, even in a period
 * whose 0 from the API is exact (without returns nothing was refunded, but the data says nothing
 * of refunds in any period).
 */
export function shownValue(kpi: KpiDefinition, summary: Summary, dataset: Dataset | undefined): number | null {
  return missingFields(dataset, kpi.needs ?? []).length > 0 ? null : kpi.value(summary);
}

/** The KPI of one figure, for the pages that write about it. */
export function kpiOf(id: string): KpiDefinition {
  const kpi = kpiDefinitions.find((definition) => definition.id === id);
  if (!kpi) throw new Error(`no KPI ${id}`);
  return kpi;
}
