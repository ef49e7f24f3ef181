import { useTranslation } from 'react-i18next';
import { usePageParam } from '../../app/use-page-param.ts';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { RepurchaseChart } from './RepurchaseChart.tsx';
import { SerialReturnersTable } from './SerialReturnersTable.tsx';

const windows = ['30', '60', '90', '180'] as const;
type Window = (typeof windows)[number];

/** Clientes: do customers come back after a return, and who returns far more than they keep. */
export function CustomersPage() {
  const { t } = useTranslation();
  const { filters } = useFilters();
  const [within, setWithin] = usePageParam<Window>('within', windows, '90');
  useDocumentTitle(t('pages.customers.title'));
  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.customers.title')}</h1>
      <DatasetGate>
        <RepurchaseChart
          filters={filters}
          withinDays={Number(within)}
          actions={
            <label className="filter-field">
              <span className="filter-field__label">{t('customers.repurchase.within')}</span>
              <select className="is-auto-width" value={within} onChange={(event) => setWithin(event.target.value as Window)}>
                {windows.map((days) => (
                  <option key={days} value={days}>
                    {t('cycle.sla.days', { count: Number(days) })}
                  </option>
                ))}
              </select>
            </label>
          }
        />
        <SerialReturnersTable filters={filters} />
      </DatasetGate>
    </div>
  );
}
