import { useIsFetching } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useDataset } from '../dataset/use-dataset.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { activeDimensions } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { MoversList } from './MoversList.tsx';
import { ReviewCauses } from './ReviewCauses.tsx';
import { ReviewKpiTable } from './ReviewKpiTable.tsx';
import { ReviewOpenIssues } from './ReviewOpenIssues.tsx';
import { ReviewPreventable } from './ReviewPreventable.tsx';
import { ReviewTrend } from './ReviewTrend.tsx';
import { comparedMonthName } from './compared-month.ts';
import { defaultReviewMonth, isReviewMonth, monthInData, reviewMonths, shiftMonth } from './review-month.ts';
import { reviewSummary } from './review-summary.ts';
import { useReviewFacts } from './use-review-facts.ts';
import { useNowcast } from '../../metrics/use-nowcast.ts';
import { useSameAgeNote } from '../../metrics/use-same-age-note.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import './MonthlyReviewPage.css';
import { useSearchUpdate } from '../../app/use-search-update.ts';

/** Revisión mensual: one month for the meeting, on one A4 page when printed. */
export function MonthlyReviewPage() {
  const { t } = useTranslation();
  const { bounds } = useFilters();
  useDocumentTitle(t('pages.monthlyReview.title'));
  return (
    <div className="page-grid review">
      {/* until there is a month to name, the page's plain title, also over the empty state the gate shows */}
      {!bounds && <h1 className="page-title">{t('pages.monthlyReview.title')}</h1>}
      <DatasetGate>{bounds && <Review bounds={bounds} />}</DatasetGate>
    </div>
  );
}

/**
 * Chooses the month under review: the one in the URL, or else the newest whose return window has
 * closed, so that its figures are final. That default waits for the trend's answer for the
 * filters in force, rather than showing another month first and switching under the reader.
 */
function Review({ bounds }: { bounds: { firstDate: string; lastDate: string } }) {
  const { t } = useTranslation();
  const { filters } = useFilters();
  const [params] = useSearchParams();
  const months = reviewMonths(bounds);
  const requested = params.get('month');
  const requestedMonth = isReviewMonth(requested) && months.includes(requested) ? requested : null;
  const wholeTrend = useTrend(filters && !requestedMonth ? { ...filters, from: bounds.firstDate, to: bounds.lastDate } : null);
  if (requestedMonth) return <MonthReview bounds={bounds} months={months} month={requestedMonth} />;
  // until the trend for these filters answers: its error, with a retry, rather than a guess at the
  // month (the PDF report then refuses, for want of a ready page)
  if (filters && (wholeTrend.isPending || wholeTrend.isError || wholeTrend.isPlaceholderData)) {
    return (
      <>
        <h1 className="page-title review__title">{t('pages.monthlyReview.title')}</h1>
        <ChartFrame title={t('review.summaryTitle')} query={wholeTrend} isEmpty={false} emptyState={null} placeholderHeight={110}>
          {null}
        </ChartFrame>
      </>
    );
  }
  const completeMonths = (wholeTrend.data?.rows ?? []).filter((row) => row.mature).map((row) => row.month.slice(0, 7));
  return <MonthReview bounds={bounds} months={months} month={defaultReviewMonth(bounds, completeMonths)} />;
}

function MonthReview({ bounds, months, month }: { bounds: { firstDate: string; lastDate: string }; months: string[]; month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sameAgeNote = useSameAgeNote();
  const dataset = useDataset().data;
  const { filters } = useFilters();
  const updateSearch = useSearchUpdate();
  const { facts, query, detailsPending, monthFilters, previousFilters, compared, summaries, summariesQuery, openReturns, flagged } = useReviewFacts(
    filters,
    month,
    bounds.firstDate,
  );
  // a month still collecting returns shows, beside its rates, what they are expected to close at
  const nowcast = useNowcast(facts?.provisional ? monthFilters : null);
  const estimates = nowcast.data?.rows.find((row) => row.month === `${month}-01`)?.estimate ?? undefined;
  const monthLabel = format.monthLong(`${month}-01`);
  const monthBeforeInData = monthInData(shiftMonth(month, -1), { firstDate: bounds.firstDate, firstOrderMonth: dataset?.firstOrderMonth ?? null });
  // Everything the page shows has answered (or failed): what the PDF report waits for before it
  // prints (server/report/). The month's own figures come first; the movers and the reasons behind
  // the summary only when there is a month before to set against. A query that a later answer
  // enables is pending from the render that enables it, so the count of fetches alone is not enough.
  // without returns (or sales) the month has no rate to sum up: say which file is missing
  const rateUnavailable = useMissingDataMessage(rateNeeds);
  const settled =
    useIsFetching() === 0 &&
    !query.isPending &&
    (previousFilters === null || !detailsPending) &&
    !(facts?.provisional && nowcast.isPending);
  const scope = filters ? activeDimensions(filters).map((dimension) => `${t(`filters.dimensions.${dimension}`)}: ${filters[dimension]}`) : [];

  const chooseMonth = (next: string) =>
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      changed.set('month', next);
      return changed;
    });

  return (
    <>
      <header
        className="review__head"
        data-review-month={month}
        data-review-name={t('pages.monthlyReview.title')}
        data-month-label={monthLabel}
        data-ready={settled}
      >
        <div>
          <h1 className="page-title review__title">{t('review.title', { month: monthLabel })}</h1>
          <p className="muted review__scope">
            {t('review.scope', {
              basis: t(`filters.basis.${filters?.basis ?? 'order'}`).toLowerCase(),
              filters: scope.length ? scope.join(' · ') : t('review.noFilters'),
              lastDate: format.date(bounds.lastDate),
            })}
            {dataset?.isDemo && ` ${t('review.demo')}`}
          </p>
        </div>
        <div className="review__controls">
          <label className="filter-field">
            <span className="filter-field__label">{t('review.month')}</span>
            <select value={month} onChange={(event) => chooseMonth(event.target.value)}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {format.monthLong(`${m}-01`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('review.print')}
          </button>
        </div>
      </header>

      <ChartFrame
        title={t('review.summaryTitle')}
        query={query}
        isEmpty={!facts || facts.rate.now === null}
        emptyState={<NoDataMessage />}
        unavailable={rateUnavailable}
        placeholderHeight={110}
        className="review__summary"
      >
        <div className="review__sentences" aria-busy={detailsPending}>
          {facts && reviewSummary(facts, t, format).map((sentence) => <p key={sentence}>{sentence}</p>)}
        </div>
      </ChartFrame>

      <ChartFrame
        title={t('review.kpis.title')}
        query={summariesQuery}
        isEmpty={false}
        emptyState={null}
        placeholderHeight={300}
      >
        <ReviewKpiTable
          month={{
            label: format.month(`${month}-01`) + (facts?.provisional ? ` (${t('charts.provisional.badge')})` : ''),
            summary: summaries.current.data,
            estimates,
          }}
          previous={{ label: comparedMonthName(compared.previous, format, t, 'short'), summary: summaries.previous.data }}
          yearEarlier={{ label: comparedMonthName(compared.yearEarlier, format, t, 'short'), summary: summaries.yearEarlier.data }}
        />
        {previousFilters?.requestedBy && <p className="muted review__same-age">{sameAgeNote(previousFilters.requestedBy)}</p>}
      </ChartFrame>

      <div className="chart-grid review__pair">
        <MoversList
          filters={monthFilters}
          before={previousFilters}
          description={t('review.moversDescription', { month: comparedMonthName(compared.previous, format, t) })}
          unavailable={monthBeforeInData ? undefined : t('review.noMonthBefore', { month: monthLabel })}
        />
        <ReviewPreventable filters={monthFilters} before={previousFilters} monthBeforeInData={monthBeforeInData} />
      </div>
      <ReviewCauses filters={filters} month={month} />
      <div className="chart-grid review__pair">
        <ReviewTrend filters={filters} month={month} />
        <ReviewOpenIssues openReturns={openReturns} flagged={flagged} month={month} />
      </div>
    </>
  );
}
