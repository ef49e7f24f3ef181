import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import { ServerTable, useServerTable, type ServerTableFeatures } from '../../components/ServerTable.tsx';
import { useServerTableState } from '../../components/use-server-table-state.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { useOpenReturns, type OpenReturn } from './use-cycle-metrics.ts';

const column = createColumnHelper<ServerTableFeatures, OpenReturn>();
const pageSize = 10;
// The server lists open returns oldest first; that order is the point, so it is not a choice.
const oldestFirst: SortingState = [];
const noRows: OpenReturn[] = [];

/** The open returns, oldest first: the parcels nobody has finished with. */
export function OpenReturnsTable({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useServerTableState(filters, oldestFirst, pageSize);
  const open = useOpenReturns(filters, state.pagination);
  // Open means pending and unresolved: data that never says how returns ended has none.
  const unavailable = useMissingDataMessage(['resolution'], t('cycle.open.unknownStatus'));
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('ageDays', { header: t('cycle.open.age'), enableSorting: false, cell: (info) => format.days(info.getValue()), meta: { numeric: true } }),
        column.accessor('stage', { header: t('cycle.open.stage'), enableSorting: false, cell: (info) => t(`cycle.open.stages.${info.getValue()}`) }),
        column.accessor('returnId', { header: t('rows.columns.returnId'), enableSorting: false }),
        column.accessor('sku', { header: t('rows.columns.product'), enableSorting: false, cell: (info) => <span className="sku">{info.getValue()}</span> }),
        column.accessor('reason', { header: t('rows.columns.reason'), enableSorting: false, cell: (info) => <ReasonCell code={info.getValue()} rawText={info.row.original.reasonRaw} /> }),
        column.accessor('requestedAt', { header: t('rows.columns.requestedAt'), enableSorting: false, cell: (info) => format.dateTime(info.getValue()) }),
        column.accessor('receivedAt', { header: t('cycle.open.receivedAt'), enableSorting: false, cell: (info) => format.dateTime(info.getValue()) }),
        column.accessor('returnCarrier', { header: t('cycle.open.returnCarrier'), enableSorting: false, cell: (info) => info.getValue() ?? '—' }),
        column.accessor('returnedValue', { header: t('table.columns.returnedValue'), enableSorting: false, cell: (info) => format.money(info.getValue()), meta: { numeric: true } }),
      ]),
    [t, format],
  );
  const total = open.data?.total ?? 0;
  const table = useServerTable(columns, open.data?.rows ?? noRows, total, state);

  return (
    <ChartFrame
      title={unavailable ? t('cycle.open.heading') : t('cycle.open.title', { count: total, formatted: format.number(total) })}
      description={
        open.data &&
        t('cycle.open.description', {
          receipt: format.number(open.data.awaitingReceipt),
          resolution: format.number(open.data.awaitingResolution),
          asOf: format.dateTime(open.data.asOf),
        })
      }
      query={open}
      isEmpty={total === 0}
      emptyState={<p>{t('cycle.open.none')}</p>}
      unavailable={unavailable}
      placeholderHeight={360}
      actions={<DrillLink target={{ view: 'returns', narrowing: { open: 'true' } }}>{t('cycle.open.all')}</DrillLink>}
    >
      <ServerTable table={table} total={total} />
    </ChartFrame>
  );
}
