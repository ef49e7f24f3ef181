import { useTranslation } from 'react-i18next';
import { canonicalFields, type TableKind } from '../../../../server/import/canonical-fields.ts';
import type { ColumnMapping } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

// The canonical fields are the server's definition; reading them keeps the list and its order in step.
function fieldsOf(kind: string): readonly string[] {
  return Object.hasOwn(canonicalFields, kind) ? canonicalFields[kind as TableKind].map((field) => field.name) : [];
}

// Fields the server fills from one another: the reason's text and code come from one column
// (either name), a line total stands in for the unit price, and on a return the product name
// only stands in for the SKU. One of a pair mapped means the other is not missing.
const standIns: Record<string, Record<string, string>> = {
  orders: { line_total: 'unit_price', unit_price: 'line_total' },
  returns: { reason: 'reason_raw', reason_raw: 'reason', product_name: 'sku' },
  combined: { line_total: 'unit_price', unit_price: 'line_total', reason: 'reason_raw', reason_raw: 'reason' },
};

/** Which column of the file fed each Inversa field, in the table's field order, and which fields had none. */
export function MappingList({ kind, mapping }: { kind: string; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const known = fieldsOf(kind);
  // Fields the server mapped but this app does not list (a newer server) still show, last.
  const mapped = [...known.filter((field) => field in mapping), ...Object.keys(mapping).filter((field) => !known.includes(field))];
  const coveredBy = standIns[kind] ?? {};
  const unmapped = known.filter((field) => !(field in mapping) && !(coveredBy[field] !== undefined && coveredBy[field] in mapping));

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
