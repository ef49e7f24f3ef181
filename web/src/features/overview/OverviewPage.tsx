import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DeferredSection } from '../../components/DeferredSection.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { measures } from '../../metrics/rate-measures.ts';
import { RateTrendFrame } from '../../metrics/RateTrendFrame.tsx';
import { useComparisonFilters, useSummary } from '../../metrics/use-summary.ts';
import { useNoBaselineNote } from '../../metrics/use-no-baseline-note.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { CausesPanel } from '../causes/CausesPanel.tsx';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { MoversList } from '../monthly-review/MoversList.tsx';
import { ReasonParetoChart } from '../reasons/ReasonParetoChart.tsx';
import { ResolutionValueChart } from '../value-recovery/ResolutionValueChart.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';
import { CycleTimeChart } from './CycleTimeChart.tsx';
import { KpiRow } from './KpiRow.tsx';
import './OverviewPage.css';

/**
 * Resumen: how much comes back, why, how fast, and what is recovered, on one page. Besides its KPIs,
 * cycle-time chart and breakdown table, it shows the other areas' headline charts.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, comparison } = useFilters();
  const format = useFormat();
  const before = useComparisonFilters(filters, comparison);
  // The KPIs and the four charts first; what lies below them asks the server once those are in.
  const summary = useSummary(filters, comparison);
  const trend = useTrend(filters);
  const aboveTheFoldReady = summary.isSuccess && trend.isSuccess;
  // a comparison the data does not cover on both sides: there is no baseline to find movers against
  const noBaseline = useNoBaselineNote()(summary.data && 'comparison' in summary.data ? summary.data.comparison : undefined);
  useDocumentTitle(t('pages.overview.title'));

  return (
    <div className="overview">
      <h1 className="page-title">{t('pages.overview.title')}</h1>
      <DatasetGate>
        <KpiRow filters={filters} />
        <div className="overview__charts">
          <RateTrendFrame title={t('charts.returnRate.title')} description={t('charts.returnRate.description')} filters={filters} measures={measures} />
          <ReasonParetoChart filters={filters} />
          <CycleTimeChart filters={filters} />
          <ResolutionValueChart filters={filters} />
        </div>
        <DeferredSection ready={aboveTheFoldReady} minHeight={900}>
          <div className="overview__charts">
            <CausesPanel filters={filters} />
            <MoversList
              filters={filters}
              before={before}
              description={before ? t(`movers.description.${comparison}`, { from: format.date(before.from), to: format.date(before.to) }) : undefined}
              unavailable={noBaseline && <p>{noBaseline}</p>}
            />
          </div>
          <BreakdownTable filters={filters} />
        </DeferredSection>
      </DatasetGate>
    </div>
  );
}
