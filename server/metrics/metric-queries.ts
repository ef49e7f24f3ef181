import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

/** A rate or share, a fraction of its denominator: null when the denominator is 0. */
const rate = z.number().nullable();
/** Money: null when no return in scope carries its inputs (docs/metrics.md, "Figures the data cannot give"). */
const valueIfKnown = z.number().nullable();
/** A duration in fractional days: null when nothing was measured. */
const days = z.number().nullable();
/** A date (YYYY-MM-DD) or a timestamp (YYYY-MM-DDTHH:MM:SS), as the shop's wall clock wrote it. */
const dateText = z.string().nullable();
/** One cycle-time stage (null statistics when n = 0). */
const stage = z.object({
  p50: days,
  p90: days,
  p95: days,
  mean: days,
  n: z.number().int(),
});
const stages = { requestToReceived: stage, receivedToResolved: stage, requestToResolved: stage };

export const summaryValuesSchema = z.object({
  orders: z.number().int(),
  unitsSold: z.number().int(),
  grossSales: z.number(),
  returns: z.number().int(),
  ordersWithReturn: z.number().int(),
  unitsReturned: z.number().int(),
  returnedValue: z.number(),
  returnRateUnits: rate,
  returnRateOrders: rate,
  returnRateValue: rate,
  refundedValue: valueIfKnown,
  exchangedValue: valueIfKnown,
  storeCreditValue: valueIfKnown,
  retainedValue: valueIfKnown,
  retentionRate: rate,
  recoveredValue: valueIfKnown,
  returnShippingCost: valueIfKnown,
  netReturnCost: valueIfKnown,
  cycleDays: z.object(stages),
});

const dataRangeSchema = z.object({
  firstDate: dateText,
  lastDate: dateText,
  lastTimestamp: dateText,
  lastOrderDate: dateText,
  // the month of the first order (YYYY-MM-01); null without orders
  firstOrderMonth: dateText.optional(),
  learntWindowDays: days,
  learntWindowReturns: z.number().int(),
});
/**
 * What the data covers: its first date, its latest timestamp and the return window customers use;
 * `agesAt`, where set, the moment ages and maturity are judged at when it is not the latest
 * timestamp: the returns' end while they lag the orders (data-ends.ts); `ordersEnd`, where the
 * orders end (their latest order or delivery), which a returns export taken later runs past.
 */
export type DataRange = z.infer<typeof dataRangeSchema> & { agesAt?: string; ordersEnd?: string | null };

export const dataRangeQuery = new SqlQuery('data_range', dataRangeSchema);

/** Where each table ends and which import last brought it (data-ends.ts judges whether the returns lag). */
export const dataEndsQuery = new SqlQuery(
  'data_ends',
  z.object({ ordersEnd: z.string().nullable(), returnsEnd: z.string().nullable(), lastOrdersImport: z.number().int().nullable(), lastReturnsImport: z.number().int().nullable() }),
);

export const datasetOverviewQuery = new SqlQuery(
  'dataset_overview',
  z.object({
    orderLines: z.number().int(),
    returns: z.number().int(),
    currency: z.string().nullable(),
    currencies: z.array(z.string()),
    isDemo: z.boolean(),
    categories: z.array(z.string()),
    channels: z.array(z.string()),
    regions: z.array(z.string()),
    carriers: z.array(z.string()),
    reasons: z.array(z.string()),
    coverage: z.object({
      resolution: z.number().int(),
      refundAmount: z.number().int(),
      disposition: z.number().int(),
      recoveredValue: z.number().int(),
      shippingCost: z.number().int(),
      receivedAt: z.number().int(),
      resolvedAt: z.number().int(),
      reasonText: z.number().int(),
    }),
  }),
);

export const summaryQuery = new SqlQuery(
  'metrics_summary',
  summaryValuesSchema.extend({
    topReasons: z.array(z.object({ reason: z.string(), units: z.number().int(), share: rate })),
  }),
);

export const trendQuery = new SqlQuery(
  'metrics_trend',
  summaryValuesSchema.omit({ cycleDays: true, retentionRate: true }).extend({
    month: z.string(),
    requestToReceivedP50: days,
    requestToReceivedP90: days,
    receivedToResolvedP50: days,
    receivedToResolvedP90: days,
    requestToResolvedP50: days,
    requestToResolvedP90: days,
    windowClosesAt: z.string(),
    /** Requests all in: the return rates are final (docs/metrics.md "Maturity"). */
    mature: z.boolean(),
    /** Requests all in and no return still pending that may yet resolve: cycle times, refunds, retained, recovered and net cost are final. */
    resolutionsSettled: z.boolean(),
  }),
);

export const breakdownQuery = new SqlQuery(
  'metrics_breakdown',
  z.object({
    key: z.string().nullable(),
    unitsSold: z.number().int(),
    unitsSoldOpen: z.number().int(),
    unitsReturned: z.number().int(),
    returnRateUnits: rate,
    returnedValue: z.number(),
    grossSales: z.number(),
    returnRateValue: rate,
    topReason: z.string().nullable(),
    total: z.number().int(),
  }),
);

/** What came back within a month or category, over that key's sales: for all reasons, or for one. */
const returnedInKey = {
  returns: z.number().int(),
  unitsReturned: z.number().int(),
  returnedValue: z.number(),
  returnRateUnits: rate,
  returnRateValue: rate,
};

export const reasonsByKeyQuery = new SqlQuery(
  'reasons_by_key',
  z.object({
    key: z.string().nullable(),
    unitsSold: z.number().int(),
    grossSales: z.number(),
    ...returnedInKey,
    windowClosesAt: dateText,
    mature: z.boolean().nullable(),
    reasons: z.array(z.object({ reason: z.string(), ...returnedInKey })),
    total: z.number().int(),
  }),
);

export const importHistoryQuery = new SqlQuery(
  'import_history',
  z.object({
    importId: z.number().int(),
    kind: z.string(),
    source: z.string(),
    fileName: z.string(),
    mode: z.string(),
    startedAt: z.string(),
    rowsRead: z.number().int(),
    rowsImported: z.number().int(),
    rowsRejected: z.number().int(),
    isDemo: z.boolean(),
    /** The user who imported the file in team mode; null outside it and for the demo data. */
    importedBy: z.string().nullable(),
  }),
);

export const cycleTimesQuery = new SqlQuery(
  'cycle_times',
  z.object({
    isTotal: z.boolean(),
    key: z.string().nullable(),
    returns: z.number().int(),
    requestToReceived: stage.nullable(),
    receivedToResolved: stage.nullable(),
    requestToResolved: stage.nullable(),
    /** By category or carrier: each stage timed over returns that began it at least this many days before the moment counted at. */
    comparedOlderThan: z.object({ requestToReceived: z.number().nullable(), receivedToResolved: z.number().nullable(), requestToResolved: z.number().nullable() }).nullable(),
  }),
);

export const returnSlaQuery = new SqlQuery(
  'return_sla',
  z.object({
    isTotal: z.boolean(),
    month: dateText,
    received: z.number().int(),
    resolvedOnTime: z.number().int(),
    resolvedLate: z.number().int(),
    openLate: z.number().int(),
    openWithinSla: z.number().int(),
    breachRate: rate,
  }),
);

export const openReturnsQuery = new SqlQuery(
  'open_returns',
  z.object({
    returnId: z.string(),
    orderId: z.string(),
    sku: z.string(),
    category: z.string().nullable(),
    customerId: z.string().nullable(),
    reason: z.string(),
    reasonRaw: z.string().nullable(),
    quantity: z.number().int(),
    returnedValue: valueIfKnown,
    returnCarrier: z.string().nullable(),
    stage: z.enum(['awaiting_receipt', 'awaiting_resolution']),
    requestedAt: z.string(),
    receivedAt: dateText,
    ageDays: z.number(),
    daysSinceReceived: days,
    openReturns: z.number().int(),
    awaitingReceipt: z.number().int(),
    total: z.number().int(),
  }),
);

export const avoidableReturnsQuery = new SqlQuery(
  'avoidable_returns',
  z.object({
    isTotal: z.boolean(),
    key: z.string().nullable(),
    unitsSold: z.number().int(),
    unitsReturned: z.number().int(),
    returnRateUnits: rate,
    preventableUnits: z.number().int(),
    preventableValue: z.number(),
    preventableRate: rate,
    preventableShare: rate,
    groups: z.array(
      z.object({
        group: z.string(),
        preventable: z.boolean(),
        unitsReturned: z.number().int(),
        returnedValue: z.number(),
        returnRateUnits: rate,
      }),
    ),
    total: z.number().int(),
  }),
);

export const valueRecoveryQuery = new SqlQuery(
  'value_recovery',
  z.object({
    unitsReturned: z.number().int(),
    returnedValue: z.number(),
    exchangedValue: valueIfKnown,
    storeCreditValue: valueIfKnown,
    retainedValue: valueIfKnown,
    unsettledValue: valueIfKnown,
    refundedValue: valueIfKnown,
    retentionRate: rate,
    recoveredValue: valueIfKnown,
    recoveredByDisposition: z.array(z.object({ disposition: z.string(), units: z.number().int(), recoveredValue: valueIfKnown })),
    returnShippingCost: valueIfKnown,
    netReturnCost: valueIfKnown,
    grossSales: z.number(),
    netCostShareOfSales: rate,
    steps: z.array(
      z.object({
        step: z.enum(['returnedValue', 'retained', 'unsettled', 'refunded', 'recovered', 'returnShipping', 'netReturnCost']),
        disposition: z.string().nullable(),
        kind: z.enum(['total', 'change']),
        value: valueIfKnown,
      }),
    ),
  }),
);

export const repeatPurchaseQuery = new SqlQuery(
  'repeat_purchase',
  z.object({
    cohort: z.enum(['returned', 'not_returned']),
    resolution: z.string().nullable(),
    customers: z.number().int(),
    observed: z.number().int(),
    stillInWindow: z.number().int(),
    repurchased: z.number().int(),
    repurchaseRate: rate,
  }),
);

export const serialReturnersQuery = new SqlQuery(
  'serial_returners',
  z.object({
    isTotal: z.boolean(),
    customerId: z.string().nullable(),
    customers: z.number().int(),
    customersWithOrders: z.number().int().nullable(),
    orders: z.number().int().nullable(),
    unitsSold: z.number().int().nullable(),
    unitsReturned: z.number().int(),
    returnRateUnits: rate,
    refundedValue: valueIfKnown,
    shareOfUnitsReturned: rate,
    shareOfRefundedValue: rate,
  }),
);
