import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { resolutionColors } from '../../lib/palette.ts';
import type { TrendRow } from '../../metrics/use-trend.ts';

/** The value settled in a month: refunded, exchanged and given as store credit; null where the data does not say. */
export const settledValue = (row: TrendRow) =>
  row.refundedValue === null || row.exchangedValue === null || row.storeCreditValue === null
    ? null
    : row.refundedValue + row.exchangedValue + row.storeCreditValue;

/** Whether any month settled some value: else the resolution charts have nothing to draw. */
export const anyValueSettled = (rows: readonly TrendRow[]) => rows.some((row) => (settledValue(row) ?? 0) > 0);

const asShare = (value: number | null, row: TrendRow) => {
  const settled = settledValue(row);
  return value !== null && settled ? value / settled : null;
};

/**
 * Refund, exchange and store credit as a month's stacked bars, bottom to top: as money, or as
 * shares of the value settled that month.
 */
export function useResolutionBars(scale: 'money' | 'share'): Series<TrendRow>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const measure = scale === 'share' ? asShare : (value: number | null) => value;
    return [
      { id: 'refund', label: t('resolutions.refund'), color: resolutionColors.refund, value: (r) => measure(r.refundedValue, r) },
      { id: 'exchange', label: t('resolutions.exchange'), color: resolutionColors.exchange, value: (r) => measure(r.exchangedValue, r) },
      { id: 'storeCredit', label: t('resolutions.storeCredit'), color: resolutionColors.storeCredit, value: (r) => measure(r.storeCreditValue, r) },
    ];
  }, [t, scale]);
}
