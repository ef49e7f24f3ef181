import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageParam } from '../../app/use-page-param.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { WeeklyBandChart, type BandPoint, type BandSeries, type BandValue } from '../../components/charts/WeeklyBandChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { breakdownKeyColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { ForecastAssumptions } from './ForecastAssumptions.tsx';
import { forecastBreakdowns, forecastMeasures, useForecast, type ForecastBy, type ForecastMeasure, type ForecastSeries, type ForecastWeek } from './use-forecast.ts';
import './ForecastSection.css';

interface TableRow {
  key: string;
  series: ForecastSeries;
  week: ForecastWeek;
}

/**
 * Previsión de devoluciones: what the next eight weeks will bring to receiving and inspection, with
 * its interval and what it assumes, for the shop, per category or per reverse carrier.
 */
export function ForecastSection({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [by, setBy] = usePageParam<ForecastBy>('forecastBy', forecastBreakdowns, 'total');
  const [measure, setMeasure] = usePageParam<ForecastMeasure>('forecastMeasure', forecastMeasures, 'returns');
  const forecast = useForecast(filters, by);
  const answer = forecast.data;
  const keyLabel = (key: string | null) => (by === 'total' ? t('forecast.shop') : (key ?? t('states.noValue')));

  const series: BandSeries[] = (answer?.series ?? []).map((s, index) => ({
    id: String(index),
    label: keyLabel(s.key),
    color: breakdownKeyColors[index % breakdownKeyColors.length]!,
  }));
  const weekLabel = (week: { from: string; to: string }) => t('forecast.week', { from: format.date(week.from), to: format.date(week.to) });
  const points = useMemo(
    (): BandPoint[] =>
      (answer?.weeks ?? []).map((week, index) => ({
        label: format.date(week.from),
        values: Object.fromEntries((answer?.series ?? []).map((s, key) => [String(key), s.rows[index]![measure]])),
      })),
    [answer, measure, format],
  );
  const tableRows = useMemo(
    (): TableRow[] => (answer?.series ?? []).flatMap((s) => s.rows.map((week) => ({ key: `${s.key}-${week.week}`, series: s, week }))),
    [answer],
  );

  const describeBand = (value: BandValue) => t('forecast.band', { low: format.number(value.low, 0), high: format.number(value.high, 0) });
  const columns: DataColumn<TableRow>[] = [
    { id: 'week', header: t('forecast.columns.week'), cell: (row) => weekLabel(row.week) },
    ...(by === 'total' ? [] : [{ id: 'key', header: t(`forecast.by.${by}`), cell: (row: TableRow) => keyLabel(row.series.key) }]),
    { id: 'returns', header: t('forecast.columns.returns'), numeric: true, cell: (row) => format.number(row.week.returns.expected, 0) },
    { id: 'returnsBand', header: t('forecast.columns.returnsInterval'), numeric: true, cell: (row) => describeBand(row.week.returns) },
    { id: 'units', header: t('forecast.columns.units'), numeric: true, cell: (row) => format.number(row.week.units.expected, 0) },
    { id: 'unitsBand', header: t('forecast.columns.unitsInterval'), numeric: true, cell: (row) => describeBand(row.week.units) },
    { id: 'made', header: t('forecast.columns.fromSalesMade'), numeric: true, cell: (row) => format.number(row.week.returnsFromSalesMade, 0) },
  ];

  // without returns (or sales) no curve can be learnt however long one waits: say which file is missing
  const missingData = useMissingDataMessage(rateNeeds);
  const unavailable =
    missingData ??
    (answer?.unavailable === 'too_few_cohorts' ? (
      <p>{t('forecast.tooFewCohorts', { count: answer.completeCohorts, minimum: answer.assumptions.minimumCohorts })}</p>
    ) : null);

  return (
    <ChartFrame
      title={t('forecast.title')}
      description={t('forecast.description', { asOf: format.dateTime(answer?.asOf) })}
      query={forecast}
      isEmpty={!answer || answer.unavailable === 'no_data'}
      emptyState={<p>{t('empty.noData')}</p>}
      unavailable={unavailable}
      className="forecast-section"
      actions={
        <>
          <SegmentedControl<ForecastBy>
            label={t('forecast.byLabel')}
            value={by}
            options={forecastBreakdowns.map((value) => ({ value, label: t(`forecast.by.${value}`) }))}
            onChange={setBy}
          />
          <SegmentedControl<ForecastMeasure>
            label={t('forecast.measureLabel')}
            value={measure}
            options={forecastMeasures.map((value) => ({ value, label: t(`forecast.measures.${value}`) }))}
            onChange={setMeasure}
          />
        </>
      }
      legend={
        <>
          <p className="forecast-section__note">{t('forecast.legend')}</p>
          {answer && answer.ignoredFilters.length > 0 && (
            <p className="forecast-section__note" role="note">
              {t('forecast.ignoredFilters', { filters: answer.ignoredFilters.map((name) => t(`forecast.ignoredFilter.${name}`)).join(', ') })}
            </p>
          )}
        </>
      }
      placeholderHeight={300}
    >
      <div className="forecast-section__body">
        <WeeklyBandChart
          points={points}
          series={series}
          formatValue={(value) => format.number(value, 0)}
          formatAxis={(value) => format.number(value)}
          describeBand={describeBand}
          ariaLabel={t('forecast.chartLabel', { measure: t(`forecast.measures.${measure}`) })}
        />
        {answer && <ForecastAssumptions answer={answer} keyLabel={keyLabel} />}
      </div>
      <DataTable caption={t('forecast.tableCaption')} columns={columns} rows={tableRows} rowKey={(row) => row.key} />
    </ChartFrame>
  );
}
