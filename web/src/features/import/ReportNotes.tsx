import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { ReadingAssumptions } from './ReadingAssumptions.tsx';
import type { ImportReport } from './upload-import.ts';

/**
 * What the counts alone do not say: how the file was read (how returns were identified, what
 * was assumed), how a combined file split between the two tables, returns kept without their
 * order, and the choices the server made that the person should check (its warnings, in its
 * own words). An older server without these parts shows nothing here.
 */
export function ReportNotes({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const orders = report.tables?.orders;
  const returns = report.tables?.returns;
  const warnings = report.warnings ?? [];
  const unmatched = report.unmatchedReturns ?? 0;
  const bothTables = orders !== undefined && returns !== undefined;

  const assumptions = report.assumptions ?? [];
  if (!bothTables && unmatched === 0 && warnings.length === 0 && assumptions.length === 0) return null;
  return (
    <div className="report-notes">
      <ReadingAssumptions lines={assumptions} />
      {bothTables && (
        <p>
          {t('import.report.tables', {
            orders: format.number(orders.rowsImported),
            ordersRejected: format.number(orders.rowsRejected),
            returns: format.number(returns.rowsImported),
            returnsRejected: format.number(returns.rowsRejected),
          })}
        </p>
      )}
      {unmatched > 0 && <p>{t('import.report.unmatched', { count: unmatched, formatted: format.number(unmatched) })}</p>}
      {warnings.length > 0 && (
        <div className="report-notes__warnings">
          <p className="report-notes__title">{t('import.report.warnings')}</p>
          <ul>
            {warnings.map((warning, index) => (
              // The API writes its messages in English.
              <li key={`${warning.code}-${index}`} lang="en">
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
