import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import type { StoredRule } from './use-alerts.ts';

/** A rule in one plain sentence: what it watches and when it speaks. */
export function useRuleSummary(): (rule: StoredRule) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  return useCallback(
    (rule: StoredRule) => {
      const segmentValues = 'segment' in rule ? Object.values(rule.segment as Record<string, string | undefined>).filter(Boolean) : [];
      const segment = segmentValues.length > 0 ? segmentValues.join(' × ') : t('alerts.rules.wholeShop');
      switch (rule.kind) {
        case 'threshold': {
          const key = rule.measure === 'reasonShare' ? 'threshold_reasonShare' : rule.reason ? 'threshold_reasonRate' : 'threshold_returnRate';
          return t(`alerts.rules.summary.${key}`, { segment, reason: reasonLabel(rule.reason ?? null), threshold: format.percent(rule.threshold), windowDays: rule.windowDays });
        }
        case 'above_baseline':
          return t(rule.reason ? 'alerts.rules.summary.above_baseline_reason' : 'alerts.rules.summary.above_baseline', { segment, reason: reasonLabel(rule.reason ?? null), windowDays: rule.windowDays });
        case 'new_finding':
          return t('alerts.rules.summary.new_finding', { windowDays: rule.windowDays });
        case 'open_past_sla':
          return t('alerts.rules.summary.open_past_sla', { segment, maxOpen: format.number(rule.maxOpen), slaDays: format.number(rule.slaDays) });
        case 'cycle_p90':
          return t('alerts.rules.summary.cycle_p90', { segment, stage: t(`cycle.stages.${rule.stage}`), maxDays: format.number(rule.maxDays), windowDays: rule.windowDays });
        case 'nowcast':
          return t('alerts.rules.summary.nowcast', { segment, threshold: format.percent(rule.threshold) });
      }
    },
    [t, format, reasonLabel],
  );
}
