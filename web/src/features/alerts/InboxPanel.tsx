import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useAllowedControls } from '../session/use-session.ts';
import { useInbox, useMarkRead, type AlertDetails, type InboxEntry } from './use-alerts.ts';

const pageSize = 20;

/** The figure an alert judged, formatted by what it measures: a rate or share, a count, or days. */
function useFigure() {
  const format = useFormat();
  return (measure: AlertDetails['figures']['measure'], value: number | null) =>
    measure === 'openPastSla' ? format.number(value) : measure === 'cycleP90' ? format.days(value) : format.percent(value);
}

function AlertEntry({ entry, canMark }: { entry: InboxEntry; canMark: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const figure = useFigure();
  const markRead = useMarkRead();
  const unread = entry.readAt === null;
  const details = entry.details as unknown as AlertDetails;
  const alert = entry.kind === 'alert' ? details : null;
  const f = alert?.figures;
  return (
    <li className={unread ? 'alert-entry is-unread' : 'alert-entry'}>
      <p className="alert-entry__head">
        {unread && <span className="alert-badge">{t('alerts.inbox.unread')}</span>}
        {entry.kind === 'delivery_failed' && <span className="alert-badge is-warning">{t('alerts.inbox.deliveryFailed')}</span>}
        {entry.kind === 'check_failed' && <span className="alert-badge is-warning">{t('alerts.inbox.checkFailed')}</span>}
        <span className="muted">{format.dateTime(entry.createdAt)}</span>
      </p>
      <p className="alert-entry__sentence">{alert ? alert.sentences[currentLanguage(i18n.language)] : entry.title}</p>
      {alert && f && (
        <>
          <p className="muted">
            {t('alerts.inbox.rule', { name: alert.rule.name })} · {t('alerts.inbox.period', { from: format.date(f.period.from), to: format.date(f.period.to), asOf: format.dateTime(f.asOf) })}
          </p>
          <dl className="alert-entry__figures">
            <dt>{t('alerts.inbox.value')}</dt>
            <dd>{figure(f.measure, f.value)}</dd>
            {f.threshold !== null && (
              <>
                <dt>{t('alerts.inbox.threshold')}</dt>
                <dd>{figure(f.measure, f.threshold)}</dd>
              </>
            )}
            {f.baseline !== null && (
              <>
                <dt>{t('alerts.inbox.baseline')}</dt>
                <dd>{format.percent(f.baseline)}</dd>
              </>
            )}
            <dt>{t('alerts.inbox.n')}</dt>
            <dd>{format.number(f.n)}</dd>
          </dl>
        </>
      )}
      <p className="alert-entry__actions">
        {f && <Link to={f.rowsLink}>{t('alerts.inbox.openRows')}</Link>}
        {unread && canMark && (
          <button type="button" className="link-button" disabled={markRead.isPending} onClick={() => markRead.mutate(entry.id)}>
            {t('alerts.inbox.markRead')}
          </button>
        )}
      </p>
    </li>
  );
}

/** The inbox: what fired, newest first, unread marked, each with its figures and its rows. */
export function InboxPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const inbox = useInbox(page, pageSize);
  const markRead = useMarkRead();
  const { editAlerts } = useAllowedControls();
  const rows = inbox.data?.rows ?? [];
  const total = inbox.data?.total ?? 0;
  return (
    <ChartFrame
      title={t('alerts.inbox.title')}
      description={t('alerts.inbox.description')}
      query={inbox}
      isEmpty={total === 0}
      emptyState={<p className="no-data">{t('alerts.inbox.empty')}</p>}
      actions={
        editAlerts &&
        (inbox.data?.unread ?? 0) > 0 && (
          <button type="button" className="link-button" disabled={markRead.isPending} onClick={() => markRead.mutate('all')}>
            {t('alerts.inbox.markAllRead')}
          </button>
        )
      }
    >
      <ul className="alert-inbox">
        {rows.map((entry) => (
          <AlertEntry key={entry.id} entry={entry} canMark={editAlerts} />
        ))}
      </ul>
      {total > pageSize && (
        <nav className="alert-inbox__pages" aria-label={t('alerts.inbox.pages')}>
          <button type="button" className="link-button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('alerts.inbox.previous')}
          </button>
          <button type="button" className="link-button" disabled={(page + 1) * pageSize >= total} onClick={() => setPage(page + 1)}>
            {t('alerts.inbox.next')}
          </button>
        </nav>
      )}
    </ChartFrame>
  );
}
