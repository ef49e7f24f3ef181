import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { resolutionColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Comparison, Filters } from '../filters/filter-params.ts';
import { RankedBarsFrame } from '../../metrics/RankedBarsFrame.tsx';
import { useValueRecovery, type ValueRecovery } from './use-value-recovery.ts';

interface DispositionItem extends RankedItem {
  row: ValueRecovery['recoveredByDisposition'][number];
}

/** What each destination of the returned items brought back: restock, resale, refurbishing… */
export function DispositionChart({ filters, comparison }: { filters: Filters | null; comparison: Comparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dispositionLabel } = useCodeLabels();
  const recovery = useValueRecovery(filters, comparison);
  const unavailable = useMissingDataMessage(['recoveredValue']);
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
  const perUnit = ({ row }: DispositionItem) => (row.recoveredValue !== null && row.units ? row.recoveredValue / row.units : null);
  return (
    <RankedBarsFrame
      title={t('value.disposition.title')}
      description={t('value.disposition.description')}
      query={recovery}
      items={items}
      unavailable={unavailable}
      keyHeader={t('rows.narrowing.disposition')}
      figures={[
        { id: 'value', label: t('value.disposition.recovered'), value: (item) => format.money(item.row.recoveredValue) },
        { id: 'units', label: t('table.columns.unitsReturned'), value: (item) => format.number(item.row.units) },
        { id: 'perUnit', label: t('value.disposition.perUnit'), value: (item) => format.money(perUnit(item)) },
      ]}
      formatValue={format.compactMoney}
      formatAxis={format.compactMoney}
      target={(item) => ({ view: 'returns', narrowing: { disposition: item.key } })}
      placeholderHeight={180}
    />
  );
}
