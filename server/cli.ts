import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { AlertChecker } from './alerts/alert-checker.ts';
import { commandLineUser, recordImports } from './auth/audit.ts';
import { userCommand } from './auth/user-commands.ts';
import { backupDatabase, snapshotDatabase } from './backup/request-backup.ts';
import { restoreSnapshot } from './backup/snapshot.ts';
import { readSettings } from './config.ts';
import { createMessageSender } from './delivery/message-sender.ts';
import { testMessage } from './delivery/test-message.ts';
import { ApiError } from './http/api-error.ts';
import { ImportError } from './import/import-error.ts';
import { importFile, importFiles, type ImportProgress } from './import/import-file.ts';
import { columnMappingSchema, formatSchema } from './import/import-options.ts';
import { previewFile } from './import/preview-file.ts';
import { reportCommand } from './report/report-command.ts';
import { ReportError } from './report/report-error.ts';
import { startServer } from './serve.ts';
import { Database, DatabaseInUseError } from './store/database.ts';
import { webDir } from './web-build.ts';

const program = new Command()
  .name('inversa')
  .description('Returns analytics for reverse logistics: how much comes back, why, how fast, and what is recovered.');

program
  .command('serve', { isDefault: true })
  .description('serve the dashboard and the API (PORT, HOST, INVERSA_DB, INVERSA_DEMO, INVERSA_TOKEN)')
  .action(async () => {
    const server = await startServer(readSettings());
    console.log(`[inversa] dashboard at ${server.url}`);
    const stop = async (signal: NodeJS.Signals) => {
      console.error(`[inversa] ${signal}: finishing the requests in flight and any import in line, then closing the database`);
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('dev')
  .description('serve the API, and the web app through Vite with hot reload')
  .action(async () => {
    const settings = readSettings();
    const server = await startServer(settings, { buildWeb: false });
    const { createServer } = await import('vite');
    const vite = await createServer({ configFile: path.join(webDir, 'vite.config.ts') });
    await vite.listen();
    console.log(`[inversa] API at ${server.url}; web app with hot reload at ${vite.resolvedUrls?.local[0] ?? 'the Vite URL'}`);
  });

interface ImportCliOptions {
  kind: 'orders' | 'returns' | 'combined' | 'auto';
  mode: 'append' | 'replace';
  mapping?: string;
  delimiter?: string;
  decimal?: '.' | ',';
  dateOrder?: 'day-first' | 'month-first';
  sheet?: string;
  saveMapping?: boolean;
  preview?: boolean;
  yes?: boolean;
}

const oneOf = (values: string[]) => (value: string) => {
  if (!values.includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  return value;
};

program
  .command('import')
  .description('import CSV exports or Excel workbooks into the database named by INVERSA_DB; prints the same report as the API')
  .argument('<files...>', 'the CSV files (any encoding, delimiter or layout Inversa recognises; .gz too) or .xlsx workbooks; several are imported together, orders first')
  .option('--kind <kind>', 'orders | returns | combined | auto', oneOf(['orders', 'returns', 'combined', 'auto']), 'auto')
  .option('--mode <mode>', 'append | replace', oneOf(['append', 'replace']), 'append')
  .option('--mapping <json>', 'canonical field → source header, as JSON (a field paired with "" stays unmapped)')
  .option('--delimiter <char>', 'the field delimiter instead of the detected one: , ; tab |')
  .option('--decimal <char>', 'the decimal separator instead of the detected one: . or ,', oneOf(['.', ',']))
  .option('--date-order <order>', 'day-first | month-first, for dates such as 03/04/2025', oneOf(['day-first', 'month-first']))
  .option('--sheet <name>', "a workbook's sheet to read instead of the one with the most rows")
  .option('--save-mapping', 'remember this mapping and format for files with the same header')
  .option('--preview', 'print what would be imported (detection, mapping, 20 rows) and write nothing')
  .option('--yes', 'import even when a detected column pairing is not sure (the preview marks it to confirm)')
  .action(async (files: string[], options: ImportCliOptions) => {
    const settings = readSettings();
    const db = await Database.open({ path: settings.databasePath, threads: settings.threads, memoryLimit: settings.memoryLimit });
    try {
      if (files.length > 1 && (options.mapping || options.kind !== 'auto' || options.sheet)) {
        throw new ImportError(422, 'invalid_arguments', '--mapping, --kind and --sheet name one file: import that file on its own.');
      }
      const importedBy = commandLineUser();
      const requests = files.map((file) => ({
        importedBy,
        filePath: path.resolve(file),
        fileName: path.basename(file),
        kind: options.kind,
        mapping: options.mapping ? columnMappingSchema.parse(JSON.parse(options.mapping)) : undefined,
        format: formatSchema.parse({
          delimiter: options.delimiter === 'tab' ? '\t' : options.delimiter,
          decimalSeparator: options.decimal,
          dateOrder: options.dateOrder,
        }),
        sheet: options.sheet,
        mode: options.mode,
        saveMapping: options.saveMapping,
      }));
      if (options.preview) {
        for (const request of requests) console.log(JSON.stringify(await previewFile(db, request), null, 2));
        return;
      }
      if (!options.yes && !options.mapping && !(await pairingsConfirmed(db, requests))) {
        process.exitCode = 1;
        return;
      }
      const onProgress = (p: ImportProgress) =>
        process.stderr.write(p.bytesRead === undefined ? `[inversa] ${p.phase}\n` : `[inversa] reading ${Math.round((100 * p.bytesRead) / (p.totalBytes || 1))}%\n`);
      const reports = requests.length > 1 ? await importFiles(db, requests.map((r) => ({ ...r, onProgress }))) : [await importFile(db, { ...requests[0]!, onProgress })];
      await recordImports(db, { who: importedBy, from: null }, { mode: options.mode, saveMapping: options.saveMapping ?? false }, reports);
      // the alert rules judged on the new data, as after an import through the API, and sent on the
      // same channels (the episode it opens keeps the server quiet later); awaited here, since the
      // database closes when the command ends, and a failed check is in the inbox, not an error
      const alerts = new AlertChecker(db, settings.returnWindowDays, createMessageSender(settings));
      await alerts.checkAfterImport();
      await alerts.deliveriesSettled();
      console.log(JSON.stringify(reports.length > 1 ? { imports: reports } : reports[0], null, 2));
      for (const report of reports) {
        const unmatched = report.unmatchedReturns > 0 ? `, ${report.unmatchedReturns} returns without their order in the data` : '';
        console.error(`[inversa] ${report.source} ${report.kind}: ${report.rowsImported} of ${report.rowsRead} rows imported, ${report.rowsRejected} rejected${unmatched}.`);
        for (const line of report.assumptions) console.error(`[inversa] read as: ${line}`);
        for (const warning of report.warnings) console.error(`[inversa] note: ${warning.message}`);
      }
    } catch (error) {
      if (!(error instanceof ImportError) && !(error instanceof ZodError) && !(error instanceof SyntaxError)) throw error;
      console.error(`[inversa] nothing imported: ${error.message}`);
      process.exitCode = 1;
    } finally {
      db.close();
    }
  });

/**
 * Before an import from the command line: every detected pairing below high confidence is shown
 * with its values' evidence, and nothing is imported until the person says `--yes` or gives a
 * `--mapping`. The page asks the same through its preview.
 */
async function pairingsConfirmed(db: Database, requests: ReadonlyArray<Parameters<typeof previewFile>[1] & { fileName: string }>): Promise<boolean> {
  let confirmed = true;
  for (const request of requests) {
    const preview = await previewFile(db, request);
    const unsure = preview.fields.filter((f) => f.toConfirm);
    if (unsure.length === 0) continue;
    confirmed = false;
    console.error(`[inversa] ${request.fileName}: these columns were paired by a partial name match; check them:`);
    for (const f of unsure) console.error(`[inversa]   ${f.name} ← "${f.header}" (${Math.round((f.confidence ?? 0) * 100)} % sure${f.evidence ? `; values: ${f.evidence}` : ''})`);
    for (const line of preview.assumptions) console.error(`[inversa]   read as: ${line}`);
  }
  if (!confirmed) {
    console.error(`[inversa] nothing imported. Rerun with --yes to accept these pairings, or with --mapping '{"field":"Header"}' to set them.`);
  }
  return confirmed;
}

program
  .command('demo-data')
  .description('regenerate the bundled demo data in data/demo (deterministic)')
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10))
  .option('--scale <x>', 'multiplies the number of orders', Number.parseFloat, 1)
  .option('--out <dir>', 'output folder', path.join('data', 'demo'))
  .action(async (options: { seed?: number; scale: number; out: string }) => {
    const { generateDemoData } = await import('./demo/generate-demo-data.ts');
    const result = await generateDemoData({ outDir: options.out, seed: options.seed, scale: options.scale });
    console.log(`[inversa] wrote ${result.orderLines} order lines and ${result.returns} returns to ${options.out}`);
  });

program
  .command('backup')
  .description('write a consistent snapshot of the database named by INVERSA_DB to a folder (Parquet), through the running server when one holds the file')
  .argument('<dir>', 'a new or empty folder; with a server running, one under its INVERSA_BACKUP_DIR')
  .action(async (dir: string) => {
    const through = await backupDatabase(readSettings(), path.resolve(dir));
    console.log(`[inversa] backup written to ${path.resolve(dir)}${through === 'server' ? ' by the running server' : ''}`);
  });

program
  .command('export')
  .description('write the database named by INVERSA_DB as a Parquet snapshot (canonical tables by month, the rollups, a manifest) that a read-only server serves: INVERSA_DB=DIR')
  .requiredOption('--parquet <dir>', 'a new or empty folder; with a server running, one below its INVERSA_BACKUP_DIR')
  .action(async (options: { parquet: string }) => {
    const dir = path.resolve(options.parquet);
    const through = await snapshotDatabase(readSettings(), dir);
    console.log(`[inversa] snapshot written to ${dir}${through === 'server' ? ' by the running server' : ''}; serve it read-only with INVERSA_DB=${dir}`);
  });

program
  .command('restore')
  .description('replace the database named by INVERSA_DB with a backup (stop the server first); the old file is kept as .bak until the swap succeeds')
  .argument('<dir>', 'a folder `inversa backup` wrote')
  .action(async (dir: string) => {
    const settings = readSettings();
    await restoreSnapshot(path.resolve(dir), settings.databasePath).catch((error: unknown) => {
      throw error instanceof DatabaseInUseError ? new DatabaseInUseError(`Stop the server before restoring. ${error.message}`) : error;
    });
    console.log(`[inversa] ${settings.databasePath} restored from ${path.resolve(dir)}`);
  });

program
  .command('notify-test')
  .description('send a test message on every delivery channel the settings configure (INVERSA_WEBHOOK_URL, INVERSA_SMTP_URL) and print how each went')
  .option('--channel <channel>', 'webhook | email: only this one', oneOf(['webhook', 'email']))
  .action(async (options: { channel?: 'webhook' | 'email' }) => {
    const sender = createMessageSender(readSettings());
    if (sender.channels.length === 0) {
      console.error('[inversa] no delivery channel is configured: set INVERSA_WEBHOOK_URL and INVERSA_WEBHOOK_SECRET, or INVERSA_SMTP_URL, INVERSA_MAIL_FROM and INVERSA_MAIL_TO');
      process.exitCode = 1;
      return;
    }
    const outcomes = await sender.send(testMessage(os.hostname()), options.channel ? [options.channel] : sender.channels);
    for (const o of outcomes) {
      const tries = `${o.attempts} ${o.attempts === 1 ? 'try' : 'tries'}`;
      console.log(`[inversa] ${o.channel}: ${o.ok ? `sent (${tries})` : `not sent after ${tries}: ${o.error}`}`);
    }
    if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
  });

program.addCommand(userCommand());
program.addCommand(reportCommand());

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof DatabaseInUseError) && !(error instanceof ApiError) && !(error instanceof ReportError)) throw error;
  console.error(`[inversa] ${error.message}`);
  process.exitCode = 1;
}
