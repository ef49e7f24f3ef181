import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../lib/api-error.ts';
import './ChartFrame.css';

/** The parts of a query result a frame needs to choose between loading, error and content. */
export interface FrameQuery {
  isPending: boolean;
  isError: boolean;
  isPlaceholderData: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface ChartFrameProps {
  title: string;
  description?: string;
  query: FrameQuery;
  isEmpty: boolean;
  /** What to say, and offer, when the answer has no rows. */
  emptyState: ReactNode;
  /**
   * What to say instead of the content when the data lacks what the chart is made of (a field no
   * row has): no answer could fill the chart, so it is said before any loading or empty state, and
   * the description, whose figures would read as 0, is left out.
   */
  unavailable?: ReactNode;
  /** Controls beside the title, e.g. a dimension toggle. */
  actions?: ReactNode;
  /** Legend and notes shown under the title once there is content. */
  legend?: ReactNode;
  /** The figures as a table (see DataTable): shown on request, for screen readers and exact values. */
  table?: ReactNode;
  /** Height of the loading placeholder, close to the content's so the page does not jump. */
  placeholderHeight?: number;
  className?: string;
  children: ReactNode;
}

/** The one frame every chart and table sits in: title, and the loading, empty and error states. */
export function ChartFrame({
  title,
  description,
  query,
  isEmpty,
  emptyState,
  unavailable,
  actions,
  legend,
  table,
  placeholderHeight = 240,
  className,
  children,
}: ChartFrameProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const isRefreshing = query.isFetching && query.isPlaceholderData;

  let body: ReactNode;
  if (!unavailable && query.isPending) {
    body = (
      <div className="chart-frame__skeleton" style={{ height: placeholderHeight }} role="status">
        <span className="visually-hidden">{t('states.loading')}</span>
      </div>
    );
  } else if (!unavailable && query.isError) {
    const reason = apiErrorMessage(query.error);
    body = (
      <div className="chart-frame__message chart-frame__message--error" role="alert" style={{ minHeight: placeholderHeight }}>
        <p>{t('states.error')}</p>
        {reason && <p className="chart-frame__reason">{reason}</p>}
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('states.retry')}
        </button>
      </div>
    );
  } else if (unavailable || isEmpty) {
    body = (
      <div className="chart-frame__message" style={{ minHeight: placeholderHeight }}>
        {unavailable || emptyState}
      </div>
    );
  } else {
    body = (
      <>
        {legend && <div className="chart-frame__legend">{legend}</div>}
        <div className={isRefreshing ? 'chart-frame__content is-refreshing' : 'chart-frame__content'}>{children}</div>
        {table && (
          <details className="chart-frame__table">
            <summary>{t('dataTable.show')}</summary>
            {table}
          </details>
        )}
      </>
    );
  }

  return (
    <figure
      className={className ? `chart-frame ${className}` : 'chart-frame'}
      aria-labelledby={titleId}
      aria-busy={query.isFetching}
    >
      <figcaption className="chart-frame__caption">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        {description && !unavailable && <p className="chart-frame__description">{description}</p>}
      </figcaption>
      {actions && <div className="chart-frame__actions">{actions}</div>}
      <div className="chart-frame__body">{body}</div>
    </figure>
  );
}
