import { useTranslation } from 'react-i18next';
import { highConfidence } from '../../../../server/import/mapping/confidence.ts';
import { useFormat } from '../../lib/format-context.ts';
import { mappingFields } from './mapping-fields.ts';
import type { ColumnMapping } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';


interface MappingListProps {
  kind: string;
  mapping: ColumnMapping;
  /** canonical field → how sure the server is of the pairing (0–1); absent from older servers. */
  confidence?: Record<string, number>;
  /** Where the mapping came from: detected from the headers, saved for this header, or given. */
  origin?: string;
}

/** Which column of the file fed each Inversa field, how sure the match is, and which fields had none. */
export function MappingList({ kind, mapping, confidence = {}, origin }: MappingListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const { mapped, unmapped } = mappingFields(kind, mapping);

  return (
    <div className="mapping">
      <p className="mapping__legend muted">
        {t('import.report.mappingField')} ← {t('import.report.mappingHeader')}
        {origin === 'saved' && ` · ${t('import.report.mappingSaved')}`}
        {origin === 'explicit' && ` · ${t('import.report.mappingExplicit')}`}
      </p>
      <dl className="mapping__list">
        {mapped.map((field) => {
          const sure = confidence[field];
          const unsure = sure !== undefined && sure < highConfidence;
          return (
            <div key={field} className={unsure ? 'mapping__pair is-unsure' : 'mapping__pair'}>
              <dt title={field}>{labels.field(field)}</dt>
              <dd>
                <span className="mapping__arrow" aria-hidden="true">
                  ←
                </span>
                <code>{mapping[field]}</code>
                {sure !== undefined && sure < 1 && (
                  <span className="mapping__confidence" title={t('import.report.confidence')}>
                    <span className="visually-hidden">{t('import.report.confidence')}: </span>
                    {format.percent(sure, 0)}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {unmapped.length > 0 && (
        <p className="mapping__unmapped muted">
          {t('import.report.unmapped', { fields: unmapped.map((field) => labels.field(field)).join(', ') })}
        </p>
      )}
    </div>
  );
}
