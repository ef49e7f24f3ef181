// One-sided exact tests of "these lines come back more than comparable lines", conditional on
// how many came back in all. Returns are counted per order line (a line comes back or not), not
// per unit: the units of one line come back together, so counting them as separate draws would
// overstate the evidence.
import { gammaln } from 'simple-statistics';
import { upperTailOf, type Lattice } from './discrete-tail.ts';

/** Lines sold and lines that came back (for one reason, or for any). */
export interface LineCount {
  lines: number;
  returned: number;
}

/** A suspect's lines and the comparable lines, within one stratum (a category, within one stratum of return age). */
export interface Stratum {
  suspect: LineCount;
  rest: LineCount;
}

const logFactorial = (k: number) => gammaln(k + 1);

// The distributions as classes rather than objects of arrow functions: a scan of a large
// catalogue runs tens of thousands of tests, and functions made per test (each given its name at
// run time by the TypeScript loader) took as long as the sums themselves.

/** Binomial(n, p) as the weights of k = 0..n. */
class BinomialWeights implements Lattice {
  readonly lo = 0;
  readonly logTotal = 0;
  private readonly logChoose: number;
  private readonly logP: number;
  private readonly logQ: number;
  private readonly odds: number;

  constructor(
    readonly hi: number,
    p: number,
  ) {
    this.logChoose = logFactorial(hi);
    this.logP = Math.log(p);
    this.logQ = Math.log1p(-p);
    this.odds = p / (1 - p);
  }

  logWeight(k: number): number {
    return this.logChoose - logFactorial(k) - logFactorial(this.hi - k) + k * this.logP + (this.hi - k) * this.logQ;
  }

  ratio(k: number): number {
    return ((this.hi - k) / (k + 1)) * this.odds;
  }
}

/** Poisson(mean) as the weights of k = 0, 1, … */
class PoissonWeights implements Lattice {
  readonly lo = 0;
  readonly hi = Number.MAX_SAFE_INTEGER;
  readonly logTotal = 0;
  private readonly logMean: number;

  constructor(private readonly mean: number) {
    this.logMean = Math.log(mean);
  }

  logWeight(k: number): number {
    return k * this.logMean - this.mean - logFactorial(k);
  }

  ratio(k: number): number {
    return this.mean / (k + 1);
  }
}

/** P(X ≥ x) for X ~ Binomial(n, p). */
export function binomialUpperTail(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n || p <= 0) return 0;
  if (p >= 1) return 1;
  return upperTailOf(new BinomialWeights(n, p))(x);
}

/** P(X ≥ x) for X ~ Poisson(mean). */
export function poissonUpperTail(x: number, mean: number): number {
  if (x <= 0) return 1;
  if (mean <= 0) return 0;
  return upperTailOf(new PoissonWeights(mean))(x);
}

/**
 * Do the suspect's lines come back more than the rest, like for like within each stratum?
 * Given the returns of a stratum, each falls on the suspect with the suspect's share of the
 * stratum's lines when both come back alike (the exact conditional test of two Poisson rates).
 * The strata are summed as one binomial with the same mean: a sum of binomials with unequal
 * shares spreads less than that, so the p-value errs on the large side. With one stratum the
 * test is exact.
 */
export function stratifiedExcessTest(strata: readonly Stratum[]): { p: number; minimumP: number } {
  let observed = 0;
  let returned = 0;
  let expected = 0;
  for (const { suspect, rest } of strata) {
    const lines = suspect.lines + rest.lines;
    const stratumReturned = suspect.returned + rest.returned;
    // a stratum the suspect has to itself, or none of, compares nothing
    if (suspect.lines === 0 || rest.lines === 0 || stratumReturned === 0) continue;
    observed += suspect.returned;
    returned += stratumReturned;
    expected += (stratumReturned * suspect.lines) / lines;
  }
  if (expected === 0) return { p: 1, minimumP: 1 };
  const share = expected / returned;
  return { p: binomialUpperTail(observed, returned, share), minimumP: binomialUpperTail(returned, returned, share) };
}

/** Returned lines, and the lines that would have come back had the comparison's rates held. */
export interface ObservedExpected {
  observed: number;
  expected: number;
}

/**
 * Is returned/expected higher here than elsewhere? Given the returns of both, those here fall here
 * in proportion to what each part was expected to return when the ratio is the same in both: the
 * conditional test of two Poisson rates, with the expected counts taken as known. Used where the
 * expectations rest on large comparisons: a channel's excess within one category against its excess
 * in the others, and a stretch of months against the months outside it.
 */
export function ratioExcessTest(here: ObservedExpected, elsewhere: ObservedExpected): { p: number; minimumP: number } {
  if (here.expected <= 0 || elsewhere.expected <= 0) return { p: 1, minimumP: 1 };
  const share = here.expected / (here.expected + elsewhere.expected);
  const returned = here.observed + elsewhere.observed;
  return { p: binomialUpperTail(here.observed, returned, share), minimumP: binomialUpperTail(returned, returned, share) };
}
