import { z } from 'zod';
import { recordDeliveryFailure } from '../alerts/alert-checker.ts';
import { utcNow } from '../auth/utc-now.ts';
import type { Settings } from '../config.ts';
import type { MessageSender, OutgoingMessage } from '../delivery/outgoing-message.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { calendarMonth, firstWorkingDay, localCalendarDay } from './first-working-day.ts';
import { renderMonthlyReview, type MonthlyReview } from './render-monthly-review.ts';

// The monthly review sent without anyone asking: on the first working day of each month (or the
// first check after it, when the server was down that morning), the review of the month the
// review page opens on by default — the newest whose return window has closed, so its figures
// are final — goes out once through the configured channels, the PDF attached.

const deliveriesQuery = new SqlQuery('review_deliveries', z.object({ occasion: z.string(), reviewMonth: z.string(), sent: z.boolean() }), 'report');
const recordDelivery = SqlFile.in('report', 'record_review_delivery');

export type ScheduleOutcome =
  /** Before this month's first working day. */
  | 'not_due'
  /** This month's review was dealt with already (sent, or found to be one sent before). */
  | 'done'
  /** The month the page opens on had been sent in an earlier month: the data has not moved on, nothing to send. */
  | 'same_month_as_before'
  | 'sent'
  /** Every channel failed: nothing is recorded, the next check tries again. */
  | 'failed';

export interface ReviewScheduleDeps {
  db: Database;
  sender: MessageSender;
  /** The review the page shows by default, rendered (renderMonthlyReview against this server). */
  renderReview: () => Promise<MonthlyReview>;
  now?: () => Date;
  log?: (line: string) => void;
}

/** The review as a message: the headline figures in the text and the data, the PDF attached. */
export function reviewMessage(review: MonthlyReview): OutgoingMessage {
  const figures = review.figures.map(({ label, value }) => `${label}: ${value}`);
  return {
    event: 'monthly_review',
    subject: review.subject,
    text: [review.title, '', ...review.summary, '', ...figures].join('\n'),
    data: { month: review.month, title: review.title, summary: review.summary, figures: review.figures },
    attachments: [{ filename: `inversa-review-${review.month}.pdf`, contentType: 'application/pdf', content: review.pdf }],
  };
}

/** One check of the schedule: sends this month's review when it is due and was not sent yet. */
export async function sendMonthlyReviewIfDue({ db, sender, renderReview, now = () => new Date(), log = () => {} }: ReviewScheduleDeps): Promise<ScheduleOutcome> {
  const today = localCalendarDay(now());
  if (today.day < firstWorkingDay(today.year, today.month)) return 'not_due';
  const occasion = calendarMonth(today);
  const deliveries = await deliveriesQuery.run(db);
  if (deliveries.some((delivery) => delivery.occasion === occasion)) return 'done';

  const review = await renderReview();
  const record = (sent: boolean, outcomes: unknown) =>
    db.all(recordDelivery.sql, recordDelivery.bind({ occasion, reviewMonth: review.month, sent, now: utcNow(now().getTime()), outcomes: JSON.stringify(outcomes) }));
  if (deliveries.some((delivery) => delivery.sent && delivery.reviewMonth === review.month)) {
    // recorded, so that the rest of the month does not render the same review again at every check
    await record(false, []);
    log(`[inversa] monthly review: ${review.month} was sent before and the data has no newer complete month; nothing sent.`);
    return 'same_month_as_before';
  }
  const message = reviewMessage(review);
  const outcomes = await sender.send(message);
  for (const outcome of outcomes.filter((o) => !o.ok)) {
    // the inbox is where a failed delivery is seen, as for alerts
    await recordDeliveryFailure(db, outcome, message);
    log(`[inversa] monthly review ${review.month}: ${outcome.channel} failed after ${outcome.attempts} tries: ${outcome.error ?? 'no reason given'}`);
  }
  if (!outcomes.some((outcome) => outcome.ok)) return 'failed';
  await record(true, outcomes);
  log(`[inversa] monthly review ${review.month} sent (${outcomes.filter((o) => o.ok).map((o) => o.channel).join(', ')}).`);
  return 'sent';
}

/** How often the running server looks whether the review is due: hourly is on the morning it is. */
const checkEveryMs = 60 * 60 * 1000;

/** Checks at which every channel failed before the month's review is given up (each failure is in the inbox). */
export const failedSendsPerMonth = 3;

/**
 * Checks now and then hourly until stopped; a check still running (Chromium printing) is not
 * started twice, and a failing one is logged and tried again at the next, up to
 * `failedSendsPerMonth` times a month: a receiver down for days would otherwise have the review
 * printed, and a failure put in the inbox, every hour.
 */
export function startReviewSchedule(deps: ReviewScheduleDeps): { check(): Promise<unknown>; stop(): Promise<void> } {
  const log = deps.log ?? ((line: string) => console.error(line));
  const now = deps.now ?? (() => new Date());
  const failedSends = new Map<string, number>();
  let running: Promise<unknown> | undefined;
  const check = () => {
    const occasion = calendarMonth(localCalendarDay(now()));
    if ((failedSends.get(occasion) ?? 0) >= failedSendsPerMonth) return Promise.resolve();
    return (running ??= sendMonthlyReviewIfDue({ ...deps, now, log })
      .then((outcome) => {
        if (outcome !== 'failed') return;
        const failures = (failedSends.get(occasion) ?? 0) + 1;
        failedSends.set(occasion, failures);
        if (failures === failedSendsPerMonth) log(`[inversa] monthly review: not sent after ${failures} checks; not tried again this month (the inbox has each failure).`);
      })
      .catch((error: unknown) => log(`[inversa] monthly review: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = undefined)));
  };
  void check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  return {
    check,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * The running server's schedule, when its settings want one: INVERSA_REVIEW_SCHEDULE=1, or unset
 * and a delivery channel configured. It prints the review through the server itself, so a server
 * that asks who is reading (team mode) needs its INVERSA_TOKEN to read its own review.
 */
export function startServerReviewSchedule(options: {
  db: Database;
  settings: Pick<Settings, 'reviewSchedule' | 'reviewLanguage' | 'teamMode' | 'token'>;
  url: string;
  sender: MessageSender | undefined;
  log?: (line: string) => void;
}): { check(): Promise<unknown>; stop(): Promise<void> } | undefined {
  const { db, settings, url, sender, log = (line: string) => console.error(line) } = options;
  const channels = sender?.channels.length ?? 0;
  if (!(settings.reviewSchedule ?? channels > 0)) return undefined;
  if (!sender || channels === 0) {
    log('[inversa] INVERSA_REVIEW_SCHEDULE=1, but no delivery channel (webhook or email) is configured: the monthly review is not sent.');
    return undefined;
  }
  if (settings.teamMode && !settings.token) {
    log('[inversa] the monthly review is not sent: in team mode the server reads its own review with INVERSA_TOKEN; set it.');
    return undefined;
  }
  const auth = settings.token ? { token: settings.token } : undefined;
  return startReviewSchedule({ db, sender, log, renderReview: () => renderMonthlyReview({ baseUrl: url, lang: settings.reviewLanguage, auth }) });
}
