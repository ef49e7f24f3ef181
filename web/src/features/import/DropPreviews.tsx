import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureExplanation } from './ImportFailureView.tsx';
import type { ImportPreview } from './preview-request.ts';
import { ReadingAssumptions } from './ReadingAssumptions.tsx';
import { ImportFailure } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

interface DropPreviewsProps {
  files: readonly File[];
  previews: ReadonlyArray<UseQueryResult<ImportPreview>>;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  disabled: boolean;
}

/**
 * Several files dropped together: what each holds and how it would be read, before they are
 * imported as one (orders first). A file that cannot be imported as it is, or whose columns need
 * a look, says so here; to change its mapping, import it on its own.
 */
export function DropPreviews({ files, previews, confirmed, onConfirmedChange, disabled }: DropPreviewsProps) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const titleId = useId();
  const unsure = previews.some((p) => p.data?.fields.some((field) => field.toConfirm));

  return (
    <section className="import-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="import-preview__title">
        {t('import.preview.severalTitle')}
      </h3>
      <ul className="drop-previews">
        {files.map((file, index) => {
          const preview = previews[index];
          const data = preview?.data;
          const toConfirm = data?.fields.filter((field) => field.toConfirm) ?? [];
          return (
            <li key={`${file.name}-${index}`} className="drop-previews__file">
              <p className="drop-previews__name">
                <strong>{file.name}</strong>
                {data && (
                  <span className="muted">
                    {' · '}
                    {labels.kind(data.kind)} · {labels.source(data.source, data.sourceLabel)}
                  </span>
                )}
              </p>
              {!preview || preview.isPending ? (
                <p className="muted" role="status">
                  {t('import.preview.loading')}
                </p>
              ) : preview.error ? (
                <div className="import-preview__error" role="alert">
                  <FailureExplanation failure={preview.error instanceof ImportFailure ? preview.error : new ImportFailure(0, 'network', preview.error.message)} />
                </div>
              ) : (
                data && (
                  <>
                    {data.missing.length > 0 && (
                      <p className="import-preview__missing" role="alert">
                        {t('import.preview.missing', { fields: data.missing.map((field) => labels.field(field)).join(', ') })}
                      </p>
                    )}
                    {toConfirm.length > 0 && (
                      <p className="drop-previews__unsure">
                        {toConfirm.map((field) => `${labels.field(field.name)} ← ${field.header}${field.evidence ? ` (${t('import.preview.values')} ${field.evidence})` : ''}`).join(' · ')}
                      </p>
                    )}
                    <ReadingAssumptions lines={data.assumptions} />
                  </>
                )
              )}
            </li>
          );
        })}
      </ul>
      {unsure && (
        <label className="import-preview__confirm">
          <input type="checkbox" checked={confirmed} disabled={disabled} onChange={(event) => onConfirmedChange(event.currentTarget.checked)} />
          {t('import.preview.confirm')}
        </label>
      )}
    </section>
  );
}
