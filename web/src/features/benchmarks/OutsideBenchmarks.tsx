import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format-context.ts';
import { useBreakdown } from '../../metrics/use-breakdown.ts';
import { useSummary } from '../../metrics/use-summary.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { rateNeeds, type MissingField } from '../dataset/missing-fields.ts';
import { ordersBeginLater } from '../dataset/orders-begin.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import { useFilters } from '../filters/use-filters.ts';
import { activeDimensions, type Comparison, type Filters } from '../filters/filter-params.ts';
import { BenchmarkSource } from './BenchmarkSource.tsx';
import { categoryBenchmarks, overallBenchmarks } from './benchmark-matching.ts';
import { settledPart } from './settled-period.ts';
import { useBenchmarks, type Benchmark } from './use-benchmarks.ts';
import { useBenchmarksShown } from './use-benchmarks-shown.ts';
import './benchmarks.css';

/** The shop figures a page sets outside benchmarks beside: each has the definition of the figures it is compared with. */
export type ComparedMetric = 'returnRateValue' | 'retentionRate';

/** What each is made of: a shop without returns has no rate of 0 % to set beside a published one. */
const comparedNeeds: Record<ComparedMetric, readonly MissingField[]> = { returnRateValue: rateNeeds, retentionRate: ['resolution'] };

export interface OutsideBenchmarksProps {
  metric: ComparedMetric;
  filters: Filters | null;
  comparison: Comparison;
}

const allCategories = { by: 'category', sort: 'returnRateValue', order: 'desc', limit: 50, offset: 0 } as const;

/**
 * Published figures beside the shop's own, marked as outside figures, each with its source: the
 * overall ones beside the shop's rate, a category one beside each shop category it matches.
 * Hidden at the reader's wish (remembered per browser).
 */
export function OutsideBenchmarks({ metric, filters, comparison }: OutsideBenchmarksProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useBenchmarksShown();
  const { bounds } = useFilters();
  const dataset = useDataset().data;
  // widening the period back helps only when it does not already start with the data's sales
  const startsWithSales = !!bounds && !!filters && filters.from <= ((dataset && ordersBeginLater(dataset)) ?? bounds.firstDate);
  const table = useBenchmarks();
  const trend = useTrend(shown ? filters : null);
  // the shop's figure over its closed months only, as the published figures count whole years
  // retention is known once the returns are resolved, a return rate once they are requested
  const settledBy = metric === 'retentionRate' ? 'resolutions' : 'requests';
  const settled = useMemo(() => (filters && trend.data ? settledPart(filters, trend.data.rows, settledBy) : null), [filters, trend.data, settledBy]);
  const summary = useSummary(shown ? settled : null, comparison);
  const withCategories = shown && metric === 'returnRateValue';
  const categories = useBreakdown(withCategories ? settled : null, allCategories);
  const lacksFigure = useMissingFields(comparedNeeds[metric]).length > 0;

  const rows = useMemo(() => {
    const entries = table.data?.entries ?? [];
    const shopRate = lacksFigure ? null : (summary.data?.[metric] ?? null);
    const shopLabel = t(filters && activeDimensions(filters).length > 0 ? 'benchmarks.yourSelection' : 'benchmarks.yourShop');
    const overall = overallBenchmarks(entries, metric).map((entry) => ({ entry, shopLabel, shopRate }));
    const categoryRows = (categories.data?.rows ?? []).filter((row) => row.key !== null);
    const byCategory = categoryBenchmarks(entries, metric, categoryRows.map((row) => row.key!)).flatMap(({ entry, categories: matched }) =>
      matched.map((category) => ({
        entry,
        shopLabel: t('benchmarks.yourCategory', { category }),
        shopRate: lacksFigure ? null : (categoryRows.find((row) => row.key === category)?.returnRateValue ?? null),
      })),
    );
    return [...overall, ...byCategory];
  }, [table.data, summary.data, categories.data, metric, filters, t, lacksFigure]);

  if (!shown) {
    return (
      <div className="outside-benchmarks outside-benchmarks--hidden">
        <button type="button" className="link-button" onClick={() => setShown(true)}>
          {t('benchmarks.show')}
        </button>
      </div>
    );
  }
  if (table.isError) return <p className="outside-benchmarks muted">{t('benchmarks.loadFailed')}</p>;
  // shown once the shop's figure is known; a shop whose data lacks it (no amounts, say) has
  // nothing to set beside them
  const shopFigureKnown = trend.data !== undefined && (settled === null || summary.data !== undefined);
  const dataLacksFigure = settled !== null && rows.every((row) => row.shopRate === null);
  if (rows.length === 0 || !shopFigureKnown || dataLacksFigure || lacksFigure) return null;

  return (
    <section className="outside-benchmarks" aria-label={t('benchmarks.panelTitle')}>
      <div className="outside-benchmarks__head">
        <h2 className="outside-benchmarks__title">{t('benchmarks.panelTitle')}</h2>
        <button type="button" className="link-button" onClick={() => setShown(false)}>
          {t('benchmarks.hide')}
        </button>
      </div>
      <p className="muted outside-benchmarks__intro">{t(metric === 'retentionRate' ? 'benchmarks.introRetention' : 'benchmarks.introReturnRate')}</p>
      {filters && trend.data && (
        <p className="muted outside-benchmarks__intro">
          {settled
            ? t(settledBy === 'resolutions' ? 'benchmarks.settledPeriodResolved' : 'benchmarks.settledPeriod', { from: format.date(settled.from), to: format.date(settled.to) })
            : t(`benchmarks.${settledBy === 'resolutions' ? 'noResolvedMonth' : 'noSettledMonth'}${startsWithSales ? 'InData' : ''}`)}
        </p>
      )}
      <table className="outside-benchmarks__table">
        <thead>
          <tr>
            <th scope="col">{t('benchmarks.columns.figure')}</th>
            <th scope="col">{t('benchmarks.columns.shop')}</th>
            <th scope="col">{t('benchmarks.columns.scope')}</th>
            <th scope="col">{t('benchmarks.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, shopLabel, shopRate }) => (
            <tr key={`${entry.id}|${shopLabel}`}>
              <td>
                <span className="benchmark-badge">{t('benchmarks.badge')}</span> <strong>{format.percent(entry.value)}</strong>
              </td>
              <td>
                {shopLabel}: <strong>{format.percent(shopRate)}</strong>
              </td>
              <td>
                <ScopeText entry={entry} />
                <div className="muted outside-benchmarks__comparison">{entry.comparison}</div>
              </td>
              <td>
                <BenchmarkSource entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted outside-benchmarks__foot">
        <Link to="/benchmarks">{t('benchmarks.editLink')}</Link>
      </p>
    </section>
  );
}

/** Where and what the figure covers: category, region, channel. */
export function ScopeText({ entry }: { entry: Pick<Benchmark, 'scope'> }) {
  const { scope } = entry;
  return <span>{[scope.category, scope.region ?? scope.country, scope.channel].filter(Boolean).join(' · ')}</span>;
}
