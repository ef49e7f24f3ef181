import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { fileSize } from './file-size.ts';
import type { ImportProgress } from './use-import-upload.ts';

const steps = ['uploading', 'reading', 'normalising', 'writing'] as const;
type Step = (typeof steps)[number];

/**
 * The import's steps and one bar for the step under way: the upload's bytes, then the server's
 * phases as it reports them, with the share of the file read while it reads. A server that does
 * not report its phases gets an indeterminate bar: no percentage is invented for them.
 */
export function ImportProgressBar({ progress, fileName }: { progress: ImportProgress; fileName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelId = useId();

  let fraction: number | null = null;
  let label: string;
  let figures: string | null = null;
  switch (progress.stage) {
    case 'uploading':
      fraction = progress.total > 0 ? Math.min(progress.loaded / progress.total, 1) : 0;
      label = t('import.progress.uploading', { name: fileName });
      figures = t('import.progress.uploaded', { loaded: fileSize(progress.loaded, format), total: fileSize(progress.total, format) });
      break;
    case 'reading':
      if (progress.bytesRead !== undefined && progress.totalBytes) {
        fraction = Math.min(progress.bytesRead / progress.totalBytes, 1);
        figures = t('import.progress.uploaded', { loaded: fileSize(progress.bytesRead, format), total: fileSize(progress.totalBytes, format) });
      }
      label = t('import.progress.reading', { name: fileName });
      break;
    case 'normalising':
      label = t('import.progress.normalising');
      break;
    case 'writing':
      label = t('import.progress.writing');
      break;
    default:
      label = t('import.progress.importing', { name: fileName });
  }
  const percent = fraction === null ? null : format.percent(fraction, 0);
  const current: Step | null = progress.stage === 'importing' ? null : progress.stage;
  const currentIndex = current ? steps.indexOf(current) : 1;

  return (
    <div className="import-progress">
      {progress.stage !== 'importing' && (
        <ol className="import-steps" aria-label={t('import.progress.steps')}>
          {steps.map((step, index) => {
            const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'pending';
            return (
              <li key={step} className={`import-step is-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                <span className="import-step__mark" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                {t(`import.progress.step.${step}`)}
                {state === 'done' && <span className="visually-hidden"> ({t('import.progress.stepDone')})</span>}
              </li>
            );
          })}
        </ol>
      )}
      <p id={labelId} className="import-progress__label">
        {label}
        {(percent || figures) && (
          <span className="import-progress__figures">
            {' '}
            {[percent, figures].filter(Boolean).join(' · ')}
          </span>
        )}
      </p>
      {fraction === null ? (
        <div className="progress is-indeterminate" role="progressbar" aria-labelledby={labelId}>
          <div className="progress__fill" />
        </div>
      ) : (
        <div
          className="progress"
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(fraction * 100)}
          aria-valuetext={percent ?? undefined}
        >
          <div className="progress__fill" style={{ width: `${fraction * 100}%` }} />
        </div>
      )}
      {progress.stage !== 'uploading' && <p className="import-progress__note muted">{t('import.progress.importingNote')}</p>}
    </div>
  );
}
