import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table';
import type { ServerTableState } from './use-server-table-state.ts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format-context.ts';
import './ServerTable.css';

// Sorting and paging happen on the server; the table only holds their state.
export const serverTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type ServerTableFeatures = typeof serverTableFeatures;

/** A table whose rows are one server page: sorting and paging only change what is asked for. */
export function useServerTable<Row extends RowData>(
  columns: ColumnDef<ServerTableFeatures, Row>[],
  rows: Row[],
  total: number,
  state: ServerTableState,
) {
  return useTable({
    features: serverTableFeatures,
    columns,
    data: rows,
    rowCount: total,
    state: { sorting: state.sorting, pagination: state.pagination },
    onSortingChange: state.onSortingChange,
    onPaginationChange: state.onPaginationChange,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    sortDescFirst: true,
  });
}

const sortArrows = { asc: '▲', desc: '▼' } as const;

/** A sortable, paged table of one server page: header buttons sort, the pager moves between pages. */
export function ServerTable<Row extends RowData>({ table, total }: { table: ReactTable<ServerTableFeatures, Row>; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pageIndex, pageSize } = table.state.pagination;
  const firstRow = pageIndex * pageSize + 1;
  const lastRow = Math.min(firstRow + pageSize - 1, total);

  return (
    <>
      <div className="server-table__scroll">
        <table className="server-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.columnDef.meta?.numeric ? 'is-numeric' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span className="sort-button__arrow" aria-hidden="true">
                            {sorted ? sortArrows[sorted] : '↕'}
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
    </>
  );
}
