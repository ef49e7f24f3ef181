import { z } from 'zod';
import { metricFiltersShape, periodRunsForward } from '../metrics/metric-filters.ts';

/**
 * The simulator's own defaults, stated once: they are echoed in every answer (`inputs`) and in
 * docs/metrics.md, so no figure rests on a constant the reader cannot see. No fee and no exchange
 * push are today's policy; the elasticity is a guess for the user to change, not learnt from the
 * data (a shop's history holds no fee to learn it from).
 */
export const policyDefaults = {
  returnFee: 0,
  /** A fee of 10 % of the average returned item's price deters 5 % of returns. */
  feeElasticity: 0.5,
  exchangeShare: 0.25,
  bonusCreditRate: 0,
} as const;

export const policySimulationParams = z
  .object({
    ...metricFiltersShape,
    /** The window to simulate, in calendar days after delivery; the policy's own when absent. */
    windowDays: z.coerce.number().int().min(1).max(365).optional(),
    /** Money charged per return (paid return shipping or a restocking fee), in the data's currency. */
    returnFee: z.coerce.number().min(0).max(1_000_000).default(policyDefaults.returnFee),
    /** The share of returns deterred per unit of fee relative to the average returned item's price. */
    feeElasticity: z.coerce.number().min(0).max(100).default(policyDefaults.feeElasticity),
    /** The share of refunds that would become exchanges or store credit. */
    exchangeShare: z.coerce.number().min(0).max(1).default(policyDefaults.exchangeShare),
    /** Extra store credit offered on those, as a share of the refund (a 10 % bonus: 0.1). */
    bonusCreditRate: z.coerce.number().min(0).max(1).default(policyDefaults.bonusCreditRate),
  })
  .refine(...periodRunsForward);

export type PolicyInputs = Pick<z.infer<typeof policySimulationParams>, 'windowDays' | 'returnFee' | 'feeElasticity' | 'exchangeShare' | 'bonusCreditRate'>;
