import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { useDataset } from './use-dataset.ts';
import './DemoBanner.css';

/**
 * Says when the returns imported stop well before the orders (an export of returns taken before
 * the orders' newest days): the returns still to import would read as a fall in every rate of
 * those days (docs/metrics.md, "Comparing periods").
 */
export function ReturnsLagNotice() {
  const { t } = useTranslation();
  const format = useFormat();
  const lag = useDataset().data?.returnsLag;
  if (!lag) return null;
  return (
    <aside className="demo-banner" aria-label={t('returnsLag.label')}>
      <p>{t('returnsLag.body', { returnsEnd: format.date(lag.returnsEnd.slice(0, 10)), ordersEnd: format.date(lag.ordersEnd.slice(0, 10)) })}</p>
    </aside>
  );
}
