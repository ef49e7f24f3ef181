import { useTranslation } from 'react-i18next';
import { usePageParam } from '../../app/use-page-param.ts';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { ForecastSection } from '../forecast/ForecastSection.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { CycleHistogram } from './CycleHistogram.tsx';
import { OpenReturnsTable } from './OpenReturnsTable.tsx';
import { ReturnCarrierChart } from './ReturnCarrierChart.tsx';
import { SlaChart } from './SlaChart.tsx';
import { StageTrendChart } from './StageTrendChart.tsx';
import { stages, type Stage } from './use-cycle-metrics.ts';

const slaChoices = ['3', '5', '7', '10', '14'] as const;
type SlaChoice = (typeof slaChoices)[number];

/** Tiempos: how long each stage takes, its spread, the SLA, the returns still open, and those the next weeks will bring. */
export function CycleTimesPage() {
  const { t } = useTranslation();
  const { filters } = useFilters();
  const [stage, setStage] = usePageParam<Stage>('stage', stages, 'requestToResolved');
  const [sla, setSla] = usePageParam<SlaChoice>('sla', slaChoices, '7');
  useDocumentTitle(t('pages.cycleTimes.title'));

  return (
    <div className="page-grid">
      <div className="page-head">
        <h1 className="page-title">{t('pages.cycleTimes.title')}</h1>
        <SegmentedControl<Stage>
          label={t('cycle.stageLabel')}
          value={stage}
          options={stages.map((s) => ({ value: s, label: t(`cycle.stages.${s}`) }))}
          onChange={setStage}
        />
      </div>
      <DatasetGate>
        <div className="chart-grid">
          <StageTrendChart filters={filters} stage={stage} />
          <CycleHistogram filters={filters} stage={stage} />
          <SlaChart
            filters={filters}
            slaDays={Number(sla)}
            actions={
              <label className="filter-field">
                <span className="filter-field__label">{t('cycle.sla.target')}</span>
                <select className="is-auto-width" value={sla} onChange={(event) => setSla(event.target.value as SlaChoice)}>
                  {slaChoices.map((days) => (
                    <option key={days} value={days}>
                      {t('cycle.sla.days', { count: Number(days) })}
                    </option>
                  ))}
                </select>
              </label>
            }
          />
          <ReturnCarrierChart filters={filters} />
        </div>
        <OpenReturnsTable filters={filters} />
        {/* what is coming next to receiving and inspection, beside how long they take now */}
        <ForecastSection filters={filters} />
      </DatasetGate>
    </div>
  );
}
