import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { combinedQuery } from '../../lib/combined-query.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { useReturnRows } from '../drill-down/use-drill-rows.ts';
import type { useProducts } from '../products/use-products.ts';

interface ReviewOpenIssuesProps {
  openReturns: ReturnType<typeof useReturnRows>;
  flagged: ReturnType<typeof useProducts>;
  month: string;
}

/** What is still waiting: the oldest open returns, and the products far above their category. */
export function ReviewOpenIssues({ openReturns, flagged }: ReviewOpenIssuesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = openReturns.data;
  const products = flagged.data;
  // "No open returns" would be a claim the data cannot make when it never says how returns ended.
  const openUnknown = useMissingDataMessage(['resolution'], t('cycle.open.unknownStatus'));
  return (
    <ChartFrame
      title={t('review.open.title')}
      query={combinedQuery([openReturns, flagged])}
      isEmpty={!open?.total && !products?.flaggedTotal}
      emptyState={openUnknown ?? <p>{t('review.open.none')}</p>}
      placeholderHeight={200}
    >
      <div className="review-issues">
        {open && open.total > 0 && (
          <section>
            <h3 className="review-issues__title">
              <DrillLink target={{ view: 'returns', filters: { basis: 'return' }, narrowing: { open: 'true' } }}>
                {t('review.open.returns', { count: open.total, formatted: format.number(open.total) })}
              </DrillLink>
            </h3>
            <ul className="review-issues__list">
              {open.rows.map((row, index) => (
                // a return of several lines lists each under its one id
                <li key={`${row.returnId}:${row.sku}:${index}`}>
                  <span className="sku">{row.returnId}</span> · {row.sku} · {t('review.open.age', { days: format.days(row.ageDays) })}
                </li>
              ))}
            </ul>
          </section>
        )}
        {products && products.flaggedTotal > 0 && (
          <section>
            <h3 className="review-issues__title">
              {t('review.open.products', { count: products.flaggedTotal, formatted: format.number(products.flaggedTotal) })}
            </h3>
            <ul className="review-issues__list">
              {products.rows.map((row) => (
                <li key={`${row.sku}|${row.category}`}>
                  <DrillLink target={{ view: 'returns', filters: { sku: row.sku } }}>
                    <span className="sku">{row.sku}</span>
                  </DrillLink>{' '}
                  {row.productName}:{' '}
                  {t('review.open.product', {
                    rate: format.percent(row.returnRateUnits),
                    baseline: format.percent(row.baselineRate),
                    excess: format.number(row.excessUnits),
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ChartFrame>
  );
}
