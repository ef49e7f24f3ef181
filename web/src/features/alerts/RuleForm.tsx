import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../lib/api-error.ts';
import { reasons } from '../../lib/reasons.ts';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { cycleStages, editedRule, fieldsOf, ruleKinds, segmentDimensions, suspectDimensions, type RuleDraft } from './rule-draft.ts';
import { useSaveRule, type StoredRule } from './use-alerts.ts';

/** One form for every kind of rule: the kind chosen in plain words, then only the fields it reads. */
export function RuleForm({ stored, initial, onDone }: { stored: StoredRule | null; initial: RuleDraft; onDone: () => void }) {
  const id = stored?.id ?? null;
  const { t } = useTranslation();
  const reasonLabel = useReasonLabel();
  const formId = useId();
  const [draft, setDraft] = useState(initial);
  const save = useSaveRule();
  const set = <Key extends keyof RuleDraft>(key: Key, value: RuleDraft[Key]) => setDraft((d) => ({ ...d, [key]: value }));
  const shows = (field: (typeof fieldsOf)[keyof typeof fieldsOf][number]) => fieldsOf[draft.kind].includes(field);
  const dimensions = draft.kind === 'above_baseline' ? suspectDimensions : segmentDimensions;
  const field = (name: string) => `${formId}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id, rule: editedRule(draft, stored) }, { onSuccess: onDone });
  };

  return (
    <form className="rule-form" onSubmit={submit} aria-label={t(id === null ? 'alerts.form.title' : 'alerts.form.editTitle')}>
      <h3>{t(id === null ? 'alerts.form.title' : 'alerts.form.editTitle')}</h3>
      <label htmlFor={field('kind')}>{t('alerts.form.kind')}</label>
      <select id={field('kind')} value={draft.kind} onChange={(e) => set('kind', e.target.value as RuleDraft['kind'])}>
        {ruleKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`alerts.form.kinds.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor={field('name')}>{t('alerts.form.name')}</label>
      <input id={field('name')} required maxLength={120} value={draft.name} onChange={(e) => set('name', e.target.value)} />
      {shows('segment') && (
        <>
          <label htmlFor={field('dimension')}>{t('alerts.form.segment')}</label>
          <span className="rule-form__pair">
            <select id={field('dimension')} value={draft.dimension} onChange={(e) => set('dimension', e.target.value as RuleDraft['dimension'])}>
              {dimensions.map((d) => (
                <option key={d} value={d}>
                  {t(`alerts.form.dimension.${d}`)}
                </option>
              ))}
            </select>
            {draft.dimension !== 'whole' && (
              <input aria-label={t('alerts.form.value')} required value={draft.value} onChange={(e) => set('value', e.target.value)} />
            )}
          </span>
        </>
      )}
      {shows('measure') && (
        <>
          <label htmlFor={field('measure')}>{t('alerts.form.measure')}</label>
          <select id={field('measure')} value={draft.measure} onChange={(e) => set('measure', e.target.value as RuleDraft['measure'])}>
            <option value="returnRate">{t('alerts.form.measures.returnRate')}</option>
            <option value="reasonShare">{t('alerts.form.measures.reasonShare')}</option>
          </select>
        </>
      )}
      {shows('reason') && (
        <>
          <label htmlFor={field('reason')}>{t('alerts.form.reason')}</label>
          <select id={field('reason')} value={draft.reason} required={draft.kind === 'threshold' && draft.measure === 'reasonShare'} onChange={(e) => set('reason', e.target.value)}>
            <option value="">{t('alerts.form.anyReason')}</option>
            {reasons.map((reason) => (
              <option key={reason} value={reason}>
                {reasonLabel(reason)}
              </option>
            ))}
          </select>
        </>
      )}
      {shows('threshold') && (
        <>
          <label htmlFor={field('threshold')}>{t('alerts.form.threshold')}</label>
          <input id={field('threshold')} type="number" min="0.1" max="99.9" step="0.1" required value={draft.thresholdPercent} onChange={(e) => set('thresholdPercent', e.target.value)} />
        </>
      )}
      {shows('stage') && (
        <>
          <label htmlFor={field('stage')}>{t('alerts.form.stage')}</label>
          <select id={field('stage')} value={draft.stage} onChange={(e) => set('stage', e.target.value as RuleDraft['stage'])}>
            {cycleStages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`cycle.stages.${stage}`)}
              </option>
            ))}
          </select>
        </>
      )}
      {shows('maxDays') && (
        <>
          <label htmlFor={field('maxDays')}>{t('alerts.form.maxDays')}</label>
          <input id={field('maxDays')} type="number" min="0.1" max="365" step="0.1" required value={draft.maxDays} onChange={(e) => set('maxDays', e.target.value)} />
        </>
      )}
      {shows('slaDays') && (
        <>
          <label htmlFor={field('slaDays')}>{t('alerts.form.slaDays')}</label>
          <input id={field('slaDays')} type="number" min="0.1" max="365" step="0.1" required value={draft.slaDays} onChange={(e) => set('slaDays', e.target.value)} />
        </>
      )}
      {shows('maxOpen') && (
        <>
          <label htmlFor={field('maxOpen')}>{t('alerts.form.maxOpen')}</label>
          <input id={field('maxOpen')} type="number" min="0" step="1" required value={draft.maxOpen} onChange={(e) => set('maxOpen', e.target.value)} />
        </>
      )}
      {shows('windowDays') && (
        <>
          <label htmlFor={field('windowDays')}>{t('alerts.form.windowDays')}</label>
          <input id={field('windowDays')} type="number" min="7" max="365" step="1" required value={draft.windowDays} onChange={(e) => set('windowDays', e.target.value)} />
        </>
      )}
      <fieldset className="rule-form__channels">
        <legend>{t('alerts.form.channels')}</legend>
        {(['webhook', 'email'] as const).map((channel) => (
          <label key={channel}>
            <input
              type="checkbox"
              checked={draft.channels.includes(channel)}
              onChange={(e) => set('channels', e.target.checked ? [...draft.channels, channel] : draft.channels.filter((c) => c !== channel))}
            />{' '}
            {t(`alerts.form.${channel}`)}
          </label>
        ))}
      </fieldset>
      {save.isError && (
        <p className="rule-form__error" role="alert">
          {t('alerts.form.failed', { reason: apiErrorMessage(save.error) ?? t('states.error') })}
        </p>
      )}
      <p className="rule-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('alerts.form.save')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('alerts.form.cancel')}
        </button>
      </p>
    </form>
  );
}
