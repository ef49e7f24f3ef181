// The rule form's fields as the person types them (text, a percent, one dimension and its value),
// and the rule the API takes: one form for every kind, each showing the fields its kind reads.
import type { RuleInput, StoredRule } from './use-alerts.ts';

export const ruleKinds = ['threshold', 'above_baseline', 'new_finding', 'open_past_sla', 'cycle_p90', 'nowcast'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export const segmentDimensions = ['whole', 'sku', 'category', 'channel', 'region', 'carrier'] as const;
export type SegmentDimension = (typeof segmentDimensions)[number];
/** What the cause finder tries on its own: a rule above the baseline names one of these. */
export const suspectDimensions = ['sku', 'channel', 'region', 'carrier'] as const;

export const cycleStages = ['requestToResolved', 'requestToReceived', 'receivedToResolved'] as const;

export interface RuleDraft {
  name: string;
  kind: RuleKind;
  dimension: SegmentDimension;
  value: string;
  measure: 'returnRate' | 'reasonShare';
  /** '' for none. */
  reason: string;
  thresholdPercent: string;
  windowDays: string;
  slaDays: string;
  maxOpen: string;
  maxDays: string;
  stage: (typeof cycleStages)[number];
  channels: Array<'webhook' | 'email'>;
  enabled: boolean;
}

export const emptyDraft: RuleDraft = {
  name: '',
  kind: 'threshold',
  dimension: 'whole',
  value: '',
  measure: 'returnRate',
  reason: '',
  thresholdPercent: '15',
  windowDays: '30',
  slaDays: '7',
  maxOpen: '0',
  maxDays: '10',
  stage: 'requestToResolved',
  channels: [],
  enabled: true,
};

/** Which fields each kind reads. */
export const fieldsOf: Record<RuleKind, ReadonlyArray<'segment' | 'measure' | 'reason' | 'threshold' | 'windowDays' | 'slaDays' | 'maxOpen' | 'maxDays' | 'stage'>> = {
  threshold: ['segment', 'measure', 'reason', 'threshold', 'windowDays'],
  above_baseline: ['segment', 'reason', 'windowDays'],
  new_finding: ['windowDays'],
  open_past_sla: ['segment', 'slaDays', 'maxOpen'],
  cycle_p90: ['segment', 'stage', 'maxDays', 'windowDays'],
  nowcast: ['segment', 'threshold'],
};

const num = (text: string) => Number(text.replace(',', '.'));

export function ruleFromDraft(draft: RuleDraft): RuleInput {
  const dimension = draft.kind === 'above_baseline' && draft.dimension === 'whole' ? 'sku' : draft.dimension;
  const segment = dimension === 'whole' || draft.value.trim() === '' ? {} : { [dimension]: draft.value.trim() };
  const common = { name: draft.name.trim(), enabled: draft.enabled, channels: draft.channels };
  const reason = draft.reason === '' ? undefined : draft.reason;
  const threshold = num(draft.thresholdPercent) / 100;
  const windowDays = num(draft.windowDays);
  switch (draft.kind) {
    case 'threshold':
      return { ...common, kind: 'threshold', segment, measure: draft.measure, reason, threshold, windowDays } as RuleInput;
    case 'above_baseline':
      return { ...common, kind: 'above_baseline', segment, reason, windowDays } as RuleInput;
    case 'new_finding':
      return { ...common, kind: 'new_finding', windowDays } as RuleInput;
    case 'open_past_sla':
      return { ...common, kind: 'open_past_sla', segment, slaDays: num(draft.slaDays), maxOpen: num(draft.maxOpen) } as RuleInput;
    case 'cycle_p90':
      return { ...common, kind: 'cycle_p90', segment, stage: draft.stage, maxDays: num(draft.maxDays), windowDays } as RuleInput;
    case 'nowcast':
      return { ...common, kind: 'nowcast', segment, threshold } as RuleInput;
  }
}

/**
 * A stored rule back into the form; a segment of two dimensions (a pair, set through the API) shows
 * its first, and `editedRule` keeps the pair while that first is left as it was.
 */
export function draftFromRule(rule: StoredRule): RuleDraft {
  const segment = 'segment' in rule ? (rule.segment as Record<string, string | undefined>) : {};
  const [dimension, value] = Object.entries(segment).find(([, v]) => v !== undefined) ?? ['whole', ''];
  const read = rule as Partial<Record<string, unknown>>;
  const text = (key: string, fallback: string) => (typeof read[key] === 'number' ? String(read[key]) : fallback);
  return {
    ...emptyDraft,
    name: rule.name,
    kind: rule.kind,
    enabled: rule.enabled,
    channels: [...rule.channels],
    dimension: dimension as SegmentDimension,
    value: value ?? '',
    measure: rule.kind === 'threshold' ? rule.measure : 'returnRate',
    reason: typeof read.reason === 'string' ? read.reason : '',
    thresholdPercent: typeof read.threshold === 'number' ? String(Math.round(read.threshold * 10_000) / 100) : emptyDraft.thresholdPercent,
    windowDays: text('windowDays', emptyDraft.windowDays),
    slaDays: text('slaDays', emptyDraft.slaDays),
    maxOpen: text('maxOpen', emptyDraft.maxOpen),
    maxDays: text('maxDays', emptyDraft.maxDays),
    stage: rule.kind === 'cycle_p90' ? rule.stage : emptyDraft.stage,
  };
}

/** A stored rule's definition, as the API takes it back: what the form does not show (q, minUnits) kept. */
export function definitionOf(rule: StoredRule): RuleInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...definition } = rule;
  return definition as RuleInput;
}

/**
 * The form's rule over the stored one it edits: settings the form does not show stay as they were,
 * unless the kind changed. The form shows one dimension of a segment: the stored segment (a pair)
 * stays while the shown dimension and value are unchanged, so saving a rule does not drop its second.
 */
export function editedRule(draft: RuleDraft, stored: StoredRule | null): RuleInput {
  const rule = ruleFromDraft(draft);
  if (!stored || stored.kind !== rule.kind) return rule;
  const shown = draftFromRule(stored);
  const segmentUnchanged = 'segment' in stored && shown.dimension === draft.dimension && shown.value === draft.value.trim();
  return { ...definitionOf(stored), ...rule, ...(segmentUnchanged ? { segment: stored.segment } : {}) } as RuleInput;
}
