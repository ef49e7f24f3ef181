// A comparison on basis=order sets a period still collecting returns against an earlier one: the
// earlier is counted at the same age. Shared by the server's compare routes and the monthly
// review, which asks for each month itself (docs/metrics.md, "Comparing periods").

const dayMs = 86_400_000;

/**
 * The moment a comparison period is counted at: the data's latest timestamp less the shift
 * between the periods' first days, so that it has had as long to collect returns as the current
 * one. Timestamps are `YYYY-MM-DDTHH:MM:SS`, wall clock; dates `YYYY-MM-DD`.
 */
export function sameAgeAs(lastTimestamp: string, current: { from: string }, earlier: { from: string }): string {
  const shiftMs = Date.parse(`${current.from}T00:00:00Z`) - Date.parse(`${earlier.from}T00:00:00Z`);
  return new Date(Date.parse(`${lastTimestamp}Z`) - shiftMs).toISOString().slice(0, 19);
}

/** Whether a period is still collecting returns: its last day plus the return window is after the data's end. */
export function stillCollecting(periodTo: string, windowDays: number, lastTimestamp: string): boolean {
  return Date.parse(`${periodTo}T00:00:00Z`) + (windowDays + 1) * dayMs > Date.parse(`${lastTimestamp}Z`);
}
