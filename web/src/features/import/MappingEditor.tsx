import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import type { PreviewField } from './preview-request.ts';
import type { ColumnMapping } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';


interface MappingEditorProps {
  fields: readonly PreviewField[];
  headers: readonly string[];
  mapping: ColumnMapping;
  confidence: Record<string, number>;
  missing: readonly string[];
  onPair: (field: string, header: string) => void;
  disabled: boolean;
}

/** One select per Inversa field among the file's columns, with how sure the detection was. */
export function MappingEditor({ fields, headers, mapping, confidence, missing, onPair, disabled }: MappingEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const baseId = useId();

  return (
    <div className="mapping-editor">
      {fields.map((field) => {
        const id = `${baseId}-${field.name}`;
        const header = mapping[field.name] ?? '';
        const sure = header === '' ? undefined : confidence[field.name];
        const isMissing = missing.includes(field.name);
        // the server marks a detected pairing below high confidence for the person to confirm
        const className = ['mapping-editor__field', isMissing && 'is-missing', field.toConfirm && 'is-unsure']
          .filter(Boolean)
          .join(' ');
        return (
          <div key={field.name} className={className}>
            <label htmlFor={id} className="mapping-editor__label" title={field.name}>
              {labels.field(field.name)}
              {field.required && <span className="mapping-editor__required"> {t('import.preview.required')}</span>}
            </label>
            <select id={id} value={header} disabled={disabled} onChange={(event) => onPair(field.name, event.currentTarget.value)}>
              <option value="">{t('import.preview.noColumn')}</option>
              {headers.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <span className="mapping-editor__confidence">
              {sure !== undefined && sure < 1 && (
                <>
                  <span className="visually-hidden">{t('import.report.confidence')}: </span>
                  {format.percent(sure, 0)}
                </>
              )}
              {field.toConfirm && <span className="mapping-editor__confirm"> {t('import.preview.toConfirm')}</span>}
            </span>
            {header !== '' && field.evidence && (
              <span className="mapping-editor__evidence muted">
                {/* the server describes the values in English, like its warnings */}
                {t('import.preview.values')} <span lang="en">{field.evidence}</span>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
