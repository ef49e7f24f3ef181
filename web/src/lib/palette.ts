import { groupOfReason, isReason, reasonGroups, type ReasonGroup } from './reasons.ts';

// One colour per meaning, the same on every page: a reader who learns that teal is
// "exchange" on one chart can trust it on the next.

export const resolutionColors = {
  refund: '#d0573b',
  exchange: '#23828f',
  storeCredit: '#7b6fd0',
  recovered: '#1f8a4c',
} as const;

export const returnRateColors = {
  units: '#2b63c0',
  orders: '#9a5bb5',
  value: '#c0841a',
} as const;

export const cycleStageColors = {
  requestToResolved: '#2f4a66',
  requestToResolvedP90: '#8aa1b9',
  requestToReceived: '#b0652e',
  receivedToResolved: '#5d8c3a',
} as const;

/** Returns the seller could have prevented (any group but the customer's) against the customer's own. */
export const preventableColors = {
  preventable: '#b4462b',
  customer: '#7b8595',
} as const;

/** The waterfall's steps that have no resolution colour of their own. */
export const valueStepColors = {
  unsettled: '#7b8595',
  shipping: '#b0652e',
  netCost: '#1f2933',
} as const;

/** Received returns against the SLA: on time, late, still open and already late, still open within it. */
export const slaColors = {
  resolvedOnTime: '#2f8a55',
  resolvedLate: '#d0573b',
  openLate: '#8f1d1d',
  openWithinSla: '#7b8595',
} as const;

/** Neutral for a metric with no meaning colour of its own (sparklines, single series). */
export const neutralColor = '#52606d';

/** Lines that are ranked, not meant (the return curve's shop line, then its largest categories). */
export const rankedLineColors = ['#1f2933', '#2b63c0', '#c0841a', '#23828f', '#9a5bb5'] as const;

// Each group has a hue and its reasons are shades of it, darkest first. The customer group,
// which the seller cannot prevent, is grey so the preventable groups stand out.
const reasonGroupShades: Record<ReasonGroup, readonly string[]> = {
  fit_description: ['#4f3596', '#7559c0', '#a08ad8'],
  quality: ['#b0284a'],
  logistics: ['#a8500e', '#d77626', '#eda45c'],
  customer: ['#4b5563', '#7b8595', '#a9b2be'],
};

export function reasonColor(code: string): string {
  if (!isReason(code)) return neutralColor;
  const group = groupOfReason(code);
  const shade = (reasonGroups[group] as readonly string[]).indexOf(code);
  return reasonGroupShades[group][shade]!;
}

/** A group's own hue, for legends that name the group rather than one reason. */
export function reasonGroupColor(group: ReasonGroup): string {
  return reasonGroupShades[group][0]!;
}

/**
 * The keys of a breakdown drawn as several lines on one chart (the return forecast per category or
 * carrier): they have no meaning colour of their own, so they take these in the answer's order.
 */
export const breakdownKeyColors = ['#2f4a66', '#c0841a', '#23828f', '#9a5bb5', '#b4462b', '#5d8c3a', '#7b8595', '#d77626'] as const;
