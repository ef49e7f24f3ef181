import { useTranslation } from 'react-i18next';
import { mappingFields } from './mapping-fields.ts';
import type { ColumnMapping } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

/** Which column of the file fed each Inversa field, and which fields had none. */
export function MappingList({ kind, mapping }: { kind: string; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const { mapped, unmapped } = mappingFields(kind, mapping);

  return (
    <div className="mapping">
      <p className="mapping__legend muted">
        {t('import.report.mappingField')} ← {t('import.report.mappingHeader')}
      </p>
      <dl className="mapping__list">
        {mapped.map((field) => (
          <div key={field} className="mapping__pair">
            <dt title={field}>{labels.field(field)}</dt>
            <dd>
              <span className="mapping__arrow" aria-hidden="true">
                ←
              </span>
              <code>{mapping[field]}</code>
            </dd>
          </div>
        ))}
      </dl>
      {unmapped.length > 0 && (
        <p className="mapping__unmapped muted">
          {t('import.report.unmapped', { fields: unmapped.map((field) => labels.field(field)).join(', ') })}
        </p>
      )}
    </div>
  );
}
