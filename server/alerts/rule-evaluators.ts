// One evaluator per rule kind. Each asks the services the pages ask (the summary, the cause finder,
// the SLA, the cycle times, the nowcast), so an alert says what the pages say and no second
// statistical method creeps in; each judges the window ending on the data's latest day
// (docs/metrics.md, "Alerts", says why each window and base is fair).
import type { CauseFinder } from '../causes/cause-finder.ts';
import type { Finding } from '../causes/cause-findings.ts';
import type { SuspectValues } from '../causes/suspects.ts';
import type { NowcastService } from '../curve/nowcast-service.ts';
import type { MetricFilters, Period } from '../metrics/metric-filters.ts';
import type { DataRange } from '../metrics/metric-queries.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Evaluation, Observation, Verdict } from './alert-episodes.ts';
import type { AlertRuleKind, RuleOfKind, Segment } from './alert-rules.ts';
import { currentMonth, sinceMonthBefore, trailingWindow } from './alert-window.ts';

export interface AlertServices {
  metrics: MetricsService;
  nowcast: NowcastService;
  /** The cause finder's findings over a period, run once per check for rules that ask the same. */
  findings: (period: Period, options: FinderOptions) => Promise<FinderAnswer>;
  /** The returned units still pending in a scope (pending-units.ts). */
  pendingUnits: (filters: MetricFilters, period: Period) => Promise<number>;
}

export interface FinderAnswer {
  findings: Finding[];
  /** Every significant finding is among them: false when the answer stopped at its limit. */
  complete: boolean;
  /** The values of the suspects the finder set against a comparison (CauseFinder.scan). */
  compared: SuspectValues[];
}

/** The most findings a rule reads; past it, a finding not listed may still be there. */
const findingsLimit = 100;

export interface FinderOptions {
  q: number;
  minUnits: number;
  reason?: string;
}

/**
 * The cause finder over the window, as the Causes page would run it for that period, counted as it
 * stands at `judgedAt`, the moment the check judges (the returns' end while they lag the orders):
 * which months still collect returns is told from there, not from the orders' end. Each question
 * asked once per check.
 */
export function findingsOnce(finder: CauseFinder, judgedAt: string): AlertServices['findings'] {
  const asked = new Map<string, Promise<FinderAnswer>>();
  return (period, options) => {
    const key = JSON.stringify([period, options.q, options.minUnits, options.reason ?? null]);
    if (!asked.has(key)) {
      const filters: MetricFilters = { basis: 'order', ...period, requestedBy: judgedAt, ...(options.reason ? { reason: options.reason } : {}) };
      const scanned = finder.scan(filters, { limit: findingsLimit, minUnits: options.minUnits, q: options.q, lang: 'es' });
      asked.set(key, scanned.then(({ answer, compared }) => ({ findings: answer.findings, complete: answer.scanned.reported <= answer.findings.length, compared })));
    }
    return asked.get(key)!;
  };
}

/** What fired, with the figures behind it: the inbox entry's and the message's facts. */
export interface AlertFigures {
  measure: 'returnRate' | 'reasonRate' | 'reasonShare' | 'aboveBaseline' | 'newFinding' | 'openPastSla' | 'cycleP90' | 'nowcastRate';
  /** The lines it is about (the standard filters' values); empty, the whole shop. */
  segment: Record<string, string>;
  reason: string | null;
  /** The figure judged: a rate or share (0–1), a count of returns, or days. */
  value: number | null;
  threshold: number | null;
  /** What the figure is compared with, when a comparison and not a set level: the finder's baseline rate. */
  baseline: number | null;
  /** The count the figure rests on: units sold (rates), returned units (shares), open returns, returns with both dates. */
  n: number;
  period: Period;
  /** The data's latest timestamp: what the check was judged at. */
  asOf: string;
  /** The rest of the evidence: the finder's q and lift, the nowcast's interval, the stage. */
  detail: Record<string, number | string | null>;
  /** The drill-down page with the rows behind the figure (web route /rows). */
  rowsLink: string;
}

/** Where the check judges (metrics/data-ends.ts `judgedAt`), and whether the returns stop well before the orders. */
type CheckedAt = { range: DataRange & { lastDate: string; lastTimestamp: string }; returnsLag: boolean };
type Evaluator<Kind extends AlertRuleKind> = (rule: RuleOfKind<Kind>, services: AlertServices, at: CheckedAt) => Promise<Evaluation<AlertFigures>>;

const definedValues = (segment: Segment) => Object.fromEntries(Object.entries(segment).filter(([, v]) => v !== undefined)) as Record<string, string>;

/** The drill-down's URL for these filters: returns by default, the view's narrowing added. */
function rowsLink(period: Period, basis: 'order' | 'return', filters: Record<string, string | undefined>): string {
  const search = new URLSearchParams({ from: period.from, to: period.to, basis });
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) search.set(name, value);
  return `/rows?${search.toString()}`;
}

const verdictOf = (known: boolean, above: boolean): Verdict => (!known ? 'unknown' : above ? 'holds' : 'clear');

/**
 * The verdict when the window may hold nothing of the segment at all: nothing sold in it (a carrier
 * dropped, a product no longer sold, its rows taken away by a replace import) or, for a rule over
 * the returns asked for in it, nothing asked back. Too little to judge is no verdict, and keeps an
 * episode open until the data can tell; but nothing is not too little: no data to come can make a
 * condition hold over lines that are not there, so the episode would stay open for good. It is
 * clear, and it closes; should the segment come back above the level, that is news, a new episode.
 */
const verdictUnlessEmpty = (empty: boolean, known: boolean, above: boolean): Verdict => (empty ? 'clear' : verdictOf(known, above));
const one = (verdict: Verdict, figures: AlertFigures): Evaluation<AlertFigures> => ({ observations: [{ subject: '', verdict, figures }], othersClear: false });

/**
 * A rate over the window's orders (basis=order), of its *settled* returns: units returned and not
 * rejected, less those still pending. A pending return may yet be rejected (and a rejected one is
 * in no rate), so the rate with them can read above where the window will close; without them it
 * only grows as returns arrive and settle: above the level now, it will close above it; below, it
 * is no verdict on where it will close, and the nowcast rule is the one that speaks before the
 * returns arrive and settle. Returns whose outcome the data does not give (`unknown`) are settled
 * as far as it will ever say, and count. A reason's share
 * is over the returns requested in the window (basis=return): over its orders, the reasons that
 * come back soonest (damage, at delivery) would fill an open window first, and read as a rise.
 */
const threshold: Evaluator<'threshold'> = async (rule, { metrics, pendingUnits }, { range }) => {
  const period = trailingWindow(range.lastDate, rule.windowDays);
  const segment = definedValues(rule.segment);
  const byReason = rule.measure === 'returnRate' && rule.reason !== undefined;
  const basis = rule.measure === 'reasonShare' ? 'return' : 'order';
  const filters: MetricFilters = { basis, ...period, ...segment, ...(byReason ? { reason: rule.reason } : {}) };
  const summary = await metrics.summary(filters);
  const base = { segment, reason: rule.reason ?? null, threshold: rule.threshold, baseline: null, period, asOf: range.lastTimestamp, detail: {} };
  if (rule.measure === 'reasonShare') {
    const share = summary.topReasons.find((r) => r.reason === rule.reason)?.share ?? 0;
    const n = summary.unitsReturned;
    return one(verdictUnlessEmpty(n === 0, n >= rule.minUnits, share > rule.threshold), {
      ...base,
      measure: 'reasonShare',
      value: n > 0 ? share : null,
      n,
      rowsLink: rowsLink(period, basis, { ...segment, reason: rule.reason }),
    });
  }
  const n = summary.unitsSold;
  const pending = await pendingUnits(filters, period);
  const settledUnits = summary.unitsReturned - pending;
  const rate = n > 0 ? settledUnits / n : null;
  return one(verdictUnlessEmpty(n === 0, n >= rule.minUnits && rate !== null, (rate ?? 0) > rule.threshold), {
    ...base,
    measure: byReason ? 'reasonRate' : 'returnRate',
    value: rate,
    n,
    detail: { unitsReturned: summary.unitsReturned, pendingUnits: pending, settledUnits },
    rowsLink: rowsLink(period, 'order', { ...segment, reason: rule.reason }),
  });
};

const sameValues = (a: Record<string, string | undefined>, b: Record<string, string | undefined>) =>
  JSON.stringify(Object.entries(definedValues(a)).sort()) === JSON.stringify(Object.entries(definedValues(b)).sort());

function findingFigures(finding: Finding, period: Period, asOf: string, measure: 'aboveBaseline' | 'newFinding'): AlertFigures {
  const reason = finding.measure === 'all' ? null : finding.measure;
  return {
    measure,
    segment: definedValues(finding.values),
    reason,
    value: finding.evidence.rate,
    threshold: null,
    baseline: finding.evidence.baselineRate,
    n: finding.evidence.unitsSold,
    period,
    asOf,
    detail: {
      label: finding.label,
      dimension: finding.dimension,
      unitsReturned: finding.evidence.unitsReturned,
      lift: finding.evidence.lift,
      q: finding.test.q,
      excessUnits: finding.money.excessUnits,
      dominantReason: finding.reason,
      sentence: finding.sentence,
    },
    rowsLink: rowsLink(period, 'order', finding.filters),
  };
}

/**
 * The segment is one of the finder's findings in the window: its rate (or the reason's) against
 * its comparison's in the same months, so an open month is set against lines equally open. Not
 * found is clear only when the finder could have found it: with fewer than `minUnits` units sold,
 * or with no months of the same return age as its comparison, it never tries the segment, and an
 * answer cut at its limit may have left it out: no verdict.
 */
const aboveBaseline: Evaluator<'above_baseline'> = async (rule, { metrics, findings: findingsOver }, { range }) => {
  const period = trailingWindow(range.lastDate, rule.windowDays);
  const { findings, complete, compared } = await findingsOver(period, rule);
  const found = findings.find((f) => sameValues(f.values, rule.segment));
  const segment = definedValues(rule.segment);
  if (found) return one('holds', { ...findingFigures(found, period, range.lastTimestamp, 'aboveBaseline'), reason: rule.reason ?? null });
  const { unitsSold } = await metrics.summary({ basis: 'order', ...period, ...segment });
  const figures: AlertFigures = { measure: 'aboveBaseline', segment, reason: rule.reason ?? null, value: null, threshold: null, baseline: null, n: unitsSold, period, asOf: range.lastTimestamp, detail: {}, rowsLink: rowsLink(period, 'order', { ...segment, reason: rule.reason }) };
  const tried = compared.some((values) => sameValues(values, rule.segment));
  return one(verdictUnlessEmpty(unitsSold === 0, complete && unitsSold >= rule.minUnits && tried, false), figures);
};

/** A finding's identity across checks: where it is, not which of its measures headlines it this time. */
export const findingSubject = (f: Pick<Finding, 'dimension' | 'values'>) => JSON.stringify([f.dimension, Object.entries(definedValues(f.values)).sort()]);

const newFinding: Evaluator<'new_finding'> = async (rule, { findings: findingsOver }, { range }) => {
  const period = trailingWindow(range.lastDate, rule.windowDays);
  const { findings, complete } = await findingsOver(period, rule);
  return {
    observations: findings.map((f): Observation<AlertFigures> => ({ subject: findingSubject(f), verdict: 'holds', figures: findingFigures(f, period, range.lastTimestamp, 'newFinding') })),
    // an answer cut at its limit says nothing of the findings it left out
    othersClear: complete,
  };
};

/**
 * Open returns judged at the data's latest timestamp: a state at one moment, fair whatever the
 * period. The SLA ages them against the data's end, which follows the orders: while the returns
 * file is behind, their ages would run on past what it says, so no verdict.
 */
const openPastSla: Evaluator<'open_past_sla'> = async (rule, { metrics }, { range, returnsLag }) => {
  const period = { from: range.firstDate ?? range.lastDate, to: range.lastDate };
  const segment = definedValues(rule.segment);
  const { overall } = await metrics.sla({ basis: 'return', ...period, ...segment }, rule.slaDays);
  return one(verdictOf(!returnsLag, overall.openLate > rule.maxOpen), {
    measure: 'openPastSla',
    segment,
    reason: null,
    value: overall.openLate,
    threshold: rule.maxOpen,
    baseline: null,
    n: overall.openLate + overall.openWithinSla,
    period,
    asOf: range.lastTimestamp,
    detail: { slaDays: rule.slaDays },
    // /rows cannot narrow open returns to the late ones; received longest ago first (never received
    // last), the late ones are its first `openLate` rows, and the sentence says so
    rowsLink: rowsLink(period, 'return', { ...segment, open: 'true', sort: 'receivedAt', order: 'asc' }),
  });
};

/**
 * The stage's p90 over the returns requested in the window that have both dates. Returns still
 * open are not in it yet, so the figure can only be low while the window is young: above the
 * level now is above it, and a backlog that never resolves is the SLA rule's to catch.
 */
const cycleP90: Evaluator<'cycle_p90'> = async (rule, { metrics }, { range }) => {
  const period = trailingWindow(range.lastDate, rule.windowDays);
  const segment = definedValues(rule.segment);
  const { overall } = await metrics.cycleTimes({ basis: 'return', ...period, ...segment }, 'month');
  const stage = overall[rule.stage];
  const n = stage?.n ?? 0;
  const p90 = stage?.p90 ?? null;
  // none with both dates may still be returns open in the window (a backlog): empty only with none asked for
  const empty = n === 0 && (await metrics.summary({ basis: 'return', ...period, ...segment })).returns === 0;
  return one(verdictUnlessEmpty(empty, n >= rule.minReturns && p90 !== null, (p90 ?? 0) > rule.maxDays), {
    measure: 'cycleP90',
    segment,
    reason: null,
    value: p90,
    threshold: rule.maxDays,
    baseline: null,
    n,
    period,
    asOf: range.lastTimestamp,
    detail: { stage: rule.stage },
    rowsLink: rowsLink(period, 'return', { ...segment, daysOf: rule.stage, minDays: String(rule.maxDays) }),
  });
};

/**
 * The current order month's expected close (the nowcast's central estimate); no estimate, no
 * verdict. The nowcast matures months against the data's end, which follows the orders: while the
 * returns file is behind, it would take missing returns for late ones, so no verdict either.
 */
const nowcast: Evaluator<'nowcast'> = async (rule, services, { range, returnsLag }) => {
  const period = currentMonth(range.lastDate);
  const segment = definedValues(rule.segment);
  const answer = await services.nowcast.nowcast({ basis: 'order', ...period, ...segment });
  const row = answer.rows.find((r) => r.month === period.from);
  const expected = row?.estimate?.expected.returnRateUnits ?? null;
  const n = row?.unitsSold ?? 0;
  // a month just begun may not have sold a segment yet: it is gone when the month before sold none either
  const empty = n === 0 && (await services.metrics.summary({ basis: 'order', ...sinceMonthBefore(range.lastDate), ...segment })).unitsSold === 0;
  return one(verdictUnlessEmpty(empty, !returnsLag && expected !== null && n >= rule.minUnits, (expected ?? 0) > rule.threshold), {
    measure: 'nowcastRate',
    segment,
    reason: null,
    value: expected,
    threshold: rule.threshold,
    baseline: null,
    n,
    period,
    asOf: range.lastTimestamp,
    detail: {
      observed: row?.observed.returnRateUnits ?? null,
      low: row?.estimate?.low.returnRateUnits ?? null,
      high: row?.estimate?.high.returnRateUnits ?? null,
      shareArrived: row?.shareArrived ?? null,
      noEstimate: answer.reason ?? (row && !row.estimate ? 'minimumShare' : null),
    },
    rowsLink: rowsLink(period, 'order', segment),
  });
};

const evaluators: { [Kind in AlertRuleKind]: Evaluator<Kind> } = {
  threshold,
  above_baseline: aboveBaseline,
  new_finding: newFinding,
  open_past_sla: openPastSla,
  cycle_p90: cycleP90,
  nowcast,
};

export function evaluate<Kind extends AlertRuleKind>(rule: RuleOfKind<Kind>, services: AlertServices, at: CheckedAt) {
  return (evaluators[rule.kind] as Evaluator<Kind>)(rule, services, at);
}
