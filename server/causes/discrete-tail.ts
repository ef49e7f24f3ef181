// Upper-tail probabilities of the discrete distributions the cause finder's exact tests use.
// Each is given by the log of its weight and by the ratio of neighbouring weights, so a tail is
// summed outward from where it starts instead of over the whole support, and a tiny p-value keeps
// its size instead of vanishing into 1 − 0.99999….

/** A distribution on the integers lo..hi with a single peak. */
export interface Lattice {
  lo: number;
  hi: number;
  /** log of the weight of k; the weights need not sum to 1 unless logTotal is given as 0. */
  logWeight(k: number): number;
  /** weight(k + 1) / weight(k), falling as k grows. */
  ratio(k: number): number;
  /** log Σ weights when known (0 for a probability mass function); summed when absent. */
  logTotal?: number;
}

// A run stops once a term is this small next to what it has summed: below what a double shows.
const NEGLIGIBLE = 1e-17;

/** Σ weight(k) / weight(start) for k = start, start + step, … while the terms still count. */
function runFrom(d: Lattice, start: number, step: 1 | -1): number {
  let sum = 0;
  let term = 1;
  for (let k = start; k >= d.lo && k <= d.hi; k += step) {
    sum += term;
    term *= step === 1 ? d.ratio(k) : 1 / d.ratio(k - 1);
    if (!(term > sum * NEGLIGIBLE)) break;
  }
  return sum;
}

function logTotalOf(d: Lattice): number {
  let lo = d.lo;
  let hi = d.hi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (d.ratio(mid) < 1) hi = mid;
    else lo = mid + 1;
  }
  const peak = lo;
  const below = peak > d.lo ? runFrom(d, peak - 1, -1) / d.ratio(peak - 1) : 0;
  return d.logWeight(peak) + Math.log(runFrom(d, peak, 1) + below);
}

/** P(K ≥ x) as a function of x; the total weight is worked out once, on first use. */
export function upperTailOf(d: Lattice): (x: number) => number {
  let logTotal = d.logTotal;
  return (x) => {
    if (x <= d.lo) return 1;
    if (x > d.hi) return 0;
    logTotal ??= logTotalOf(d);
    // Past the peak the upper tail is the short side to sum; before it, the lower tail is.
    if (d.ratio(x - 1) < 1) return Math.min(1, Math.exp(d.logWeight(x) - logTotal) * runFrom(d, x, 1));
    return Math.min(1, Math.max(0, 1 - Math.exp(d.logWeight(x - 1) - logTotal) * runFrom(d, x - 1, -1)));
  };
}
