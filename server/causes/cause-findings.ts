// From a suspect's significant trials to the finding the API reports: what stands out, the
// evidence, the money at stake, when it started, its monthly series and its sentence.
import { groupOfReason, type Reason } from '../domain/returns-vocabulary.ts';
import { findingSentence, type Language } from './cause-wording.ts';
import type { Candidate } from './folded-findings.ts';
import { excessRun } from './recent-run.ts';
import type { Suspect } from './suspects.ts';
import type { Trial } from './trials.ts';

/** What each kind of suspect is compared with (docs/metrics.md, "Cause finder"). */
const comparedWith = {
  sku: 'rest_of_category',
  channel: 'other_values',
  region: 'other_values',
  carrier: 'other_values',
  carrier_region: 'carrier_and_region',
  category_channel: 'category_and_channel',
} as const;

/** The exact test behind each kind's p-value (server/causes/excess-tests.ts). */
const testMethods = {
  sku: 'conditional_binomial',
  channel: 'conditional_binomial',
  region: 'conditional_binomial',
  carrier: 'conditional_binomial',
  carrier_region: 'conditional_binomial_fitted',
  category_channel: 'conditional_binomial_fitted',
} as const;

/**
 * The excess returned units, valued stratum by stratum at the suspect's own returned value per
 * returned unit there (Comparison.excessAmount): its average over every stratum would value a
 * carrier's extra returns of a cheap category at the price of its dear one.
 */
export const excessValueOf = (t: Trial) => t.comparison.excessAmount((c) => c.returnedValue);

/**
 * How far above its baseline a suspect must be to be a finding at all: with millions of lines,
 * differences too small to act on are significant too (a region 3 % above the others).
 */
export const MIN_LIFT = 1.1;

const isFinding = (t: Trial, qLevel: number) => t.q !== null && t.q <= qLevel && t.excessUnits > 0 && (t.lift === null || t.lift >= MIN_LIFT);

/**
 * The trial a finding reports: its return rate when that stands out, since its excess is every
 * extra return, whatever the reason; otherwise the reason whose excess is worth the most (a reason
 * can stand out where the rate as a whole does not: a carrier that breaks parcels while fewer of
 * its returns are for anything else).
 */
export function headlineTrial(trials: readonly Trial[], qLevel: number): Trial | null {
  const findings = trials.filter((t) => isFinding(t, qLevel));
  const rate = findings.find((t) => t.measure === 'all');
  if (rate) return rate;
  return findings.reduce<Trial | null>((best, t) => (!best || excessValueOf(t) > excessValueOf(best) ? t : best), null);
}

/** The reason behind a rate finding: the one with the largest excess of its own. */
function dominantReason(headline: Trial, trials: readonly Trial[]): Trial | undefined {
  if (headline.measure !== 'all') return headline;
  return trials.filter((t) => t.measure !== 'all').reduce<Trial | undefined>((best, t) => (!best || t.excessUnits > best.excessUnits ? t : best), undefined);
}

const labelOf = (s: Suspect) =>
  s.dimension === 'carrier_region'
    ? `${s.values.carrier} × ${s.values.region}`
    : s.dimension === 'category_channel'
      ? `${s.values.category} × ${s.values.channel}`
      : Object.values(s.values)[0]!;

export interface FindingContext {
  months: readonly string[];
  language: Language;
  /** The money's currency: null when there is none, or several added unconverted (`currencies`). */
  currency: string | null;
  /** Every currency of the order lines. */
  currencies: readonly string[];
  /** The reason filter: every return in scope has this reason. */
  onlyReason: string | null;
  /** Whether the returns in scope carry the inputs of the net cost: without them it is unknown. */
  netCostKnown: boolean;
}

export function describeFinding({ headline, trials, explains }: Candidate, context: FindingContext) {
  const { suspect, comparison, measure } = headline;
  const counts = comparison.suspect;
  const allReturnedUnits = trials.find((t) => t.measure === 'all')?.comparison.suspect.returnedUnits ?? counts.returnedUnits;
  const reasonTrial = dominantReason(headline, trials);
  const reason = reasonTrial?.measure ?? context.onlyReason;
  const reasonShare = reasonTrial ? (allReturnedUnits > 0 ? reasonTrial.comparison.suspect.returnedUnits / allReturnedUnits : null) : context.onlyReason ? 1 : null;
  const rate = counts.units > 0 ? counts.returnedUnits / counts.units : 0;
  const { lift } = headline;
  const excessValue = excessValueOf(headline);

  const byMonth = context.months.map((month) => comparison.month(month));
  const timing = excessRun(byMonth.map((m) => ({ month: m.month, observed: m.suspect.returnedLines, expected: m.expectedReturnedLines })));
  const series = byMonth.map((m) => ({
    month: m.month,
    unitsSold: m.suspect.units,
    unitsReturned: m.suspect.returnedUnits,
    rate: m.suspect.units > 0 ? m.suspect.returnedUnits / m.suspect.units : null,
    baselineRate: m.baselineUnitRate,
  }));

  const sentence =
    reason === null || reasonShare === null
      ? null
      : findingSentence(
          { dimension: suspect.dimension, values: suspect.values, category: suspect.category, measure, lift, reason, reasonShare, excessValue, ...timing },
          context.language,
          context.currency,
          context.currencies,
        );

  return {
    dimension: suspect.dimension,
    values: suspect.values,
    label: labelOf(suspect),
    comparedWith: comparedWith[suspect.dimension],
    ...(suspect.dimension === 'sku' ? { category: suspect.category ?? null } : {}),
    measure,
    reason,
    reasonGroup: reason ? groupOfReason(reason as Reason) ?? null : null,
    reasonShare,
    evidence: {
      unitsSold: counts.units,
      unitsReturned: counts.returnedUnits,
      rate,
      baselineRate: headline.baselineUnitRate,
      lift,
      linesSold: counts.lines,
      linesReturned: counts.returnedLines,
    },
    test: {
      method: testMethods[suspect.dimension],
      p: headline.p,
      q: headline.q!,
    },
    money: {
      excessUnits: headline.excessUnits,
      excessValue,
      netCostSaved: context.netCostKnown ? headline.comparison.excessAmount((c) => c.netCost) : null,
    },
    timing,
    sentence,
    explains: explains.map((broader) => ({ dimension: broader.dimension, values: broader.values, label: labelOf(broader) })),
    filters: measure === 'all' ? { ...suspect.values } : { ...suspect.values, reason: measure },
    series,
  };
}

export type Finding = ReturnType<typeof describeFinding>;
