import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { cycleStageColors } from '../../lib/palette.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { useTrend, type TrendRow } from '../../metrics/use-trend.ts';

/** How fast: days from request to resolution (median and p90), and the median of each stage. */
export function CycleTimeChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trend = useTrend(filters);
  const rows = trend.data?.rows ?? [];

  const series = useMemo(
    (): Series<TrendRow>[] => [
      {
        id: 'requestToResolvedP50',
        label: t('charts.cycle.requestToResolvedP50'),
        color: cycleStageColors.requestToResolved,
        value: (r) => r.requestToResolvedP50,
      },
      {
        id: 'requestToResolvedP90',
        label: t('charts.cycle.requestToResolvedP90'),
        color: cycleStageColors.requestToResolvedP90,
        value: (r) => r.requestToResolvedP90,
        secondary: true,
      },
      {
        id: 'requestToReceivedP50',
        label: t('charts.cycle.requestToReceivedP50'),
        color: cycleStageColors.requestToReceived,
        value: (r) => r.requestToReceivedP50,
        secondary: true,
      },
      {
        id: 'receivedToResolvedP50',
        label: t('charts.cycle.receivedToResolvedP50'),
        color: cycleStageColors.receivedToResolved,
        value: (r) => r.receivedToResolvedP50,
        secondary: true,
      },
    ],
    [t],
  );
  const hasDurations = rows.some((row) => row.requestToResolvedP50 !== null);
  const unavailable = useMissingDataMessage(['resolvedAt']);

  return (
    <MonthlyChartFrame
      title={t('charts.cycle.title')}
      description={t('charts.cycle.description')}
      query={trend}
      rows={rows}
      returnWindow={trend.data}
      settledBy="resolutions"
      series={series}
      isEmpty={!hasDurations}
      unavailable={unavailable}
      formatValue={format.days}
      formatAxis={(value) => format.number(value)}
      describeCounts={(row) => t('charts.cycle.counts', { count: row.returns, formatted: format.number(row.returns) })}
      filters={filters}
    />
  );
}
