import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RankedBarChart, type RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { resolutionColors } from '../../lib/palette.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { DrillTarget } from '../drill-down/drill-params.ts';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Comparison, Filters } from '../filters/filter-params.ts';
import { useValueRecovery, type ValueRecovery } from './use-value-recovery.ts';

interface DispositionItem extends RankedItem {
  row: ValueRecovery['recoveredByDisposition'][number];
}

/** What each destination of the returned items brought back: restock, resale, refurbishing… */
export function DispositionChart({ filters, comparison }: { filters: Filters | null; comparison: Comparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const drill = useDrillDown();
  const { dispositionLabel } = useCodeLabels();
  const recovery = useValueRecovery(filters, comparison);
  const items = useMemo(
    (): DispositionItem[] =>
      (recovery.data?.recoveredByDisposition ?? []).map((row) => ({
        key: row.disposition ?? 'unknown',
        label: dispositionLabel(row.disposition),
        value: row.recoveredValue,
        color: resolutionColors.recovered,
        row,
      })),
    [recovery.data, dispositionLabel],
  );
  const target = (item: DispositionItem): DrillTarget => ({ view: 'returns', narrowing: { disposition: item.key } });
  const perUnit = (item: DispositionItem) => (item.row.units ? item.row.recoveredValue / item.row.units : null);
  const title = t('value.disposition.title');
  return (
    <ChartFrame
      title={title}
      description={t('value.disposition.description')}
      query={recovery}
      isEmpty={items.length === 0}
      emptyState={<NoDataMessage />}
      placeholderHeight={180}
      table={
        <DataTable
          caption={title}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            { id: 'disposition', header: t('rows.narrowing.disposition'), cell: (item) => <DrillLink target={target(item)}>{item.label}</DrillLink> },
            { id: 'units', header: t('table.columns.unitsReturned'), numeric: true, cell: (item) => format.number(item.row.units) },
            { id: 'value', header: t('value.disposition.recovered'), numeric: true, cell: (item) => format.money(item.row.recoveredValue) },
            { id: 'perUnit', header: t('value.disposition.perUnit'), numeric: true, cell: (item) => format.money(perUnit(item)) },
          ]}
        />
      }
    >
      <RankedBarChart
        items={items}
        formatValue={format.compactMoney}
        formatAxis={format.compactMoney}
        describe={(item) => ({
          lines: [
            { label: t('value.disposition.recovered'), value: format.money(item.row.recoveredValue), color: item.color },
            { label: t('table.columns.unitsReturned'), value: format.number(item.row.units) },
            { label: t('value.disposition.perUnit'), value: format.money(perUnit(item)) },
          ],
        })}
        onSelect={(item) => drill.open(target(item))}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
