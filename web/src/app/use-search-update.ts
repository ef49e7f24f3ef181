import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Changes the URL's search parameters from what the URL holds right now. React Router's own
 * functional update reads the parameters of the last render, so two quick changes (a filter, then
 * the period) would lose the first.
 */
export function useSearchUpdate() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (change: (current: URLSearchParams) => URLSearchParams) => setParams(change(new URLSearchParams(window.location.search))),
    [setParams],
  );
}
