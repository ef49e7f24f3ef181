import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useAllowedControls } from '../session/use-session.ts';
import { DropPreviews } from './DropPreviews.tsx';
import { ImportFailureView } from './ImportFailureView.tsx';
import { ImportForm, type ImportChoices } from './ImportForm.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { SavedMappings } from './SavedMappings.tsx';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';
import { pairField } from './mapping-edits.ts';
import type { ColumnMapping, FormatChoice } from './upload-import.ts';
import { useDropPreviews, useImportPreview } from './use-import-preview.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { useDataSource } from './use-data-source.ts';
import { useImportUpload } from './use-import-upload.ts';
import './ImportPage.css';

const initialChoices: ImportChoices = { files: [], kind: 'auto', mode: 'append' };

/** What the person changed in the preview; a new file or kind starts again from the detection. */
interface PreviewEdits {
  mapping?: ColumnMapping;
  format: FormatChoice;
  /** A workbook's sheet; another sheet has other columns, so picking one starts the rest again. */
  sheet?: string;
  saveMapping: boolean;
  /** The person checked the pairings the preview marked to confirm. */
  confirmed: boolean;
}
const noEdits: PreviewEdits = { format: {}, saveMapping: false, confirmed: false };

/**
 * Importar: send a CSV export, follow it, read what was imported and refused, and see past imports.
 * A viewer sees only the past imports and the remembered columns.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const source = useDataSource().data;
  const snapshotTakenAt = source?.source === 'snapshot' ? source.snapshotCreatedAt : null;
  const roleAllows = useAllowedControls();
  // on a snapshot nobody imports, whatever their role: the server refuses every write
  const allowed = { ...roleAllows, importFiles: roleAllows.importFiles && snapshotTakenAt === null };
  useDocumentTitle(t('pages.import.title'));
  const [choices, setChoices] = useState(initialChoices);
  const [edits, setEdits] = useState(noEdits);
  const { mutation, progress, cancel } = useImportUpload();
  const request = mutation.variables;
  const [file = null, ...others] = choices.files;
  const several = others.length > 0;
  const preview = useImportPreview({ file: several ? null : file, kind: choices.kind, mapping: edits.mapping, format: edits.format, sheet: edits.sheet });
  const dropPreviews = useDropPreviews(several ? choices.files : []);
  const shown = preview.data;
  const edited = edits.mapping !== undefined || Object.values(edits.format).some((value) => value !== undefined);

  const changeChoices = (changes: Partial<ImportChoices>) => {
    if ('files' in changes || 'kind' in changes) setEdits(noEdits);
    setChoices((current) => ({ ...current, ...changes }));
  };

  const pair = (field: string, header: string) => {
    if (!shown) return;
    const fields = shown.fields.map((spec) => spec.name);
    setEdits((current) => ({ ...current, mapping: pairField(fields, shown.mapping, field, header) }));
  };

  const unsure = several ? dropPreviews.some((p) => p.data?.fields.some((f) => f.toConfirm)) : Boolean(shown?.fields.some((f) => f.toConfirm));
  let blockedReason: string | null = null;
  if (several && dropPreviews.some((p) => p.error || (p.data && p.data.missing.length > 0))) blockedReason = t('import.form.blockedSeveral');
  else if (!several && shown && !preview.isFetching && shown.missing.length > 0) blockedReason = t('import.form.blockedMissing');
  else if (unsure && !edits.confirmed) blockedReason = t('import.form.blockedConfirm');

  const submit = () => {
    if (!file) return;
    mutation.mutate(
      {
        file,
        others,
        // A mapping the person set names the fields of the kind the preview settled on.
        kind: edits.mapping && shown ? shown.kind : choices.kind,
        mode: choices.mode,
        mapping: edits.mapping,
        format: edits.format,
        // the sheet the preview showed, chosen or not
        sheet: edits.sheet ?? shown?.workbook?.sheet,
        saveMapping: edits.saveMapping,
      },
      {
        // The file is in; the next one starts from a clean form. Replace is not kept on, so a
        // second file is never swapped in by a choice made for the first.
        onSuccess: () => {
          setChoices((current) => ({ ...current, files: [], mode: 'append' }));
          setEdits(noEdits);
        },
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
      imported: format.number(mutation.data.reduce((sum, report) => sum + report.rowsImported, 0)),
      rejected: format.number(mutation.data.reduce((sum, report) => sum + report.rowsRejected, 0)),
    });
  else if (mutation.isError) announcement = t('import.progress.announceFailed');

  return (
    <div className="import-page">
      <h1 className="page-title">{t('pages.import.title')}</h1>
      <p className="import-page__intro muted">
        {snapshotTakenAt !== null ? t('import.snapshot', { date: format.date(snapshotTakenAt.slice(0, 10)) }) : allowed.importFiles ? t('import.intro') : t('import.readOnly')}
      </p>

      {allowed.importFiles && (
        <ImportForm
          canReplace={allowed.replaceData}
          choices={choices}
          onChange={changeChoices}
          onSubmit={submit}
          onCancel={cancel}
          progress={progress}
          busyFileName={request?.file.name ?? null}
          blockedReason={blockedReason}
          preview={
            // While the file is imported the preview has said what it had to; the progress takes its place.
            file &&
            progress === null &&
            (several ? (
              <DropPreviews
                files={choices.files}
                previews={dropPreviews}
                confirmed={edits.confirmed}
                onConfirmedChange={(confirmed) => setEdits((current) => ({ ...current, confirmed }))}
                disabled={mutation.isPending}
              />
            ) : (
              <ImportPreviewPanel
                preview={preview}
                format={edits.format}
                onFormatChange={(format) => setEdits((current) => ({ ...current, format }))}
                onSheetChange={(sheet) => setEdits({ ...noEdits, sheet })}
                onPair={pair}
                onReset={edited ? () => setEdits(noEdits) : null}
                onChooseKind={(kind) => changeChoices({ kind })}
                saveMapping={edits.saveMapping}
                onSaveMappingChange={(saveMapping) => setEdits((current) => ({ ...current, saveMapping }))}
                confirmed={edits.confirmed}
                onConfirmedChange={(confirmed) => setEdits((current) => ({ ...current, confirmed }))}
                disabled={mutation.isPending}
              />
            ))
          }
        />
      )}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {mutation.isSuccess && request && mutation.data.map((report) => <ImportReportView key={report.importId} report={report} request={request} />)}
      {mutation.isError && request && (
        <ImportFailureView
          failure={mutation.error}
          fileName={request.file.name}
          onRetry={() => mutation.mutate(request)}
          onChooseKind={file && !several ? (kind) => changeChoices({ kind }) : undefined}
        />
      )}

      <ImportHistory />
      <SavedMappings />
    </div>
  );
}
