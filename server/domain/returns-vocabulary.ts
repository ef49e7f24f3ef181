// The canonical codes (docs/design.md, "The data model"). Raw texts are always kept beside them;
// these are what metrics group by and what the web app translates.

export const reasonGroups = {
  fit_description: ['size_too_small', 'size_too_large', 'not_as_described'],
  quality: ['defective'],
  logistics: ['damaged_in_transit', 'wrong_item', 'late_delivery'],
  customer: ['changed_mind', 'better_price', 'other'],
} as const;

export type ReasonGroup = keyof typeof reasonGroups;
export type Reason = (typeof reasonGroups)[ReasonGroup][number];

export const reasons = Object.values(reasonGroups).flat() as Reason[];

/** Every group but the customer's could have been prevented by the seller. */
export const preventableGroups: readonly ReasonGroup[] = ['fit_description', 'quality', 'logistics'];

export function groupOfReason(reason: Reason): ReasonGroup {
  return (Object.keys(reasonGroups) as ReasonGroup[]).find((g) => (reasonGroups[g] as readonly string[]).includes(reason))!;
}

/**
 * `unknown`: the file said nothing of how the return ended (no resolution and no refund column, as
 * in a combined file with only a returned flag). Such a return is neither open nor refunded.
 */
export const resolutions = ['refund', 'exchange', 'store_credit', 'rejected', 'pending', 'unknown'] as const;
export type Resolution = (typeof resolutions)[number];

export const dispositions = ['restock', 'refurbish', 'resell', 'liquidate', 'recycle', 'dispose', 'return_to_vendor'] as const;
export type Disposition = (typeof dispositions)[number];
