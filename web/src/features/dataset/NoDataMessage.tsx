import { useTranslation } from 'react-i18next';
import { dimensionParams } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { ImportHint } from './ImportHint.tsx';
import { useDataset } from './use-dataset.ts';

const clearedDimensions = Object.fromEntries(dimensionParams.map((dimension) => [dimension, null]));

/** The empty state: import data when nothing is loaded, otherwise widen the period or drop filters. */
export function NoDataMessage() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { bounds, setFilters } = useFilters();

  if (dataset.data?.empty || !bounds) {
    return (
      <div className="no-data">
        <p className="no-data__title">{t('empty.noData')}</p>
        <p>
          <ImportHint />
        </p>
      </div>
    );
  }
  return (
    <div className="no-data">
      <p className="no-data__title">{t('empty.noMatch')}</p>
      <button
        type="button"
        className="button"
        onClick={() => setFilters({ from: bounds.firstDate, to: bounds.lastDate, ...clearedDimensions })}
      >
        {t('empty.widen')}
      </button>
    </div>
  );
}
