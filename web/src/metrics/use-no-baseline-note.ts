import { useTranslation } from 'react-i18next';
import { ordersBeginLater } from '../features/dataset/orders-begin.ts';
import { useDataset } from '../features/dataset/use-dataset.ts';
import { useFormat } from '../lib/format-context.ts';

/** What the server says of a comparison's coverage (docs/metrics.md, "Comparing periods"). */
interface Coverage {
  beforeData: boolean;
  afterData: boolean;
}

/** Whether a comparison has no baseline: the server then gives no change. */
export function hasNoBaseline(comparison: Coverage | undefined): boolean {
  return !!comparison && (comparison.beforeData || comparison.afterData);
}

/**
 * Why a comparison shows no change: its earlier period begins before the data does ("the data
 * begins on …", or "the orders begin in …" when returns reach back further), or the current
 * period begins after the last order ("the last order is from …"); nothing when both lie in the data.
 */
export function useNoBaselineNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset().data;
  return (comparison: Coverage | undefined): string | undefined => {
    const ordersBegin = dataset && ordersBeginLater(dataset);
    if (comparison?.beforeData && ordersBegin) return t('compare.beforeOrders', { month: format.monthLong(ordersBegin) });
    if (comparison?.beforeData && dataset?.firstDate) return t('compare.beforeData', { date: format.date(dataset.firstDate) });
    if (comparison?.afterData && dataset?.lastOrderDate) return t('compare.afterData', { date: format.date(dataset.lastOrderDate) });
    return undefined;
  };
}
