import { useTranslation } from 'react-i18next';
import { dimensionParams, narrowsTheData } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { ImportHint } from './ImportHint.tsx';
import { useDataset } from './use-dataset.ts';

const clearedDimensions = Object.fromEntries(dimensionParams.map((dimension) => [dimension, null]));

/**
 * The empty state: import data when nothing is loaded; widen the period or drop filters when they
 * leave part of the data out; otherwise say that the data has nothing here, since no filter can help.
 */
export function NoDataMessage() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { filters, bounds, setFilters } = useFilters();

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
  if (!filters || !narrowsTheData(filters, bounds)) {
    return (
      <div className="no-data">
        <p className="no-data__title">{t('empty.nothingInData')}</p>
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
