import { countedAt, scopeParams } from '../metrics/metric-filters.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';
import { csvLine } from './csv-cells.ts';
import type { CycleHistogramParams, OrderLineRowsParams, ProductRowsParams, ReturnRowsParams } from './row-filters.ts';
import { cycleHistogramQuery, orderLineRowsQuery, productRowsQuery, returnRowsQuery } from './row-queries.ts';

type Page = { limit: number; offset: number };

/** The CSV columns of each kind: the data model's names, in the order a person reads a row. */
const returnColumns = [
  ['return_id', 'returnId'], ['order_id', 'orderId'], ['sku', 'sku'], ['product_name', 'productName'],
  ['category', 'category'], ['customer_id', 'customerId'], ['quantity', 'quantity'], ['reason', 'reason'],
  ['reason_raw', 'reasonRaw'], ['reason_group', 'reasonGroup'], ['ordered_at', 'orderedAt'],
  ['requested_at', 'requestedAt'], ['received_at', 'receivedAt'], ['resolved_at', 'resolvedAt'],
  ['resolution', 'resolution'], ['amount', 'amount'], ['returned_value', 'returnedValue'],
  ['disposition', 'disposition'], ['recovered_value', 'recoveredValue'], ['shipping_cost', 'shippingCost'],
  ['return_carrier', 'returnCarrier'], ['order_carrier', 'orderCarrier'], ['channel', 'channel'], ['region', 'region'],
  ['days_request_to_resolved', 'daysRequestToResolved'], ['age_days', 'ageDays'],
] as const;

const orderLineColumns = [
  ['order_id', 'orderId'], ['line_no', 'lineNo'], ['ordered_at', 'orderedAt'], ['customer_id', 'customerId'],
  ['sku', 'sku'], ['product_name', 'productName'], ['category', 'category'], ['variant', 'variant'],
  ['quantity', 'quantity'], ['unit_price', 'unitPrice'], ['line_value', 'lineValue'], ['currency', 'currency'],
  ['channel', 'channel'], ['region', 'region'], ['country', 'country'], ['carrier', 'carrier'],
  ['delivered_at', 'deliveredAt'], ['units_returned', 'unitsReturned'],
] as const;

/** Rows are fetched for the CSV this many at a time, so a large export never sits whole in memory. */
const exportChunk = 5_000;
/** More than a spreadsheet opens (1,048,576 rows); an export stops there. */
export const exportRowLimit = 1_000_000;

/** Answers the drill-down: the rows behind a figure, with the figure's own filters. */
export class RowsService {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
  ) {}

  private async scope(filters: ReturnRowsParams | OrderLineRowsParams | ProductRowsParams) {
    const { period, range, params } = await this.filterParams(filters);
    return { period, range, params: { ...params, search: filters.search ?? null, sort: filters.sort, order: filters.order } };
  }

  /** The metrics filters, bound as the scope macros read them: an absent one is NULL, "any". */
  private async filterParams(filters: CycleHistogramParams | ReturnRowsParams | OrderLineRowsParams | ProductRowsParams) {
    const { period, range } = await this.metrics.scope(filters);
    return { period: { ...period, basis: filters.basis }, range, params: scopeParams(filters, period) };
  }

  private async returnParams(filters: ReturnRowsParams) {
    const { period, range, params } = await this.scope(filters);
    return {
      period,
      params: {
        ...params,
        resolution: filters.resolution ?? null,
        disposition: filters.disposition ?? null,
        reasonGroup: filters.reasonGroup ?? null,
        preventable: filters.preventable ?? null,
        customer: filters.customer ?? null,
        openOnly: filters.open,
        daysOf: filters.daysOf ?? null,
        minDays: filters.minDays,
        maxDays: filters.maxDays ?? null,
        lastTimestamp: countedAt(range, period, filters),
      },
    };
  }

  private async orderLineParams(filters: OrderLineRowsParams) {
    const { period, params } = await this.scope(filters);
    return { period, params: { ...params, customer: filters.customer ?? null, withReturns: filters.withReturns } };
  }

  async returns(filters: ReturnRowsParams) {
    const { period, params } = await this.returnParams(filters);
    const found = await returnRowsQuery.run(this.db, { ...params, limit: filters.limit, offset: filters.offset });
    const first = found[0];
    return {
      kind: 'returns' as const,
      period,
      total: first?.total ?? 0,
      totals: { units: first?.totalUnits ?? 0, returnedValue: first?.totalReturnedValue ?? 0 },
      rows: found.map(({ total: _t, totalUnits: _u, totalReturnedValue: _v, ...row }) => row),
    };
  }

  async orderLines(filters: OrderLineRowsParams) {
    const { period, params } = await this.orderLineParams(filters);
    const found = await orderLineRowsQuery.run(this.db, { ...params, limit: filters.limit, offset: filters.offset });
    const first = found[0];
    return {
      kind: 'orderLines' as const,
      period,
      total: first?.total ?? 0,
      totals: { units: first?.totalUnits ?? 0, value: first?.totalValue ?? 0 },
      rows: found.map(({ total: _t, totalUnits: _u, totalValue: _v, ...row }) => row),
    };
  }

  async products(filters: ProductRowsParams) {
    const { period, range, params } = await this.scope(filters);
    const found = await productRowsQuery.run(this.db, {
      ...params,
      openFrom: this.metrics.firstMonthCollecting(filters, range, period),
      flaggedOnly: filters.flagged,
      minUnits: filters.minUnits,
      minLift: filters.minLift,
      limit: filters.limit,
      offset: filters.offset,
    });
    return {
      period,
      thresholds: { minUnits: filters.minUnits, minLift: filters.minLift },
      total: found[0]?.total ?? 0,
      flaggedTotal: found[0]?.flaggedTotal ?? 0,
      rows: found.map(({ total: _t, flaggedTotal: _f, ...row }) => row),
    };
  }

  /** How one stage's durations are spread: bins of whole days, and the n, p50 and p90 behind them. */
  async cycleHistogram(filters: CycleHistogramParams) {
    const { period, params } = await this.filterParams(filters);
    const bins = await cycleHistogramQuery.run(this.db, { ...params, stage: filters.stage, maxBins: filters.maxBins });
    const first = bins[0];
    return {
      period,
      stage: filters.stage,
      n: first?.n ?? 0,
      p50: first?.p50 ?? null,
      p90: first?.p90 ?? null,
      bins: bins.map(({ fromDays, toDays, returns }) => ({ fromDays, toDays, returns })),
    };
  }

  /** The returns CSV, a chunk of lines at a time, header first. */
  async *returnsCsv(filters: ReturnRowsParams): AsyncGenerator<string> {
    const { params } = await this.returnParams(filters);
    yield* this.csvChunks(returnColumns, (limit, offset) => returnRowsQuery.run(this.db, { ...params, limit, offset }));
  }

  async *orderLinesCsv(filters: OrderLineRowsParams): AsyncGenerator<string> {
    const { params } = await this.orderLineParams(filters);
    yield* this.csvChunks(orderLineColumns, (limit, offset) => orderLineRowsQuery.run(this.db, { ...params, limit, offset }));
  }

  private async *csvChunks<Row extends Record<string, unknown>>(
    columns: readonly (readonly [string, keyof Row & string])[],
    fetchPage: (limit: number, offset: number) => Promise<Row[]>,
  ): AsyncGenerator<string> {
    // A byte-order mark, so Excel opens accented text (Córdoba, Lámpara) as UTF-8.
    yield `\uFEFF${csvLine(columns.map(([header]) => header))}`;
    for (let offset = 0; offset < exportRowLimit; offset += exportChunk) {
      const page: Page = { limit: Math.min(exportChunk, exportRowLimit - offset), offset };
      const rows = await fetchPage(page.limit, page.offset);
      if (rows.length > 0) yield rows.map((row) => csvLine(columns.map(([, key]) => row[key]))).join('');
      if (rows.length < page.limit) return;
    }
  }
}
