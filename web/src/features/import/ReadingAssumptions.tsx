import { useTranslation } from 'react-i18next';

/**
 * How the server read the file, one line each: how returns were identified and what it assumed
 * where the file is silent. Shown in the preview, before anything is written, and in the report.
 */
export function ReadingAssumptions({ lines }: { lines: readonly string[] | undefined }) {
  const { t } = useTranslation();
  if (!lines || lines.length === 0) return null;
  return (
    <div className="report-notes__assumptions">
      <p className="report-notes__title">{t('import.report.assumptions')}</p>
      <ul>
        {lines.map((line) => (
          // The API writes these lines in English, like its warnings.
          <li key={line} lang="en">
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}
