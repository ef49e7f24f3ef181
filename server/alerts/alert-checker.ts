// checkAlerts: every enabled rule judged once at the data's latest timestamp (the returns' end
// while an orders-only import has left them behind, alert-window.ts), each condition that
// starts to hold opening an episode that fires once (alert-episodes.ts) into the inbox and, when a
// sender is given, out on the rule's channels. Runs after every import and on a schedule; a check
// never fails an import: whatever goes wrong is logged and put in the inbox.
import { CauseFinder } from '../causes/cause-finder.ts';
import { NowcastService } from '../curve/nowcast-service.ts';
import type { DeliveryOutcome, MessageSender, OutgoingMessage } from '../delivery/outgoing-message.ts';
import { MetricsService } from '../metrics/metrics-service.ts';
import type { Database } from '../store/database.ts';
import { episodeChanges } from './alert-episodes.ts';
import { alertMessage, type FiredAlert } from './alert-message.ts';
import type { StoredRule } from './alert-rules.ts';
import { agesAt } from '../metrics/metric-filters.ts';
import { addInboxEntry, addInboxEntryOnce, closeEpisode, openAlertEpisodesQuery, openEpisode, readRules } from './alert-store.ts';
import { alertSentence } from './alert-wording.ts';
import { pendingUnitsIn } from './pending-units.ts';
import { evaluate, findingsOnce, type AlertServices } from './rule-evaluators.ts';

export interface CheckReport {
  /** The data's latest timestamp the rules were judged at; null for an empty database. */
  asOf: string | null;
  rulesChecked: number;
  fired: FiredAlert[];
  closed: number;
  failed: Array<{ ruleId: number; message: string }>;
}

/** A failed delivery, in the inbox: what the sender integration calls for each outcome that is not ok. */
export async function recordDeliveryFailure(db: Database, outcome: DeliveryOutcome, message: OutgoingMessage): Promise<number> {
  return addInboxEntry(db, {
    kind: 'delivery_failed',
    title: `No se pudo enviar por ${outcome.channel}: ${message.subject}`,
    details: { channel: outcome.channel, attempts: outcome.attempts, error: outcome.error ?? null, event: message.event, subject: message.subject },
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AlertChecker {
  private readonly metrics: MetricsService;
  private readonly nowcast: NowcastService;
  private readonly finder: CauseFinder;
  /**
   * The check or rule change in progress or last run: they take turns, so an episode cannot open
   * twice, nor open for a rule changed or deleted while the check judged it.
   */
  private lastTurn: Promise<unknown> = Promise.resolve();
  /** Messages on their way out: sent outside the turns, so a receiver that is down holds no check. */
  private readonly deliveries = new Set<Promise<void>>();
  private schedule: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    returnWindowDays: number,
    private readonly sender?: MessageSender,
  ) {
    this.metrics = new MetricsService(db, returnWindowDays);
    this.finder = new CauseFinder(db, this.metrics);
    this.nowcast = new NowcastService(db, returnWindowDays, this.metrics);
  }

  /** Judges every enabled rule once, after any check or rule change already running. */
  checkAlerts(): Promise<CheckReport> {
    return this.inTurn(() => this.runChecks());
  }

  /** Runs `work` (a rule's change or deletion) in its turn: never in the middle of a check. */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lastTurn.then(work);
    this.lastTurn = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the messages on their way out now have gone or failed (and failures are in the inbox). */
  async deliveriesSettled(): Promise<void> {
    await Promise.allSettled([...this.deliveries]);
  }

  /**
   * After an import has committed: the import's answer does not wait for it (callers need not
   * await), and it never rejects; a check that fails is logged and put in the inbox.
   */
  async checkAfterImport(): Promise<void> {
    try {
      await this.checkAlerts();
    } catch (error) {
      console.error('[inversa] alert check failed:', error);
      await addInboxEntryOnce(this.db, { kind: 'check_failed', title: `La revisión de alertas falló: ${messageOf(error)}`, details: { error: messageOf(error) } }).catch(() => undefined);
    }
  }

  /** Checks every `minutes` while the server runs (0: never); stopped by `stop()`. */
  startSchedule(minutes: number): void {
    if (minutes <= 0 || this.schedule) return;
    this.schedule = setInterval(() => void this.checkAfterImport(), minutes * 60_000);
    this.schedule.unref();
  }

  /**
   * No more scheduled checks; resolves once the one running, if any, has ended and the messages on
   * their way out have gone, or after `deliveryWaitMs` of waiting for them (a receiver that is down
   * would hold shutdown through all its retries).
   */
  async stop(deliveryWaitMs = 15_000): Promise<void> {
    if (this.schedule) clearInterval(this.schedule);
    this.schedule = null;
    await this.lastTurn;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deliveryWaitMs);
      timer.unref();
    });
    await Promise.race([this.deliveriesSettled(), waited]);
    clearTimeout(timer);
  }

  private async runChecks(): Promise<CheckReport> {
    const { rules: stored, unreadable } = await readRules(this.db);
    for (const { id, error } of unreadable) {
      console.error(`[inversa] alert rule ${id} cannot be read, skipped:`, error);
      await addInboxEntryOnce(this.db, { kind: 'check_failed', ruleId: id, title: `La regla ${id} guardada no se puede leer y no se revisa: ${error}`, details: { rule: { id }, error } });
    }
    const rules = stored.filter((rule) => rule.enabled);
    // where the check judges: the data's end, or the returns' end while they lag the orders (DataRange.agesAt)
    const { range } = await this.metrics.scope({ basis: 'order' });
    const lastTimestamp = agesAt(range);
    if (!lastTimestamp) return { asOf: null, rulesChecked: 0, fired: [], closed: 0, failed: [] };
    const returnsLag = range.agesAt !== undefined;
    const lastDate = lastTimestamp.slice(0, 10);
    const open = await openAlertEpisodesQuery.run(this.db);
    const services: AlertServices = { metrics: this.metrics, nowcast: this.nowcast, findings: findingsOnce(this.finder, lastTimestamp), pendingUnits: pendingUnitsIn(this.db) };
    const report: CheckReport = { asOf: lastTimestamp, rulesChecked: rules.length, fired: [], closed: 0, failed: [] };
    for (const rule of rules) {
      try {
        const evaluation = await evaluate(rule, services, { range: { ...range, lastDate, lastTimestamp }, returnsLag });
        const { toOpen, toClose } = episodeChanges(open.filter((e) => e.ruleId === rule.id), evaluation);
        for (const id of toClose) await closeEpisode(this.db, id, lastTimestamp);
        report.closed += toClose.length;
        for (const observation of toOpen) report.fired.push(await this.fire(rule, observation.subject, observation.figures, lastTimestamp));
      } catch (error) {
        console.error(`[inversa] alert rule ${rule.id} could not be checked:`, error);
        report.failed.push({ ruleId: rule.id, message: messageOf(error) });
        await addInboxEntryOnce(this.db, {
          kind: 'check_failed',
          ruleId: rule.id,
          title: `No se pudo revisar la regla «${rule.name}»: ${messageOf(error)}`,
          details: { rule: { id: rule.id, name: rule.name, kind: rule.kind }, error: messageOf(error) },
        });
      }
    }
    for (const alert of report.fired) this.sendLater(alert, rules.find((r) => r.id === alert.rule.id)!);
    return report;
  }

  private async fire(rule: StoredRule, subject: string, figures: FiredAlert['figures'], asOf: string): Promise<FiredAlert> {
    const episodeId = await openEpisode(this.db, rule.id, subject, asOf);
    const sentences = { es: alertSentence(figures, 'es'), en: alertSentence(figures, 'en') };
    const entryId = await addInboxEntry(this.db, {
      kind: 'alert',
      ruleId: rule.id,
      episodeId,
      title: sentences.es,
      details: { rule: { id: rule.id, name: rule.name, kind: rule.kind }, subject, sentences, figures },
    });
    return { rule: { id: rule.id, name: rule.name, kind: rule.kind }, episodeId, entryId, subject, figures };
  }

  /** Out on the rule's channels when a sender is wired, tracked until it settles, outside the turns. */
  private sendLater(alert: FiredAlert, rule: StoredRule): void {
    if (!this.sender || rule.channels.length === 0) return;
    const delivery: Promise<void> = this.deliver(alert, rule)
      .catch((error) => console.error(`[inversa] alert ${alert.entryId} could not be delivered:`, error))
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Each failed outcome goes in the inbox. */
  private async deliver(alert: FiredAlert, rule: StoredRule): Promise<void> {
    if (!this.sender || rule.channels.length === 0) return;
    const message = alertMessage(alert);
    let outcomes: DeliveryOutcome[];
    try {
      outcomes = await this.sender.send(message, rule.channels);
    } catch (error) {
      // the contract says senders answer outcomes; one that throws still must not lose the alert's failure
      outcomes = rule.channels.map((channel) => ({ channel, ok: false, attempts: 1, error: messageOf(error) }));
    }
    for (const outcome of outcomes.filter((o) => !o.ok)) await recordDeliveryFailure(this.db, outcome, message);
  }
}
