import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { resolutionColors } from '../../lib/palette.ts';
import type { TrendRow } from './use-trend.ts';

/** The value settled in a month: refunded, exchanged and given as store credit. */
export const settledValue = (row: TrendRow) => row.refundedValue + row.exchangedValue + row.storeCreditValue;

const asShare = (value: number, row: TrendRow) => (settledValue(row) > 0 ? value / settledValue(row) : null);

/**
 * Refund, exchange and store credit as a month's stacked bars, bottom to top: as money, or as
 * shares of the value settled that month.
 */
export function useResolutionBars(scale: 'money' | 'share'): Series<TrendRow>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const measure = scale === 'share' ? asShare : (value: number) => value;
    return [
      { id: 'refund', label: t('resolutions.refund'), color: resolutionColors.refund, value: (r) => measure(r.refundedValue, r) },
      { id: 'exchange', label: t('resolutions.exchange'), color: resolutionColors.exchange, value: (r) => measure(r.exchangedValue, r) },
      { id: 'storeCredit', label: t('resolutions.storeCredit'), color: resolutionColors.storeCredit, value: (r) => measure(r.storeCreditValue, r) },
    ];
  }, [t, scale]);
}
