import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { fileSize } from './file-size.ts';
import type { ImportProgress } from './use-import-upload.ts';

/**
 * The upload's bytes as a bar, then an indeterminate bar while the server works: the API does
 * not report its phases (reading, normalising, writing), so no percentage is invented for them.
 */
export function ImportProgressBar({ progress, fileName }: { progress: ImportProgress; fileName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelId = useId();

  if (progress.stage === 'importing') {
    return (
      <div className="import-progress">
        <p id={labelId} className="import-progress__label">
          {t('import.progress.importing', { name: fileName })}
        </p>
        <div className="progress is-indeterminate" role="progressbar" aria-labelledby={labelId}>
          <div className="progress__fill" />
        </div>
        <p className="import-progress__note muted">{t('import.progress.importingNote')}</p>
      </div>
    );
  }

  const fraction = progress.total > 0 ? Math.min(progress.loaded / progress.total, 1) : 0;
  const percent = format.percent(fraction, 0);
  return (
    <div className="import-progress">
      <p id={labelId} className="import-progress__label">
        {t('import.progress.uploading', { name: fileName })}{' '}
        <span className="import-progress__figures">
          {percent} · {t('import.progress.uploaded', { loaded: fileSize(progress.loaded, format), total: fileSize(progress.total, format) })}
        </span>
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        aria-valuetext={percent}
      >
        <div className="progress__fill" style={{ width: `${fraction * 100}%` }} />
      </div>
    </div>
  );
}
