import { scopeParams, type MetricFilters } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';
import { nowcastSalesQuery } from './curve-queries.ts';
import { learntCohorts, type CurveBreakdown, type CurveMeasure } from './learnt-curves.ts';
import { nowcastMonths, nowcastSettings, type NowcastCohorts, type ProvisionalMonth } from './nowcast.ts';
import { CompleteCohorts } from './return-curve.ts';

/**
 * What the answer rests on, each said beside the chart (docs/metrics.md, "The nowcast"):
 * - curveFromCompleteCohorts: the curve is learnt from the cohorts whose window has closed;
 * - shopCurveShape: filters the curve does not keep (channel, region, outbound carrier, SKU,
 *   reason), or a category with too few complete cohorts of its own, take the shop's curve;
 * - ordersByUnitsCurve: orders with a return arrive as the units do (value has a curve of its own);
 * - interval: 80 %, from curves drawn over the cohorts and the chance in the returns to come;
 * - minimumShare: no estimate for a month with less than a tenth of its returns arrived.
 */
type Assumption = 'curveFromCompleteCohorts' | 'shopCurveShape' | 'ordersByUnitsCurve' | 'interval' | 'minimumShare';

/** Answers GET /api/metrics/nowcast: the trend's provisional months, completed by the return curve. */
export class NowcastService {
  constructor(
    private readonly db: Database,
    private readonly returnWindowDays: number,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * The curve a question is completed with: the category's when one is asked about and it has
   * enough complete cohorts of its own, else the shop's.
   */
  private async cohorts(filters: MetricFilters): Promise<{ cohorts: NowcastCohorts; learntFrom: 'category' | 'shop' }> {
    const { range } = await this.metrics.scope(filters);
    const load = (by: CurveBreakdown, measure: CurveMeasure) =>
      learntCohorts(this.db, range, this.returnWindowDays, { by, category: by === 'category' ? filters.category! : null, measure });
    const pick = async (by: CurveBreakdown, key: string | null): Promise<NowcastCohorts> => {
      const [units, value] = await Promise.all([load(by, 'acceptedUnits'), load(by, 'acceptedValue')]);
      return { units: units.get(key) ?? CompleteCohorts.from([]), value: value.get(key) ?? CompleteCohorts.from([]) };
    };
    if (filters.category) {
      const own = await pick('category', filters.category);
      if (own.units.size >= CompleteCohorts.minimum) return { cohorts: own, learntFrom: 'category' };
    }
    return { cohorts: await pick('total', null), learntFrom: 'shop' };
  }

  async nowcast(filters: MetricFilters) {
    // a request month is final once over: nothing more can be requested in it, and no curve is needed
    const [trend, learnt] = await Promise.all([this.metrics.trend(filters, 'month'), filters.basis === 'return' ? null : this.cohorts(filters)]);
    const settings = { interval: nowcastSettings.interval, draws: nowcastSettings.draws, minimumShare: nowcastSettings.minimumShare, minimumCohorts: CompleteCohorts.minimum };
    // ages are judged when the figures were counted, as the trend judges its months: the data's
    // end (the returns' while they lag), or an earlier requestedBy; never past what the data holds
    const asOf = trend.asOf;
    const answer = { period: trend.period, asOf, windowDays: trend.windowDays, settings };
    if (!learnt) return { ...answer, reason: 'requestBasis' as const, curve: null, assumptions: [], rows: [] };
    const { cohorts, learntFrom } = learnt;
    const curve = { learntFrom, cohorts: cohorts.units.size };
    if (!asOf || cohorts.units.size < CompleteCohorts.minimum) return { ...answer, reason: 'tooFewCohorts' as const, curve, assumptions: [], rows: [] };

    const open = trend.rows.filter((row) => !row.mature && row.unitsSold > 0);
    const firstDay = open[0] ? (open[0].month > trend.period.from ? open[0].month : trend.period.from) : null;
    const sales = firstDay ? await nowcastSalesQuery.run(this.db, scopeParams(filters, { from: firstDay, to: trend.period.to })) : [];
    const months: ProvisionalMonth[] = open.map((row) => ({ ...row, days: sales.filter((day) => day.month === row.month) }));
    const assumptions: Assumption[] = ['curveFromCompleteCohorts', 'ordersByUnitsCurve', 'interval', 'minimumShare'];
    const narrowerThanCurve = filters.channel || filters.region || filters.carrier || filters.sku || filters.reason || (filters.category && learntFrom === 'shop');
    if (narrowerThanCurve) assumptions.splice(1, 0, 'shopCurveShape');
    const rows = nowcastMonths(cohorts, months, asOf);
    // enough cohorts, yet none with an accepted unit or any value to learn a curve's shape from
    if (!rows) return { ...answer, reason: 'noCurve' as const, curve, assumptions: [], rows: [] };
    return { ...answer, reason: null, curve, assumptions, rows };
  }
}
