import { useTable, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/use-format.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { breakdownColumns, breakdownFeatures } from './breakdown-columns.tsx';
import { useBreakdown, type BreakdownRow, type BreakdownSort } from './use-breakdown.ts';
import './BreakdownTable.css';

type TableDimension = 'category' | 'sku';

const pageSize = 10;
const firstPage: PaginationState = { pageIndex: 0, pageSize };
const defaultSorting: SortingState = [{ id: 'unitsReturned', desc: true }];
const noRows: BreakdownRow[] = [];

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

/** Which categories or SKUs the returns come from; sorted and paged by the server. */
export function BreakdownTable({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const { setFilters } = useFilters();
  const [by, setBy] = useState<TableDimension>('category');
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);

  // A new dimension, sort or filter starts again at the first page.
  const pageScope = JSON.stringify([by, sorting, filters]);
  const [page, setPage] = useState({ scope: pageScope, pagination: firstPage });
  const pagination = page.scope === pageScope ? page.pagination : firstPage;

  const sort = sorting[0] ?? defaultSorting[0]!;
  const breakdown = useBreakdown(filters, {
    by,
    sort: sort.id as BreakdownSort,
    order: sort.desc ? 'desc' : 'asc',
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  });

  const columns = useMemo(
    () =>
      breakdownColumns({
        t,
        format,
        reasonLabel,
        keyHeader: t(`table.by.${by}`),
        onFilterBy: (key) => setFilters({ [by]: key }),
      }),
    [t, format, reasonLabel, by, setFilters],
  );

  const table = useTable({
    features: breakdownFeatures,
    columns,
    data: breakdown.data?.rows ?? noRows,
    rowCount: breakdown.data?.total ?? 0,
    state: { sorting, pagination },
    onSortingChange: (updater) => setSorting(resolve(updater, sorting)),
    onPaginationChange: (updater) => setPage({ scope: pageScope, pagination: resolve(updater, pagination) }),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    sortDescFirst: true,
  });

  const total = breakdown.data?.total ?? 0;
  const firstRow = pagination.pageIndex * pagination.pageSize + 1;
  const lastRow = Math.min(firstRow + pagination.pageSize - 1, total);

  return (
    <ChartFrame
      className="breakdown"
      title={t('table.title')}
      description={t('table.description')}
      query={breakdown}
      isEmpty={total === 0}
      emptyState={<NoDataMessage />}
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
      <div className="breakdown__scroll">
        <table className="data-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = header.column.columnDef.meta?.numeric;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={numeric ? 'is-numeric' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span className="sort-button__arrow" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'is-numeric' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('table.pagination')}>
        <span className="pager__status">
          {t('table.showing', { first: format.number(firstRow), last: format.number(lastRow), total: format.number(total) })}
        </span>
        <button type="button" className="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          {t('table.previous')}
        </button>
        <button type="button" className="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {t('table.next')}
        </button>
      </nav>
    </ChartFrame>
  );
}
