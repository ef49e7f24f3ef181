// Every suspect is tried on its return rate and on the rate of each reason, and the p-values of
// all the trials are corrected together (Benjamini–Hochberg), so scanning hundreds of slices
// does not turn noise into findings.
import type { Comparison } from './comparisons.ts';
import { benjaminiHochberg } from './false-discovery-rate.ts';
import type { Measure } from './slice-counts.ts';
import type { Suspect } from './suspects.ts';

export interface Trial {
  suspect: Suspect;
  measure: Measure;
  comparison: Comparison;
  baselineUnitRate: number;
  /** Returned units beyond what the baseline rate predicts for the units sold. */
  excessUnits: number;
  /** The unit return rate over the baseline rate; null when the baseline is 0. */
  lift: number | null;
  p: number;
  /** Benjamini–Hochberg q-value; null for a trial that could not reach the q-level whatever it showed. */
  q: number | null;
}

export interface TrialResults {
  /** Every trial with a comparison, by suspect. */
  bySuspect: Map<Suspect, Trial[]>;
  /** How many trials the correction counted. */
  corrected: number;
}

function tryOne(suspect: Suspect, measure: Measure): Trial | null {
  const comparison = suspect.compare(measure);
  const baselineUnitRate = comparison.baselineUnitRate;
  if (baselineUnitRate === null) return null;
  const { suspect: counts } = comparison;
  const rate = counts.units > 0 ? counts.returnedUnits / counts.units : 0;
  return {
    suspect,
    measure,
    comparison,
    baselineUnitRate,
    excessUnits: counts.returnedUnits - baselineUnitRate * counts.units,
    lift: baselineUnitRate > 0 ? rate / baselineUnitRate : null,
    p: 1,
    q: null,
  };
}

/**
 * A trial whose smallest attainable p-value is above the q-level (too few returns to ever stand
 * out) is left out of the correction: it can never be a discovery, and counting it would only
 * raise the bar for the others. Which trials those are depends only on totals the exact tests
 * condition on, not on where the returns fell, so leaving them out keeps the correction valid.
 */
export function runTrials(suspects: readonly Suspect[], measures: readonly Measure[], qLevel: number): TrialResults {
  const bySuspect = new Map<Suspect, Trial[]>();
  const counted: Trial[] = [];
  for (const suspect of suspects) {
    const trials = measures.map((measure) => tryOne(suspect, measure)).filter((t) => t !== null);
    for (const trial of trials) {
      const { p, minimumP } = trial.comparison.test();
      trial.p = p;
      if (minimumP <= qLevel) counted.push(trial);
    }
    bySuspect.set(suspect, trials);
  }
  benjaminiHochberg(counted.map((t) => t.p)).forEach((q, i) => (counted[i]!.q = q));
  return { bySuspect, corrected: counted.length };
}
