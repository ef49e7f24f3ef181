import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartLegend } from '../../components/charts/ChartLegend.tsx';
import { ParetoChart, type ParetoItem } from '../../components/charts/ParetoChart.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { reasonColor, reasonGroupColor } from '../../lib/palette.ts';
import { reasonGroups, type ReasonGroup } from '../../lib/reasons.ts';
import { useFormat } from '../../lib/format-context.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { DrillTarget } from '../drill-down/drill-params.ts';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useBreakdown, type BreakdownRequest } from '../../metrics/use-breakdown.ts';

// Ten canonical reasons fit on one page; the limit only guards against unexpected codes.
const byReason: BreakdownRequest = { by: 'reason', sort: 'unitsReturned', order: 'desc', limit: 50, offset: 0 };

const groups = Object.keys(reasonGroups) as ReasonGroup[];

function totalUnitsReturned(rows: readonly { unitsReturned: number }[] | undefined): number {
  return (rows ?? []).reduce((sum, row) => sum + row.unitsReturned, 0);
}

/** Why: returned units by reason, largest first, with the cumulative share. */
export function ReasonParetoChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const breakdown = useBreakdown(filters, byReason);
  const drill = useDrillDown();
  const target = (item: ParetoItem): DrillTarget => ({ view: 'returns', filters: { reason: item.key } });
  const total = totalUnitsReturned(breakdown.data?.rows);
  // Without reason text every return would be one "other" bar under a legend of four groups.
  const unavailable = useMissingDataMessage(['reasonText']);

  const items = useMemo(
    (): ParetoItem[] =>
      (breakdown.data?.rows ?? [])
        .filter((row) => row.unitsReturned > 0)
        .map((row) => ({
          key: row.key ?? '',
          label: reasonLabel(row.key),
          value: row.unitsReturned,
          color: reasonColor(row.key ?? ''),
        })),
    [breakdown.data, reasonLabel],
  );

  return (
    <ChartFrame
      title={t('charts.pareto.title')}
      description={t('charts.pareto.description')}
      query={breakdown}
      isEmpty={items.length === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={280}
      table={
        <DataTable
          caption={t('charts.pareto.title')}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            { id: 'reason', header: t('filters.dimensions.reason'), cell: (item) => <DrillLink target={target(item)}>{item.label}</DrillLink> },
            { id: 'units', header: t('charts.pareto.units'), numeric: true, cell: (item) => format.number(item.value) },
            { id: 'share', header: t('charts.pareto.share'), numeric: true, cell: (item) => format.percent(total ? item.value / total : null) },
          ]}
        />
      }
      legend={
        <ChartLegend
          items={groups.map((group) => ({
            label: t(`reasonGroups.${group}`),
            color: reasonGroupColor(group),
            mark: 'bar',
          }))}
          note={t('charts.pareto.note')}
        />
      }
    >
      <ParetoChart
        items={items}
        valueLabel={t('charts.pareto.units')}
        formatValue={(value) => format.number(value)}
        onSelect={(item) => drill.open(target(item))}
        ariaLabel={t('charts.pareto.title')}
      />
    </ChartFrame>
  );
}
