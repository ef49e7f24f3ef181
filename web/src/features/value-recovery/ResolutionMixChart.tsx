import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { anyValueSettled, settledValue, useResolutionBars } from './use-resolution-bars.ts';
import { useTrend } from '../../metrics/use-trend.ts';

/** The resolution mix by month: of the value settled, the share refunded, exchanged and given as credit. */
export function ResolutionMixChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];
  const unavailable = useMissingDataMessage(['resolution']);
  const bars = useResolutionBars('share');
  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('value.mix.title')}
      description={t('value.mix.description')}
      query={trend}
      rows={rows}
      returnWindow={trend.data}
      settledBy="resolutions"
      series={bars}
      isEmpty={!anyValueSettled(rows)}
      unavailable={unavailable}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      describeCounts={(row) => t('value.mix.counts', { value: format.money(settledValue(row)) })}
      filters={filters}
    />
  );
}
