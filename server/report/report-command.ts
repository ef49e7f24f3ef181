import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { isReviewMonth } from '../../web/src/features/monthly-review/review-month.ts';
import { readSettings, type Settings } from '../config.ts';
import { startServer } from '../serve.ts';
import { DatabaseInUseError } from '../store/database.ts';
import { renderMonthlyReview, type MonthlyReview, type ReviewLanguage } from './render-monthly-review.ts';
import { ReportError } from './report-error.ts';

interface ReportOptions {
  month?: string;
  lang: ReviewLanguage;
  out: string;
  html?: string;
  url?: string;
}

function reviewMonthArgument(value: string): string {
  if (!isReviewMonth(value)) throw new InvalidArgumentError('expected a month as YYYY-MM, e.g. 2026-10');
  return value;
}

function languageArgument(value: string): ReviewLanguage {
  if (value !== 'es' && value !== 'en') throw new InvalidArgumentError('expected es or en');
  return value;
}

/**
 * The review rendered by a server of this process: the database of INVERSA_DB, served on a
 * loopback port the OS picks, for as long as the rendering takes. It answers only the bearer
 * token made here, an empty database stays empty (no demo data is loaded into it), and it sends
 * nothing on schedule.
 */
async function renderWithOwnServer(settings: Settings, options: ReportOptions): Promise<MonthlyReview> {
  const token = randomBytes(24).toString('base64url');
  const ownSettings = { ...settings, host: '127.0.0.1', port: 0, token, loadDemo: false, logRequests: false, reviewSchedule: false };
  const server = await startServer(ownSettings).catch((error: unknown) => {
    if (!(error instanceof DatabaseInUseError)) throw error;
    throw new ReportError(
      `The database ${settings.databasePath} is open in another process, most likely a running Inversa server. ` +
        'Render the review through that server: inversa report --url http://127.0.0.1:5177 … (its address; ' +
        'with INVERSA_TOKEN set to its token when it has one, as in team mode).',
    );
  });
  try {
    return await renderMonthlyReview({ baseUrl: server.url, month: options.month, lang: options.lang, auth: { token } });
  } finally {
    await server.close();
  }
}

/** `inversa report`: the monthly review as an A4 PDF and a self-contained HTML beside it. */
export function reportCommand(): Command {
  return new Command('report')
    .description('write the monthly review as an A4 PDF and a self-contained HTML, printed by the system Chromium (INVERSA_CHROMIUM)')
    .option('--month <YYYY-MM>', 'the month to review (default: the one the review page opens on, the newest whose return window has closed)', reviewMonthArgument)
    .option('--lang <lang>', 'es | en', languageArgument, 'es')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .option('--html <file.html>', 'where to write the HTML (default: beside the PDF, same name)')
    .option('--url <url>', 'render through a running Inversa at this address (INVERSA_TOKEN: its token) instead of opening INVERSA_DB')
    .action(async (options: ReportOptions) => {
      const settings = readSettings();
      const review = options.url
        ? await renderMonthlyReview({ baseUrl: options.url, month: options.month, lang: options.lang, auth: settings.token ? { token: settings.token } : undefined })
        : await renderWithOwnServer(settings, options);
      const pdfFile = path.resolve(options.out);
      const htmlFile = path.resolve(options.html ?? `${pdfFile.replace(/\.pdf$/i, '')}.html`);
      fs.mkdirSync(path.dirname(pdfFile), { recursive: true });
      fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
      fs.writeFileSync(pdfFile, review.pdf);
      fs.writeFileSync(htmlFile, review.html);
      console.error(`[inversa] ${review.title}: wrote ${pdfFile} and ${htmlFile}`);
    });
}
