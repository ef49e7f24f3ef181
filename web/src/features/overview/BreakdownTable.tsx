import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { ServerTable, useServerTable } from '../../components/ServerTable.tsx';
import { useServerTableState } from '../../components/use-server-table-state.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { breakdownColumns } from './breakdown-columns.tsx';
import { useBreakdown, type BreakdownRow, type BreakdownSort } from '../../metrics/use-breakdown.ts';

type TableDimension = 'category' | 'sku';

const pageSize = 10;
const defaultSorting: SortingState = [{ id: 'unitsReturned', desc: true }];
const noRows: BreakdownRow[] = [];

/** Which categories or SKUs the returns come from; sorted and paged by the server. */
export function BreakdownTable({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setFilters } = useFilters();
  const [by, setBy] = useState<TableDimension>('category');
  const state = useServerTableState([by, filters], defaultSorting, pageSize);

  const sort = state.sorting[0] ?? defaultSorting[0]!;
  const breakdown = useBreakdown(filters, {
    by,
    sort: sort.id as BreakdownSort,
    order: sort.desc ? 'desc' : 'asc',
    limit: state.pagination.pageSize,
    offset: state.pagination.pageIndex * state.pagination.pageSize,
  });

  const hasReasons = useMissingFields(['reasonText']).length === 0;
  // its rows are rates: without returns (or sales) every one would read 0 % (or nothing) as measured
  const unavailable = useMissingDataMessage(rateNeeds);
  const columns = useMemo(
    () =>
      breakdownColumns({
        t,
        format,
        keyHeader: t(`table.by.${by}`),
        onFilterBy: (key) => setFilters({ [by]: key }),
        by,
        hasReasons,
      }),
    [t, format, by, setFilters, hasReasons],
  );

  const total = breakdown.data?.total ?? 0;
  const table = useServerTable(columns, breakdown.data?.rows ?? noRows, total, state);

  return (
    <ChartFrame
      title={t('table.title')}
      description={t('table.description')}
      query={breakdown}
      isEmpty={total === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={360}
      actions={
        <SegmentedControl
          label={t('table.byLabel')}
          value={by}
          options={[
            { value: 'category', label: t('table.by.category') },
            { value: 'sku', label: t('table.by.sku') },
          ]}
          onChange={setBy}
        />
      }
    >
      <ServerTable table={table} total={total} />
    </ChartFrame>
  );
}
