import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { inVocabularyOrder } from '../../lib/reasons.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import { DimensionSelect } from './DimensionSelect.tsx';
import { activeDimensions, comparisons, type Basis, type Comparison } from './filter-params.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useFilters } from './use-filters.ts';
import './FilterBar.css';

const selectDimensions = ['category', 'channel', 'region', 'carrier', 'reason'] as const;

/** The view's period, basis and dimension filters, shared by every page and kept in the URL. */
export function FilterBar() {
  const { t } = useTranslation();
  const reasonLabel = useReasonLabel();
  const dataset = useDataset();
  const { filters, bounds, comparison, setFilters } = useFilters();
  const basisLabelId = useId();

  if (!filters || !bounds || !dataset.data) {
    return <div className="filter-bar filter-bar--placeholder" aria-hidden="true" />;
  }
  const active = activeDimensions(filters);
  const clearAll = () => setFilters(Object.fromEntries(active.map((dimension) => [dimension, null])));

  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <PeriodPicker filters={filters} bounds={bounds} setFilters={setFilters} />
      <div className="filter-field">
        <span className="filter-field__label" id={basisLabelId}>
          {t('filters.basis.label')}
        </span>
        <SegmentedControl<Basis>
          label={t('filters.basis.label')}
          labelledBy={basisLabelId}
          value={filters.basis}
          options={[
            // without orders nothing can be counted by order date (readFilters counts by return date)
            { value: 'order', label: t('filters.basis.order'), disabled: dataset.data.orderLines === 0, title: dataset.data.orderLines === 0 ? t('filters.basis.noOrders') : undefined },
            { value: 'return', label: t('filters.basis.return') },
          ]}
          onChange={(basis) => setFilters({ basis })}
        />
      </div>
      <label className="filter-field">
        <span className="filter-field__label">{t('compare.label')}</span>
        <select className="is-auto-width" value={comparison} onChange={(event) => setFilters({ compare: event.target.value as Comparison })}>
          {comparisons.map((choice) => (
            <option key={choice} value={choice}>
              {t(`compare.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      {selectDimensions.map((dimension) => (
        <DimensionSelect
          key={dimension}
          dimension={dimension}
          value={filters[dimension]}
          options={
            dimension === 'reason'
              ? inVocabularyOrder(dataset.data.dimensions.reason)
              : dataset.data.dimensions[dimension]
          }
          labelOf={dimension === 'reason' ? reasonLabel : undefined}
          onChange={(value) => setFilters({ [dimension]: value })}
        />
      ))}
      {filters.sku && (
        <span className="filter-chip">
          {t('filters.dimensions.sku')}: {filters.sku}
          <button
            type="button"
            className="filter-chip__remove"
            aria-label={t('filters.remove', { name: `${t('filters.dimensions.sku')} ${filters.sku}` })}
            onClick={() => setFilters({ sku: null })}
          >
            ×
          </button>
        </span>
      )}
      {active.length > 0 && (
        <button type="button" className="link-button filter-bar__clear" onClick={clearAll}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
