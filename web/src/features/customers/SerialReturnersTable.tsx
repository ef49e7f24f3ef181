import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ServerTable, useServerTable, type ServerTableFeatures } from '../../components/ServerTable.tsx';
import { useServerTableState } from '../../components/use-server-table-state.ts';
import { useFormat } from '../../lib/format-context.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useSerialReturners, type SerialReturner, type SerialSort } from './use-customers.ts';

const column = createColumnHelper<ServerTableFeatures, SerialReturner>();
const pageSize = 10;
const defaultSorting: SortingState = [{ id: 'unitsReturned', desc: true }];
const noRows: SerialReturner[] = [];
const numeric = { numeric: true };

/** Customers who order often and send most of it back, with their share of all returns and refunds. */
export function SerialReturnersTable({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useServerTableState(filters, defaultSorting, pageSize);
  const sort = (state.sorting[0]?.id ?? 'unitsReturned') as SerialSort;
  const serial = useSerialReturners(filters, { sort, pageIndex: state.pagination.pageIndex, pageSize });
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('customerId', {
          header: t('rows.columns.customerId'),
          enableSorting: false,
          cell: (info) => {
            const customer = info.getValue();
            return customer ? <DrillLink target={{ view: 'returns', narrowing: { customer } }}>{customer}</DrillLink> : t('states.noValue');
          },
        }),
        column.accessor('orders', { header: t('customers.serial.orders'), cell: (info) => format.number(info.getValue()), meta: numeric }),
        column.accessor('unitsSold', { header: t('table.columns.unitsSold'), enableSorting: false, cell: (info) => format.number(info.getValue()), meta: numeric }),
        column.accessor('unitsReturned', { header: t('table.columns.unitsReturned'), cell: (info) => format.number(info.getValue()), meta: numeric }),
        column.accessor('returnRateUnits', { header: t('table.columns.returnRateUnits'), cell: (info) => format.percent(info.getValue()), meta: numeric }),
        column.accessor('refundedValue', { header: t('customers.serial.refunded'), cell: (info) => format.money(info.getValue()), meta: numeric }),
        column.accessor('shareOfUnitsReturned', { header: t('customers.serial.shareUnits'), enableSorting: false, cell: (info) => format.percent(info.getValue(), 2), meta: numeric }),
        column.accessor('shareOfRefundedValue', { header: t('customers.serial.shareRefunds'), enableSorting: false, cell: (info) => format.percent(info.getValue(), 2), meta: numeric }),
      ]),
    [t, format],
  );
  const total = serial.data?.total ?? 0;
  const table = useServerTable(columns, serial.data?.rows ?? noRows, total, {
    ...state,
    // The server sorts largest first only.
    onSortingChange: (updater) => state.onSortingChange((current) => {
      const next = typeof updater === 'function' ? updater(current) : updater;
      return next.map((entry) => ({ ...entry, desc: true }));
    }),
  });
  const overall = serial.data?.overall;
  // a customer's return rate needs both files: without one, "0 customers" would read as measured
  const unavailable = useMissingDataMessage(rateNeeds);

  return (
    <ChartFrame
      title={t('customers.serial.title', { count: total, formatted: unavailable ? '—' : format.number(total) })}
      description={
        overall &&
        serial.data &&
        t('customers.serial.description', {
          minOrders: format.number(serial.data.criteria.minOrders),
          minRate: format.percent(serial.data.criteria.minReturnRate, 0),
          of: format.number(overall.customersWithOrders),
          units: format.percent(overall.shareOfUnitsReturned),
          refunds: format.percent(overall.shareOfRefundedValue),
        })
      }
      query={serial}
      isEmpty={total === 0}
      emptyState={<p>{t('customers.serial.none')}</p>}
      unavailable={unavailable}
      placeholderHeight={360}
    >
      <ServerTable table={table} total={total} />
    </ChartFrame>
  );
}
