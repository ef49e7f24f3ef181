import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchUpdate } from './use-search-update.ts';

/**
 * A page's own choice (a measure, a month) kept in the URL beside the filters, so a shared link
 * shows the same thing; the default is left out of the URL to keep links short.
 */
export function usePageParam<Value extends string>(name: string, allowed: readonly Value[], fallback: Value) {
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const raw = params.get(name) as Value | null;
  const value = raw && allowed.includes(raw) ? raw : fallback;
  const setValue = useCallback(
    (next: Value) =>
      updateSearch((current) => {
        const changed = new URLSearchParams(current);
        if (next === fallback) changed.delete(name);
        else changed.set(name, next);
        return changed;
      }),
    [name, fallback, updateSearch],
  );
  return [value, setValue] as const;
}
