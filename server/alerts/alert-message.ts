// What goes out for a new alert on the rule's channels (server/delivery/outgoing-message.ts): the
// same facts as its inbox entry, in Spanish, with the drill-down's path to open its rows.
import type { OutgoingMessage } from '../delivery/outgoing-message.ts';
import type { StoredRule } from './alert-rules.ts';
import { alertSentence } from './alert-wording.ts';
import type { AlertFigures } from './rule-evaluators.ts';

export interface FiredAlert {
  rule: Pick<StoredRule, 'id' | 'name' | 'kind'>;
  episodeId: number;
  entryId: number;
  subject: string;
  figures: AlertFigures;
}

export function alertMessage(alert: FiredAlert): OutgoingMessage {
  const sentence = alertSentence(alert.figures, 'es');
  const { figures } = alert;
  return {
    event: 'alert',
    subject: `${alert.rule.name}: ${sentence}`,
    text: [
      sentence,
      '',
      `Regla: ${alert.rule.name}`,
      `Período: ${figures.period.from} – ${figures.period.to} (datos hasta ${figures.asOf})`,
      `Filas: ${figures.rowsLink}`,
    ].join('\n'),
    data: { rule: alert.rule, episodeId: alert.episodeId, inboxEntryId: alert.entryId, subject: alert.subject, sentence, figures },
  };
}
