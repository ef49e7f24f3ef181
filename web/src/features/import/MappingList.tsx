import { useTranslation } from 'react-i18next';
import { canonicalFields, type TableKind } from '../../../../server/import/canonical-fields.ts';
import { FieldName } from './RejectsTable.tsx';
import type { ColumnMapping } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

// The canonical fields are the server's definition; reading them keeps the list and its order in step.
function fieldsOf(kind: string): readonly string[] {
  return Object.hasOwn(canonicalFields, kind) ? canonicalFields[kind as TableKind].map((field) => field.name) : [];
}

/** Which column of the file fed each Inversa field, in the table's field order, and which fields got none. */
export function MappingList({ kind, mapping }: { kind: string; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const known = fieldsOf(kind);
  // Fields the server mapped but this app does not list (a newer server) still show, last.
  const mapped = [...known.filter((field) => field in mapping), ...Object.keys(mapping).filter((field) => !known.includes(field))];
  const unmapped = known.filter((field) => !(field in mapping));

  return (
    <div className="mapping">
      <table className="mapping__table">
        <thead>
          <tr>
            <th scope="col">{t('import.report.mappingField')}</th>
            <th scope="col">{t('import.report.mappingHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {mapped.map((field) => (
            <tr key={field}>
              <th scope="row">
                <FieldName field={field} label={labels.field(field)} />
              </th>
              <td>
                <code>{mapping[field]}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unmapped.length > 0 && (
        <p className="mapping__unmapped muted">
          {t('import.report.unmapped', { fields: unmapped.map((field) => labels.field(field)).join(', ') })}
        </p>
      )}
    </div>
  );
}
