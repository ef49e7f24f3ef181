import { useQueries } from '@tanstack/react-query';
import { combinedQuery } from '../../lib/combined-query.ts';
import type { Filters } from '../filters/filter-params.ts';
import { findMovers, moverDimensions, type MoverDimension, type MoverOptions } from './movers.ts';
import { breakdownOptions, type BreakdownRequest } from '../../metrics/use-breakdown.ts';
import { useSummary } from '../../metrics/use-summary.ts';

// SKUs are many: the ones with most units back in each period are where a move can matter.
const rowsPerDimension: Record<MoverDimension, number> = { category: 100, sku: 300, channel: 100, region: 100, carrier: 100, reason: 50 };

function request(by: MoverDimension): BreakdownRequest {
  return { by, sort: 'unitsReturned', order: 'desc', limit: rowsPerDimension[by], offset: 0 };
}

/**
 * The biggest movers between two periods (same filters, other dates): every dimension broken
 * down for both, and the whole period's move as the yardstick.
 */
export function useMovers(filters: Filters | null, before: Filters | null, options?: MoverOptions) {
  const now = useSummary(filters, null);
  const earlier = useSummary(before, null);
  const rateNow = now.data?.returnRateUnits ?? null;
  const rateBefore = earlier.data?.returnRateUnits ?? null;
  const overall =
    rateNow !== null && rateBefore !== null && now.data
      ? { rateNow, rateBefore, change: rateNow - rateBefore, impactUnits: (rateNow - rateBefore) * now.data.unitsSold }
      : undefined;
  const breakdowns = useQueries({
    queries: [
      ...moverDimensions.map((by) => breakdownOptions(filters, request(by))),
      ...moverDimensions.map((by) => breakdownOptions(before, request(by))),
    ],
    combine: (breakdowns) => {
      const count = moverDimensions.length;
      const ready = breakdowns.every((result) => result.data);
      return {
        breakdownsQuery: combinedQuery(breakdowns),
        movers: ready
          ? findMovers(
              moverDimensions.map((dimension, i) => ({ dimension, now: breakdowns[i]!.data!.rows, before: breakdowns[i + count]!.data!.rows })),
              options,
            )
          : [],
      };
    },
  });
  return { query: combinedQuery([now, earlier, breakdowns.breakdownsQuery]), overall, movers: breakdowns.movers };
}
