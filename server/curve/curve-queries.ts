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
  }),
);
