import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import type { ServerTableFeatures } from '../../components/ServerTable.tsx';
import type { Formatters } from '../../lib/format.ts';
import type { OrderLineRow, ReturnRow } from './use-drill-rows.ts';

interface ColumnTools {
  t: TFunction;
  format: Formatters;
  resolutionLabel: (code: string) => string;
}

const returnColumn = createColumnHelper<ServerTableFeatures, ReturnRow>();
const orderLineColumn = createColumnHelper<ServerTableFeatures, OrderLineRow>();

const numeric = { numeric: true };

/** A product cell: the SKU, the product's name on hover (a column of names would push the figures off screen). */
function Product({ sku, name }: { sku: string; name: string | null }) {
  return (
    <span className="sku" title={name ?? undefined}>
      {sku}
    </span>
  );
}

export function returnColumns({ t, format, resolutionLabel }: ColumnTools) {
  return returnColumn.columns([
    returnColumn.accessor('requestedAt', { header: t('rows.columns.requestedAt'), cell: (info) => format.dateTime(info.getValue()) }),
    returnColumn.accessor('returnId', { header: t('rows.columns.returnId'), sortDescFirst: false }),
    returnColumn.accessor('orderId', { header: t('rows.columns.orderId'), sortDescFirst: false }),
    returnColumn.accessor('sku', {
      header: t('rows.columns.product'),
      sortDescFirst: false,
      cell: (info) => <Product sku={info.getValue()} name={info.row.original.productName} />,
    }),
    returnColumn.accessor('customerId', { header: t('rows.columns.customerId'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    returnColumn.accessor('quantity', { header: t('rows.columns.quantity'), cell: (info) => format.number(info.getValue()), meta: numeric }),
    returnColumn.accessor('reason', {
      header: t('rows.columns.reason'),
      sortDescFirst: false,
      cell: (info) => <ReasonCell code={info.getValue()} rawText={info.row.original.reasonRaw} />,
    }),
    returnColumn.accessor('resolution', { header: t('rows.columns.resolution'), sortDescFirst: false, cell: (info) => resolutionLabel(info.getValue()) }),
    returnColumn.accessor('amount', { header: t('rows.columns.amount'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    returnColumn.accessor('recoveredValue', { header: t('rows.columns.recoveredValue'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    returnColumn.accessor('shippingCost', { header: t('rows.columns.shippingCost'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    returnColumn.accessor('daysRequestToResolved', {
      header: t('rows.columns.daysRequestToResolved'),
      cell: (info) => format.days(info.getValue()),
      meta: numeric,
    }),
    returnColumn.accessor('ageDays', {
      header: t('rows.columns.ageDays'),
      cell: (info) => (info.getValue() === null ? '' : format.days(info.getValue())),
      meta: numeric,
    }),
  ]);
}

export function orderLineColumns({ t, format }: Pick<ColumnTools, 't' | 'format'>) {
  return orderLineColumn.columns([
    orderLineColumn.accessor('orderedAt', { header: t('rows.columns.orderedAt'), cell: (info) => format.dateTime(info.getValue()) }),
    orderLineColumn.accessor('orderId', { header: t('rows.columns.orderId'), sortDescFirst: false }),
    orderLineColumn.accessor('sku', {
      header: t('rows.columns.product'),
      sortDescFirst: false,
      cell: (info) => <Product sku={info.getValue()} name={info.row.original.productName} />,
    }),
    orderLineColumn.accessor('category', { header: t('rows.columns.category'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    orderLineColumn.accessor('customerId', { header: t('rows.columns.customerId'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    orderLineColumn.accessor('quantity', { header: t('rows.columns.quantity'), cell: (info) => format.number(info.getValue()), meta: numeric }),
    orderLineColumn.accessor('unitPrice', { header: t('rows.columns.unitPrice'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    orderLineColumn.accessor('lineValue', { header: t('rows.columns.lineValue'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    orderLineColumn.accessor('channel', { header: t('rows.columns.channel'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    orderLineColumn.accessor('region', { header: t('rows.columns.region'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    orderLineColumn.accessor('carrier', { header: t('rows.columns.carrier'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    orderLineColumn.accessor('unitsReturned', {
      header: t('rows.columns.unitsReturned'),
      enableSorting: false,
      cell: (info) => (info.getValue() ? format.number(info.getValue()) : ''),
      meta: numeric,
    }),
  ]);
}
