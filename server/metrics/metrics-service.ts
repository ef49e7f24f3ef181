import type { z } from 'zod';
import type { Database } from '../store/database.ts';
import {
  breakdownQuery,
  dataRangeQuery,
  datasetOverviewQuery,
  summaryQuery,
  summaryValuesSchema,
  trendQuery,
} from './metric-queries.ts';
import { previousPeriod, yearEarlierPeriod, type Dimension, type MetricFilters, type Period } from './metric-filters.ts';

type SummaryValues = z.infer<typeof summaryValuesSchema>;
export type Comparison = 'previous' | 'year';
export type Change = { absolute: number | null; relative: number | null };

export interface BreakdownOptions {
  by: Dimension;
  sort: 'key' | 'unitsSold' | 'unitsReturned' | 'returnRateUnits' | 'returnedValue' | 'grossSales' | 'returnRateValue';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  search?: string;
}

/** The KPIs a comparison reports on: every top-level figure plus the cycle-time percentiles. */
function comparableFigures(values: SummaryValues): Record<string, number | null> {
  const { cycleDays, ...figures } = values;
  const flat: Record<string, number | null> = { ...figures };
  for (const [stage, p] of Object.entries(cycleDays)) {
    flat[`${stage}P50`] = p.p50;
    flat[`${stage}P90`] = p.p90;
  }
  return flat;
}

function changesBetween(current: SummaryValues, earlier: SummaryValues): Record<string, Change> {
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

/** Answers the metrics routes: resolves the period, binds the filters, runs the queries. */
export class MetricsService {
  constructor(
    private readonly db: Database,
    private readonly returnWindowDays: number,
  ) {}

  async dataRange() {
    const [range] = await dataRangeQuery.run(this.db);
    return range!;
  }

  /** A missing end of the period defaults to the data's own first or last date. */
  async resolvePeriod(filters: MetricFilters): Promise<Period> {
    if (filters.from && filters.to) return { from: filters.from, to: filters.to };
    const range = await this.dataRange();
    const to = filters.to ?? range.lastDate ?? filters.from ?? '1970-01-01';
    const from = filters.from ?? range.firstDate ?? to;
    return { from: from <= to ? from : to, to };
  }

  /** Every standard filter, bound explicitly: an absent one is NULL, which the scope macros read as "any". */
  private params(filters: MetricFilters, period: Period) {
    return {
      from: period.from,
      to: period.to,
      basis: filters.basis,
      category: filters.category ?? null,
      channel: filters.channel ?? null,
      region: filters.region ?? null,
      carrier: filters.carrier ?? null,
      sku: filters.sku ?? null,
      reason: filters.reason ?? null,
    };
  }

  async summary(filters: MetricFilters, compare?: Comparison) {
    const period = await this.resolvePeriod(filters);
    const [current] = await summaryQuery.run(this.db, this.params(filters, period));
    const result = { period: { ...period, basis: filters.basis }, ...current! };
    if (!compare) return result;
    const earlierPeriod = compare === 'previous' ? previousPeriod(period) : yearEarlierPeriod(period);
    const [earlier] = await summaryQuery.run(this.db, this.params(filters, earlierPeriod));
    const { topReasons: _earlierReasons, ...values } = earlier!;
    return {
      ...result,
      comparison: { kind: compare, period: { ...earlierPeriod, basis: filters.basis }, values, changes: changesBetween(current!, values) },
    };
  }

  async trend(filters: MetricFilters) {
    const period = await this.resolvePeriod(filters);
    const { lastTimestamp } = await this.dataRange();
    const rows = await trendQuery.run(this.db, {
      ...this.params(filters, period),
      windowDays: this.returnWindowDays,
      lastTimestamp: lastTimestamp ?? `${period.to}T00:00:00`,
    });
    return { grain: 'month' as const, period: { ...period, basis: filters.basis }, returnWindowDays: this.returnWindowDays, rows };
  }

  async breakdown(filters: MetricFilters, options: BreakdownOptions) {
    const period = await this.resolvePeriod(filters);
    const rows = await breakdownQuery.run(this.db, { ...this.params(filters, period), ...options, search: options.search ?? null });
    return {
      by: options.by,
      period: { ...period, basis: filters.basis },
      total: rows[0]?.total ?? 0,
      rows: rows.map(({ total: _total, ...row }) => row),
    };
  }

  async dataset() {
    const [overview] = await datasetOverviewQuery.run(this.db);
    const range = await this.dataRange();
    const { categories, channels, regions, carriers, reasons, ...sizes } = overview!;
    return {
      ...sizes,
      empty: sizes.orderLines === 0 && sizes.returns === 0,
      ...range,
      dimensions: { category: categories, channel: channels, region: regions, carrier: carriers, reason: reasons },
    };
  }
}
