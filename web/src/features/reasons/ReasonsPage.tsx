import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { ReasonParetoChart } from './ReasonParetoChart.tsx';
import { PreventableTrendChart, ReasonGroupChart } from './PreventableCharts.tsx';
import { ReasonCategoryHeatMap } from './ReasonCategoryHeatMap.tsx';
import { ReasonTrendChart } from './ReasonTrendChart.tsx';

/** Motivos: why things come back, which categories each reason hits, and how much the seller could prevent. */
export function ReasonsPage() {
  const { t } = useTranslation();
  const { filters } = useFilters();
  useDocumentTitle(t('pages.reasons.title'));

  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.reasons.title')}</h1>
      <DatasetGate>
        <div className="chart-grid">
          <ReasonParetoChart filters={filters} />
          <div className="page-grid">
            <ReasonGroupChart filters={filters} />
            <PreventableTrendChart filters={filters} />
          </div>
        </div>
        <ReasonCategoryHeatMap filters={filters} />
        <ReasonTrendChart filters={filters} />
      </DatasetGate>
    </div>
  );
}
