// The return policy simulator (docs/metrics.md, "Return policy simulator"): what a shorter window,
// a fee per return or an exchange-first policy would have changed, from the shop's own returns in
// scope. Every block names the assumptions its figures rest on, as codes the page translates.
import { ReturnCurve } from '../curve/return-curve.ts';
import { agesAt, asStood, periodDays, scopeParams, type MetricFilters } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';
import type { PolicyInputs } from './policy-params.ts';
import { deliveryCurveQuery, policyWindowQuery } from './policy-queries.ts';

/** A month as the per-month figures scale the period to: a year's days over twelve. */
const daysPerMonth = 365.25 / 12;

/** The curve's chart: the shop's line and the categories with most returns (≤ 2,000 points in all). */
const curveCategories = 4;

type WindowRow = Awaited<ReturnType<typeof policyWindowQuery.run>>[number];

/** The returns, units and money a window would have refused. */
function outsideOf(row: WindowRow) {
  return {
    returns: row.outsideReturns,
    unitsReturned: row.outsideUnits,
    returnedValue: row.outsideReturnedValue,
    refundedValue: row.outsideRefundedValue,
    shareOfReturns: row.returns - row.returnsWithoutDate > 0 ? row.outsideReturns / (row.returns - row.returnsWithoutDate) : null,
  };
}

/**
 * The cumulative share of returns requested within each day after delivery, day 0 to the last:
 * `shares[d]` is the share a d-day window would have taken (the return curve, by day).
 */
function cumulativeShares(daily: readonly number[]): number[] {
  const curve = ReturnCurve.fromDailyCounts(daily);
  return daily.map((_, day) => curve?.shareWithin(day + 1) ?? 0);
}

export class PolicySimulator {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
    /** The shop's window today (INVERSA_RETURN_WINDOW_DAYS): the default to simulate and the chart's mark. */
    private readonly returnWindowDays: number,
  ) {}

  async simulate(filters: MetricFilters, inputs: PolicyInputs) {
    const { period, range } = await this.metrics.scope(filters);
    const windowDays = inputs.windowDays ?? this.returnWindowDays;
    // The chart reaches well past both windows, so the returns beyond them show; a year at most.
    const maxDay = Math.min(365, Math.max(90, Math.ceil(1.5 * Math.max(windowDays, this.returnWindowDays))));
    const params = scopeParams(filters, period);
    const [windowRows, curveRows] = await Promise.all([
      policyWindowQuery.run(this.db, { ...params, windowDays }),
      deliveryCurveQuery.run(this.db, { ...params, maxDay }),
    ]);
    const total = windowRows.find((row) => row.isTotal)!;
    const averageItemPrice = total.unitsReturned > 0 ? total.returnedValue / total.unitsReturned : null;
    // Scaled per month over the days the data covers: a period reaching past the data's first or
    // last date (or an earlier requestedBy bound) holds no returns on those days, and counting them
    // would dilute the month. A requestedBy after the data ends knows nothing more than its end.
    const aged = agesAt(range);
    const asOf = aged ? asStood(aged, filters) : (filters.requestedBy ?? null);
    const dataDays = {
      from: range.firstDate && range.firstDate > period.from ? range.firstDate : period.from,
      to: asOf && asOf.slice(0, 10) < period.to ? asOf.slice(0, 10) : period.to,
    };
    const days = Math.max(0, periodDays(dataDays));
    const perMonth = days > 0 ? daysPerMonth / days : 0;

    // Fee: a share of returns deterred in proportion to the fee against the average returned item's
    // price, capped at all of them; the rest pay it. Deterred returns are taken evenly from every
    // return, so they carry the average refund.
    const deterredShare =
      inputs.returnFee === 0 ? 0 : averageItemPrice ? Math.min(1, (inputs.feeElasticity * inputs.returnFee) / averageItemPrice) : null;
    const deterredReturns = deterredShare === null ? null : total.acceptedReturns * deterredShare;
    const feeIncome = deterredReturns === null ? null : (total.acceptedReturns - deterredReturns) * inputs.returnFee;
    const feeRefundsSaved = deterredShare === null || total.refundedValue === null ? null : total.refundedValue * deterredShare;

    // unknown refunds (no return says how it ended) leave every figure made of them unknown
    const retainedValue = total.refundedValue === null ? null : total.refundedValue * inputs.exchangeShare;
    const bonusCreditCost = retainedValue === null ? null : retainedValue * inputs.bonusCreditRate;

    return {
      period: { ...period, basis: filters.basis },
      asOf,
      currentWindowDays: this.returnWindowDays,
      inputs: { windowDays, returnFee: inputs.returnFee, feeElasticity: inputs.feeElasticity, exchangeShare: inputs.exchangeShare, bonusCreditRate: inputs.bonusCreditRate },
      scope: {
        days,
        returns: total.returns,
        acceptedReturns: total.acceptedReturns,
        unitsReturned: total.unitsReturned,
        returnedValue: total.returnedValue,
        refundedValue: total.refundedValue,
        averageItemPrice,
        returnsWithoutDate: total.returnsWithoutDate,
        agedFromOrder: total.agedFromOrder,
      },
      window: {
        windowDays,
        ...outsideOf(total),
        // refused customers keep the item: every refund they were paid is saved
        refundsSaved: total.outsideRefundedValue,
        assumptions: [
          'daysAfterDelivery',
          ...(total.agedFromOrder > 0 ? (['agedFromOrder'] as const) : []),
          ...(total.returnsWithoutDate > 0 ? (['withoutDateNotJudged'] as const) : []),
          'refusedKeepItem',
          'requestedSoFar',
        ] as const,
      },
      fee: {
        returnFee: inputs.returnFee,
        feeElasticity: inputs.feeElasticity,
        averageItemPrice,
        deterredShare,
        deterredReturns,
        feeIncome,
        refundsSaved: feeRefundsSaved,
        perMonth: {
          deterredReturns: deterredReturns === null ? null : deterredReturns * perMonth,
          feeIncome: feeIncome === null ? null : feeIncome * perMonth,
          refundsSaved: feeRefundsSaved === null ? null : feeRefundsSaved * perMonth,
        },
        // the period's returns so far: on basis=order its newest orders are still collecting returns
        assumptions: ['feePerAcceptedReturn', 'linearDeterrence', 'deterredKeepItem', 'perMonthOfPeriod', 'requestedSoFar'] as const,
      },
      exchange: {
        exchangeShare: inputs.exchangeShare,
        bonusCreditRate: inputs.bonusCreditRate,
        refundedValue: total.refundedValue,
        retainedValue,
        bonusCreditCost,
        netRetainedValue: retainedValue === null || bonusCreditCost === null ? null : retainedValue - bonusCreditCost,
        refundsAfter: total.refundedValue === null || retainedValue === null ? null : total.refundedValue - retainedValue,
        assumptions: ['shareOfRefunds', 'creditAtFaceValue', 'requestedSoFar'] as const,
      },
      categories: windowRows
        .filter((row) => !row.isTotal)
        .map((row) => ({ category: row.category, returns: row.returns, refundedValue: row.refundedValue, outside: outsideOf(row) })),
      curve: this.curve(curveRows, maxDay),
    };
  }

  /** The cumulative curve of the shop and of its categories with most returns, for the chart. */
  private curve(rows: Awaited<ReturnType<typeof deliveryCurveQuery.run>>, maxDay: number) {
    const daily = new Map<string | null, number[]>();
    const shop = Array<number>(maxDay + 1).fill(0);
    for (const row of rows) {
      const counts = daily.get(row.category) ?? Array<number>(maxDay + 1).fill(0);
      counts[row.day] += row.returns;
      shop[row.day] += row.returns;
      daily.set(row.category, counts);
    }
    const returnsOf = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
    const largest = [...daily]
      .map(([category, counts]) => ({ category, returns: returnsOf(counts), counts }))
      .sort((a, b) => b.returns - a.returns || String(a.category).localeCompare(String(b.category)))
      .slice(0, curveCategories);
    const returns = returnsOf(shop);
    return {
      maxDay,
      series: [
        ...(returns > 0 ? [{ key: 'all' as const, category: null, returns, shares: cumulativeShares(shop) }] : []),
        ...largest.map(({ category, returns: n, counts }) => ({ key: 'category' as const, category, returns: n, shares: cumulativeShares(counts) })),
      ],
      assumptions: ['daysAfterDelivery', 'lastDayGathersLater', 'requestedSoFar'] as const,
    };
  }
}
