import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

const rate = z.number().nullable();
const percentiles = z.object({ p50: z.number().nullable(), p90: z.number().nullable(), n: z.number().int() });

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
  refundedValue: z.number(),
  exchangedValue: z.number(),
  storeCreditValue: z.number(),
  retainedValue: z.number(),
  retentionRate: rate,
  recoveredValue: z.number(),
  returnShippingCost: z.number(),
  netReturnCost: z.number(),
  cycleDays: z.object({ requestToReceived: percentiles, receivedToResolved: percentiles, requestToResolved: percentiles }),
});

export const dataRangeQuery = new SqlQuery(
  'data_range',
  z.object({ firstDate: z.string().nullable(), lastDate: z.string().nullable(), lastTimestamp: z.string().nullable() }),
);

export const datasetOverviewQuery = new SqlQuery(
  'dataset_overview',
  z.object({
    orderLines: z.number().int(),
    returns: z.number().int(),
    currency: z.string().nullable(),
    isDemo: z.boolean(),
    categories: z.array(z.string()),
    channels: z.array(z.string()),
    regions: z.array(z.string()),
    carriers: z.array(z.string()),
    reasons: z.array(z.string()),
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
    requestToReceivedP50: rate,
    requestToReceivedP90: rate,
    receivedToResolvedP50: rate,
    receivedToResolvedP90: rate,
    requestToResolvedP50: rate,
    requestToResolvedP90: rate,
    mature: z.boolean(),
  }),
);

export const breakdownQuery = new SqlQuery(
  'metrics_breakdown',
  z.object({
    key: z.string().nullable(),
    unitsSold: z.number().int(),
    unitsReturned: z.number().int(),
    returnRateUnits: rate,
    returnedValue: z.number(),
    grossSales: z.number(),
    returnRateValue: rate,
    topReason: z.string().nullable(),
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
  }),
);
