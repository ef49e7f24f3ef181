// A channel, region or carrier whose excess one or more of its pairs account for is not a finding
// of its own: "Salta returns more" and "Correo Argentino returns more" say less than "Correo
// Argentino in Salta returns more", and listing all three would count the same money three times.
// The broader finding is folded into its significant pairs when they hold at least half of its
// excess and what is left of it without their lines would no longer clear the p-value cut-off the
// correction set for discoveries (the largest p-value among the significant trials): a Poisson test
// of its remaining returned lines against its expected rate on its remaining lines.
import { poissonUpperTail } from './excess-tests.ts';
import type { Suspect } from './suspects.ts';
import type { Trial } from './trials.ts';

export interface Candidate {
  headline: Trial;
  trials: readonly Trial[];
  /** The broader findings this one accounts for. */
  explains: Suspect[];
}


/** The value a pair shares with a broader finding, if any: OCA × CABA shares 'carrier: OCA'. */
function isPairOf(pair: Suspect, broader: Suspect): boolean {
  const [dimension, value] = Object.entries(broader.values)[0]!;
  if (broader.dimension === 'channel') return pair.dimension === 'category_channel' && pair.values.channel === value;
  if (broader.dimension === 'carrier' || broader.dimension === 'region') {
    return pair.dimension === 'carrier_region' && pair.values[dimension as 'carrier' | 'region'] === value;
  }
  return false;
}

/** Share of the broader finding's excess its pairs must hold to absorb it. */
const ABSORBED_SHARE = 0.5;

/** Is the broader finding more than its pairs: do they hold too little of it, or is much left without them? */
function stillStandsOut(broader: Candidate, pairs: readonly Candidate[], pValueCutoff: number): boolean {
  const { suspect, expectedReturnedLines } = broader.headline.comparison;
  if (expectedReturnedLines === null || suspect.lines === 0) return true;
  const held = pairs.reduce((sum, c) => sum + c.headline.excessUnits, 0);
  if (held < ABSORBED_SHARE * broader.headline.excessUnits) return true;
  const pairLines = pairs.reduce((sum, c) => sum + c.headline.comparison.suspect.lines, 0);
  const pairReturned = pairs.reduce((sum, c) => sum + c.headline.comparison.suspect.returnedLines, 0);
  const leftExpected = (expectedReturnedLines * (suspect.lines - pairLines)) / suspect.lines;
  return poissonUpperTail(suspect.returnedLines - pairReturned, leftExpected) <= pValueCutoff;
}

/** `pValueCutoff`: the largest p-value the correction still counted as a discovery. */
export function foldIntoPairs(candidates: readonly Candidate[], pValueCutoff: number): Candidate[] {
  const absorbed = new Set<Candidate>();
  for (const broader of candidates) {
    const pairs = candidates.filter(
      (c) => c !== broader && c.headline.measure === broader.headline.measure && isPairOf(c.headline.suspect, broader.headline.suspect),
    );
    if (pairs.length === 0 || stillStandsOut(broader, pairs, pValueCutoff)) continue;
    absorbed.add(broader);
    for (const pair of pairs) pair.explains.push(broader.headline.suspect);
  }
  return candidates.filter((c) => !absorbed.has(c));
}
