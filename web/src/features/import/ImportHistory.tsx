import { createColumnHelper, useTable, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ServerTable, serverTableFeatures, type ServerTableFeatures } from '../../components/ServerTable.tsx';
import { useServerTableState } from '../../components/use-server-table-state.ts';
import { intlLocaleOf } from '../../i18n/i18n.ts';
import { useFormat } from '../../lib/format-context.ts';
import { formatUtcWallClock } from './utc-wall-clock.ts';
import { useImportHistory, type ImportLogRow } from './use-import-history.ts';
import { useImportLabels } from './use-import-labels.ts';

const column = createColumnHelper<ServerTableFeatures, ImportLogRow>();
const pageSize = 10;
const noSorting: SortingState = [];
const noRows: ImportLogRow[] = [];

/** The import log, newest first as the server keeps it, ten to a page; demo loads are marked, and who imported each file when the server says. */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const history = useImportHistory();
  const rows: ImportLogRow[] = history.data?.rows ?? noRows;
  const state = useServerTableState(rows.length, noSorting, pageSize);
  const { pageIndex } = state.pagination;
  const pageRows = useMemo(() => rows.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), [rows, pageIndex]);
  const locale = intlLocaleOf(i18n.language);
  // Outside team mode nobody signs in and the log names nobody: no empty column.
  const showImportedBy = rows.some((row) => row.importedBy != null);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('startedAt', {
          header: t('import.history.startedAt'),
          cell: (info) => <span className="nowrap">{formatUtcWallClock(info.getValue(), locale)}</span>,
        }),
        column.accessor('fileName', {
          header: t('import.history.file'),
          cell: (info) => (
            <span className="history-file">
              <span className="history-file__name" title={info.getValue()}>
                {info.getValue()}
              </span>
              {info.row.original.isDemo && (
                <span className="badge" title={t('import.history.demoTitle')}>
                  {t('import.history.demo')}
                </span>
              )}
            </span>
          ),
        }),
        ...(showImportedBy
          ? [column.display({ id: 'importedBy', header: t('import.history.importedBy'), cell: (info) => info.row.original.importedBy ?? '' })]
          : []),
        column.accessor('kind', { header: t('import.history.kind'), cell: (info) => labels.kind(info.getValue()) }),
        column.accessor('source', { header: t('import.history.source'), cell: (info) => labels.source(info.getValue()) }),
        column.accessor('mode', { header: t('import.history.mode'), cell: (info) => labels.mode(info.getValue()) }),
        column.accessor('rowsRead', {
          header: t('import.history.rowsRead'),
          cell: (info) => format.number(info.getValue()),
          meta: { numeric: true },
        }),
        column.accessor('rowsImported', {
          header: t('import.history.rowsImported'),
          cell: (info) => format.number(info.getValue()),
          meta: { numeric: true },
        }),
        column.accessor('rowsRejected', {
          header: t('import.history.rowsRejected'),
          cell: (info) => (
            <span className={info.getValue() > 0 ? 'history-rejected' : undefined}>{format.number(info.getValue())}</span>
          ),
          meta: { numeric: true },
        }),
      ]),
    [t, format, labels, locale, showImportedBy],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: pageRows,
    rowCount: rows.length,
    state: { sorting: state.sorting, pagination: state.pagination },
    onSortingChange: state.onSortingChange,
    onPaginationChange: state.onPaginationChange,
    manualSorting: true,
    manualPagination: true,
    enableSorting: false,
  });

  return (
    <ChartFrame
      title={t('import.history.title')}
      description={t('import.history.description')}
      query={history}
      isEmpty={rows.length === 0}
      emptyState={<p>{t('import.history.empty')}</p>}
      placeholderHeight={96}
    >
      <ServerTable table={table} total={rows.length} />
    </ChartFrame>
  );
}
