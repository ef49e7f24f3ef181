import { useQueries } from '@tanstack/react-query';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { combinedQuery } from '../../lib/combined-query.ts';
import { groupOfReason, isReason } from '../../lib/reasons.ts';
import { missingFields } from '../dataset/missing-fields.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import { useReturnRows } from '../drill-down/use-drill-rows.ts';
import type { Filters } from '../filters/filter-params.ts';
import { earlierAtSameAge } from '../../../../server/metrics/same-age.ts';
import { driverOf, findMovers } from './movers.ts';
import { changeBetween } from '../../metrics/kpi-change.ts';
import { kpiOf, netReturnCostNeeds, shownValue } from '../../metrics/kpi-definitions.ts';
import { breakdownOptions, type BreakdownRequest } from '../../metrics/use-breakdown.ts';
import { useMovers } from './use-movers.ts';
import { useSummary, type Summary } from '../../metrics/use-summary.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { useProducts } from '../products/use-products.ts';
import { monthInData, monthPeriod, shiftMonth } from './review-month.ts';
import type { ReviewFacts } from './review-summary.ts';

const byReason: BreakdownRequest = { by: 'reason', sort: 'unitsReturned', order: 'desc', limit: 50, offset: 0 };
const isPreventable = (code: string | null) => code !== null && isReason(code) && groupOfReason(code) !== 'customer';

/** The month's filters: the filter bar's dimensions and basis, the period replaced by the month. */
export function reviewFilters(filters: Filters | null, month: string): Filters | null {
  return filters && { ...filters, ...monthPeriod(month) };
}

/**
 * Everything the written summary says, asked of the API: the month against the month before and
 * a year earlier, what moved, what could have been prevented, and what is still open.
 */
export function useReviewFacts(filters: Filters | null, month: string, firstDate: string) {
  const reasonLabel = useReasonLabel();
  const dataset = useDataset();
  const monthFilters = reviewFilters(filters, month);
  const trend = useTrend(monthFilters);
  // The month is set against the earlier months as they stood at the same age, as every compare
  // route does; they are asked once the trend says where the data ends and the month is aged at.
  // a month before the data starts has no figures to set against: it is not asked, and shows none
  // rather than zeros
  const inData = (someMonth: string) => monthInData(someMonth, { firstDate, firstOrderMonth: dataset.data?.firstOrderMonth ?? null });
  const earlierFilters = (earlierMonth: string) => {
    const window = trend.data;
    const earlier = inData(earlierMonth) ? reviewFilters(filters, earlierMonth) : null;
    if (!earlier || !window) return null;
    if (!window.asOf || !window.dataEnd) return earlier;
    const clock = { dataEnd: window.dataEnd, asOf: window.asOf, basis: earlier.basis, windowDays: window.windowDays };
    const { period, returnsRequestedBy } = earlierAtSameAge(monthPeriod(month), monthPeriod(earlierMonth), clock);
    return { ...earlier, ...period, ...(returnsRequestedBy ? { requestedBy: returnsRequestedBy } : {}) };
  };
  const previousFilters = earlierFilters(shiftMonth(month, -1));
  const yearEarlierFilters = earlierFilters(shiftMonth(month, -12));
  // the earlier months over the days they are compared on, for naming them (compared-month.ts)
  const compared = {
    previous: previousFilters ? { from: previousFilters.from, to: previousFilters.to } : monthPeriod(shiftMonth(month, -1)),
    yearEarlier: yearEarlierFilters ? { from: yearEarlierFilters.from, to: yearEarlierFilters.to } : monthPeriod(shiftMonth(month, -12)),
  };
  const current = useSummary(monthFilters, null);
  const previous = useSummary(previousFilters, null);
  const yearEarlier = useSummary(yearEarlierFilters, null);
  const { movers, query: moversQuery } = useMovers(monthFilters, previousFilters);

  // The rate as the KPIs show it: unknown, not 0 %, while the data lacks the returns or the sales.
  const rate = (summary: Summary | undefined) => (summary ? shownValue(kpiOf('returnRateUnits'), summary, dataset.data) : null);
  const now = rate(current.data);
  const before = rate(previous.data);
  const driver = driverOf(movers, now !== null && before !== null && current.data ? (now - before) * current.data.unitsSold : null);
  // the driver's reasons in the month and in the month before as it was compared: at the same age
  const driverFilters = (scope: Filters | null) => (scope && driver && driver.dimension !== 'reason' ? { ...scope, [driver.dimension]: driver.key } : null);
  const reasons = useQueries({
    queries: [breakdownOptions(monthFilters, byReason), breakdownOptions(driverFilters(monthFilters), byReason), breakdownOptions(driverFilters(previousFilters), byReason)],
    combine: (results) => ({ query: combinedQuery(results.filter((_, i) => i === 0 || driver)), results }),
  });
  const [monthReasons, driverNow, driverBefore] = reasons.results;
  const driverReason =
    driverNow?.data && driverBefore?.data
      ? findMovers([{ dimension: 'reason', now: driverNow.data.rows, before: driverBefore.data.rows }], { minUnitsSold: 1, minImpactUnits: 1 }).find(
          (mover) => driver && Math.sign(mover.change) === Math.sign(driver.change),
        )
      : undefined;

  // Still open when the data ends, among the returns requested up to the month's end.
  const openReturns = useReturnRows(
    filters && { ...filters, basis: 'return', from: firstDate, to: monthPeriod(month).to },
    { open: 'true' },
    { sort: 'ageDays', order: 'desc', pageIndex: 0, pageSize: 5, search: '' },
  );
  // A month is few sales per SKU: judge products on the quarter that ends with it.
  const quarter = filters && { ...filters, from: `${shiftMonth(month, -2)}-01`, to: monthPeriod(month).to };
  const flagged = useProducts(quarter, { sort: 'excessUnits', order: 'desc', pageIndex: 0, pageSize: 5, search: '', flaggedOnly: true });

  // The money as shown on the KPIs: unknown in every month while the data lacks what it is made of.
  const money = (id: 'refundedValue' | 'recoveredValue' | 'netReturnCost', summary: Summary | undefined) =>
    summary ? shownValue(kpiOf(id), summary, dataset.data) : null;
  const reasonRows = monthReasons?.data?.rows ?? [];
  const returnedUnits = reasonRows.reduce((sum, row) => sum + row.unitsReturned, 0);
  const preventableRows = reasonRows.filter((row) => isPreventable(row.key));
  const preventableUnits = preventableRows.reduce((sum, row) => sum + row.unitsReturned, 0);
  const topPreventable = preventableRows[0];
  const monthRow = trend.data?.rows.at(-1);
  const summary = current.data;

  const facts: ReviewFacts | undefined = summary
    ? {
        month: `${month}-01`,
        previousPeriod: compared.previous,
        yearEarlierPeriod: compared.yearEarlier,
        provisional: monthRow ? !monthRow.mature : false,
        resolving: monthRow ? monthRow.mature && !monthRow.resolutionsSettled : false,
        rate: { now, previous: before, yearEarlier: rate(yearEarlier.data) },
        driver: driver && {
          name: driver.key,
          reason: driverReason ? reasonLabel(driverReason.key) : undefined,
        },
        money: {
          refunded: money('refundedValue', summary),
          refundedChange: changeBetween(money('refundedValue', summary), money('refundedValue', previous.data)).relative,
          recovered: money('recoveredValue', summary),
          netCost: money('netReturnCost', summary),
          netCostMissing: missingFields(dataset.data, netReturnCostNeeds)[0],
        },
        // without reason text every return is "other": nothing to say about what was preventable
        preventable: missingFields(dataset.data, ['reasonText']).length > 0 ? undefined : {
          share: returnedUnits ? preventableUnits / returnedUnits : null,
          topReason: topPreventable?.key ? { name: reasonLabel(topPreventable.key), units: topPreventable.unitsReturned } : undefined,
        },
        open: openReturns.data && { count: openReturns.data.total, oldestDays: openReturns.data.rows[0]?.ageDays ?? null },
        flagged: flagged.data && {
          count: flagged.data.flaggedTotal,
          top: flagged.data.rows[0] && { sku: flagged.data.rows[0].sku, lift: flagged.data.rows[0].lift },
        },
      }
    : undefined;

  const summariesQuery = combinedQuery([current, ...(inData(shiftMonth(month, -1)) ? [previous] : []), ...(inData(shiftMonth(month, -12)) ? [yearEarlier] : [])]);
  return {
    facts,
    query: combinedQuery([summariesQuery, trend, openReturns, flagged]),
    summaries: { current, previous, yearEarlier },
    /** The month's summary and those it is set against that the data reaches. */
    summariesQuery,
    previousFilters,
    compared,
    // The parts that add detail to the summary may still be loading when the rest is ready.
    detailsPending: moversQuery.isPending || reasons.query.isPending,
    monthFilters,
    openReturns,
    flagged,
  };
}
