// What an alert rule is: one schema per kind, in one discriminated union, so that a rule read back
// from the database, sent to the API or built by a test is checked the same way (docs/metrics.md,
// "Alerts"). Every setting has a default a manager can leave alone.
import { z } from 'zod';
import { reasons } from '../domain/returns-vocabulary.ts';

const segmentValue = z.string().trim().min(1).max(200).optional();

/** The lines a rule watches: the standard filters' dimensions; none given, the whole shop. */
export const segmentShape = z
  .object({ category: segmentValue, channel: segmentValue, region: segmentValue, carrier: segmentValue, sku: segmentValue })
  .strict()
  .default({});
export type Segment = z.infer<typeof segmentShape>;

const reason = z.enum(reasons as [string, ...string[]]);
const share = z.number().gt(0).lt(1);
/** The days the window holds, ending on the data's latest day. */
const windowDays = z.number().int().min(7).max(365).default(30);
/** Fewer units in the window (sold, or returned for a share): no verdict. */
const minUnits = z.number().int().min(1).max(1_000_000).default(30);
/** The false-discovery rate of the cause finder's correction: stricter than the page's 0.05, since a rule is judged again at every check. */
const findingsFalseDiscoveryRate = z.number().gt(0).max(0.2).default(0.01);

const common = {
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  /** Where it goes besides the inbox, which always has it. */
  channels: z.array(z.enum(['webhook', 'email'])).max(2).default([]).transform((channels) => [...new Set(channels)]),
};

/** A segment's unit return rate (or one reason's rate) or a reason's share of its returns, above a set level. */
const thresholdRule = z
  .object({
    ...common,
    kind: z.literal('threshold'),
    segment: segmentShape,
    measure: z.enum(['returnRate', 'reasonShare']).default('returnRate'),
    /** For `reasonShare`, the reason; for `returnRate`, that reason's returns only (optional). */
    reason: reason.optional(),
    threshold: share,
    windowDays,
    /** Fewer units sold (returnRate) or returned (reasonShare) in the window: no verdict. */
    minUnits,
  })
  .refine((r) => r.measure !== 'reasonShare' || r.reason !== undefined, { message: 'a reason share needs a reason', path: ['reason'] });

/**
 * The suspects the cause finder tries (server/causes/suspects.ts): one SKU, channel, region or
 * carrier, a carrier in a region, or a channel with a category.
 */
const suspectValues = z
  .object({ sku: segmentValue, category: segmentValue, channel: segmentValue, region: segmentValue, carrier: segmentValue })
  .strict()
  .refine(
    (v) => {
      const given = Object.entries(v).filter(([, value]) => value !== undefined).map(([key]) => key).sort().join('+');
      return ['sku', 'channel', 'region', 'carrier', 'carrier+region', 'category+channel'].includes(given);
    },
    { message: 'name one SKU, channel, region or carrier, a carrier with a region, or a category with a channel' },
  );

/** The cause finder finds the segment above its baseline, significantly (its own test and correction). */
const aboveBaselineRule = z.object({
  ...common,
  kind: z.literal('above_baseline'),
  segment: suspectValues,
  /** That reason's rate instead of the return rate. */
  reason: reason.optional(),
  windowDays,
  q: findingsFalseDiscoveryRate,
  minUnits,
});

/** Any finding of the cause finder that was not there at the last check. */
const newFindingRule = z.object({
  ...common,
  kind: z.literal('new_finding'),
  windowDays,
  q: findingsFalseDiscoveryRate,
  minUnits,
});

/** More open returns than `maxOpen` have been waiting longer than the SLA since they were received. */
const openPastSlaRule = z.object({
  ...common,
  kind: z.literal('open_past_sla'),
  segment: segmentShape,
  slaDays: z.number().positive().max(365).default(7),
  maxOpen: z.number().int().min(0).max(10_000_000).default(0),
});

/** The 90th percentile of a stage's days, over the returns requested in the window, above `maxDays`. */
const cycleP90Rule = z.object({
  ...common,
  kind: z.literal('cycle_p90'),
  segment: segmentShape,
  stage: z.enum(['requestToReceived', 'receivedToResolved', 'requestToResolved']).default('requestToResolved'),
  maxDays: z.number().positive().max(365),
  windowDays,
  /** Fewer returns with both timestamps: no verdict. */
  minReturns: z.number().int().min(1).max(1_000_000).default(20),
});

/** Where the current order month is expected to close (the nowcast), above a set rate. */
const nowcastRule = z.object({
  ...common,
  kind: z.literal('nowcast'),
  segment: segmentShape,
  threshold: share,
  minUnits,
});

export const alertRuleSchema = z.discriminatedUnion('kind', [thresholdRule, aboveBaselineRule, newFindingRule, openPastSlaRule, cycleP90Rule, nowcastRule]);

export type AlertRule = z.infer<typeof alertRuleSchema>;
export type AlertRuleInput = z.input<typeof alertRuleSchema>;
export type AlertRuleKind = AlertRule['kind'];
export type RuleOfKind<Kind extends AlertRuleKind> = Extract<AlertRule, { kind: Kind }>;

/** A stored rule: its definition and its id. */
export type StoredRule = AlertRule & { id: number; createdAt: string; updatedAt: string };

/**
 * The rules the false-alert count runs on noise shops (npm run backtest:alerts): what a shop that
 * sets no rule of its own would want to hear about, any new cause.
 */
export const defaultRuleSet: AlertRuleInput[] = [{ name: 'Causas nuevas', kind: 'new_finding' }];
