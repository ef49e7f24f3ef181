import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryChannel, DeliveryOutcome, MessageSender, OutgoingMessage } from '../../server/delivery/outgoing-message.ts';
import type { MonthlyReview } from '../../server/report/render-monthly-review.ts';
import { failedSendsPerMonth, sendMonthlyReviewIfDue, startReviewSchedule, startServerReviewSchedule } from '../../server/report/review-schedule.ts';
import { Database } from '../../server/store/database.ts';

// The schedule's once-only rule on a real DuckDB file, reopened between checks as a restarted
// server would. The sender is a plain object that records what it was given; the review is one
// made up here (the browser test prints the real one).

/** A sender that keeps every message and answers each channel ok, unless told the channels are down. */
function recordingSender(channels: DeliveryChannel[] = ['email', 'webhook']) {
  const sent: OutgoingMessage[] = [];
  let down = false;
  const sender: MessageSender = {
    channels,
    async send(message) {
      sent.push(message);
      return channels.map((channel): DeliveryOutcome => ({ channel, ok: !down, attempts: down ? 3 : 1, ...(down ? { error: 'connection refused' } : {}) }));
    },
  };
  return { sender, sent, setDown: (value: boolean) => (down = value) };
}

function review(month: string): MonthlyReview {
  return {
    month,
    title: `Revisión mensual: ${month}`,
    subject: `Revisión mensual — ${month}`,
    summary: ['La tasa de devolución bajó 0,4 pp.'],
    figures: [{ label: 'Tasa de devolución (unidades)', value: '8,8%' }],
    pdf: Buffer.from('%PDF-1.4 made up'),
    html: '<!doctype html><title>made up</title>',
  };
}

let dir: string;
let db: Database;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-schedule-'));
  db = await Database.open({ path: path.join(dir, 'inversa.duckdb'), readers: 1 });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Closes and reopens the database file: what a restart of the server does to it. */
async function restart() {
  db.close();
  db = await Database.open({ path: path.join(dir, 'inversa.duckdb'), readers: 1 });
}

/** One check on a local date and time, rendering `month` as the page's default; `renders` counts the renderings. */
function checker(sender: MessageSender) {
  const renders: string[] = [];
  const check = (at: Date, month: string) =>
    sendMonthlyReviewIfDue({ db, sender, now: () => at, renderReview: async () => (renders.push(month), review(month)) });
  return { check, renders };
}

describe('the monthly review schedule', () => {
  it('sends on the first working day, once, even across a restart', async () => {
    const { sender, sent } = recordingSender();
    const { check, renders } = checker(sender);
    // August 2026 starts on a Saturday: the 1st and 2nd are not working days, Monday the 3rd is
    expect(await check(new Date(2026, 7, 1, 9), '2026-06')).toBe('not_due');
    expect(await check(new Date(2026, 7, 2, 23, 59), '2026-06')).toBe('not_due');
    expect(renders).toEqual([]);
    expect(await check(new Date(2026, 7, 3, 8), '2026-06')).toBe('sent');
    expect(await check(new Date(2026, 7, 3, 9), '2026-06')).toBe('done');
    await restart();
    expect(await check(new Date(2026, 7, 3, 10), '2026-06')).toBe('done');
    expect(await check(new Date(2026, 7, 20, 10), '2026-06')).toBe('done');
    expect(renders).toEqual(['2026-06']);
    expect(sent).toHaveLength(1);

    const [message] = sent;
    expect(message).toMatchObject({ event: 'monthly_review', subject: 'Revisión mensual — 2026-06', data: { month: '2026-06' } });
    expect(message!.text).toContain('Tasa de devolución (unidades): 8,8%');
    expect(message!.attachments).toEqual([{ filename: 'inversa-review-2026-06.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 made up') }]);
  });

  it('sends after the first working day when the server was down that morning', async () => {
    const { sender, sent } = recordingSender();
    const { check } = checker(sender);
    // September 2026 starts on a Tuesday; the server first checks on the 4th
    expect(await check(new Date(2026, 8, 4, 15), '2026-07')).toBe('sent');
    expect(sent.map((m) => m.data.month)).toEqual(['2026-07']);
  });

  it('sends each month its new review, and not the same month again when the data has not moved on', async () => {
    const { sender, sent } = recordingSender();
    const { check, renders } = checker(sender);
    expect(await check(new Date(2026, 5, 1, 9), '2026-04')).toBe('sent'); // Monday 1 June
    // July: no newer complete month in the data, the page still opens on April
    expect(await check(new Date(2026, 6, 1, 9), '2026-04')).toBe('same_month_as_before'); // Wednesday 1 July
    // and the rest of July neither renders nor sends it again
    expect(await check(new Date(2026, 6, 2, 9), '2026-05')).toBe('done');
    // August: data was imported, the page opens on June
    expect(await check(new Date(2026, 7, 3, 9), '2026-06')).toBe('sent');
    expect(sent.map((m) => m.data.month)).toEqual(['2026-04', '2026-06']);
    expect(renders).toEqual(['2026-04', '2026-04', '2026-06']);
  });

  it('records nothing when every channel fails, so that the next check tries again', async () => {
    const { sender, sent, setDown } = recordingSender(['webhook']);
    const { check } = checker(sender);
    setDown(true);
    expect(await check(new Date(2026, 9, 1, 9), '2026-08')).toBe('failed');
    // the failure is in the inbox, as an alert's would be
    const inbox = await db.all(`SELECT kind, details->>'channel' AS channel, details->>'event' AS event FROM alert_inbox`);
    expect(inbox).toEqual([{ kind: 'delivery_failed', channel: 'webhook', event: 'monthly_review' }]);
    setDown(false);
    expect(await check(new Date(2026, 9, 1, 10), '2026-08')).toBe('sent');
    expect(await check(new Date(2026, 9, 1, 11), '2026-08')).toBe('done');
    expect(sent).toHaveLength(2);
  });
});

describe('the hourly checks of a running server', () => {
  it('give a month up after its review failed on every channel at a few checks, and try again the next month', async () => {
    const { sender, sent, setDown } = recordingSender(['webhook']);
    setDown(true);
    let at = new Date(2026, 9, 1, 9); // Thursday 1 October, due
    const schedule = startReviewSchedule({ db, sender, renderReview: async () => review('2026-08'), now: () => at, log: () => {} });
    // the check at start, then ten hourly ones: only the first few send
    for (let hour = 1; hour <= 10; hour++) {
      await schedule.check();
      at = new Date(at.getTime() + 3_600_000);
    }
    expect(sent).toHaveLength(failedSendsPerMonth);
    const failures = await db.all(`SELECT count(*)::INTEGER AS n FROM alert_inbox WHERE kind = 'delivery_failed'`);
    expect(failures).toEqual([{ n: failedSendsPerMonth }]);
    // November: due again, and the receiver is back
    setDown(false);
    at = new Date(2026, 10, 2, 8); // Monday 2 November, the first working day
    await schedule.check();
    expect(sent).toHaveLength(failedSendsPerMonth + 1);
    await schedule.stop();
  });
});

describe('whether a running server sends the review', () => {
  const start = (reviewSchedule: boolean | undefined, sender: MessageSender | undefined, team: { teamMode: boolean; token?: string } = { teamMode: false }) => {
    const lines: string[] = [];
    const schedule = startServerReviewSchedule({
      db,
      url: 'http://127.0.0.1:9',
      sender,
      settings: { reviewSchedule, reviewLanguage: 'es', teamMode: team.teamMode, token: team.token },
      log: (line) => lines.push(line),
    });
    return { started: schedule !== undefined, lines };
  };

  it('stays off without a channel, or when turned off, and says why when it was asked for', () => {
    expect(start(undefined, undefined)).toEqual({ started: false, lines: [] });
    expect(start(undefined, recordingSender([]).sender)).toEqual({ started: false, lines: [] });
    expect(start(false, recordingSender().sender)).toEqual({ started: false, lines: [] });
    const asked = start(true, undefined);
    expect(asked.started).toBe(false);
    expect(asked.lines.join()).toContain('no delivery channel');
    // in team mode the server reads its own review with its token: without one it cannot
    const team = start(undefined, recordingSender().sender, { teamMode: true });
    expect(team.started).toBe(false);
    expect(team.lines.join()).toContain('INVERSA_TOKEN');
  });
});
