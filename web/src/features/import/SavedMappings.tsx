import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { intlLocaleOf } from '../../i18n/i18n.ts';
import { useAllowedControls } from '../session/use-session.ts';
import { formatUtcWallClock } from './utc-wall-clock.ts';
import { useImportLabels } from './use-import-labels.ts';
import { useForgetMapping, useSavedMappings, type SavedMappingRow } from './use-saved-mappings.ts';

/**
 * The mappings remembered for a header signature (the "remember" box of the preview), which the
 * next file with those headers uses as they are. A wrong one is forgotten here, so the next file
 * is detected afresh instead of being read with the old columns.
 */
/** The file's headers, folded as the signature keeps them, for reading. */
const headersOf = (row: SavedMappingRow) => row.headerSignature.split('|').join(', ');

export function SavedMappings() {
  const { t, i18n } = useTranslation();
  const labels = useImportLabels();
  const saved = useSavedMappings();
  const forget = useForgetMapping();
  // Forgetting a mapping is an analyst's change (a viewer reads the list).
  const canForget = useAllowedControls().importFiles;
  const rows = saved.data?.rows ?? [];
  const locale = intlLocaleOf(i18n.language);

  const formatChoices = (row: SavedMappingRow) => {
    const parts = [
      row.format.decimalSeparator && `${t('import.preview.decimal')} ${labels.decimal(row.format.decimalSeparator)}`,
      row.format.dateOrder && `${t('import.preview.dates')} ${t(`import.preview.dateOrders.${row.format.dateOrder}`)}`,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('import.saved.formatDetected');
  };

  const columns: DataColumn<SavedMappingRow>[] = [
    {
      id: 'headers',
      header: t('import.saved.headers'),
      cell: (row) => <span className="import-saved__wrap">{headersOf(row)}</span>,
    },
    { id: 'kind', header: t('import.history.kind'), cell: (row) => labels.kind(row.kind) },
    {
      id: 'fields',
      header: t('import.saved.fields'),
      cell: (row) => (
        <span className="import-saved__wrap">
          {Object.entries(row.mapping)
            .map(([field, header]) => `${labels.field(field)} ← ${header}`)
            .join('; ')}
        </span>
      ),
    },
    { id: 'format', header: t('import.saved.format'), cell: formatChoices },
    { id: 'savedAt', header: t('import.saved.savedAt'), cell: (row) => <span className="nowrap">{formatUtcWallClock(row.savedAt, locale)}</span> },
  ];
  if (canForget)
    columns.push({
      id: 'forget',
      header: t('import.saved.actions'),
      cell: (row) => (
        <button
          type="button"
          className="button"
          disabled={forget.isPending}
          aria-label={t('import.saved.forgetFor', { headers: headersOf(row) })}
          onClick={() => forget.mutate(row.headerSignature)}
        >
          {t('import.saved.forget')}
        </button>
      ),
    });

  return (
    <ChartFrame
      title={t('import.saved.title')}
      description={t('import.saved.description')}
      query={saved}
      isEmpty={rows.length === 0}
      emptyState={<p>{t('import.saved.empty')}</p>}
      placeholderHeight={64}
    >
      {forget.isError && (
        <p role="alert" className="import-saved__error">
          {t('import.saved.forgetFailed')}
        </p>
      )}
      <DataTable caption={t('import.saved.title')} columns={columns} rows={rows} rowKey={(row) => row.headerSignature} />
    </ChartFrame>
  );
}
