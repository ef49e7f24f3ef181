import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { HeatMapTable, type HeatColumn } from '../../components/charts/HeatMapTable.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import { reasonGroupColor } from '../../lib/palette.ts';
import { groupOfReason, isReason } from '../../lib/reasons.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useReasonCodes, useReasons } from './use-reasons.ts';

/**
 * Which reasons hit which categories: units returned for each reason per unit sold in each
 * category, the categories with sales as rows, most units returned first.
 */
export function ReasonCategoryHeatMap({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const drill = useDrillDown();
  const codes = useReasonCodes(filters);
  const query = useReasons(filters, 'category');
  const unavailable = useMissingDataMessage(['reasonText']);
  const categories = useMemo(() => (query.data?.rows ?? []).filter((row) => row.unitsSold > 0), [query.data]);

  const columns = useMemo(
    (): HeatColumn[] =>
      codes.map((code) => {
        const group = isReason(code) ? groupOfReason(code) : null;
        return {
          key: code,
          label: reasonLabel(code),
          group: group
            ? { key: group, label: t(`reasonGroups.${group}`), color: reasonGroupColor(group) }
            : { key: 'other', label: '', color: 'transparent' },
        };
      }),
    [codes, reasonLabel, t],
  );
  const max = Math.max(0, ...categories.flatMap((category) => category.reasons.map((reason) => reason.returnRateUnits ?? 0)));
  const title = t('reasonsPage.heatMap.title');

  return (
    <ChartFrame
      title={title}
      description={t('reasonsPage.heatMap.description')}
      query={query}
      isEmpty={categories.length === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={260}
    >
      <HeatMapTable
        caption={title}
        rowHeader={t('filters.dimensions.category')}
        rows={categories}
        rowKey={(row) => row.key ?? ''}
        rowLabel={(row) => row.key ?? t('states.noValue')}
        columns={columns}
        max={max}
        cell={(category, column) => {
          const returned = category.reasons.find((reason) => reason.reason === column.key);
          const units = returned?.unitsReturned ?? 0;
          const rate = returned?.returnRateUnits ?? 0;
          return {
            value: rate,
            text: format.percent(rate),
            title: t('reasonsPage.heatMap.cell', {
              reason: column.label,
              category: category.key ?? t('states.noValue'),
              units: format.number(units),
              sold: format.number(category.unitsSold),
              share: format.percent(category.unitsReturned > 0 ? units / category.unitsReturned : null),
            }),
            href: category.key === null || units === 0 ? undefined : drill.href({ view: 'returns', filters: { category: category.key, reason: column.key } }),
          };
        }}
      />
    </ChartFrame>
  );
}
