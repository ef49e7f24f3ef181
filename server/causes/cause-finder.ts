// GET /api/causes: which slices of the shop return significantly more than comparable lines, and
// what is that worth? Runs the two queries, tries every suspect, corrects for the number of
// trials, and reports the significant findings ranked by the value of their excess returns, each
// with its last month against the month before.
import { listValue } from '@duckdb/node-api';
import { monthsOf, scopeParams, type MetricFilters } from '../metrics/metric-filters.ts';
import type { MetricsService, RequestScope } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';
import { describeFinding, excessValueOf, headlineTrial } from './cause-findings.ts';
import { foldIntoPairs } from './folded-findings.ts';
import { causeCellsQuery, causeCurrencyQuery, causeMonthlyQuery, causeNetCostKnownQuery, type SliceRow } from './cause-queries.ts';
import { lastTwoMonths, MonthOnMonth, type LastTwoMonths } from './month-on-month.ts';
import type { CauseOptions } from './cause-params.ts';
import { SliceTable, type Measure } from './slice-counts.ts';
import { suspectsIn, valuesToRead, type Suspect } from './suspects.ts';
import { runTrials } from './trials.ts';

export class CauseFinder {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
  ) {}

  async find(filters: MetricFilters, options: CauseOptions) {
    return (await this.scan(filters, options)).answer;
  }

  /**
   * The answer, and the suspects the finder could set against a comparison (the values of those
   * with a baseline for their return rate): a suspect not found among them was not tried, which an
   * alert must not read as "not above" (a product sold only in months its category-mates did not).
   */
  async scan(filters: MetricFilters, options: CauseOptions) {
    const { period, range } = await this.metrics.scope(filters);
    const params = { ...scopeParams(filters, period), minUnits: options.minUnits };
    const [rows, [money], netCost] = await Promise.all([
      causeCellsQuery.run(this.db, { ...params, openFrom: this.metrics.firstMonthCollecting(filters, range, period) }),
      causeCurrencyQuery.run(this.db),
      causeNetCostKnownQuery.run(this.db, params),
    ]);
    const table = new SliceTable(rows);
    const suspects = suspectsIn(table, options.minUnits);
    // With the reason filter every return has that reason: its rate is the only one to try.
    const measures: Measure[] = filters.reason ? ['all'] : ['all', ...table.reasons];
    const { bySuspect, corrected } = runTrials(suspects, measures, options.q);

    const candidates = [...bySuspect].flatMap(([, trials]) => {
      const headline = headlineTrial(trials, options.q);
      return headline ? [{ headline, trials, explains: [] }] : [];
    });
    const pValueCutoff = Math.max(0, ...[...bySuspect.values()].flat().filter((t) => t.q !== null && t.q <= options.q).map((t) => t.p));
    const ranked = foldIntoPairs(candidates, pValueCutoff).sort((a, b) => excessValueOf(b.headline) - excessValueOf(a.headline) || a.headline.q! - b.headline.q!);
    // Months are read for the reported findings only: their series and start months.
    const reported = ranked.slice(0, options.limit);
    const reportedSuspects = reported.map((c) => c.headline.suspect);
    if (reported.length > 0) await this.readMonths(table, params, reportedSuspects);

    // each finding's series runs over the months of the period
    const months = monthsOf(period);
    const lastTwo = lastTwoMonths(period, months);
    const monthOnMonth = lastTwo && reported.length > 0 ? await this.monthOnMonth(filters, { period, range }, lastTwo, rows, reportedSuspects, options.minUnits) : null;
    const context = {
      months,
      language: options.lang,
      currency: money?.currency ?? null,
      currencies: money?.currencies ?? [],
      onlyReason: filters.reason ?? null,
      netCostKnown: netCost[0]?.known ?? false,
    };
    const answer = {
      period: { ...period, basis: filters.basis },
      currency: context.currency,
      currencies: context.currencies,
      settings: { limit: options.limit, minUnits: options.minUnits, q: options.q, lang: options.lang },
      scanned: { suspects: suspects.length, trials: corrected, significant: candidates.length, reported: ranked.length },
      findings: reported.map((candidate, index) => ({
        rank: index + 1,
        ...describeFinding(candidate, context),
        lastMonth: monthOnMonth?.of(candidate.headline) ?? null,
      })),
    };
    const compared = [...bySuspect].filter(([, trials]) => trials.some((t) => t.measure === 'all')).map(([suspect]) => suspect.values);
    return { answer, compared };
  }

  /** The months of every category and of these suspects' own slices, into the table. */
  private async readMonths(table: SliceTable, params: ReturnType<typeof scopeParams>, suspects: readonly Suspect[]) {
    const toRead = valuesToRead(suspects);
    table.addMonths(
      await causeMonthlyQuery.run(this.db, {
        ...params,
        skus: listValue(toRead.skus),
        channels: listValue(toRead.channels),
        regions: listValue(toRead.regions),
        carriers: listValue(toRead.carriers),
      }),
    );
  }

  /**
   * The last month against the month before (month-on-month.ts). The month before is read again as
   * it stood at the same age (metrics.atSameAge), over the days it is compared on, into a table of
   * the same rows; the period's own months serve only when the last month begins after the data
   * ends and the month before is compared whole. Null when the period does not reach the days the
   * month before is compared over.
   */
  private async monthOnMonth(filters: MetricFilters, { period, range }: RequestScope, lastTwo: LastTwoMonths, rows: SliceRow[], suspects: readonly Suspect[], minUnits: number) {
    const sameAge = this.metrics.atSameAge(filters, range, lastTwo.last, lastTwo.before);
    // the month before within the period (which may start after its first day), over the days it is
    // compared on; none when the period begins past them: a month of no days is no month before
    const monthBefore = { from: period.from > lastTwo.before.from ? period.from : lastTwo.before.from, to: sameAge.period.to };
    if (!sameAge.returnsRequestedBy && sameAge.period.to === lastTwo.beforeEnds) return new MonthOnMonth(lastTwo, monthBefore, null, null, minUnits);
    if (monthBefore.from > monthBefore.to) return null;
    const atSameAge = new SliceTable(rows);
    await this.readMonths(atSameAge, scopeParams(sameAge.returnsRequestedBy ? { ...filters, requestedBy: sameAge.returnsRequestedBy } : filters, monthBefore), suspects);
    return new MonthOnMonth(lastTwo, monthBefore, sameAge.returnsRequestedBy, atSameAge, minUnits);
  }
}
