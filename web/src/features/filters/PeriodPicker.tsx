import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import type { Filters } from './filter-params.ts';
import { isIsoDate, periodPresets, presetOf, presetPeriod, type DataBounds, type PeriodPreset } from './period-presets.ts';
import type { FilterState } from './use-filters.ts';

type PeriodEnd = 'from' | 'to';
const periodEnds: PeriodEnd[] = ['from', 'to'];

interface PeriodPickerProps {
  filters: Filters;
  bounds: DataBounds;
  setFilters: FilterState['setFilters'];
}

/** Presets counted back from the data's last date, or any custom range within the data. */
export function PeriodPicker({ filters, bounds, setFilters }: PeriodPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const matched = presetOf(filters, bounds);
  // Choosing "custom" opens the date fields even while the dates still equal a preset.
  const [editing, setEditing] = useState(false);
  const selected: PeriodPreset | 'custom' = editing ? 'custom' : matched;

  const choose = (choice: string) => {
    if (choice === 'custom') {
      setEditing(true);
      return;
    }
    setEditing(false);
    const period = presetPeriod(choice as PeriodPreset, bounds);
    setFilters({ from: period.from, to: period.to });
  };

  const changeDate = (end: PeriodEnd, value: string) => {
    if (!isIsoDate(value)) return;
    const next = { from: filters.from, to: filters.to, [end]: value };
    // Keep the range the right way round rather than sending a request the API refuses.
    if (next.from > next.to) {
      if (end === 'from') next.to = value;
      else next.from = value;
    }
    setFilters(next);
  };

  const range = t('filters.range', { from: format.date(filters.from), to: format.date(filters.to) });

  return (
    <div className="period-picker">
      <label className="filter-field">
        <span className="filter-field__label">
          {t('filters.period')}
          {selected !== 'custom' && <span className="period-picker__range">{range}</span>}
        </span>
        <select value={selected} onChange={(event) => choose(event.target.value)}>
          {periodPresets.map((preset) => (
            <option key={preset} value={preset}>
              {t(`filters.presets.${preset}`)}
            </option>
          ))}
          <option value="custom">{t('filters.presets.custom')}</option>
        </select>
      </label>
      {selected === 'custom' &&
        periodEnds.map((end) => (
          <label key={end} className="filter-field">
            <span className="filter-field__label">{t(`filters.${end}`)}</span>
            <input type="date" value={filters[end]} max={bounds.lastDate} onChange={(event) => changeDate(end, event.target.value)} />
          </label>
        ))}
    </div>
  );
}
