import { Trans, useTranslation } from 'react-i18next';
import { ImportHint } from './ImportHint.tsx';
import { useDataset } from './use-dataset.ts';
import './DemoBanner.css';

/** Says plainly that the figures are invented, and how to replace them with one's own. */
export function DemoBanner() {
  const { t } = useTranslation();
  const dataset = useDataset();
  if (!dataset.data?.isDemo) return null;
  return (
    <aside className="demo-banner" aria-label={t('demo.label')}>
      <p>
        <strong>{t('demo.title')}</strong> {t('demo.body')} <ImportHint />{' '}
        <Trans i18nKey="demo.startEmpty" components={{ code: <code /> }} />
      </p>
    </aside>
  );
}
