import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import type { ServerTableFeatures } from '../../components/ServerTable.tsx';
import type { Formatters } from '../../lib/format.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { ProductRow } from './use-products.ts';

const column = createColumnHelper<ServerTableFeatures, ProductRow>();
const numeric = { numeric: true };

interface ColumnTools {
  t: TFunction;
  format: Formatters;
  minLift: number;
  /** Whether the data has reason text: without it every top reason would read "other". */
  hasReasons: boolean;
}

export function productColumns({ t, format, minLift, hasReasons }: ColumnTools) {
  return column.columns([
    column.accessor('sku', {
      header: t('products.columns.sku'),
      sortDescFirst: false,
      cell: (info) => (
        <DrillLink target={{ view: 'returns', filters: { sku: info.getValue() } }} title={t('products.openReturns')}>
          <span className="sku">{info.getValue()}</span>
        </DrillLink>
      ),
    }),
    column.accessor('productName', { header: t('products.columns.productName'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    column.accessor('category', { header: t('products.columns.category'), sortDescFirst: false, cell: (info) => info.getValue() ?? '—' }),
    column.accessor('unitsSold', { header: t('table.columns.unitsSold'), cell: (info) => format.number(info.getValue()), meta: numeric }),
    column.accessor('unitsReturned', { header: t('table.columns.unitsReturned'), cell: (info) => format.number(info.getValue()), meta: numeric }),
    column.accessor('returnRateUnits', {
      header: t('table.columns.returnRateUnits'),
      cell: (info) => {
        const row = info.row.original;
        return (
          <span className={row.farAboveCategory ? 'product-rate is-flagged' : 'product-rate'}>
            {row.farAboveCategory && (
              <span className="product-flag" title={t('products.flag', { lift: format.number(row.lift, 1), minLift: format.number(minLift, 1) })}>
                <span aria-hidden="true">▲</span>
                <span className="visually-hidden">{t('products.flagShort')}</span>
              </span>
            )}
            {format.percent(info.getValue())}
          </span>
        );
      },
      meta: numeric,
    }),
    column.accessor('baselineRate', { header: t('products.columns.baselineRate'), cell: (info) => format.percent(info.getValue()), meta: numeric }),
    column.accessor('lift', {
      header: t('products.columns.lift'),
      cell: (info) => (info.getValue() === null ? '—' : t('products.times', { lift: format.number(info.getValue(), 1) })),
      meta: numeric,
    }),
    column.accessor('excessUnits', { header: t('products.columns.excessUnits'), cell: (info) => format.number(info.getValue()), meta: numeric }),
    column.accessor('returnedValue', { header: t('table.columns.returnedValue'), cell: (info) => format.money(info.getValue()), meta: numeric }),
    ...(hasReasons
      ? [
          column.accessor('topReason', {
            header: t('table.columns.topReason'),
            sortDescFirst: false,
            cell: (info) => <ReasonCell code={info.getValue()} />,
          }),
        ]
      : []),
  ]);
}
