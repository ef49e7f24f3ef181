import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import { resolutionColors } from '../../lib/palette.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../overview/MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from '../overview/use-trend.ts';

const settled = (row: TrendRow) => row.refundedValue + row.exchangedValue + row.storeCreditValue;
const shareOf = (value: number, row: TrendRow) => (settled(row) > 0 ? value / settled(row) : null);

/** The resolution mix by month: of the value settled, the share refunded, exchanged and given as credit. */
export function ResolutionMixChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];
  const bars = useMemo(
    (): Series<TrendRow>[] => [
      { id: 'refund', label: t('resolutions.refund'), color: resolutionColors.refund, value: (r) => shareOf(r.refundedValue, r) },
      { id: 'exchange', label: t('resolutions.exchange'), color: resolutionColors.exchange, value: (r) => shareOf(r.exchangedValue, r) },
      { id: 'storeCredit', label: t('resolutions.storeCredit'), color: resolutionColors.storeCredit, value: (r) => shareOf(r.storeCreditValue, r) },
    ],
    [t],
  );
  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('value.mix.title')}
      description={t('value.mix.description')}
      query={trend}
      rows={rows}
      returnWindowDays={trend.data?.returnWindowDays}
      series={bars}
      isEmpty={!rows.some((row) => settled(row) > 0)}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      describeCounts={(row) => t('value.mix.counts', { value: format.money(settled(row)) })}
      filters={filters}
    />
  );
}
