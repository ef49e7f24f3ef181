import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { reasonGroups, type ReasonGroup } from '../../lib/reasons.ts';
import { stages, type Stage } from '../cycle-times/use-cycle-metrics.ts';
import type { Narrowing, NarrowingParam } from './drill-params.ts';
import { useSearchUpdate } from '../../app/use-search-update.ts';

/** What the click narrowed the rows to, beyond the filter bar; each can be removed. */
export function NarrowingChips({ narrowing }: { narrowing: Narrowing }) {
  const { t } = useTranslation();
  const updateSearch = useSearchUpdate();
  const { resolutionLabel, dispositionLabel } = useCodeLabels();

  const describe = (name: NarrowingParam, value: string): string => {
    switch (name) {
      case 'resolution':
        return `${t('rows.narrowing.resolution')}: ${resolutionLabel(value)}`;
      case 'disposition':
        return `${t('rows.narrowing.disposition')}: ${dispositionLabel(value)}`;
      case 'reasonGroup':
        return `${t('rows.narrowing.reasonGroup')}: ${value in reasonGroups ? t(`reasonGroups.${value as ReasonGroup}`) : value}`;
      case 'preventable':
        return value === 'true' ? t('rows.narrowing.preventable') : t('rows.narrowing.notPreventable');
      case 'customer':
        return `${t('rows.narrowing.customer')}: ${value}`;
      case 'open':
        return t('rows.narrowing.open');
      case 'withReturns':
        return t('rows.narrowing.withReturns');
      case 'daysOf':
        return durationText(value);
      case 'minDays':
      case 'maxDays':
        return '';
    }
  };

  // A histogram bar is one narrowing in three parameters: said, and removed, as one chip.
  const durationText = (stage: string) => {
    const from = narrowing.minDays ?? '0';
    const stageName = stages.includes(stage as Stage) ? t(`cycle.stages.${stage as Stage}`) : stage;
    return narrowing.maxDays
      ? t('rows.narrowing.days', { stage: stageName, from, to: narrowing.maxDays })
      : t('rows.narrowing.daysAtLeast', { stage: stageName, from });
  };

  const remove = (name: string) =>
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      for (const param of name === 'daysOf' ? ['daysOf', 'minDays', 'maxDays'] : [name]) changed.delete(param);
      changed.delete('page');
      return changed;
    });

  const entries = (Object.entries(narrowing) as [NarrowingParam, string][]).filter(([name]) => name !== 'minDays' && name !== 'maxDays');
  if (entries.length === 0) return null;
  return (
    <ul className="narrowing-chips" aria-label={t('rows.narrowing.label')}>
      {entries.map(([name, value]) => {
        const text = describe(name, value);
        return (
          <li key={name} className="filter-chip">
            {text}
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={t('filters.remove', { name: text })}
              onClick={() => remove(name)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
