import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import type { Forecast } from './use-forecast.ts';

/** What the forecast rests on, in words beside it: the sales it counts, the rate, the curve, the interval. */
export function ForecastAssumptions({ answer, keyLabel }: { answer: Forecast; keyLabel: (key: string | null) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { assumptions } = answer;
  return (
    <section className="forecast-assumptions" aria-label={t('forecast.assumptions.title')}>
      <h3 className="forecast-assumptions__title">{t('forecast.assumptions.title')}</h3>
      <ul>
        <li>{t('forecast.assumptions.salesMade')}</li>
        {answer.series.map((s) => (
          <li key={s.key ?? ''}>
            {answer.by === 'total' ? '' : `${keyLabel(s.key)}: `}
            {s.salesToCome.method === 'seasonal'
              ? t('forecast.assumptions.seasonal', {
                  lagWeeks: assumptions.seasonalLagDays / 7,
                  ratio: format.number(s.salesToCome.yearOverYear, 2),
                  units: format.number(s.salesToCome.dailyUnits, 1),
                })
              : t('forecast.assumptions.runRate', { days: assumptions.runRateDays, units: format.number(s.salesToCome.dailyUnits, 1) })}{' '}
            {t('forecast.assumptions.rate', {
              rate: format.percent(s.rate.returnsPerUnitSold, 1),
              unitsPerReturn: format.number(s.rate.unitsPerReturn, 2),
              first: format.date(s.rate.firstCohort),
              last: format.date(s.rate.lastCohort),
              count: s.rate.cohorts,
            })}{' '}
            {t('forecast.assumptions.curve', { count: s.completeCohorts })}
          </li>
        ))}
        <li>
          {t('forecast.assumptions.interval', {
            draws: assumptions.bootstrapDraws,
            trials: Math.max(0, ...answer.series.map((s) => s.salesToCome.pastTrials)),
          })}
        </li>
        <li>{t('forecast.assumptions.filters')}</li>
        {(['too_few_cohorts', 'no_cohort_sales'] as const).map((reason) => {
          const keys = answer.withoutForecast.filter((w) => w.reason === reason).map((w) => keyLabel(w.key));
          return keys.length === 0 ? null : (
            <li key={reason}>{t(reason === 'too_few_cohorts' ? 'forecast.assumptions.without' : 'forecast.assumptions.withoutSales', { keys: keys.join(', '), minimum: assumptions.minimumCohorts })}</li>
          );
        })}
      </ul>
    </section>
  );
}
