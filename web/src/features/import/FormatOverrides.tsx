import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormatChoice } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

interface FormatOverridesProps {
  /** What the server detected, to name the "as detected" choice. */
  detected: { delimiter: string; decimalSeparator: string; dateFormat: string };
  value: FormatChoice;
  onChange: (format: FormatChoice) => void;
  /** A workbook's cells are written with commas and a decimal dot: only the order of dates typed as text is open. */
  workbook: boolean;
  disabled: boolean;
  /** Fields shown first in the same row (a workbook's sheet). */
  children?: ReactNode;
}

const delimiters = [',', ';', '\t', '|'] as const;
const decimals = ['.', ','] as const;
const dateOrders = ['day-first', 'month-first'] as const;

/** How the values are written, as detected, with a way to say otherwise when the detection guessed wrong. */
export function FormatOverrides({ detected, value, onChange, workbook, disabled, children }: FormatOverridesProps) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const id = useId();
  const pick = <Key extends keyof FormatChoice>(key: Key, raw: string) =>
    onChange({ ...value, [key]: raw === '' ? undefined : (raw as FormatChoice[Key]) });

  return (
    <div className="format-overrides">
      {children}
      {!workbook && (
        <>
          <div className="format-overrides__field">
            <label htmlFor={`${id}-delimiter`}>{t('import.preview.delimiter')}</label>
            <select id={`${id}-delimiter`} value={value.delimiter ?? ''} disabled={disabled} onChange={(e) => pick('delimiter', e.currentTarget.value)}>
              <option value="">{t('import.preview.asDetected', { value: labels.delimiter(detected.delimiter) })}</option>
              {delimiters.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {labels.delimiter(delimiter)}
                </option>
              ))}
            </select>
          </div>
          <div className="format-overrides__field">
            <label htmlFor={`${id}-decimal`}>{t('import.preview.decimal')}</label>
            <select id={`${id}-decimal`} value={value.decimalSeparator ?? ''} disabled={disabled} onChange={(e) => pick('decimalSeparator', e.currentTarget.value)}>
              <option value="">{t('import.preview.asDetected', { value: labels.decimal(detected.decimalSeparator) })}</option>
              {decimals.map((decimal) => (
                <option key={decimal} value={decimal}>
                  {labels.decimal(decimal)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="format-overrides__field">
        <label htmlFor={`${id}-dates`}>{t('import.preview.dates')}</label>
        <select id={`${id}-dates`} value={value.dateOrder ?? ''} disabled={disabled} onChange={(e) => pick('dateOrder', e.currentTarget.value)}>
          <option value="">{t('import.preview.asDetected', { value: labels.dateFormat(detected.dateFormat) })}</option>
          {dateOrders.map((order) => (
            <option key={order} value={order}>
              {t(`import.preview.dateOrders.${order}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
