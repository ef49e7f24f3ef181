import { useTranslation } from 'react-i18next';
import { KpiCard } from '../../components/KpiCard.tsx';
import { Sparkline } from '../../components/charts/Sparkline.tsx';
import type { Formatters } from '../../lib/format.ts';
import { useFormat } from '../../lib/format-context.ts';
import { missingFields, unknownBecause } from '../dataset/missing-fields.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { describeChange, type KpiKind } from '../../metrics/kpi-change.ts';
import { kpiDefinitions, shownValue } from '../../metrics/kpi-definitions.ts';
import { firstUnsettled } from '../../metrics/settled-months.ts';
import { useNoBaselineNote } from '../../metrics/use-no-baseline-note.ts';
import { useSameAgeNote } from '../../metrics/use-same-age-note.ts';
import { useSummary } from '../../metrics/use-summary.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import './KpiRow.css';

function formatKpi(kind: KpiKind, value: number | null, format: Formatters) {
  switch (kind) {
    case 'rate':
      return { shown: format.percent(value), exact: format.percent(value, 2) };
    case 'money':
      return { shown: format.compactMoney(value), exact: format.money(value) };
    case 'days':
      return { shown: format.days(value), exact: format.days(value) };
  }
}

/** The headline figures of the period, each against the previous period of the same length. */
export function KpiRow({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { comparison: comparisonKind } = useFilters();
  const summary = useSummary(filters, comparisonKind);
  const trend = useTrend(filters);
  const dataset = useDataset();
  const sameAgeNote = useSameAgeNote();
  const noBaselineNote = useNoBaselineNote();

  if (summary.isError) {
    return (
      <div className="kpi-row__error" role="alert">
        <p>{t('states.error')}</p>
        <button type="button" className="button" onClick={() => void summary.refetch()}>
          {t('states.retry')}
        </button>
      </div>
    );
  }

  const data = summary.data;
  const comparison = data && 'comparison' in data ? data.comparison : undefined;
  const noBaseline = noBaselineNote(comparison);
  const trendRows = trend.data?.rows ?? [];

  return (
    <section className="kpi-row" aria-labelledby="kpi-row-title" aria-busy={summary.isFetching}>
      <h2 id="kpi-row-title" className="visually-hidden">
        {t('kpi.sectionLabel')}
      </h2>
      {comparison && (
        <p className="kpi-row__comparison">
          {t(`compare.comparedWith.${comparison.kind}`, {
            from: format.date(comparison.period.from),
            to: format.date(comparison.period.to),
          })}
          {comparison.returnsRequestedBy && ` · ${sameAgeNote(comparison.returnsRequestedBy)}`}
          {noBaseline && ` · ${noBaseline}`}
        </p>
      )}
      <div className={summary.isPlaceholderData ? 'kpi-row__cards is-refreshing' : 'kpi-row__cards'}>
        {kpiDefinitions.map((kpi) => {
          if (!data) return <KpiCard key={kpi.id} label={t(kpi.label)} />;
          const value = shownValue(kpi, data, dataset.data);
          const { shown, exact } = formatKpi(kpi.kind, value, format);
          // A figure the data lacks a field for has no change and no trend, only the reason under its
          // dash: that field ("your data has no refund amounts"), or that no return in the selection has it.
          const [missing] = missingFields(dataset.data, kpi.needs ?? []);
          // a value over months still open can still change: said beside it, as its sparkline's dashed end says
          const provisional =
            !missing && value !== null && firstUnsettled(trendRows, kpi.settledBy) < trendRows.length
              ? { badge: t('charts.provisional.badge'), note: t(kpi.settledBy === 'resolutions' ? 'kpi.provisional.resolutions' : 'kpi.provisional.requests') }
              : undefined;
          const change = missing
            ? undefined
            : describeChange(kpi.kind, comparison?.changes[kpi.changeKey], kpi.better, format, (tone) =>
                t(`compare.tone.${comparison?.kind ?? comparisonKind}.${tone}`),
              );
          return (
            <KpiCard
              key={kpi.id}
              label={t(kpi.label)}
              value={shown}
              exactValue={exact}
              change={change}
              provisional={provisional}
              detail={value === null && kpi.needs ? unknownBecause(missing, t) : kpi.detail?.(data, format, t)}
              trend={<Sparkline values={missing ? [] : trendRows.map(kpi.trend)} provisionalFrom={firstUnsettled(trendRows, kpi.settledBy)} color={kpi.color} />}
            />
          );
        })}
      </div>
    </section>
  );
}
