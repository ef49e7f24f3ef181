import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesEstimate } from '../components/charts/series.ts';
import type { Filters } from '../features/filters/filter-params.ts';
import { useFormat } from '../lib/format-context.ts';
import { measureDefinitions, type Measure } from './rate-measures.ts';
import { useNowcast, type NowcastAnswer } from './use-nowcast.ts';

/** The sentence written beside a chart: what its estimates rest on, or why there are none. */
function assumptionSentence(answer: NowcastAnswer, t: TFunction, percent: (value: number) => string): string | undefined {
  if (answer.reason === 'tooFewCohorts') {
    return t('charts.estimate.tooFewCohorts', { cohorts: answer.curve?.cohorts ?? 0, minimum: answer.settings.minimumCohorts });
  }
  if (answer.reason === 'noCurve') return t('charts.estimate.noCurve', { cohorts: answer.curve?.cohorts ?? 0 });
  if (answer.reason !== null || !answer.rows.some((row) => row.estimate)) return undefined;
  const values = {
    cohorts: answer.curve?.cohorts ?? 0,
    source: t(`charts.estimate.source.${answer.curve?.learntFrom ?? 'shop'}`),
    interval: percent(answer.settings.interval),
    share: percent(answer.settings.minimumShare),
  };
  return answer.assumptions.map((code) => t(`charts.estimate.assumptions.${code}`, values)).join(' ');
}

/**
 * The nowcast of a monthly rate chart's open months: each measure's estimate by month, for its
 * series, and the sentence saying what they rest on. Nothing while the nowcast is loading or has
 * failed: the chart stands without it.
 */
export function useRateEstimates(filters: Filters | null) {
  const { t } = useTranslation();
  const format = useFormat();
  const nowcast = useNowcast(filters);
  const answer = nowcast.data;
  return useMemo(() => {
    const byMonth = new Map((answer?.rows ?? []).map((row) => [row.month, row.estimate]));
    const estimateOf =
      (measure: Measure) =>
      (row: { month: string }): SeriesEstimate | null => {
        const estimate = byMonth.get(row.month);
        const rate = measureDefinitions[measure].rate;
        return estimate ? { expected: estimate.expected[rate], low: estimate.low[rate], high: estimate.high[rate] } : null;
      };
    return { estimateOf, note: answer ? assumptionSentence(answer, t, format.percentTick) : undefined };
  }, [answer, t, format]);
}
