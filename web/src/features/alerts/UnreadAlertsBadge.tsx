import { useTranslation } from 'react-i18next';
import { useUnreadAlerts } from './use-unread-alerts.ts';

/** The count of unread alerts beside Alertas in the navigation; nothing when there is none. */
export function UnreadAlertsBadge() {
  const { t } = useTranslation();
  const unread = useUnreadAlerts().data ?? 0;
  if (unread === 0) return null;
  return (
    <span className="side-nav__count" aria-label={t('nav.alertsUnread', { count: unread })}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
