import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

/** Units sold per breakdown key and day, the day counted from the first forecast day (queries/forecast_sales.sql). */
export const forecastSalesQuery = new SqlQuery(
  'forecast_sales',
  z.object({ key: z.string().nullable(), day: z.number().int(), unitsSold: z.number().int() }),
);

/** Units sold per breakdown key and order month (queries/forecast_cohort_sales.sql). */
export const forecastCohortSalesQuery = new SqlQuery(
  'forecast_cohort_sales',
  z.object({ key: z.string().nullable(), cohortMonth: z.string(), unitsSold: z.number().int() }),
);
