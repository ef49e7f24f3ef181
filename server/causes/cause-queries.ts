import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

export const sliceKinds = ['sku', 'category', 'channel', 'region', 'carrier', 'carrier_region'] as const;
export type SliceKind = (typeof sliceKinds)[number];

const count = z.number().int();
const returnedLines = z.object({ reason: z.string(), lines: count, units: count });

/** Which slice a row is, as the queries key it; flattened into the row. */
const sliceKey = z.object({
  slice: z.enum(sliceKinds),
  category: z.string().nullable(),
  value: z.string().nullable(),
  secondValue: z.string().nullable(),
});
const flattenKey = <Row extends { key: z.infer<typeof sliceKey> }>({ key, ...rest }: Row) => ({ ...key, ...rest });

/** A slice over the period, by stratum of return age (queries/causes_cells.sql); money is read here only. */
export const sliceRowSchema = z
  .object({
    key: sliceKey,
    lines: count,
    units: count,
    strata: z.array(z.object({ stratum: z.string(), lines: count, units: count })),
    strataReturns: z.array(returnedLines.extend({ stratum: z.string(), returnedValue: z.number(), netCost: z.number() })),
  })
  .transform(flattenKey);
export type SliceRow = z.output<typeof sliceRowSchema>;

/** A slice month by month (queries/causes_monthly.sql). */
export const sliceMonthsSchema = z
  .object({
    key: sliceKey,
    months: z.array(z.object({ month: z.string(), lines: count, units: count })),
    monthlyReturns: z.array(returnedLines.extend({ month: z.string() })),
  })
  .transform(flattenKey);
export type SliceMonths = z.output<typeof sliceMonthsSchema>;

export const causeCellsQuery = new SqlQuery('causes_cells', sliceRowSchema);

export const causeMonthlyQuery = new SqlQuery('causes_monthly', sliceMonthsSchema);

/** The currency the money is in: null when several are added unconverted (queries/causes_currency.sql). */
export const causeCurrencyQuery = new SqlQuery('causes_currency', z.object({ currency: z.string().nullable(), currencies: z.array(z.string()) }));

/** Whether the net cost of returns is known in scope (queries/causes_net_cost_known.sql). */
export const causeNetCostKnownQuery = new SqlQuery('causes_net_cost_known', z.object({ known: z.boolean() }));
