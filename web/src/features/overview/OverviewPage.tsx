import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { CausesPanel } from '../causes/CausesPanel.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { useComparisonFilters } from './use-summary.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CycleTimeChart } from './CycleTimeChart.tsx';
import { KpiRow } from './KpiRow.tsx';
import { MoversList } from './MoversList.tsx';
import { ReasonParetoChart } from './ReasonParetoChart.tsx';
import { ResolutionValueChart } from './ResolutionValueChart.tsx';
import { ReturnRateChart } from './ReturnRateChart.tsx';
import './OverviewPage.css';

/** Resumen: how much comes back, why, how fast, and what is recovered, on one page. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, comparison } = useFilters();
  const format = useFormat();
  const before = useComparisonFilters(filters, comparison);
  useDocumentTitle(t('pages.overview.title'));

  return (
    <div className="overview">
      <h1 className="page-title">{t('pages.overview.title')}</h1>
      <DatasetGate>
        <KpiRow filters={filters} />
        <div className="overview__charts">
          <ReturnRateChart filters={filters} />
          <ReasonParetoChart filters={filters} />
          <CycleTimeChart filters={filters} />
          <ResolutionValueChart filters={filters} />
        </div>
        <div className="overview__charts">
          <CausesPanel filters={filters} />
          <MoversList
            filters={filters}
            before={before}
            description={before ? t(`movers.description.${comparison}`, { from: format.date(before.from), to: format.date(before.to) }) : undefined}
          />
        </div>
        <BreakdownTable filters={filters} />
      </DatasetGate>
    </div>
  );
}
