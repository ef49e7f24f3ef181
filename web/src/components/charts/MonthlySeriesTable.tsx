import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { DataTable, type DataColumn } from '../DataTable.tsx';
import type { Series } from './series.ts';

interface MonthlySeriesTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  monthOf: (row: Row) => string;
  isProvisional?: (row: Row) => boolean;
  series: Series<Row>[];
  formatValue: (value: number | null) => string;
  /** Extra columns after the series, e.g. the n behind a month. */
  extra?: DataColumn<Row>[];
  /** The month's cell as a link to its rows. */
  monthLink?: (row: Row, label: string) => ReactNode;
}

/** A monthly chart's figures as a table, provisional months marked in words. */
export function MonthlySeriesTable<Row>({
  caption,
  rows,
  monthOf,
  isProvisional,
  series,
  formatValue,
  extra = [],
  monthLink,
}: MonthlySeriesTableProps<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: DataColumn<Row>[] = [
    {
      id: 'month',
      header: t('dataTable.month'),
      cell: (row) => {
        const label = format.month(monthOf(row)) + (isProvisional?.(row) ? ` (${t('charts.provisional.badge')})` : '');
        return monthLink ? monthLink(row, label) : label;
      },
    },
    ...series.map((s): DataColumn<Row> => ({ id: s.id, header: s.label, numeric: true, cell: (row) => formatValue(s.value(row)) })),
    ...extra,
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => monthOf(row)} />;
}
