import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { newUserNameSchema, passwordSchema } from './auth/user-fields.ts';
import type { EmailSettings } from './delivery/email-sender.ts';
import type { RetryPolicy } from './delivery/retries.ts';
import type { WebhookSettings } from './delivery/webhook-sender.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `ana@shop.example`, or with a display name: `Inversa <inversa@shop.example>`. */
const mailboxPattern = /^(?:[^\s<>@]+@[^\s<>@]+|[^<>]*<[^\s<>@]+@[^\s<>@]+>)$/;

/** The host names and addresses that reach this machine only: binding anything else turns team mode on. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host);
}

const settingsSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(5177),
    HOST: z.string().min(1).default('127.0.0.1'),
    INVERSA_DB: z.string().min(1).default(path.join(projectRoot, 'data', 'inversa.duckdb')),
    INVERSA_DEMO: z.enum(['0', '1']).default('1'),
    INVERSA_TOKEN: z.string().min(16, 'INVERSA_TOKEN must be at least 16 characters').optional(),
    INVERSA_MAX_UPLOAD: z.coerce.number().int().positive().default(2 * 1024 ** 3),
    INVERSA_RETURN_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    INVERSA_THREADS: z.coerce.number().int().min(1).max(64).optional(),
    INVERSA_MEMORY_LIMIT: z.string().regex(/^\d+(\.\d+)?\s*[KMGT]i?B$/i).default('4GB'),
    // operations: the request log, and where POST /api/backup may write
    INVERSA_LOG: z.enum(['0', '1']).optional(),
    INVERSA_BACKUP_DIR: z.string().min(1).optional(),
    // the monthly review sent on the first working day of each month (README, "Monthly review by email or PDF")
    INVERSA_REVIEW_SCHEDULE: z.enum(['0', '1']).optional(),
    INVERSA_REVIEW_LANG: z.enum(['es', 'en']).default('es'),
    // alerts: how often the rules are checked while the server runs (besides after every import); 0 = never
    INVERSA_ALERT_CHECK_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).default(60),
    // team mode (sign-in, roles, audit): docs/design.md "Safety"
    INVERSA_AUTH: z.enum(['0', '1']).default('0'),
    INVERSA_TRUST_PROXY: z.enum(['0', '1']).default('0'),
    INVERSA_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    INVERSA_ADMIN_NAME: newUserNameSchema.optional(),
    INVERSA_ADMIN_PASSWORD: passwordSchema.optional(),
    // delivery of alerts and the monthly review (server/delivery/): a channel left unset is off
    INVERSA_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
    INVERSA_WEBHOOK_SECRET: z.string().min(16, 'INVERSA_WEBHOOK_SECRET must be at least 16 characters').optional(),
    INVERSA_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an smtp:// or smtps:// URL' }).optional(),
    INVERSA_MAIL_FROM: z.string().trim().regex(mailboxPattern, 'an address, or Name <address>').optional(),
    INVERSA_MAIL_TO: z
      .string()
      .transform((list) => list.split(',').map((address) => address.trim()).filter((address) => address !== ''))
      .pipe(z.array(z.email('a comma-separated list of addresses')).min(1))
      .optional(),
    INVERSA_DELIVERY_TRIES: z.coerce.number().int().min(1).max(10).default(4),
  })
  .refine((s) => (s.INVERSA_ADMIN_NAME === undefined) === (s.INVERSA_ADMIN_PASSWORD === undefined), {
    message: 'set INVERSA_ADMIN_NAME and INVERSA_ADMIN_PASSWORD together',
    path: ['INVERSA_ADMIN_NAME'],
  })
  // a webhook nobody can verify is a door anyone can knock on as us
  .refine((s) => (s.INVERSA_WEBHOOK_URL === undefined) === (s.INVERSA_WEBHOOK_SECRET === undefined), {
    message: 'set INVERSA_WEBHOOK_URL and INVERSA_WEBHOOK_SECRET (the key receivers check the signature with) together',
    path: ['INVERSA_WEBHOOK_SECRET'],
  })
  // all three or none: a mail channel missing its server, its sender or its recipients cannot send
  .refine((s) => new Set([s.INVERSA_SMTP_URL, s.INVERSA_MAIL_FROM, s.INVERSA_MAIL_TO].map((v) => v === undefined)).size === 1, {
    message: 'set INVERSA_SMTP_URL, INVERSA_MAIL_FROM and INVERSA_MAIL_TO together',
    path: ['INVERSA_SMTP_URL'],
  });

/** Between two tries of a channel: 1–2 s, then 2–4 s, 4–8 s…; a try that takes over 10 s has failed. */
const deliveryDelays = { firstDelayMs: 2_000, maxDelayMs: 60_000, timeoutMs: 10_000 };

export type Settings = {
  port: number;
  host: string;
  databasePath: string;
  loadDemo: boolean;
  token: string | undefined;
  maxUploadBytes: number;
  returnWindowDays: number;
  threads: number | undefined;
  memoryLimit: string;
  /** One JSON line per request on stdout. */
  logRequests: boolean;
  /** The folder under which the server writes the backups it is asked for. */
  backupDir: string;
  /** Send the monthly review on schedule; unset: whenever a delivery channel is configured. */
  reviewSchedule: boolean | undefined;
  /** The language the scheduled review is written in. */
  reviewLanguage: 'es' | 'en';
  /** Minutes between scheduled alert checks while the server runs; 0, only after imports and on demand. */
  alertCheckMinutes: number;
  /** Sign-in, roles and the audit trail: on for any non-loopback HOST, or with INVERSA_AUTH=1. */
  teamMode: boolean;
  /** Believe X-Forwarded-Proto and X-Forwarded-For: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
  sessionHours: number;
  /** Created at start when the database has no user yet (containers). */
  firstAdmin: { name: string; password: string } | undefined;
  /** Where alerts and the monthly review are posted; undefined when INVERSA_WEBHOOK_URL is unset. */
  webhook: WebhookSettings | undefined;
  /** The SMTP server and the addresses mail goes from and to; undefined when INVERSA_SMTP_URL is unset. */
  email: EmailSettings | undefined;
  /** Tries per message and channel, and the waits between them. */
  deliveryRetry: RetryPolicy;
};

/** Reads the environment once; an invalid setting stops the process with a message naming it. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = settingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid settings: ${problems}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    databasePath: path.resolve(s.INVERSA_DB),
    loadDemo: s.INVERSA_DEMO === '1',
    token: s.INVERSA_TOKEN,
    maxUploadBytes: s.INVERSA_MAX_UPLOAD,
    returnWindowDays: s.INVERSA_RETURN_WINDOW_DAYS,
    threads: s.INVERSA_THREADS,
    memoryLimit: s.INVERSA_MEMORY_LIMIT,
    // on for a server, off in a process vitest runs (whatever env the test passes), where the
    // lines would bury the test report
    logRequests: (s.INVERSA_LOG ?? (process.env.VITEST ? '0' : '1')) === '1',
    backupDir: path.resolve(s.INVERSA_BACKUP_DIR ?? path.join(path.dirname(s.INVERSA_DB), 'backups')),
    reviewSchedule: s.INVERSA_REVIEW_SCHEDULE === undefined ? undefined : s.INVERSA_REVIEW_SCHEDULE === '1',
    reviewLanguage: s.INVERSA_REVIEW_LANG,
    alertCheckMinutes: s.INVERSA_ALERT_CHECK_MINUTES,
    teamMode: !isLoopbackHost(s.HOST) || s.INVERSA_AUTH === '1',
    trustProxy: s.INVERSA_TRUST_PROXY === '1',
    sessionHours: s.INVERSA_SESSION_HOURS,
    firstAdmin: s.INVERSA_ADMIN_NAME && s.INVERSA_ADMIN_PASSWORD ? { name: s.INVERSA_ADMIN_NAME, password: s.INVERSA_ADMIN_PASSWORD } : undefined,
    webhook: s.INVERSA_WEBHOOK_URL && s.INVERSA_WEBHOOK_SECRET ? { url: s.INVERSA_WEBHOOK_URL, secret: s.INVERSA_WEBHOOK_SECRET } : undefined,
    email: s.INVERSA_SMTP_URL && s.INVERSA_MAIL_FROM && s.INVERSA_MAIL_TO ? { smtpUrl: s.INVERSA_SMTP_URL, from: s.INVERSA_MAIL_FROM, to: s.INVERSA_MAIL_TO } : undefined,
    deliveryRetry: { tries: s.INVERSA_DELIVERY_TRIES, ...deliveryDelays },
  };
}
