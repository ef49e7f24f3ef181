import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../lib/api-error.ts';
import { draftOf, fieldsOf, type BenchmarkDraft } from './benchmark-form.ts';
import { useSaveBenchmark, type Benchmark } from './use-benchmarks.ts';

const kinds = ['return_rate', 'retained_revenue', 'claim_threshold'] as const;
const metrics = ['returnRateValue', 'returnRateUnits', 'returnRateOrders', 'retentionRate', 'claimRate'] as const;
type TextField = Exclude<keyof BenchmarkDraft, 'kind' | 'metric'>;

/** Edits an entry, or adds one (entry null). The source's publisher, title, link and quote are required. */
export function BenchmarkForm({ entry, onDone }: { entry: Benchmark | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(entry, new Date().toISOString().slice(0, 10)));
  const save = useSaveBenchmark();
  const set = (field: keyof BenchmarkDraft, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: entry?.id ?? null, fields: fieldsOf(draft) }, { onSuccess: onDone });
  };
  const text = (field: TextField, options: { required?: boolean; wide?: boolean; type?: string; multiline?: boolean } = {}) => (
    <label className={options.wide ? 'wide' : undefined}>
      <span>
        {t(`benchmarks.fields.${field}`)}
        {options.required ? ' *' : ''}
      </span>
      {options.multiline ? (
        <textarea className="input" rows={2} required={options.required} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
      ) : (
        <input className="input" type={options.type ?? 'text'} step={options.type === 'number' ? 'any' : undefined} required={options.required} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </label>
  );

  const choice = <Option extends string>(field: 'kind' | 'metric', options: readonly Option[], label: (option: Option) => string) => (
    <label>
      <span>{t(`benchmarks.fields.${field}`)}</span>
      <select className="input" value={draft[field]} onChange={(e) => set(field, e.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="benchmarks-page__form" onSubmit={submit} aria-label={t(entry ? 'benchmarks.editTitle' : 'benchmarks.addTitle')}>
      {choice('kind', kinds, (kind) => t(`benchmarks.kinds.${kind}`))}
      {choice('metric', metrics, (metric) => t(`benchmarks.metrics.${metric}`))}
      {text('percent', { required: true, type: 'number' })}
      {text('country')}
      {text('region')}
      {text('channel')}
      {text('category')}
      {text('categoryNames')}
      {text('definition', { required: true, wide: true, multiline: true })}
      {text('comparison', { required: true, wide: true, multiline: true })}
      {text('publisher', { required: true })}
      {text('title', { required: true })}
      {text('url', { required: true, type: 'url' })}
      {text('year', { type: 'number' })}
      {text('accessed', { required: true, type: 'date' })}
      {text('quote', { required: true, wide: true, multiline: true })}
      <div className="benchmarks-page__actions wide">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('benchmarks.save')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('benchmarks.cancel')}
        </button>
        {save.isError && <span role="alert">{apiErrorMessage(save.error) ?? t('benchmarks.saveFailed')}</span>}
      </div>
    </form>
  );
}
