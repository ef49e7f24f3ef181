import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

export const sliceKinds = ['sku', 'category', 'channel', 'region', 'carrier', 'carrier_region'] as const;
export type SliceKind = (typeof sliceKinds)[number];

const count = z.number().int();
const returnedLines = z.object({ reason: z.string(), lines: count, units: count });

const sliceKey = {
  slice: z.enum(sliceKinds),
  category: z.string().nullable(),
  value: z.string().nullable(),
  secondValue: z.string().nullable(),
};

export const sliceRowSchema = z.object({
  ...sliceKey,
  lines: count,
  units: count,
  returns: z.array(returnedLines.extend({ returnedValue: z.number(), netCost: z.number() })),
});
export type SliceRow = z.infer<typeof sliceRowSchema>;

export const sliceMonthsSchema = z.object({
  ...sliceKey,
  months: z.array(z.object({ month: z.string(), lines: count, units: count })),
  monthlyReturns: z.array(returnedLines.extend({ month: z.string() })),
});
export type SliceMonths = z.infer<typeof sliceMonthsSchema>;

export const causeCellsQuery = new SqlQuery('causes_cells', sliceRowSchema);

export const causeMonthlyQuery = new SqlQuery('causes_monthly', sliceMonthsSchema);

export const causeCurrencyQuery = new SqlQuery('causes_currency', z.object({ currency: z.string() }));
