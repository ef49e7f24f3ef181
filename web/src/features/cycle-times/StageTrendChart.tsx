import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { combinedQuery } from '../../lib/combined-query.ts';
import { useFormat } from '../../lib/format-context.ts';
import { cycleStageColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { settledOf } from '../../metrics/settled-months.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { stageNeeds, statsOf, useCycleTimes, type CycleRow, type Stage } from './use-cycle-metrics.ts';

export const stageColor: Record<Stage, string> = {
  requestToReceived: cycleStageColors.requestToReceived,
  receivedToResolved: cycleStageColors.receivedToResolved,
  requestToResolved: cycleStageColors.requestToResolved,
};

interface StageMonth extends CycleRow {
  month: string;
  mature: boolean;
  resolutionsSettled: boolean;
}

/** One stage's median, p90 and mean by month: is the team getting faster? */
export function StageTrendChart({ filters, stage }: { filters: Filters | null; stage: Stage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cycle = useCycleTimes(filters, 'month');
  // Maturity comes from the trend, which judges it for the same months.
  const trend = useTrend(filters);
  const unavailable = useMissingDataMessage(stageNeeds[stage]);
  const rows = useMemo((): StageMonth[] => {
    const settling = new Map((trend.data?.rows ?? []).map((row) => [row.month, row]));
    return (cycle.data?.rows ?? []).map((row) => ({ ...row, month: row.key ?? '', ...settledOf(settling.get(row.key ?? '')) }));
  }, [cycle.data, trend.data]);
  const series = useMemo(
    (): Series<StageMonth>[] => [
      { id: 'p50', label: t('cycle.p50'), color: stageColor[stage], value: (row) => statsOf(row, stage).p50 },
      { id: 'p90', label: t('cycle.p90'), color: cycleStageColors.requestToResolvedP90, value: (row) => statsOf(row, stage).p90, secondary: true },
      { id: 'mean', label: t('cycle.mean'), color: '#8a6d3b', value: (row) => statsOf(row, stage).mean, secondary: true },
    ],
    [t, stage],
  );
  return (
    <MonthlyChartFrame
      title={t('cycle.trendTitle', { stage: t(`cycle.stages.${stage}`) })}
      description={t('cycle.trendDescription')}
      query={combinedQuery([cycle, trend])}
      rows={rows}
      returnWindow={trend.data}
      settledBy="resolutions"
      series={series}
      isEmpty={!rows.some((row) => statsOf(row, stage).n > 0)}
      unavailable={unavailable}
      formatValue={format.days}
      formatAxis={(value) => format.number(value)}
      describeCounts={(row) => t('cycle.n', { count: statsOf(row, stage).n, formatted: format.number(statsOf(row, stage).n) })}
      filters={filters}
    />
  );
}
