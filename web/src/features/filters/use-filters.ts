import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useDataset } from '../dataset/use-dataset.ts';
import { readComparison, readFilters, withFilterChanges, type Comparison, type FilterParam, type Filters } from './filter-params.ts';
import type { DataBounds } from './period-presets.ts';
import { useSearchUpdate } from '../../app/use-search-update.ts';

export interface FilterState {
  /** The filters in force, or null while the dataset is loading or empty (nothing to ask about). */
  filters: Filters | null;
  bounds: DataBounds | null;
  /** What the KPIs are compared with. */
  comparison: Comparison;
  setFilters(changes: Partial<Record<FilterParam, string | null>>): void;
}

/** The one way into the view's filters: read from and written to the URL's search parameters. */
export function useFilters(): FilterState {
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const dataset = useDataset();
  const firstDate = dataset.data?.firstDate ?? null;
  const lastDate = dataset.data?.lastDate ?? null;
  const hasOrders = (dataset.data?.orderLines ?? 0) > 0;

  const bounds = useMemo(
    () => (firstDate && lastDate ? { firstDate, lastDate } : null),
    [firstDate, lastDate],
  );
  const filters = useMemo(() => (bounds ? readFilters(params, bounds, { hasOrders }) : null), [params, bounds, hasOrders]);
  const comparison = readComparison(params);
  const setFilters = useCallback(
    (changes: Partial<Record<FilterParam, string | null>>) =>
      updateSearch((current) => withFilterChanges(current, changes)),
    [updateSearch],
  );

  return { filters, bounds, comparison, setFilters };
}
