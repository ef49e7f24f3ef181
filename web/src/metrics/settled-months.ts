/**
 * What a monthly series is made of, and so when its month is final (docs/metrics.md "Maturity"):
 * the requests (return rates, units and value returned), final once the month is `mature`; or the
 * resolutions (cycle times, the SLA, refunded, retained, recovered value, net cost), final once the
 * trend says `resolutionsSettled`: a month with all its requests may still be resolving its returns.
 */
export type SettledBy = 'requests' | 'resolutions';

export interface SettlingMonth {
  mature: boolean;
  resolutionsSettled?: boolean;
}

export function isSettled(month: SettlingMonth, by: SettledBy): boolean {
  return by === 'resolutions' ? month.mature && month.resolutionsSettled === true : month.mature;
}

/** The index of the first month not final for `by` (the months from it on are drawn provisional); the length when all are. */
export function firstUnsettled(months: readonly SettlingMonth[], by: SettledBy): number {
  const index = months.findIndex((month) => !isSettled(month, by));
  return index === -1 ? months.length : index;
}

/** A month's two flags as the trend gives them, for a route that leaves them to it; a month it lacks is final. */
export function settledOf(month: SettlingMonth | undefined): { mature: boolean; resolutionsSettled: boolean } {
  return { mature: month?.mature ?? true, resolutionsSettled: month ? isSettled(month, 'resolutions') : true };
}
