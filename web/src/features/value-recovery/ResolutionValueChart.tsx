import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { resolutionColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { anyValueSettled, useResolutionBars } from './use-resolution-bars.ts';
import { useTrend, type TrendRow } from '../../metrics/use-trend.ts';

/** What is given back and what is recovered: refund, exchange and store credit by month, with recovered value. */
export function ResolutionValueChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];
  const unavailable = useMissingDataMessage(['resolution']);
  // without recovered values in the data the line would be a legend entry over nothing
  const hasRecoveredValues = useMissingFields(['recoveredValue']).length === 0;

  const bars = useResolutionBars('money');
  const line = useMemo(
    (): Series<TrendRow> => ({
      id: 'recovered',
      label: t('charts.resolution.recovered'),
      color: resolutionColors.recovered,
      value: (r) => r.recoveredValue,
    }),
    [t],
  );

  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('charts.resolution.title')}
      description={t('charts.resolution.description')}
      query={trend}
      rows={rows}
      returnWindow={trend.data}
      settledBy="resolutions"
      series={bars}
      line={hasRecoveredValues ? line : undefined}
      isEmpty={!anyValueSettled(rows)}
      unavailable={unavailable}
      formatValue={format.money}
      formatAxis={format.compactMoney}
      describeCounts={(row) => t('charts.resolution.counts', { count: row.returns, formatted: format.number(row.returns) })}
      filters={filters}
    />
  );
}
