import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import type { ServerTableFeatures } from '../../components/ServerTable.tsx';
import type { Formatters } from '../../lib/format.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { BreakdownRow } from '../../metrics/use-breakdown.ts';

const column = createColumnHelper<ServerTableFeatures, BreakdownRow>();

interface ColumnTools {
  t: TFunction;
  format: Formatters;
  keyHeader: string;
  /** Narrows the whole page to one row's key. */
  onFilterBy: (key: string) => void;
  /** The dimension of the rows: a row's returns are those with its key. */
  by: 'category' | 'sku';
  /** Whether the data has reason text: without it every top reason would read "other". */
  hasReasons: boolean;
}

export function breakdownColumns({ t, format, keyHeader, onFilterBy, by, hasReasons }: ColumnTools) {
  return column.columns([
    column.accessor('key', {
      header: keyHeader,
      sortDescFirst: false,
      cell: (info) => {
        const key = info.getValue();
        if (key === null) return <span className="muted">{t('states.noValue')}</span>;
        return (
          <button
            type="button"
            className="link-button"
            title={t('table.filterBy', { value: key })}
            onClick={() => onFilterBy(key)}
          >
            {key}
          </button>
        );
      },
    }),
    column.accessor('unitsSold', {
      header: t('table.columns.unitsSold'),
      cell: (info) => format.number(info.getValue()),
      meta: { numeric: true },
    }),
    column.accessor('unitsReturned', {
      header: t('table.columns.unitsReturned'),
      cell: (info) => {
        const key = info.row.original.key;
        if (key === null || info.getValue() === 0) return format.number(info.getValue());
        return (
          <DrillLink target={{ view: 'returns', filters: { [by]: key } }} title={t('rows.open')}>
            {format.number(info.getValue())}
          </DrillLink>
        );
      },
      meta: { numeric: true },
    }),
    column.accessor('returnRateUnits', {
      header: t('table.columns.returnRateUnits'),
      cell: (info) => format.percent(info.getValue()),
      meta: { numeric: true },
    }),
    column.accessor('returnedValue', {
      header: t('table.columns.returnedValue'),
      cell: (info) => format.money(info.getValue()),
      meta: { numeric: true },
    }),
    ...(hasReasons
      ? [
          column.accessor('topReason', {
            header: t('table.columns.topReason'),
            enableSorting: false,
            cell: (info) => <ReasonCell code={info.getValue()} />,
          }),
        ]
      : []),
  ]);
}
