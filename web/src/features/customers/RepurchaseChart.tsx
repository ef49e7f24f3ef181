import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RankedBarChart, type RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { neutralColor, resolutionColors } from '../../lib/palette.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { useRepurchase, type Repurchase } from './use-customers.ts';

type Cohort = Repurchase['returned'];

interface CohortItem extends RankedItem {
  cohort: Cohort;
}

const resolutionColor: Record<string, string> = {
  refund: resolutionColors.refund,
  exchange: resolutionColors.exchange,
  store_credit: resolutionColors.storeCredit,
};

/** Do they buy again? Customers who returned, by how their return was resolved, against those who did not. */
export function RepurchaseChart({ filters, withinDays, actions }: { filters: Filters | null; withinDays: number; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { resolutionLabel } = useCodeLabels();
  const repurchase = useRepurchase(filters, withinDays);
  const data = repurchase.data;
  const items = useMemo((): CohortItem[] => {
    if (!data) return [];
    return [
      { key: 'notReturned', label: t('customers.cohorts.notReturned'), value: data.notReturned.repurchaseRate, color: neutralColor, cohort: data.notReturned },
      { key: 'returned', label: t('customers.cohorts.returned'), value: data.returned.repurchaseRate, color: '#2f4a66', cohort: data.returned },
      ...data.byResolution.map((row) => ({
        key: row.resolution ?? 'none',
        label: t('customers.cohorts.byResolution', { resolution: row.resolution ? resolutionLabel(row.resolution) : t('states.noValue') }),
        value: row.repurchaseRate,
        color: (row.resolution && resolutionColor[row.resolution]) || neutralColor,
        cohort: row,
      })),
    ];
  }, [data, t, resolutionLabel]);
  const title = t('customers.repurchase.title', { days: format.number(withinDays) });

  return (
    <ChartFrame
      title={title}
      description={
        data &&
        t('customers.repurchase.description', {
          returned: format.percent(data.returned.repurchaseRate),
          notReturned: format.percent(data.notReturned.repurchaseRate),
          days: format.number(withinDays),
          asOf: format.date(data.asOf),
        })
      }
      query={repurchase}
      isEmpty={!data || data.returned.customers + data.notReturned.customers === 0}
      emptyState={<NoDataMessage />}
      actions={actions}
      placeholderHeight={200}
      table={
        <DataTable
          caption={title}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            { id: 'cohort', header: t('customers.repurchase.cohort'), cell: (item) => item.label },
            { id: 'rate', header: t('customers.repurchase.rate'), numeric: true, cell: (item) => format.percent(item.value) },
            { id: 'repurchased', header: t('customers.repurchase.repurchased'), numeric: true, cell: (item) => format.number(item.cohort.repurchased) },
            { id: 'observed', header: t('customers.repurchase.observed'), numeric: true, cell: (item) => format.number(item.cohort.observed) },
            { id: 'waiting', header: t('customers.repurchase.stillInWindow'), numeric: true, cell: (item) => format.number(item.cohort.stillInWindow) },
          ]}
        />
      }
    >
      <RankedBarChart
        items={items}
        formatValue={(value) => format.percent(value)}
        formatAxis={format.percentTick}
        describe={(item) => ({
          lines: [
            { label: t('customers.repurchase.rate'), value: format.percent(item.value), color: item.color },
            { label: t('customers.repurchase.repurchased'), value: format.number(item.cohort.repurchased) },
            { label: t('customers.repurchase.observed'), value: format.number(item.cohort.observed) },
          ],
          footnote: t('customers.repurchase.waiting', { count: item.cohort.stillInWindow, formatted: format.number(item.cohort.stillInWindow) }),
        })}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
