import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format-context.ts';
import { MappingList } from './MappingList.tsx';
import { RejectsTable } from './RejectsTable.tsx';
import { ReportNotes } from './ReportNotes.tsx';
import type { ImportReport, ImportRequest } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

// The report lists at most this many rejects (docs/api.md); the count covers them all.
const maxListedRejects = 1000;

/** What an import did: its counts, how the file was read, which columns fed which fields, and the rows refused. */
export function ImportReportView({ report, request }: { report: ImportReport; request: ImportRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // The result replaces the progress bar the person was watching: take them to it.
  useEffect(() => {
    heading.current?.focus();
  }, [report]);

  const counts = [
    { label: t('import.report.rowsRead'), value: report.rowsRead, tone: '' },
    { label: t('import.report.rowsImported'), value: report.rowsImported, tone: 'is-good' },
    { label: t('import.report.rowsRejected'), value: report.rowsRejected, tone: report.rowsRejected > 0 ? 'is-bad' : '' },
  ];

  const { encoding, delimiter, decimalSeparator, thousandsSeparator, dateFormat, headerLine } = report.format;
  const formatParts = [
    labels.encoding(encoding),
    // a workbook has cells, not a separator
    ...(encoding === 'xlsx' ? [] : [t('import.report.formatDelimiter', { delimiter: labels.delimiter(delimiter) })]),
    t('import.report.formatDecimal', { decimal: labels.decimal(decimalSeparator) }),
    ...(thousandsSeparator ? [t('import.report.formatThousands', { thousands: labels.decimal(thousandsSeparator) })] : []),
    t('import.report.formatDates', { dateFormat: labels.dateFormat(dateFormat) }),
    ...(headerLine && headerLine > 1 ? [t('import.report.formatHeaderLine', { line: format.number(headerLine) })] : []),
  ];

  return (
    <section className="import-panel import-report" aria-labelledby={titleId}>
      <header className="import-report__header">
        <div>
          <h2 id={titleId} ref={heading} tabIndex={-1} className="import-panel__title">
            {t('import.report.title', { name: report.fileName ?? request.file.name })}
          </h2>
          <p className="muted">
            {t('import.report.importId', { id: report.importId })}
            {request.mode === 'replace' && ` · ${t('import.report.replaced')}`}
          </p>
        </div>
        <Link to="/" className="import-report__next">
          {t('import.report.toOverview')} →
        </Link>
      </header>

      <dl className="import-report__counts">
        {counts.map((count) => (
          <div key={count.label} className={`import-count ${count.tone}`}>
            <dt>{count.label}</dt>
            <dd>{format.number(count.value)}</dd>
          </div>
        ))}
      </dl>

      <dl className="import-report__facts">
        <div>
          <dt>{t('import.report.kind')}</dt>
          <dd>{labels.kind(report.kind)}</dd>
        </div>
        <div>
          <dt>{t('import.report.source')}</dt>
          <dd>{labels.source(report.source, report.sourceLabel)}</dd>
        </div>
        <div>
          <dt>{t('import.report.format')}</dt>
          <dd>{formatParts.join(' · ')}</dd>
        </div>
      </dl>

      <ReportNotes report={report} />

      <section className="import-report__part" aria-labelledby={`${titleId}-mapping`}>
        <h3 id={`${titleId}-mapping`} className="import-report__subtitle">
          {t('import.report.mapping')}
        </h3>
        <MappingList kind={report.kind} mapping={report.mapping} confidence={report.mappingConfidence} origin={report.mappingOrigin} />
      </section>

      <section className="import-report__part" aria-labelledby={`${titleId}-rejects`}>
        <h3 id={`${titleId}-rejects`} className="import-report__subtitle">
          {t('import.rejects.title')}
        </h3>
        {report.rejects.length === 0 ? (
          <p className="muted">{t('import.report.noRejects')}</p>
        ) : (
          <>
            <p className="muted">{t('import.rejects.description')}</p>
            {report.rejects.length >= maxListedRejects && (
              <p className="muted">
                {t('import.rejects.truncated', {
                  listed: format.number(report.rejects.length),
                  rejected: format.number(report.rowsWithRejects),
                })}
              </p>
            )}
            <RejectsTable rejects={report.rejects} fileName={report.fileName ?? request.file.name} downloadUrl={report.rejectsUrl || undefined} />
          </>
        )}
      </section>
    </section>
  );
}
