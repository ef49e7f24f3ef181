import { z } from 'zod';
import { SqlQuery } from '../store/sql-query.ts';

/** The returns in scope per category and in all, and those a window would have refused (queries/policy_window.sql). */
export const policyWindowQuery = new SqlQuery(
  'policy_window',
  z.object({
    isTotal: z.boolean(),
    category: z.string().nullable(),
    returns: z.number().int(),
    acceptedReturns: z.number().int(),
    unitsReturned: z.number().int(),
    returnedValue: z.number(),
    /** Null when no return in scope says how it ended: refunds unknown, not 0. */
    refundedValue: z.number().nullable(),
    returnsWithoutDate: z.number().int(),
    agedFromOrder: z.number().int(),
    outsideReturns: z.number().int(),
    outsideUnits: z.number().int(),
    outsideReturnedValue: z.number(),
    outsideRefundedValue: z.number().nullable(),
  }),
);

/** The returns in scope per category and calendar day after delivery (queries/delivery_curve.sql). */
export const deliveryCurveQuery = new SqlQuery(
  'delivery_curve',
  z.object({
    category: z.string().nullable(),
    day: z.number().int(),
    returns: z.number().int(),
  }),
);
