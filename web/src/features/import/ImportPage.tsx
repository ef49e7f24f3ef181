import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useFormat } from '../../lib/format-context.ts';
import { ImportFailureView } from './ImportFailureView.tsx';
import { ImportForm, type ImportChoices } from './ImportForm.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { useImportUpload } from './use-import-upload.ts';
import './ImportPage.css';

const initialChoices: ImportChoices = { file: null, kind: 'auto', mode: 'append' };

/** Importar: send a CSV export, follow it, read what was imported and refused, and see past imports. */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('pages.import.title'));
  const [choices, setChoices] = useState(initialChoices);
  const { mutation, progress, cancel } = useImportUpload();
  const request = mutation.variables;

  const submit = () => {
    if (!choices.file) return;
    mutation.mutate(
      { file: choices.file, kind: choices.kind, mode: choices.mode },
      {
        // The file is in; the next one starts from a clean form. Replace is not kept on, so a
        // second file is never swapped in by a choice made for the first.
        onSuccess: () => setChoices((current) => ({ ...current, file: null, mode: 'append' })),
      },
    );
  };

  // One polite announcement per stage; the bar itself is not read out at every percent.
  let announcement = '';
  if (progress?.stage === 'uploading' && request) announcement = t('import.progress.announceUploading', { name: request.file.name });
  else if (progress?.stage === 'importing') announcement = t('import.progress.announceImporting');
  else if (progress) announcement = t(`import.progress.step.${progress.stage}`);
  else if (mutation.isSuccess)
    announcement = t('import.progress.announceDone', {
      imported: format.number(mutation.data.rowsImported),
      rejected: format.number(mutation.data.rowsRejected),
    });
  else if (mutation.isError) announcement = t('import.progress.announceFailed');

  return (
    <div className="import-page">
      <h1 className="page-title">{t('pages.import.title')}</h1>
      <p className="import-page__intro muted">{t('import.intro')}</p>

      <ImportForm
        choices={choices}
        onChange={(changes) => setChoices((current) => ({ ...current, ...changes }))}
        onSubmit={submit}
        onCancel={cancel}
        progress={progress}
        busyFileName={request?.file.name ?? null}
      />

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {mutation.isSuccess && request && <ImportReportView report={mutation.data} request={request} />}
      {mutation.isError && request && (
        <ImportFailureView failure={mutation.error} fileName={request.file.name} onRetry={() => mutation.mutate(request)} />
      )}

      <ImportHistory />
    </div>
  );
}
