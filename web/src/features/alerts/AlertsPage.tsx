import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { InboxPanel } from './InboxPanel.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import './Alerts.css';

/** Alertas: the inbox of what the rules said, and the rules themselves. */
export function AlertsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.alerts.title'));
  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.alerts.title')}</h1>
      <p className="muted alerts-intro">{t('alerts.intro')}</p>
      <InboxPanel />
      <RulesPanel />
    </div>
  );
}
