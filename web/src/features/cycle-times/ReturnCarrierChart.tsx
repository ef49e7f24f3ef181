import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { RankedBarsFrame } from '../../metrics/RankedBarsFrame.tsx';
import { stageColor } from './StageTrendChart.tsx';
import { stageNeeds, statsOf, useCycleTimes, type CycleRow, type Stage } from './use-cycle-metrics.ts';

interface CarrierItem extends RankedItem {
  row: CycleRow;
}

/** Request → received by the carrier that brought the parcel back: who is slow on the road back. */
export function ReturnCarrierChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stage: Stage = 'requestToReceived';
  const cycle = useCycleTimes(filters, 'returnCarrier');
  const unavailable = useMissingDataMessage(stageNeeds[stage]);
  const items = useMemo(
    (): CarrierItem[] =>
      (cycle.data?.rows ?? [])
        .filter((row) => statsOf(row, stage).n > 0)
        .map((row) => ({ key: row.key ?? '', label: row.key ?? t('states.noValue'), value: statsOf(row, stage).p50, color: stageColor[stage], row }))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
    [cycle.data, t],
  );
  // carriers are timed over returns old enough to have arrived (docs/metrics.md, "How fast")
  const olderThan = cycle.data?.comparedOlderThan?.requestToReceived ?? null;
  return (
    <RankedBarsFrame
      title={t('cycle.carrier.title')}
      description={olderThan === null ? t('cycle.carrier.description') : t('cycle.carrier.descriptionOlderThan', { days: format.days(olderThan) })}
      query={cycle}
      items={items}
      unavailable={unavailable}
      keyHeader={t('filters.dimensions.carrier')}
      figures={[
        { id: 'p50', label: t('cycle.p50'), value: (item) => format.days(statsOf(item.row, stage).p50) },
        { id: 'p90', label: t('cycle.p90'), value: (item) => format.days(statsOf(item.row, stage).p90) },
        { id: 'mean', label: t('cycle.mean'), value: (item) => format.days(statsOf(item.row, stage).mean) },
        { id: 'n', label: 'n', value: (item) => format.number(statsOf(item.row, stage).n) },
      ]}
      formatValue={format.days}
      formatAxis={(value) => format.number(value)}
      placeholderHeight={160}
    />
  );
}
