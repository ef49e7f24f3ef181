import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { summaryOptions, type Summary } from '../../web/src/metrics/use-summary.ts';
import type { Filters } from '../../web/src/features/filters/filter-params.ts';

// The monthly review asks the month a year earlier with no filters when it is before the data: it
// must show no figures, not the last month's it had (React Query's placeholder).
describe('a summary no longer asked', () => {
  it('keeps the old figures while new filters load, and has none once nothing is asked', () => {
    const client = new QueryClient();
    const march = { from: '2024-03-01', to: '2024-03-31', basis: 'order' } as Filters;
    const april = { ...march, from: '2024-04-01', to: '2024-04-30' };
    const marchFigures = { returnRateUnits: 0.09 } as Summary;
    client.setQueryData(summaryOptions(march, null).queryKey, marchFigures);
    // answers are never fetched here: the cache holds March, and nothing else comes
    const observer = new QueryObserver(client, { ...summaryOptions(march, null), staleTime: Infinity, retry: false });
    const unsubscribe = observer.subscribe(() => {});
    try {
      expect(observer.getCurrentResult().data).toBe(marchFigures);
      observer.setOptions({ ...summaryOptions(april, null), staleTime: Infinity, enabled: false });
      expect(observer.getCurrentResult()).toMatchObject({ data: marchFigures, isPlaceholderData: true });
      observer.setOptions({ ...summaryOptions(null, null), staleTime: Infinity });
      expect(observer.getCurrentResult()).toMatchObject({ data: undefined, isPlaceholderData: false });
    } finally {
      unsubscribe();
      client.clear();
    }
  });
});
