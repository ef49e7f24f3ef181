import { createColumnHelper, useTable, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerTable, serverTableFeatures, type ServerTableFeatures } from '../../components/ServerTable.tsx';
import { useServerTableState } from '../../components/use-server-table-state.ts';
import { useFormat } from '../../lib/format-context.ts';
import { rejectsFileName, toCsv } from './rejects-csv.ts';
import type { Reject } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

const column = createColumnHelper<ServerTableFeatures, Reject>();
const pageSize = 20;
const noSorting: SortingState = [];

/** Starts a download of text made in the page; nothing goes to the server. */
function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface RejectsTableProps {
  rejects: readonly Reject[];
  fileName: string;
  /** The server's CSV of every reject of a stored import (`rejectsUrl`); without it the page writes the CSV of the rows it has. */
  downloadUrl?: string;
}

/**
 * The rows the import refused, in file order, a page at a time (the report lists at most 1,000),
 * with a CSV of them to fix the file in a spreadsheet: the server's, which holds every reject,
 * when the import was stored; else one made here from the listed rows (a refused file).
 */
export function RejectsTable({ rejects, fileName, downloadUrl }: RejectsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const state = useServerTableState(rejects, noSorting, pageSize);
  const { pageIndex } = state.pagination;
  const pageRows = useMemo(() => rejects.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), [rejects, pageIndex]);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('line', {
          header: t('import.rejects.line'),
          cell: (info) => format.number(info.getValue()),
          meta: { numeric: true },
        }),
        column.accessor('field', {
          header: t('import.rejects.field'),
          cell: (info) => <FieldName field={info.getValue()} label={labels.field(info.getValue())} />,
        }),
        column.accessor('value', {
          header: t('import.rejects.value'),
          cell: (info) =>
            info.getValue() === '' ? (
              <span className="muted">{t('import.rejects.empty')}</span>
            ) : (
              <code className="rejects__value" title={info.getValue()}>
                {info.getValue()}
              </code>
            ),
        }),
        column.accessor('reason', {
          header: t('import.rejects.reason'),
          cell: (info) => labels.rejectReason(info.getValue()),
        }),
      ]),
    [t, format, labels],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: pageRows as Reject[],
    rowCount: rejects.length,
    state: { sorting: state.sorting, pagination: state.pagination },
    onSortingChange: state.onSortingChange,
    onPaginationChange: state.onPaginationChange,
    manualSorting: true,
    manualPagination: true,
    enableSorting: false,
  });

  const download = () => {
    const header = [t('import.rejects.line'), t('import.rejects.field'), t('import.rejects.value'), t('import.rejects.reason')];
    const rows = rejects.map((reject) => [reject.line, reject.field, reject.value, labels.rejectReason(reject.reason)]);
    downloadText(toCsv(header, rows), rejectsFileName(t('import.rejects.fileName'), fileName));
  };

  return (
    <div className="rejects">
      <div className="rejects__toolbar">
        {downloadUrl ? (
          <a className="button rejects__download" href={downloadUrl} download>
            {t('import.rejects.download')}
          </a>
        ) : (
          <button type="button" className="button" onClick={download}>
            {t('import.rejects.download')}
          </button>
        )}
      </div>
      <ServerTable table={table} total={rejects.length} />
    </div>
  );
}

/** A canonical field in the reader's words, with the column name the CSV and the API use. */
function FieldName({ field, label }: { field: string; label: string }) {
  return label === field ? (
    <code>{field}</code>
  ) : (
    <span>
      {label} <code className="muted">{field}</code>
    </span>
  );
}
