import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useAllowedControls } from '../session/use-session.ts';
import { definitionOf, draftFromRule, emptyDraft } from './rule-draft.ts';
import { RuleForm } from './RuleForm.tsx';
import { useRuleSummary } from './rule-summary.ts';
import { useAlertRules, useCheckNow, useDeleteRule, useSaveRule, type StoredRule } from './use-alerts.ts';

/** The rules: each in a sentence, paused or running, with the form to add or change one. */
export function RulesPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const rules = useAlertRules();
  const summary = useRuleSummary();
  const { editAlerts } = useAllowedControls();
  const [editing, setEditing] = useState<StoredRule | 'new' | null>(null);
  const save = useSaveRule();
  const remove = useDeleteRule();
  const check = useCheckNow();
  const rows = rules.data?.rows ?? [];

  const toggle = (rule: StoredRule) => save.mutate({ id: rule.id, rule: { ...definitionOf(rule), enabled: !rule.enabled } });
  const confirmDelete = (rule: StoredRule) => {
    if (window.confirm(t('alerts.rules.confirmDelete', { name: rule.name }))) remove.mutate(rule.id);
  };

  return (
    <ChartFrame
      title={t('alerts.rules.title')}
      description={t('alerts.rules.description')}
      query={rules}
      isEmpty={rows.length === 0 && editing === null}
      emptyState={
        <div className="no-data">
          <p>{t(editAlerts ? 'alerts.rules.empty' : 'alerts.rules.readOnly')}</p>
          {editAlerts && (
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('alerts.rules.add')}
            </button>
          )}
        </div>
      }
      actions={
        editAlerts && (
          <span className="alerts-actions">
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('alerts.rules.add')}
            </button>
            <button type="button" className="link-button" disabled={check.isPending} onClick={() => check.mutate()}>
              {t('alerts.rules.checkNow')}
            </button>
          </span>
        )
      }
    >
      {!editAlerts && <p className="muted">{t('alerts.rules.readOnly')}</p>}
      {check.data && (
        <p role="status" className="muted">
          {t('alerts.rules.checked', { asOf: format.dateTime(check.data.asOf), count: check.data.fired.length })}
        </p>
      )}
      {editing !== null && (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          stored={editing === 'new' ? null : editing}
          initial={editing === 'new' ? emptyDraft : draftFromRule(editing)}
          onDone={() => setEditing(null)}
        />
      )}
      <ul className="alert-rules">
        {rows.map((rule) => (
          <li key={rule.id} className={rule.enabled ? 'alert-rule' : 'alert-rule is-paused'}>
            <p className="alert-rule__name">
              <strong>{rule.name}</strong>
              {!rule.enabled && <span className="alert-badge is-muted">{t('alerts.rules.paused')}</span>}
            </p>
            <p>{summary(rule)}</p>
            {editAlerts && (
              <p className="alert-rule__actions">
                <button type="button" className="link-button" onClick={() => setEditing(rule)}>
                  {t('alerts.rules.edit')}
                </button>
                <button type="button" className="link-button" onClick={() => toggle(rule)}>
                  {t(rule.enabled ? 'alerts.rules.disable' : 'alerts.rules.enable')}
                </button>
                <button type="button" className="link-button" onClick={() => confirmDelete(rule)}>
                  {t('alerts.rules.delete')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
