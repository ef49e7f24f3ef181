// When did a finding start, and has it stopped? Change detection on its monthly series of
// returned lines against the lines its comparison predicts: of every stretch of consecutive months,
// take the one where returned/expected stands highest above the months outside it (the largest
// Poisson likelihood ratio, a scan statistic over time). Each end of that stretch is reported only
// when the stretch's ratio is significantly higher than on the far side of that end, Bonferroni-
// corrected for every stretch scanned, and at least half as high again: so a problem present from
// the first month gets no made-up start, one still going gets no end, and at millions of lines a
// drift from 3.5× to 3.6× is not a start.
import { ratioExcessTest, type ObservedExpected } from './excess-tests.ts';

export interface MonthlyExcess {
  month: string;
  /** lines returned */
  observed: number;
  /** lines that would have come back were the suspect like its comparison; null: no comparison */
  expected: number | null;
}

export interface Run {
  /** first month of the stretch of excess, when it began after the first month compared */
  startMonth: string | null;
  /** last month of that stretch, when the excess has stopped since */
  endMonth: string | null;
}

/** Family-wise level of each end of the stretch, shared by every stretch scanned (Bonferroni). */
const BOUNDARY_LEVEL = 0.05;

type Segment = ObservedExpected;

const total = (months: readonly MonthlyExcess[]): Segment =>
  months.reduce((s, m) => ({ observed: s.observed + m.observed, expected: s.expected + (m.expected ?? 0) }), { observed: 0, expected: 0 });

/** x log(x / e): a segment's part of the Poisson log-likelihood at its own ratio. */
const fit = ({ observed, expected }: Segment) => (observed > 0 ? observed * Math.log(observed / expected) : 0);

/** How much higher the stretch's ratio must be than beyond an end for that end to count. */
const MIN_CHANGE = 1.5;

/** The stretch's ratio is significantly, and markedly, higher than on the other side of one of its ends. */
const standsOut = (run: Segment, other: Segment, stretchesScanned: number) =>
  run.observed * other.expected >= MIN_CHANGE * other.observed * run.expected &&
  ratioExcessTest(run, other).p * stretchesScanned < BOUNDARY_LEVEL;

export function excessRun(series: readonly MonthlyExcess[]): Run {
  const months = series.filter((m) => m.expected !== null && (m.observed > 0 || m.expected > 0));
  const none = { startMonth: null, endMonth: null };
  if (months.length < 3) return none;
  const whole = total(months);
  let best: { start: number; end: number; score: number } | null = null;
  let scanned = 0;
  for (let start = 0; start < months.length; start++) {
    for (let end = start + 1; end <= months.length; end++) {
      if (start === 0 && end === months.length) continue;
      scanned++;
      const run = total(months.slice(start, end));
      const rest = { observed: whole.observed - run.observed, expected: whole.expected - run.expected };
      if (run.expected <= 0 || rest.expected <= 0) continue;
      if (run.observed * rest.expected <= rest.observed * run.expected) continue;
      const score = fit(run) + fit(rest) - fit(whole);
      if (!best || score > best.score) best = { start, end, score };
    }
  }
  if (!best) return none;
  const run = total(months.slice(best.start, best.end));
  return {
    startMonth: best.start > 0 && standsOut(run, total(months.slice(0, best.start)), scanned) ? months[best.start]!.month : null,
    endMonth: best.end < months.length && standsOut(run, total(months.slice(best.end)), scanned) ? months[best.end - 1]!.month : null,
  };
}
