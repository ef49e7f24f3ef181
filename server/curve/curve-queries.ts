import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

/** The return curve's counts per breakdown key, complete cohort and day after the order (queries/return_curve.sql). */
export const returnCurveQuery = new SqlQuery(
  'return_curve',
  z.object({
    key: z.string().nullable(),
    cohortMonth: z.string(),
    day: z.number().int(),
    returns: z.number().int(),
    units: z.number().int(),
    acceptedUnits: z.number().int(),
    acceptedValue: z.number(),
  }),
);

/** Units, sales value and orders per order day of the provisional months (queries/nowcast_sales.sql). */
export const nowcastSalesQuery = new SqlQuery(
  'nowcast_sales',
  z.object({ day: z.string(), month: z.string(), unitsSold: z.number(), grossSales: z.number(), orders: z.number() }),
);
