import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { ServerTable, useServerTable } from '../../components/ServerTable.tsx';
import { useUrlTableState } from '../../components/use-url-table-state.ts';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { useFilters } from '../filters/use-filters.ts';
import { NarrowingChips } from './NarrowingChips.tsx';
import { readNarrowing, readView, type DrillView, type Narrowing } from './drill-params.ts';
import { orderLineColumns, returnColumns } from './row-columns.tsx';
import {
  rowsQueryString,
  useOrderLineRows,
  useReturnRows,
  type OrderLineRow,
  type OrderLineSort,
  type ReturnRow,
  type ReturnSort,
} from './use-drill-rows.ts';
import './DrillDownPage.css';
import { useSearchUpdate } from '../../app/use-search-update.ts';

const pageSize = 50;
const returnSorts: ReturnSort[] = [
  'requestedAt', 'receivedAt', 'resolvedAt', 'orderedAt', 'quantity', 'amount', 'returnedValue', 'recoveredValue',
  'shippingCost', 'ageDays', 'daysRequestToResolved', 'returnId', 'orderId', 'sku', 'category', 'customerId',
  'reason', 'resolution', 'disposition',
];
const orderLineSorts: OrderLineSort[] = [
  'orderedAt', 'deliveredAt', 'quantity', 'unitPrice', 'lineValue', 'orderId', 'sku', 'productName', 'category',
  'customerId', 'channel', 'region', 'carrier',
];
/** Narrowing that means something for order lines; the rest only narrows returns. */
const orderLineNarrowing = new Set(['customer', 'withReturns']);
const noReturns: ReturnRow[] = [];
const noOrderLines: OrderLineRow[] = [];

/** The rows behind a figure: returns or order lines, with the view's filters, sortable, paged and exportable. */
export function DrillDownPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const navigate = useNavigate();
  const { filters } = useFilters();
  const view = readView(params);
  const narrowing = readNarrowing(params);
  const search = params.get('q') ?? '';
  useDocumentTitle(t(`rows.title.${view}`));

  const changeView = (next: DrillView) =>
    updateSearch((current) => {
      const changed = new URLSearchParams(current);
      if (next === 'returns') changed.delete('view');
      else changed.set('view', next);
      // What only narrows returns is dropped rather than silently ignored on order lines.
      if (next === 'orderLines') for (const name of Object.keys(readNarrowing(current))) if (!orderLineNarrowing.has(name)) changed.delete(name);
      for (const name of ['sort', 'order', 'page']) changed.delete(name);
      return changed;
    });

  return (
    <div className="drill-page">
      <div className="drill-page__head">
        <h1 className="page-title">{t(`rows.title.${view}`)}</h1>
        <button type="button" className="link-button" onClick={() => void navigate(-1)}>
          {t('rows.back')}
        </button>
      </div>
      <DatasetGate>
        <div className="drill-page__toolbar">
          <SegmentedControl<DrillView>
            label={t('rows.viewLabel')}
            value={view}
            options={[
              { value: 'returns', label: t('rows.views.returns') },
              { value: 'orderLines', label: t('rows.views.orderLines') },
            ]}
            onChange={changeView}
          />
          <SearchBox
            label={t('rows.search.label')}
            placeholder={t('rows.search.placeholder')}
            initial={search}
            onSearch={(q) => updateSearch((current) => withSearch(current, q))}
          />
          <NarrowingChips narrowing={narrowing} />
        </div>
        {view === 'returns' ? (
          <ReturnRowsTable filters={filters} narrowing={narrowing} search={search} />
        ) : (
          <OrderLineRowsTable filters={filters} narrowing={narrowing} search={search} />
        )}
      </DatasetGate>
    </div>
  );
}

function withSearch(current: URLSearchParams, q: string): URLSearchParams {
  const changed = new URLSearchParams(current);
  if (q) changed.set('q', q);
  else changed.delete('q');
  changed.delete('page');
  return changed;
}


interface RowsTableProps {
  filters: Filters | null;
  narrowing: Narrowing;
  search: string;
}

function ReturnRowsTable({ filters, narrowing, search }: RowsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { resolutionLabel } = useCodeLabels();
  const state = useUrlTableState(returnSorts, { sort: narrowing.open ? 'ageDays' : 'requestedAt', order: 'desc' }, pageSize);
  const page = { sort: state.sort, order: state.order, pageIndex: state.pagination.pageIndex, pageSize, search };
  const rows = useReturnRows(filters, narrowing, page);
  const columns = useMemo(() => returnColumns({ t, format, resolutionLabel }), [t, format, resolutionLabel]);
  const total = rows.data?.total ?? 0;
  const table = useServerTable(columns, rows.data?.rows ?? noReturns, total, state);
  const totals = rows.data?.totals;
  return (
    <ChartFrame
      title={t('rows.count.returns', { count: total, formatted: format.number(total) })}
      description={
        totals &&
        t('rows.totals.returns', { units: format.number(totals.units), value: format.money(totals.returnedValue) })
      }
      query={rows}
      isEmpty={total === 0}
      emptyState={<NoRows search={search} />}
      placeholderHeight={480}
      actions={filters && <CsvLink href={`/api/rows/returns.csv?${rowsQueryString(filters, narrowing, page)}`} total={total} />}
    >
      <ServerTable table={table} total={total} />
    </ChartFrame>
  );
}

function OrderLineRowsTable({ filters, narrowing, search }: RowsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useUrlTableState(orderLineSorts, { sort: 'orderedAt', order: 'desc' }, pageSize);
  const page = { sort: state.sort, order: state.order, pageIndex: state.pagination.pageIndex, pageSize, search };
  const rows = useOrderLineRows(filters, narrowing, page);
  const columns = useMemo(() => orderLineColumns({ t, format }), [t, format]);
  const total = rows.data?.total ?? 0;
  const table = useServerTable(columns, rows.data?.rows ?? noOrderLines, total, state);
  const totals = rows.data?.totals;
  return (
    <ChartFrame
      title={t('rows.count.orderLines', { count: total, formatted: format.number(total) })}
      description={totals && t('rows.totals.orderLines', { units: format.number(totals.units), value: format.money(totals.value) })}
      query={rows}
      isEmpty={total === 0}
      emptyState={<NoRows search={search} />}
      placeholderHeight={480}
      actions={filters && <CsvLink href={`/api/rows/order-lines.csv?${rowsQueryString(filters, narrowing, page)}`} total={total} />}
    >
      <ServerTable table={table} total={total} />
    </ChartFrame>
  );
}

function CsvLink({ href, total }: { href: string; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <a className="button drill-csv" href={href} download>
      {t('rows.csv')}
    </a>
  );
}

function NoRows({ search }: { search: string }) {
  const { t } = useTranslation();
  if (search) return <p>{t('rows.noMatch', { search })}</p>;
  return <NoDataMessage />;
}
