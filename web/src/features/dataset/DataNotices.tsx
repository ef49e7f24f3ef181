import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { useDataset } from './use-dataset.ts';
import './DemoBanner.css';

/**
 * What the data as a whole makes every figure read wrongly, said above every page:
 * - the returns imported stop well before the orders (an export of returns taken before the
 *   orders' newest days): the returns still to import would read as a fall in every rate of those
 *   days (docs/metrics.md, "Comparing periods");
 * - the order lines are in several currencies: every amount adds them as if they were one.
 * Unlike the demo banner, each stays on the printed and mailed monthly review (`data-notice`):
 * its figures are read the same wrong way there, away from the app.
 */
export function DataNotices() {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset().data;
  if (!dataset) return null;
  const { returnsLag: lag, currencies, currency } = dataset;
  return (
    <>
      {lag && (
        <aside className="demo-banner data-notice" aria-label={t('returnsLag.label')}>
          <p>{t('returnsLag.body', { returnsEnd: format.date(lag.returnsEnd.slice(0, 10)), ordersEnd: format.date(lag.ordersEnd.slice(0, 10)) })}</p>
        </aside>
      )}
      {currencies.length > 1 && (
        <aside className="demo-banner data-notice" aria-label={t('mixedCurrencies.label')}>
          <p>{t('mixedCurrencies.body', { currencies: currencies.join(', '), currency })}</p>
        </aside>
      )}
    </>
  );
}
