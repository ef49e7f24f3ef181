import type { OnChangeFn, PaginationState, SortingState, Updater } from '@tanstack/react-table';
import { useSearchParams } from 'react-router';
import type { ServerTableState } from './use-server-table-state.ts';
import { useSearchUpdate } from '../app/use-search-update.ts';

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(current) : updater;
}

export interface UrlTableState<Sort extends string> extends ServerTableState {
  sort: Sort;
  order: 'asc' | 'desc';
}

/**
 * Sorting and paging of a server-sorted table kept in the URL (`sort`, `order`, `page`, counted
 * from 1), for tables a link should reproduce. A new sort starts again at the first page.
 */
export function useUrlTableState<Sort extends string>(
  sorts: readonly Sort[],
  defaultSort: { sort: Sort; order: 'asc' | 'desc' },
  pageSize: number,
): UrlTableState<Sort> {
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const requested = params.get('sort') as Sort | null;
  const sort = requested && sorts.includes(requested) ? requested : defaultSort.sort;
  const orderParam = params.get('order');
  const order = orderParam === 'asc' || orderParam === 'desc' ? orderParam : defaultSort.order;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const sorting: SortingState = [{ id: sort, desc: order === 'desc' }];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize };

  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = resolve(updater, sorting)[0];
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      if (next) {
        changed.set('sort', next.id);
        changed.set('order', next.desc ? 'desc' : 'asc');
      }
      changed.delete('page');
      return changed;
    });
  };
  const onPaginationChange: OnChangeFn<PaginationState> = (updater) => {
    const next = resolve(updater, pagination);
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      if (next.pageIndex > 0) changed.set('page', String(next.pageIndex + 1));
      else changed.delete('page');
      return changed;
    });
  };
  return { sort, order, sorting, pagination, onSortingChange, onPaginationChange };
}
