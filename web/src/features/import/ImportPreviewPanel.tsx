import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { FailureExplanation } from './ImportFailureView.tsx';
import { FormatOverrides } from './FormatOverrides.tsx';
import { MappingEditor } from './MappingEditor.tsx';
import { unusedHeaders } from './mapping-edits.ts';
import { PreviewRows } from './PreviewRows.tsx';
import { ReadingAssumptions } from './ReadingAssumptions.tsx';
import { SheetPicker } from './SheetPicker.tsx';
import type { ImportPreview } from './preview-request.ts';
import { ImportFailure, type FormatChoice, type ImportKind } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

interface PreviewQuery {
  data: ImportPreview | undefined;
  error: Error | null;
  isPending: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

interface ImportPreviewPanelProps {
  preview: PreviewQuery;
  format: FormatChoice;
  onFormatChange: (format: FormatChoice) => void;
  onSheetChange: (sheet: string) => void;
  onPair: (field: string, header: string) => void;
  /** Back to the detected (or saved) mapping and format. */
  onReset: (() => void) | null;
  onChooseKind: (kind: ImportKind) => void;
  saveMapping: boolean;
  onSaveMappingChange: (save: boolean) => void;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  disabled: boolean;
}

/**
 * What the import would do, before anything is written: the detection, the mapping with one
 * select per field, and the first rows as they would be stored. Changing a pairing or the
 * format asks the server again.
 */
export function ImportPreviewPanel({
  preview,
  format: formatChoice,
  onFormatChange,
  onSheetChange,
  onPair,
  onReset,
  onChooseKind,
  saveMapping,
  onSaveMappingChange,
  confirmed,
  onConfirmedChange,
  disabled,
}: ImportPreviewPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const titleId = useId();
  const data = preview.data;

  let body;
  if (preview.isPending) {
    body = (
      <p className="muted" role="status">
        {t('import.preview.loading')}
      </p>
    );
  } else if (preview.error && !data) {
    const failure = preview.error instanceof ImportFailure ? preview.error : new ImportFailure(0, 'network', preview.error.message);
    body = (
      <div className="import-preview__error" role="alert">
        <p className="import-preview__error-title">{t('import.preview.failed')}</p>
        <FailureExplanation failure={failure} onChooseKind={onChooseKind} />
        {(failure.status === 0 || failure.status >= 500) && (
          <div>
            <button type="button" className="button" onClick={() => void preview.refetch()}>
              {t('states.retry')}
            </button>
          </div>
        )}
      </div>
    );
  } else if (data) {
    // The stored columns that hold something in these rows, in the server's order.
    const columns = Object.keys(data.rows[0]?.values ?? {}).filter((column) => data.rows.some((row) => row.values[column] !== null && row.values[column] !== ''));
    const refreshing = preview.isFetching;
    body = (
      <div className={refreshing ? 'import-preview__body is-refreshing' : 'import-preview__body'} aria-busy={refreshing}>
        <dl className="import-report__facts">
          <div>
            <dt>{t('import.report.kind')}</dt>
            <dd>{labels.kind(data.kind)}</dd>
          </div>
          <div>
            <dt>{t('import.report.source')}</dt>
            <dd>{labels.source(data.source, data.sourceLabel)}</dd>
          </div>
          <div>
            <dt>{t('import.preview.encoding')}</dt>
            <dd>{labels.encoding(data.format.encoding)}</dd>
          </div>
          {data.workbook?.sheets.length === 1 && (
            <div>
              <dt>{t('import.preview.sheet')}</dt>
              <dd>{data.workbook.sheet}</dd>
            </div>
          )}
          {data.format.headerLine > 1 && (
            <div>
              <dt>{t('import.preview.headerLine')}</dt>
              <dd>{format.number(data.format.headerLine)}</dd>
            </div>
          )}
        </dl>

        <FormatOverrides detected={data.format} value={formatChoice} onChange={onFormatChange} workbook={data.workbook !== null} disabled={disabled}>
          {data.workbook && data.workbook.sheets.length > 1 && <SheetPicker workbook={data.workbook} onChange={onSheetChange} disabled={disabled} />}
        </FormatOverrides>

        {data.warnings.length > 0 && (
          <div className="report-notes__warnings">
            <p className="report-notes__title">{t('import.report.warnings')}</p>
            <ul>
              {data.warnings.map((warning, index) => (
                <li key={`${warning.code}-${index}`} lang="en">
                  {warning.message}
                </li>
              ))}
            </ul>
          </div>
        )}

        <ReadingAssumptions lines={data.assumptions} />

        <MappingSection
          // A new file or kind is judged afresh: open when something needs a look.
          key={`${data.headerSignature}|${data.kind}`}
          preview={data}
          needsAttention={data.missing.length > 0 || onReset !== null || data.fields.some((field) => field.toConfirm)}
          onPair={onPair}
          onReset={onReset}
          saveMapping={saveMapping}
          onSaveMappingChange={onSaveMappingChange}
          confirmed={confirmed}
          onConfirmedChange={onConfirmedChange}
          disabled={disabled}
        />

        <section className="import-preview__part" aria-labelledby={`${titleId}-rows`}>
          <h3 id={`${titleId}-rows`} className="import-report__subtitle">
            {t('import.preview.rowsTitle', { count: data.rows.length, formatted: format.number(data.rows.length) })}
          </h3>
          <p className="muted">
            {data.complete
              ? t('import.preview.scannedAll', { count: data.rowsScanned, formatted: format.number(data.rowsScanned) })
              : t('import.preview.scannedHead', { count: data.rowsScanned, formatted: format.number(data.rowsScanned) })}
          </p>
          {data.rows.length > 0 && <PreviewRows rows={data.rows} columns={columns} withReturns={data.kind === 'combined'} />}
        </section>
      </div>
    );
  }

  return (
    <section className="import-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="import-preview__title">
        {t('import.preview.title')}
      </h3>
      {body}
    </section>
  );
}

interface MappingSectionProps {
  preview: ImportPreview;
  needsAttention: boolean;
  onPair: (field: string, header: string) => void;
  onReset: (() => void) | null;
  saveMapping: boolean;
  onSaveMappingChange: (save: boolean) => void;
  /** The person looked at the pairings marked to confirm and takes them. */
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  disabled: boolean;
}

/**
 * The mapping editor, folded to one line when the detection found a column for every required
 * field with confidence, and open when a required field is missing, a match is unsure, or the
 * person is editing.
 */
function MappingSection({ preview: data, needsAttention, onPair, onReset, saveMapping, onSaveMappingChange, confirmed, onConfirmedChange, disabled }: MappingSectionProps) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const [open, setOpen] = useState(needsAttention);
  const unused = unusedHeaders(data.headers, data.mapping);
  const mappedCount = data.fields.filter((field) => data.mapping[field.name] !== undefined).length;

  return (
    <details className="import-preview__part import-preview__mapping" open={open || data.missing.length > 0} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="import-report__subtitle">{t('import.preview.mappingTitle')}</span>{' '}
        <span className="muted">{t('import.preview.mappingSummary', { mapped: mappedCount, fields: data.fields.length })}</span>
      </summary>
      {data.missing.length > 0 ? (
        <p className="import-preview__missing" role="alert">
          {t('import.preview.missing', { fields: data.missing.map((field) => labels.field(field)).join(', ') })}
        </p>
      ) : (
        <p className="muted">{t('import.preview.mappingHelp')}</p>
      )}
      {onReset && (
        <p>
          <button type="button" className="link-button" onClick={onReset} disabled={disabled}>
            {t('import.preview.reset')}
          </button>
        </p>
      )}
      <MappingEditor
        fields={data.fields}
        headers={data.headers}
        mapping={data.mapping}
        confidence={data.mappingConfidence}
        missing={data.missing}
        onPair={onPair}
        disabled={disabled}
      />
      {unused.length > 0 && <p className="mapping__unmapped muted">{t('import.preview.unused', { headers: unused.join(', ') })}</p>}
      {data.fields.some((field) => field.toConfirm) && (
        <label className="import-preview__confirm">
          <input type="checkbox" checked={confirmed} disabled={disabled} onChange={(event) => onConfirmedChange(event.currentTarget.checked)} />
          {t('import.preview.confirm')}
        </label>
      )}
      <label className="import-preview__save">
        <input type="checkbox" checked={saveMapping} disabled={disabled} onChange={(event) => onSaveMappingChange(event.currentTarget.checked)} />
        {t('import.preview.save')}
      </label>
    </details>
  );
}
