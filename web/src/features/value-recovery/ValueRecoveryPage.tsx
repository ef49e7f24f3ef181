import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { LazyOutsideBenchmarks } from '../benchmarks/LazyOutsideBenchmarks.tsx';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { ResolutionValueChart } from './ResolutionValueChart.tsx';
import { DispositionChart } from './DispositionChart.tsx';
import { ResolutionMixChart } from './ResolutionMixChart.tsx';
import { ValueWaterfall } from './ValueWaterfall.tsx';

/** Valor recuperado: from the value that came back to what returns finally cost. */
export function ValueRecoveryPage() {
  const { t } = useTranslation();
  const { filters, comparison } = useFilters();
  useDocumentTitle(t('pages.valueRecovery.title'));
  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.valueRecovery.title')}</h1>
      <DatasetGate>
        <ValueWaterfall filters={filters} comparison={comparison} />
        <LazyOutsideBenchmarks metric="retentionRate" filters={filters} comparison={comparison} />
        <div className="chart-grid">
          <ResolutionMixChart filters={filters} />
          <DispositionChart filters={filters} comparison={comparison} />
        </div>
        <ResolutionValueChart filters={filters} />
      </DatasetGate>
    </div>
  );
}
