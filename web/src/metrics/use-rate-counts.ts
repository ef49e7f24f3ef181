import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format-context.ts';
import type { TrendRow } from './use-trend.ts';

/** The n behind a month's return rates, for its tooltip and table: units and orders, returned of sold. */
export function useRateCounts() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (row: TrendRow) =>
      t('charts.returnRate.counts', {
        returned: format.number(row.unitsReturned),
        sold: format.number(row.unitsSold),
        ordersWithReturn: format.number(row.ordersWithReturn),
        orders: format.number(row.orders),
      }),
    [t, format],
  );
}
