import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { resolutionColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from './MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from './use-trend.ts';

/** What is given back and what is recovered: refund, exchange and store credit by month, with recovered value. */
export function ResolutionValueChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];

  const bars = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'refund', label: t('resolutions.refund'), color: resolutionColors.refund, value: (r) => r.refundedValue },
      { id: 'exchange', label: t('resolutions.exchange'), color: resolutionColors.exchange, value: (r) => r.exchangedValue },
      {
        id: 'storeCredit',
        label: t('resolutions.storeCredit'),
        color: resolutionColors.storeCredit,
        value: (r) => r.storeCreditValue,
      },
    ],
    [t],
  );
  const line = useMemo(
    (): Series<TrendRow> => ({
      id: 'recovered',
      label: t('charts.resolution.recovered'),
      color: resolutionColors.recovered,
      value: (r) => r.recoveredValue,
    }),
    [t],
  );
  const hasValue = rows.some((row) => row.refundedValue + row.exchangedValue + row.storeCreditValue > 0);

  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('charts.resolution.title')}
      description={t('charts.resolution.description')}
      query={trend}
      rows={rows}
      returnWindowDays={trend.data?.returnWindowDays}
      series={bars}
      line={line}
      isEmpty={!hasValue}
      formatValue={format.money}
      formatAxis={format.compactMoney}
      describeCounts={(row) => t('charts.resolution.counts', { count: row.returns, formatted: format.number(row.returns) })}
      filters={filters}
    />
  );
}
