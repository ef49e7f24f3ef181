import { listValue } from '@duckdb/node-api';
import { preventableGroups, reasonGroups } from '../domain/returns-vocabulary.ts';
import type { Database } from '../store/database.ts';
import { agesAt, asStood, purchasesKnownAt, countedAt, monthEnd, monthsOf, previousPeriod, resolvePeriod, scopeParams, yearEarlierPeriod, type MetricFilters, type Period } from './metric-filters.ts';
import { judgedAt } from './data-ends.ts';
import { beginsAfterData, collectsReturns, earlierAtSameAge, type ComparisonClock, type EarlierAtSameAge } from './same-age.ts';
import type {
  AvoidableOptions,
  BreakdownOptions,
  Comparison,
  CycleTimesBy,
  OpenReturnsOptions,
  ReasonsBy,
  SerialReturnerOptions,
  TrendGrain,
} from './metric-params.ts';
import {
  avoidableReturnsQuery,
  breakdownQuery,
  cycleTimesQuery,
  dataEndsQuery,
  dataRangeQuery,
  datasetOverviewQuery,
  openReturnsQuery,
  reasonsByKeyQuery,
  repeatPurchaseQuery,
  returnSlaQuery,
  serialReturnersQuery,
  summaryQuery,
  trendQuery,
  valueRecoveryQuery,
  type DataRange,
} from './metric-queries.ts';

export type Change = { absolute: number | null; relative: number | null };

/** The period a request asks about and the data's range it was resolved against, read once per request. */
export interface RequestScope {
  period: Period;
  range: DataRange;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The KPIs of an answer that a comparison reports on: its numbers, and the numbers of the objects
 * inside it named after their parent (cycleDays.requestToReceived.p50 → requestToReceivedP50,
 * returned.repurchaseRate → returnedRepurchaseRate). Lists are rows, not KPIs.
 */
function comparableFigures(values: object, parent = ''): Record<string, number | null> {
  const flat: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(values)) {
    const name = parent ? parent + capitalised(key) : key;
    if (typeof value === 'number' || value === null) flat[name] = value;
    else if (typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, comparableFigures(value, key));
  }
  return flat;
}

function changesBetween(current: object, earlier: object): Record<string, Change> {
  const now = comparableFigures(current);
  const before = comparableFigures(earlier);
  return Object.fromEntries(
    Object.entries(now).map(([key, value]) => {
      const old = before[key] ?? null;
      const absolute = value === null || old === null ? null : value - old;
      return [key, { absolute, relative: absolute === null || !old ? null : absolute / Math.abs(old) }];
    }),
  );
}

/** Splits a query's rows into the period's overall row and the others. */
function overallAndRows<Row extends { isTotal: boolean }>(rows: Row[]) {
  const strip = ({ isTotal: _isTotal, ...row }: Row) => row;
  return { overall: strip(rows.find((r) => r.isTotal)!), rows: rows.filter((r) => !r.isTotal).map(strip) };
}

/** Answers the metrics routes: resolves the period, binds the filters, runs the queries. */
export class MetricsService {
  constructor(
    private readonly db: Database,
    private readonly returnWindowDays: number,
  ) {}

  /**
   * The data's range, learnt window and latest timestamp. The derived tables it reads are brought
   * up to date by every import and once when the server starts (`ensureDerivedDataCurrent`).
   */
  private async dataRange(): Promise<DataRange> {
    const [[range], [ends]] = await Promise.all([dataRangeQuery.run(this.db), dataEndsQuery.run(this.db)]);
    const judged = judgedAt(ends!);
    const withOrdersEnd = { ...range!, ordersEnd: ends!.ordersEnd };
    return judged?.returnsLag ? { ...withOrdersEnd, agesAt: judged.lastTimestamp } : withOrdersEnd;
  }

  /** The period of a request, its missing ends taken from the data; the range comes along for the answer. */
  async scope(filters: MetricFilters): Promise<RequestScope> {
    const range = await this.dataRange();
    return { period: resolvePeriod(filters, range), range };
  }

  private params(filters: MetricFilters, period: Period) {
    return scopeParams(filters, period);
  }

  /**
   * Answers for the period and, with `compare`, for the previous period of the same length or the
   * same dates a year earlier, with the change of every KPI that `headline` picks from the answer.
   */
  private async compared<Answer extends object, Headline extends object>(
    filters: MetricFilters,
    compare: Comparison | undefined,
    answerFor: (period: Period, range: DataRange, filters: MetricFilters) => Promise<Answer>,
    headline: (answer: Answer) => Headline,
  ) {
    const { period, range } = await this.scope(filters);
    if (!compare) return { period: { ...period, basis: filters.basis }, ...(await answerFor(period, range, filters)) };
    const earlierDates = compare === 'previous' ? previousPeriod(period) : yearEarlierPeriod(period);
    // A current period that begins after the last order, or on basis=return after the moment its
    // requests are counted by, is empty for want of data, not of sales or returns: a fall to nothing
    // would be no change the shop made. Its earlier period is counted whole, and no change is given.
    const afterData = beginsAfterData(period, this.lastCountedDay(filters, range));
    const { period: earlierPeriod, returnsRequestedBy } = afterData ? { period: earlierDates, returnsRequestedBy: null } : this.atSameAge(filters, range, period, earlierDates);
    const earlierFilters = returnsRequestedBy ? { ...filters, requestedBy: returnsRequestedBy } : filters;
    const [current, earlier] = await Promise.all([answerFor(period, range, filters), answerFor(earlierPeriod, range, earlierFilters)]);
    const values = headline(earlier);
    // An earlier period that begins before the data does is partly or wholly empty: its figures
    // are shown, but they are no baseline, and no change is computed from them. The data is taken
    // to begin with the month of its first order: exports cover whole months, and a shop's first
    // order of the month need not fall on its first day. A returns export may reach further back
    // (returns of orders placed before the orders export begins): its requests hold no sales, and
    // set against them every figure would read as a rise from nothing. Without orders, the data
    // begins with its first request.
    const dataBegins = range.firstOrderMonth ?? (range.firstDate && `${range.firstDate.slice(0, 7)}-01`);
    const beforeData = dataBegins !== null && earlierPeriod.from < dataBegins;
    return {
      period: { ...period, basis: filters.basis },
      ...current,
      comparison: {
        kind: compare,
        // as counted: it ends early when the current period runs past the data's end
        period: { ...earlierPeriod, basis: filters.basis },
        // the earlier period as it stood at the same age; null only with afterData, when no change is computed
        returnsRequestedBy,
        beforeData,
        afterData,
        values,
        changes: changesBetween(headline(current), beforeData || afterData ? {} : values),
      },
    };
  }

  /**
   * The last day a period can hold anything a comparison counts: the last order's (a delivery or a
   * refund may come later), or, on basis=return, an earlier `requestedBy`'s; null while empty.
   */
  private lastCountedDay(filters: MetricFilters, range: DataRange): string | null {
    const lastOrderDate = range.lastOrderDate ?? range.lastDate;
    const requestedBy = filters.basis === 'return' && filters.requestedBy ? filters.requestedBy.slice(0, 10) : null;
    return requestedBy !== null && (lastOrderDate === null || requestedBy < lastOrderDate) ? requestedBy : lastOrderDate;
  }

  /**
   * The earlier period of a comparison as it is set beside `period` (same-age.ts): cut short when
   * `period` runs past the data's end, or (basis=order) after as many days as `period` has when it
   * is longer and its last days still collect returns, and counted as it stood at the moment `period` is counted at
   * (the data's latest timestamp, or an earlier `requestedBy`) less the shift between them: only
   * the returns requested by then, with only what had happened to them by then. Counted as it
   * stands today, the earlier period's returns still to come (while `period` collects returns) and
   * its receipts and refunds since would read as a change. The cause finder asks it too, for the
   * month before a finding's last month.
   */
  atSameAge(filters: MetricFilters, range: DataRange, period: Period, earlier: Period): EarlierAtSameAge {
    const clock = this.clock(filters, range);
    return clock ? earlierAtSameAge(period, earlier, clock) : { period: earlier, returnsRequestedBy: null };
  }

  /**
   * The first month of `period` (YYYY-MM-01) still collecting returns as `filters` count it
   * (same-age.ts); null when none does, as on basis=return. Like-for-like comparisons (the cause
   * finder, the products' baselines) take each month from it on as a stratum of its own, and the
   * settled months before it together.
   */
  firstMonthCollecting(filters: MetricFilters, range: DataRange, period: Period): string | null {
    const clock = this.clock(filters, range);
    return (clock && monthsOf(period).find((month) => collectsReturns({ from: month, to: monthEnd(month) }, clock))) ?? null;
  }

  /** What a period's age is judged by: the moment it is counted at, and the longer of the policy's and the learnt return window. */
  private clock(filters: MetricFilters, range: DataRange): ComparisonClock | null {
    if (!range.lastTimestamp) return null;
    const asOf = asStood(agesAt(range)!, filters);
    const windowDays = Math.max(this.returnWindowDays, range.learntWindowDays ?? 0);
    return { dataEnd: range.lastTimestamp, asOf, basis: filters.basis, windowDays };
  }

  async summary(filters: MetricFilters, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, _range, scoped) => (await summaryQuery.run(this.db, this.params(scoped, period)))[0]!,
      ({ topReasons: _topReasons, ...values }) => values,
    );
  }

  /**
   * What months' maturity is judged by: the policy and learnt return windows and the moment the
   * period is counted at (the data's latest timestamp, the returns' end while they lag, or an
   * earlier `requestedBy`), bound for the query and reported beside its months. A period asked as
   * it stood at `requestedBy` holds only the returns requested by then: a month whose window
   * closed after it was still collecting them, however final it is today.
   */
  private maturity(range: DataRange, period: Period, filters: MetricFilters) {
    const aged = agesAt(range);
    return {
      params: { windowDays: this.returnWindowDays, learntWindowDays: range.learntWindowDays, lastTimestamp: countedAt(range, period, filters) },
      answer: {
        returnWindowDays: this.returnWindowDays,
        learntWindow: { days: range.learntWindowDays, returns: range.learntWindowReturns },
        windowDays: Math.max(this.returnWindowDays, range.learntWindowDays ?? 0),
        // what months are aged at (the returns' end while they lag, an earlier requestedBy), and where the data ends
        asOf: aged && asStood(aged, filters),
        dataEnd: range.lastTimestamp,
      },
    };
  }

  /** One row per month: `month` is the only grain, and the rows are grouped by it. */
  async trend(filters: MetricFilters, grain: TrendGrain) {
    const { period, range } = await this.scope(filters);
    const maturity = this.maturity(range, period, filters);
    const rows = await trendQuery.run(this.db, { ...this.params(filters, period), ...maturity.params });
    return { grain, period: { ...period, basis: filters.basis }, ...maturity.answer, rows };
  }

  /** Every reason's returns per month or per category, with each key's sales, in one query. */
  async reasons(filters: MetricFilters, by: ReasonsBy, limit: number) {
    const { period, range } = await this.scope(filters);
    const maturity = this.maturity(range, period, filters);
    const rows = await reasonsByKeyQuery.run(this.db, { ...this.params(filters, period), ...maturity.params, by, limit });
    return {
      by,
      period: { ...period, basis: filters.basis },
      ...maturity.answer,
      total: rows[0]?.total ?? 0,
      rows: rows.map(({ total: _total, ...row }) => row),
    };
  }

  async breakdown(filters: MetricFilters, options: BreakdownOptions) {
    const { period, range } = await this.scope(filters);
    const openFrom = this.firstMonthCollecting(filters, range, period);
    const rows = await breakdownQuery.run(this.db, { ...this.params(filters, period), ...options, search: options.search ?? null, openFrom });
    return {
      by: options.by,
      period: { ...period, basis: filters.basis },
      total: rows[0]?.total ?? 0,
      rows: rows.map(({ total: _total, ...row }) => row),
    };
  }

  async cycleTimes(filters: MetricFilters, by: CycleTimesBy, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, range, scoped) => {
        const found = await cycleTimesQuery.run(this.db, { ...this.params(scoped, period), by, lastTimestamp: countedAt(range, period, scoped) });
        const { overall, rows } = overallAndRows(found.map(({ comparedOlderThan: _days, ...row }) => row));
        return { by, comparedOlderThan: found[0]?.comparedOlderThan ?? null, overall, rows };
      },
      (answer) => answer.overall,
    );
  }

  async sla(filters: MetricFilters, slaDays: number, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, range, scoped) => {
        const lastTimestamp = countedAt(range, period, scoped);
        const { overall, rows } = overallAndRows(await returnSlaQuery.run(this.db, { ...this.params(scoped, period), slaDays, lastTimestamp }));
        return { slaDays, asOf: lastTimestamp, overall, months: rows };
      },
      (answer) => answer.overall,
    );
  }

  async openReturns(filters: MetricFilters, options: OpenReturnsOptions) {
    const { period, range } = await this.scope(filters);
    const lastTimestamp = countedAt(range, period, filters);
    const rows = await openReturnsQuery.run(this.db, { ...this.params(filters, period), ...options, stage: options.stage ?? null, lastTimestamp });
    const counts = rows[0] ?? { openReturns: 0, awaitingReceipt: 0, total: 0 };
    return {
      period: { ...period, basis: filters.basis },
      asOf: lastTimestamp,
      openReturns: counts.openReturns,
      awaitingReceipt: counts.awaitingReceipt,
      awaitingResolution: counts.openReturns - counts.awaitingReceipt,
      total: counts.total,
      rows: rows.map(({ openReturns: _open, awaitingReceipt: _receipt, total: _total, ...row }) => row),
    };
  }

  async avoidable(filters: MetricFilters, options: AvoidableOptions, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, _range, scoped) => {
        const found = await avoidableReturnsQuery.run(this.db, {
          ...this.params(scoped, period),
          ...options,
          reasonGroups: listValue(Object.keys(reasonGroups)),
          preventableGroups: listValue([...preventableGroups]),
        });
        const { overall, rows } = overallAndRows(found);
        const { total: _overallTotal, ...figures } = overall;
        return { by: options.by, overall: figures, total: found.find((r) => !r.isTotal)?.total ?? 0, rows: rows.map(({ total: _t, ...row }) => row) };
      },
      (answer) => answer.overall,
    );
  }

  async valueRecovery(filters: MetricFilters, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, _range, scoped) => (await valueRecoveryQuery.run(this.db, this.params(scoped, period)))[0]!,
      ({ recoveredByDisposition: _dispositions, steps: _steps, ...values }) => values,
    );
  }

  async repeatPurchase(filters: MetricFilters, withinDays: number, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, range, scoped) => {
        // each customer is observed only once their whole window is in the data, orders included:
        // complete, whenever counted
        const lastTimestamp = purchasesKnownAt(range, period);
        const rows = await repeatPurchaseQuery.run(this.db, { ...this.params(scoped, period), withinDays, lastTimestamp });
        const figures = ({ cohort: _cohort, resolution: _resolution, ...row }: (typeof rows)[number]) => row;
        const cohort = (name: 'returned' | 'not_returned') => figures(rows.find((r) => r.cohort === name && r.resolution === null)!);
        return {
          withinDays,
          asOf: lastTimestamp,
          returned: cohort('returned'),
          notReturned: cohort('not_returned'),
          byResolution: rows.filter((r) => r.resolution !== null).map(({ cohort: _cohort, ...row }) => row),
        };
      },
      ({ returned, notReturned }) => ({ returned, notReturned }),
    );
  }

  async serialReturners(filters: MetricFilters, options: SerialReturnerOptions, compare?: Comparison) {
    return this.compared(
      filters,
      compare,
      async (period, _range, scoped) => {
        const { overall, rows } = overallAndRows(await serialReturnersQuery.run(this.db, { ...this.params(scoped, period), ...options }));
        const { customerId: _none, ...figures } = overall;
        return {
          criteria: { minOrders: options.minOrders, minReturnRate: options.minReturnRate },
          overall: figures,
          total: figures.customers,
          rows: rows.map(({ customers: _one, customersWithOrders: _none, ...row }) => row),
        };
      },
      (answer) => answer.overall,
    );
  }

  async dataset() {
    const range = await this.dataRange();
    const [overview] = await datasetOverviewQuery.run(this.db);
    const { categories, channels, regions, carriers, reasons, coverage, ...sizes } = overview!;
    return {
      ...sizes,
      empty: sizes.orderLines === 0 && sizes.returns === 0,
      firstDate: range.firstDate,
      // where comparisons begin (beforeData): a returns export may reach back before the orders
      firstOrderMonth: range.firstOrderMonth ?? null,
      lastDate: range.lastDate,
      lastTimestamp: range.lastTimestamp,
      lastOrderDate: range.lastOrderDate,
      // the returns imported stop well before the orders (data-ends.ts): the ones still to import would read as a fall
      // while they lag, the data's latest timestamp is the orders' end (dataRange)
      returnsLag: range.agesAt ? { returnsEnd: range.agesAt, ordersEnd: range.lastTimestamp! } : null,
      dimensions: { category: categories, channel: channels, region: regions, carrier: carriers, reason: reasons },
      coverage,
    };
  }
}
