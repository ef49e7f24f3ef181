import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RankedBarChart, type RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { stageColor } from './StageTrendChart.tsx';
import { statsOf, useCycleTimes, type CycleRow, type Stage } from './use-cycle-metrics.ts';

interface CarrierItem extends RankedItem {
  row: CycleRow;
}

/** Request → received by the carrier that brought the parcel back: who is slow on the road back. */
export function ReturnCarrierChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stage: Stage = 'requestToReceived';
  const cycle = useCycleTimes(filters, 'returnCarrier');
  const items = useMemo(
    (): CarrierItem[] =>
      (cycle.data?.rows ?? [])
        .filter((row) => statsOf(row, stage).n > 0)
        .map((row) => ({ key: row.key ?? '', label: row.key ?? t('states.noValue'), value: statsOf(row, stage).p50, color: stageColor[stage], row }))
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
    [cycle.data, t],
  );
  const title = t('cycle.carrier.title');
  return (
    <ChartFrame
      title={title}
      description={t('cycle.carrier.description')}
      query={cycle}
      isEmpty={items.length === 0}
      emptyState={<NoDataMessage />}
      placeholderHeight={160}
      table={
        <DataTable
          caption={title}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            { id: 'carrier', header: t('filters.dimensions.carrier'), cell: (item) => item.label },
            { id: 'p50', header: t('cycle.p50'), numeric: true, cell: (item) => format.days(statsOf(item.row, stage).p50) },
            { id: 'p90', header: t('cycle.p90'), numeric: true, cell: (item) => format.days(statsOf(item.row, stage).p90) },
            { id: 'n', header: 'n', numeric: true, cell: (item) => format.number(statsOf(item.row, stage).n) },
          ]}
        />
      }
    >
      <RankedBarChart
        items={items}
        formatValue={format.days}
        formatAxis={(value) => format.number(value)}
        describe={(item) => ({
          lines: [
            { label: t('cycle.p50'), value: format.days(statsOf(item.row, stage).p50), color: item.color },
            { label: t('cycle.p90'), value: format.days(statsOf(item.row, stage).p90) },
            { label: t('cycle.mean'), value: format.days(statsOf(item.row, stage).mean) },
          ],
          footnote: t('cycle.n', { count: statsOf(item.row, stage).n, formatted: format.number(statsOf(item.row, stage).n) }),
        })}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
