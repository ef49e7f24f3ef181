import { useTranslation } from 'react-i18next';
import { usePageParam } from '../../app/use-page-param.ts';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { measureDefinitions, measures, type Measure } from '../../metrics/rate-measures.ts';
import { RateTrendFrame } from '../../metrics/RateTrendFrame.tsx';
import { useSummary } from '../../metrics/use-summary.ts';
import { LazyOutsideBenchmarks } from '../benchmarks/LazyOutsideBenchmarks.tsx';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { RateByDimensionChart, type RateDimension } from './RateByDimensionChart.tsx';

const dimensions: RateDimension[] = ['category', 'channel', 'carrier', 'sku', 'region'];

/** Tasa de devolución: the rate by month and by every dimension, in units, orders or value. */
export function ReturnRatePage() {
  const { t } = useTranslation();
  const { filters, comparison } = useFilters();
  const [measure, setMeasure] = usePageParam<Measure>('measure', measures, 'units');
  const summary = useSummary(filters, comparison);
  useDocumentTitle(t('pages.returnRate.title'));

  return (
    <div className="page-grid">
      <div className="page-head">
        <h1 className="page-title">{t('pages.returnRate.title')}</h1>
        <SegmentedControl<Measure>
          label={t('returnRate.measureLabel')}
          value={measure}
          options={measures.map((m) => ({ value: m, label: t(measureDefinitions[m].label) }))}
          onChange={setMeasure}
        />
      </div>
      <DatasetGate>
        <RateTrendFrame
          title={t('returnRate.trendTitle', { measure: t(measureDefinitions[measure].label).toLowerCase() })}
          description={t('returnRate.trendDescription')}
          filters={filters}
          measures={[measure]}
        />
        {/* published rates are shares of sales value: they stand beside the shop's rate by value */}
        <LazyOutsideBenchmarks metric="returnRateValue" filters={filters} comparison={comparison} />
        <div className="chart-grid">
          {dimensions.map((dimension) => (
            <RateByDimensionChart
              key={dimension}
              filters={filters}
              dimension={dimension}
              measure={measure}
              overall={summary.data?.[measureDefinitions[measure].breakdownRate]}
            />
          ))}
        </div>
      </DatasetGate>
    </div>
  );
}
