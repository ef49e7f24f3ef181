import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

export const sliceKinds = ['sku', 'category', 'channel', 'region', 'carrier', 'carrier_region'] as const;
export type SliceKind = (typeof sliceKinds)[number];

const count = z.number().int();
const returnedLines = z.object({ reason: z.string(), lines: count, units: count });

export const sliceRowSchema = z.object({
  slice: z.enum(sliceKinds),
  category: z.string().nullable(),
  value: z.string().nullable(),
  secondValue: z.string().nullable(),
  lines: count,
  units: count,
  returns: z.array(returnedLines.extend({ returnedValue: z.number(), netCost: z.number() })),
  months: z.array(z.object({ month: z.string(), lines: count, units: count })),
  monthlyReturns: z.array(returnedLines.extend({ month: z.string() })),
});
export type SliceRow = z.infer<typeof sliceRowSchema>;

export const causeCellsQuery = new SqlQuery('causes_cells', sliceRowSchema);

export const causeCurrencyQuery = new SqlQuery('causes_currency', z.object({ currency: z.string() }));
