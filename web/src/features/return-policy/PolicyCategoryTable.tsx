import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import type { CategoryOutside, PolicySimulation } from './use-policy-simulation.ts';

/** What the simulated window would have refused in each category, most returns refused first. */
export function PolicyCategoryTable({ simulation }: { simulation: UseQueryResult<PolicySimulation> }) {
  const { t } = useTranslation();
  // days since delivery or order, by category: both files are needed (the returns, and the orders they come from)
  const unavailable = useMissingDataMessage(rateNeeds);
  const format = useFormat();
  const answer = simulation.data;
  const title = t('policy.categories.title', { days: format.number(answer?.window.windowDays) });
  const columns: DataColumn<CategoryOutside>[] = [
    { id: 'category', header: t('filters.dimensions.category'), cell: (row) => row.category ?? t('states.noValue') },
    { id: 'returns', header: t('policy.categories.returns'), cell: (row) => format.number(row.returns), numeric: true },
    { id: 'outside', header: t('policy.categories.outside'), cell: (row) => format.number(row.outside.returns), numeric: true },
    { id: 'share', header: t('policy.categories.share'), cell: (row) => format.percent(row.outside.shareOfReturns), numeric: true },
    { id: 'units', header: t('policy.window.units'), cell: (row) => format.number(row.outside.unitsReturned), numeric: true },
    { id: 'value', header: t('policy.window.value'), cell: (row) => format.money(row.outside.returnedValue), numeric: true },
    { id: 'refunds', header: t('policy.window.figure'), cell: (row) => format.money(row.outside.refundedValue), numeric: true },
  ];
  return (
    <ChartFrame
      title={title}
      description={t('policy.categories.description')}
      query={simulation}
      isEmpty={!answer || answer.categories.length === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
    >
      {answer && <DataTable caption={title} columns={columns} rows={answer.categories} rowKey={(row) => row.category ?? ''} />}
    </ChartFrame>
  );
}
