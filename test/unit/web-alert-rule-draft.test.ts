import { describe, expect, it } from 'vitest';
import { alertRuleSchema } from '../../server/alerts/alert-rules.ts';
import { draftFromRule, editedRule, emptyDraft, ruleFromDraft, ruleKinds } from '../../web/src/features/alerts/rule-draft.ts';
import type { StoredRule } from '../../web/src/features/alerts/use-alerts.ts';

describe('the rule form: what is typed, and the rule the API takes', () => {
  it.each(ruleKinds)('%s: the form’s defaults make a rule the server accepts', (kind) => {
    const draft = { ...emptyDraft, name: 'r', kind, dimension: 'sku' as const, value: 'ZAP-1', reason: kind === 'threshold' ? '' : 'defective' };
    expect(alertRuleSchema.safeParse(ruleFromDraft(draft)).success).toBe(true);
  });

  it('a percent typed with a decimal comma is a share; the whole shop is no segment', () => {
    expect(ruleFromDraft({ ...emptyDraft, name: 'r', thresholdPercent: '12,5' })).toMatchObject({ kind: 'threshold', threshold: 0.125, segment: {} });
  });

  it('editing keeps what the form does not show, unless the kind changes; a stored rule reads back as it was', () => {
    const stored = { ...alertRuleSchema.parse({ name: 'A', kind: 'above_baseline', segment: { sku: 'A' }, q: 0.001 }), id: 1, createdAt: '', updatedAt: '' } as StoredRule;
    const draft = draftFromRule(stored);
    expect(draft).toMatchObject({ kind: 'above_baseline', dimension: 'sku', value: 'A', windowDays: '30' });
    expect(editedRule({ ...draft, windowDays: '60' }, stored)).toMatchObject({ q: 0.001, windowDays: 60, segment: { sku: 'A' } });
    expect(editedRule({ ...draft, kind: 'new_finding' }, stored)).not.toHaveProperty('q');
  });

  it('a segment of two dimensions (set through the API) survives an edit that leaves the shown one alone', () => {
    const stored = { ...alertRuleSchema.parse({ name: 'Andreani en Salta', kind: 'threshold', threshold: 0.1, segment: { carrier: 'Andreani', region: 'Salta' } }), id: 2, createdAt: '', updatedAt: '' } as StoredRule;
    // the form shows the segment's first dimension in the schema's order: the region
    const draft = draftFromRule(stored);
    expect(draft).toMatchObject({ dimension: 'region', value: 'Salta' });
    expect(editedRule({ ...draft, thresholdPercent: '12' }, stored)).toMatchObject({ threshold: 0.12, segment: { carrier: 'Andreani', region: 'Salta' } });
    // the shown dimension changed: the form's one segment is what was asked for
    expect((editedRule({ ...draft, value: 'Jujuy' }, stored) as { segment: object }).segment).toEqual({ region: 'Jujuy' });
  });
});
