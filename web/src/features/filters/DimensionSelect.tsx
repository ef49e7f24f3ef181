import { useTranslation } from 'react-i18next';
import type { DimensionParam } from './filter-params.ts';

interface DimensionSelectProps {
  dimension: DimensionParam;
  value: string | undefined;
  options: readonly string[];
  labelOf?: (value: string) => string;
  onChange: (value: string | null) => void;
}

/** One dimension filter; "all" clears it. */
export function DimensionSelect({ dimension, value, options, labelOf = (v) => v, onChange }: DimensionSelectProps) {
  const { t } = useTranslation();
  // A value from a shared link that this dataset lacks still shows, so the filter in force is visible.
  const choices = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <label className={value ? 'filter-field is-active' : 'filter-field'}>
      <span className="filter-field__label">{t(`filters.dimensions.${dimension}`)}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t(`filters.all.${dimension}`)}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
