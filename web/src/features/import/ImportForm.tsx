import { useId, type FormEvent, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { useDataset } from '../dataset/use-dataset.ts';
import { FileDropZone } from './FileDropZone.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import type { ImportKind, ImportMode } from './upload-import.ts';
import type { ImportProgress } from './use-import-upload.ts';

// `combined` is in the documented contract (docs/api.md); a server that does not take it yet
// answers 400 with its own message, which the page shows.
const kinds: ImportKind[] = ['auto', 'orders', 'returns', 'combined'];

export interface ImportChoices {
  /** One file, or several dropped together and imported as one. */
  files: File[];
  kind: ImportKind;
  mode: ImportMode;
}

interface ImportFormProps {
  /** Replace mode is offered only to whoever may delete what is loaded (an admin, or anyone outside team mode). */
  canReplace: boolean;
  choices: ImportChoices;
  onChange: (changes: Partial<ImportChoices>) => void;
  onSubmit: () => void;
  onCancel: () => void;
  /** Set while a file is being uploaded or imported. */
  progress: ImportProgress | null;
  busyFileName: string | null;
  /** The preview of the chosen file, between the choices and the button. */
  preview?: ReactNode;
  /** Why the file cannot be imported as it stands (a required field without a column). */
  blockedReason?: string | null;
}

/** The file, what it holds, what to do with data already loaded, and the button that imports it. */
export function ImportForm({ canReplace, choices, onChange, onSubmit, onCancel, progress, busyFileName, preview, blockedReason }: ImportFormProps) {
  const { t } = useTranslation();
  const isDemo = useDataset().data?.isDemo ?? false;
  const titleId = useId();
  const kindLabelId = useId();
  const modeLabelId = useId();
  const busy = progress !== null;
  const replace = choices.mode === 'replace';
  const several = choices.files.length > 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && choices.files.length > 0 && !blockedReason) onSubmit();
  };

  return (
    <form className="import-panel import-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h2 id={titleId} className="import-panel__title">
        {t('import.form.title')}
      </h2>
      <FileDropZone files={choices.files} onFiles={(files) => onChange({ files })} disabled={busy} />

      <div className="import-form__options">
        {/* several files are each read as their own header says */}
        <fieldset className="import-field" disabled={busy || several}>
          <legend id={kindLabelId} className="import-field__label">
            {t('import.form.kind')}
          </legend>
          <SegmentedControl<ImportKind>
            label={t('import.form.kind')}
            labelledBy={kindLabelId}
            value={choices.kind}
            options={kinds.map((kind) => ({ value: kind, label: t(`import.kinds.${kind}`) }))}
            onChange={(kind) => onChange({ kind })}
          />
          <p className="import-field__help muted">{t(`import.form.kindHelp.${choices.kind}`)}</p>
        </fieldset>

        {canReplace && (
          <fieldset className="import-field" disabled={busy}>
            <legend id={modeLabelId} className="import-field__label">
              {t('import.form.mode')}
            </legend>
            <SegmentedControl<ImportMode>
              label={t('import.form.mode')}
              labelledBy={modeLabelId}
              value={choices.mode}
              options={[
                { value: 'append', label: t('import.modes.append') },
                { value: 'replace', label: t('import.modes.replace') },
              ]}
              onChange={(mode) => onChange({ mode })}
            />
            {!replace && <p className="import-field__help muted">{t('import.form.appendHelp')}</p>}
          </fieldset>
        )}
      </div>

      {replace && (
        <div className="import-warning" role="note">
          <p>
            <strong>{t('import.form.replaceWarningTitle')}</strong> {t(`import.form.replaceWarning.${choices.kind}`)}{' '}
            {t('import.form.replaceSafety')}
          </p>
        </div>
      )}
      {/* the note advises Replace, so only to whoever may choose it */}
      {isDemo && canReplace && !replace && (
        <p className="import-form__demo muted">
          <Trans i18nKey="import.form.demoNote" components={{ code: <code /> }} />
        </p>
      )}

      {preview}

      <div className="import-form__actions">
        <button
          type="submit"
          className={replace ? 'button import-form__submit is-destructive' : 'button import-form__submit'}
          // Not `disabled`: a disabled button drops the keyboard focus the person left on it.
          aria-disabled={busy || choices.files.length === 0 || Boolean(blockedReason)}
        >
          {replace ? t('import.form.submitReplace') : t('import.form.submit')}
        </button>
        {progress?.stage === 'uploading' && (
          <button type="button" className="button" onClick={onCancel}>
            {t('import.form.cancel')}
          </button>
        )}
        {choices.files.length === 0 && !busy && <span className="muted">{t('import.form.chooseFirst')}</span>}
        {choices.files.length > 0 && !busy && blockedReason && <span className="import-form__blocked">{blockedReason}</span>}
      </div>

      {progress && busyFileName && <ImportProgressBar progress={progress} fileName={busyFileName} />}
    </form>
  );
}
