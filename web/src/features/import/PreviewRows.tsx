import { useTranslation } from 'react-i18next';
import { moneyFields } from '../../../../server/import/canonical-fields.ts';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import type { PreviewRow } from './preview-request.ts';
import { useImportLabels } from './use-import-labels.ts';

type Value = PreviewRow['values'][string];

// The stored columns of a combined row's return, shown together in one cell.
const returnSummaryFields = ['requested_at', 'quantity', 'reason', 'resolution', 'amount'] as const;

interface PreviewRowsProps {
  rows: readonly PreviewRow[];
  /** The stored columns to show, in order: those a column of the file feeds. */
  columns: readonly string[];
  withReturns: boolean;
}

/** The first rows as they would be stored, so a misread date or amount shows before anything is written. */
export function PreviewRows({ rows, columns, withReturns }: PreviewRowsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const reasonLabel = useReasonLabel();
  const { resolutionLabel, dispositionLabel } = useCodeLabels();

  const show = (field: string, value: Value) => {
    if (value === null || value === '') return <span className="muted">—</span>;
    if (typeof value === 'number') return format.number(value, moneyFields.has(field) ? 2 : 0);
    if (typeof value === 'boolean') return String(value);
    if (field === 'reason') return reasonLabel(value);
    if (field === 'resolution') return resolutionLabel(value);
    if (field === 'disposition') return dispositionLabel(value);
    return value;
  };

  return (
    <div className="preview-rows">
      <table className="preview-rows__table">
        <thead>
          <tr>
            <th scope="col" className="is-numeric">
              {t('import.rejects.line')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={moneyFields.has(column) || column === 'quantity' ? 'is-numeric' : undefined} title={column}>
                {labels.field(column)}
              </th>
            ))}
            {withReturns && <th scope="col">{t('import.preview.returnColumn')}</th>}
            <th scope="col">{t('import.preview.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.problems.length > 0 ? 'has-problem' : undefined}>
              <td className="is-numeric">{format.number(row.line)}</td>
              {columns.map((column) => (
                <td key={column} className={moneyFields.has(column) || column === 'quantity' ? 'is-numeric' : undefined}>
                  {show(column, row.values[column] ?? null)}
                </td>
              ))}
              {withReturns && (
                <td>
                  {row.returnValues ? (
                    returnSummaryFields
                      .map((field) => row.returnValues?.[field])
                      .map((value, index) => (value === null || value === undefined ? null : show(returnSummaryFields[index]!, value)))
                      .filter((part) => part !== null)
                      .reduce<React.ReactNode[]>((parts, part, index) => (index === 0 ? [part] : [...parts, ' · ', part]), [])
                  ) : (
                    <span className="muted">{t('import.preview.noReturn')}</span>
                  )}
                </td>
              )}
              <td className="preview-rows__problems">
                {row.problems.map((problem) => `${labels.field(problem.field)}: ${labels.rejectReason(problem.reason)}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
