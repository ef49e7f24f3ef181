import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ServerTable, useServerTable } from '../../components/ServerTable.tsx';
import { useUrlTableState } from '../../components/use-url-table-state.ts';
import { useFormat } from '../../lib/format-context.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { useFilters } from '../filters/use-filters.ts';
import { productColumns } from './product-columns.tsx';
import { useProducts, type ProductRow, type ProductSort } from './use-products.ts';
import './ProductsPage.css';
import { useSearchUpdate } from '../../app/use-search-update.ts';

const pageSize = 25;
const sorts: ProductSort[] = [
  'unitsSold', 'unitsReturned', 'returnRateUnits', 'returnedValue', 'grossSales', 'baselineRate', 'lift', 'excessUnits',
  'sku', 'productName', 'category', 'topReason',
];
const noRows: ProductRow[] = [];

/** Productos: every SKU, sorted, searched and paged on the server, flagged when far above its category. */
export function ProductsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters } = useFilters();
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const search = params.get('q') ?? '';
  const flaggedOnly = params.get('flagged') === 'true';
  const state = useUrlTableState(sorts, { sort: 'unitsReturned', order: 'desc' }, pageSize);
  useDocumentTitle(t('pages.products.title'));

  const products = useProducts(filters, {
    sort: state.sort,
    order: state.order,
    pageIndex: state.pagination.pageIndex,
    pageSize,
    search,
    flaggedOnly,
  });
  const thresholds = products.data?.thresholds ?? { minUnits: 30, minLift: 1.5 };
  const hasReasons = useMissingFields(['reasonText']).length === 0;
  // every row is a rate: without returns (or sales) each would read 0 % (or nothing) as measured
  const unavailable = useMissingDataMessage(rateNeeds);
  const columns = useMemo(
    () => productColumns({ t, format, minLift: thresholds.minLift, hasReasons }),
    [t, format, thresholds.minLift, hasReasons],
  );
  const total = products.data?.total ?? 0;
  const table = useServerTable(columns, products.data?.rows ?? noRows, total, state);

  const setParam = (name: string, value: string | null) =>
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      if (value) changed.set(name, value);
      else changed.delete(name);
      changed.delete('page');
      return changed;
    });

  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.products.title')}</h1>
      <DatasetGate>
        <div className="products__toolbar">
          <SearchBox
            label={t('products.searchLabel')}
            placeholder={t('products.searchPlaceholder')}
            initial={search}
            onSearch={(q) => setParam('q', q || null)}
          />
          <label className="products__flagged">
            <input type="checkbox" checked={flaggedOnly} onChange={(event) => setParam('flagged', event.target.checked ? 'true' : null)} />
            {t('products.flaggedOnly', { count: products.data?.flaggedTotal ?? 0, formatted: format.number(products.data?.flaggedTotal ?? 0) })}
          </label>
        </div>
        <ChartFrame
          // a count the data cannot give is a dash, as every unknown figure: "0 products" would read as measured
          title={t('products.title', { count: total, formatted: unavailable ? '—' : format.number(total) })}
          description={t('products.description', {
            minUnits: format.number(thresholds.minUnits),
            minLift: format.number(thresholds.minLift, 1),
          })}
          query={products}
          isEmpty={total === 0}
          emptyState={search || flaggedOnly ? <p>{t('products.noMatch')}</p> : <NoDataMessage />}
          placeholderHeight={640}
          unavailable={unavailable}
        >
          <ServerTable table={table} total={total} />
        </ChartFrame>
      </DatasetGate>
    </div>
  );
}

