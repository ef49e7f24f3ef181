import { useState } from 'react';
import type { OnChangeFn, PaginationState, SortingState, Updater } from '@tanstack/react-table';

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

export interface ServerTableState {
  sorting: SortingState;
  pagination: PaginationState;
  onSortingChange: OnChangeFn<SortingState>;
  onPaginationChange: OnChangeFn<PaginationState>;
}

/**
 * Sorting and paging of a table whose rows the server sorts and slices. A new sort or a new
 * `scope` (the filters, the dimension shown) starts again at the first page, because the old
 * page number means nothing in the new list.
 */
export function useServerTableState(scope: unknown, defaultSorting: SortingState, pageSize: number): ServerTableState {
  const [sorting, setSorting] = useState(defaultSorting);
  const pageScope = JSON.stringify([scope, sorting]);
  const firstPage = { pageIndex: 0, pageSize };
  const [page, setPage] = useState({ scope: pageScope, pagination: firstPage });
  const pagination = page.scope === pageScope ? page.pagination : firstPage;

  return {
    sorting,
    pagination,
    onSortingChange: (updater) => setSorting(resolve(updater, sorting)),
    onPaginationChange: (updater) => setPage({ scope: pageScope, pagination: resolve(updater, pagination) }),
  };
}
