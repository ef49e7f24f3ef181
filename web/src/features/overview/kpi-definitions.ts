import type { ParseKeys, TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.ts';
import { cycleStageColors, neutralColor, resolutionColors, returnRateColors } from '../../lib/palette.ts';
import type { BetterDirection, KpiKind } from './kpi-change.ts';
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
}

export const kpiDefinitions: KpiDefinition[] = [
  {
    id: 'returnRateUnits',
    label: 'kpi.returnRateUnits',
    kind: 'rate',
    better: 'lower',
    value: (s) => s.returnRateUnits,
    changeKey: 'returnRateUnits',
    trend: (r) => r.returnRateUnits,
    color: returnRateColors.units,
    detail: (s, f, t) => t('kpi.detail.units', { returned: f.number(s.unitsReturned), sold: f.number(s.unitsSold) }),
  },
  {
    id: 'returnRateOrders',
    label: 'kpi.returnRateOrders',
    kind: 'rate',
    better: 'lower',
    value: (s) => s.returnRateOrders,
    changeKey: 'returnRateOrders',
    trend: (r) => r.returnRateOrders,
    color: returnRateColors.orders,
    detail: (s, f, t) => t('kpi.detail.orders', { withReturn: f.number(s.ordersWithReturn), orders: f.number(s.orders) }),
  },
  {
    id: 'returnRateValue',
    label: 'kpi.returnRateValue',
    kind: 'rate',
    better: 'lower',
    value: (s) => s.returnRateValue,
    changeKey: 'returnRateValue',
    trend: (r) => r.returnRateValue,
    color: returnRateColors.value,
    detail: (s, f, t) => t('kpi.detail.value', { returned: f.compactMoney(s.returnedValue), sales: f.compactMoney(s.grossSales) }),
  },
  {
    id: 'refundedValue',
    label: 'kpi.refundedValue',
    kind: 'money',
    better: 'lower',
    value: (s) => s.refundedValue,
    changeKey: 'refundedValue',
    trend: (r) => r.refundedValue,
    color: resolutionColors.refund,
    detail: (s, f, t) => t('kpi.detail.returns', { count: s.returns, formatted: f.number(s.returns) }),
  },
  {
    id: 'retainedValue',
    label: 'kpi.retainedValue',
    kind: 'money',
    better: 'higher',
    value: (s) => s.retainedValue,
    changeKey: 'retainedValue',
    trend: (r) => r.retainedValue,
    color: neutralColor,
    detail: (s, f, t) => t('kpi.detail.retention', { rate: f.percent(s.retentionRate) }),
  },
  {
    id: 'recoveredValue',
    label: 'kpi.recoveredValue',
    kind: 'money',
    better: 'higher',
    value: (s) => s.recoveredValue,
    changeKey: 'recoveredValue',
    trend: (r) => r.recoveredValue,
    color: resolutionColors.recovered,
  },
  {
    id: 'netReturnCost',
    label: 'kpi.netReturnCost',
    kind: 'money',
    better: 'lower',
    value: (s) => s.netReturnCost,
    changeKey: 'netReturnCost',
    trend: (r) => r.netReturnCost,
    color: neutralColor,
    detail: (s, f, t) => t('kpi.detail.shipping', { shipping: f.compactMoney(s.returnShippingCost) }),
  },
  {
    id: 'cycleTime',
    label: 'kpi.cycleTime',
    kind: 'days',
    better: 'lower',
    value: (s) => s.cycleDays.requestToResolved.p50,
    changeKey: 'requestToResolvedP50',
    trend: (r) => r.requestToResolvedP50,
    color: cycleStageColors.requestToResolved,
    detail: (s, f, t) => t('kpi.detail.cycle', { p90: f.days(s.cycleDays.requestToResolved.p90), n: f.number(s.cycleDays.requestToResolved.n) }),
  },
];
