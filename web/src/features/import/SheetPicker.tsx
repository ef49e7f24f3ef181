import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import type { ImportPreview } from './preview-request.ts';

interface SheetPickerProps {
  workbook: NonNullable<ImportPreview['workbook']>;
  onChange: (sheet: string) => void;
  disabled: boolean;
}

/**
 * Which sheet of a workbook is read: the server picks the one with the most rows, which is the
 * data in most exports; a workbook that keeps it elsewhere is set right here.
 */
export function SheetPicker({ workbook, onChange, disabled }: SheetPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <div className="format-overrides__field">
      <label htmlFor={id}>{t('import.preview.sheet')}</label>
      <select id={id} value={workbook.sheet} disabled={disabled} onChange={(event) => onChange(event.currentTarget.value)}>
        {workbook.sheets.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {t('import.preview.sheetOption', { name: sheet.name, count: sheet.rows, formatted: format.number(sheet.rows) })}
          </option>
        ))}
      </select>
    </div>
  );
}
