import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { HeatMapTable, type HeatColumn } from '../../components/charts/HeatMapTable.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { combinedQuery } from '../../lib/combined-query.ts';
import { useFormat } from '../../lib/format-context.ts';
import { reasonGroupColor } from '../../lib/palette.ts';
import { groupOfReason, isReason } from '../../lib/reasons.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Filters } from '../filters/filter-params.ts';
import { breakdownQuery, type BreakdownRequest, type BreakdownRow } from '../overview/use-breakdown.ts';
import { useReasonCodes } from './use-reason-trends.ts';

const byCategory: BreakdownRequest = { by: 'category', sort: 'unitsReturned', order: 'desc', limit: 100, offset: 0 };

/**
 * Which reasons hit which categories: units returned for each reason per unit sold in each
 * category. One breakdown by category per reason, plus the categories' own totals for the rows.
 */
export function ReasonCategoryHeatMap({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const drill = useDrillDown();
  const codes = useReasonCodes(filters);
  const { query, categories, cells } = useQueries({
    queries: [breakdownQuery(filters, byCategory), ...codes.map((reason) => breakdownQuery(filters && { ...filters, reason }, byCategory))],
    combine: (results) => {
      const [totals, ...byReason] = results;
      const cellMap = new Map<string, BreakdownRow>();
      byReason.forEach((result, index) => {
        for (const row of result.data?.rows ?? []) cellMap.set(`${codes[index]}|${row.key}`, row);
      });
      return {
        query: combinedQuery(results),
        categories: (totals?.data?.rows ?? []).filter((row) => row.unitsSold > 0),
        cells: cellMap,
      };
    },
  });

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
  const max = Math.max(0, ...[...cells.values()].map((row) => row.returnRateUnits ?? 0));
  const title = t('reasonsPage.heatMap.title');

  return (
    <ChartFrame
      title={title}
      description={t('reasonsPage.heatMap.description')}
      query={query}
      isEmpty={categories.length === 0}
      emptyState={<NoDataMessage />}
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
          const row = cells.get(`${column.key}|${category.key}`);
          const units = row?.unitsReturned ?? 0;
          const rate = row?.returnRateUnits ?? (category.unitsSold > 0 ? 0 : null);
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
