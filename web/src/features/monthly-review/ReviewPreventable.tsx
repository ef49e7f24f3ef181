import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import { combinedQuery } from '../../lib/combined-query.ts';
import { useFormat } from '../../lib/format-context.ts';
import { groupOfReason, isReason } from '../../lib/reasons.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { breakdownOptions, type BreakdownRequest, type BreakdownRow } from '../../metrics/use-breakdown.ts';

const byReason: BreakdownRequest = { by: 'reason', sort: 'unitsReturned', order: 'desc', limit: 50, offset: 0 };
const shown = 5;

interface PreventableRow {
  row: BreakdownRow;
  before: BreakdownRow | undefined;
}

interface ReviewPreventableProps {
  filters: Filters | null;
  /** The month before as the review compares it (at the same age); null until known. */
  before: Filters | null;
  /** Whether the data reaches the month before: the first month of the data has none to compare with. */
  monthBeforeInData: boolean;
}

/** The preventable reasons that cost most this month, each against the month before as the review compares it. */
export function ReviewPreventable({ filters, before: beforeFilters, monthBeforeInData }: ReviewPreventableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { query, rows } = useQueries({
    queries: [breakdownOptions(filters, byReason), breakdownOptions(beforeFilters, byReason)],
    combine: (results) => {
      const [now, before] = results;
      const earlier = new Map((before?.data?.rows ?? []).map((row) => [row.key, row]));
      return {
        // the month before is waited for only where the data has it
        query: combinedQuery(monthBeforeInData ? results : [now!]),
        rows: (now?.data?.rows ?? [])
          .filter((row) => row.key !== null && isReason(row.key) && groupOfReason(row.key) !== 'customer' && row.unitsReturned > 0)
          .slice(0, shown)
          .map((row): PreventableRow => ({ row, before: earlier.get(row.key) })),
      };
    },
  });
  const unavailable = useMissingDataMessage(['reasonText']);
  const title = t('review.preventable.title');
  return (
    <ChartFrame
      title={title}
      description={t('review.preventable.description')}
      query={query}
      isEmpty={rows.length === 0}
      emptyState={<p>{t('review.preventable.none')}</p>}
      unavailable={unavailable}
      placeholderHeight={180}
    >
      <DataTable
        caption={title}
        rows={rows}
        rowKey={({ row }) => row.key ?? ''}
        columns={[
          {
            id: 'reason',
            header: t('filters.dimensions.reason'),
            cell: ({ row }) => (
              <DrillLink target={{ view: 'returns', filters: { reason: row.key } }}>
                <ReasonCell code={row.key} />
              </DrillLink>
            ),
          },
          { id: 'units', header: t('table.columns.unitsReturned'), numeric: true, cell: ({ row }) => format.number(row.unitsReturned) },
          { id: 'rate', header: t('review.preventable.rate'), numeric: true, cell: ({ row }) => format.percent(row.returnRateUnits, 2) },
          {
            id: 'change',
            header: t('review.preventable.change'),
            numeric: true,
            cell: ({ row, before }) =>
              before && row.returnRateUnits !== null && before.returnRateUnits !== null
                ? format.percentPoints(row.returnRateUnits - before.returnRateUnits)
                : '—',
          },
          { id: 'value', header: t('table.columns.returnedValue'), numeric: true, cell: ({ row }) => format.money(row.returnedValue) },
        ]}
      />
    </ChartFrame>
  );
}
