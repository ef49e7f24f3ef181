import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { readSettings } from './config.ts';
import { ImportError } from './import/import-error.ts';
import { importFile } from './import/import-file.ts';
import { columnMappingSchema, formatSchema } from './import/import-options.ts';
import { previewFile } from './import/preview-file.ts';
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
    const stop = async () => {
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
}

const oneOf = (values: string[]) => (value: string) => {
  if (!values.includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  return value;
};

program
  .command('import')
  .description('import a CSV export or an Excel workbook into the database named by INVERSA_DB; prints the same report as the API')
  .argument('<file>', 'the CSV file (any encoding, delimiter or layout Inversa recognises; .gz too) or .xlsx workbook')
  .option('--kind <kind>', 'orders | returns | combined | auto', oneOf(['orders', 'returns', 'combined', 'auto']), 'auto')
  .option('--mode <mode>', 'append | replace', oneOf(['append', 'replace']), 'append')
  .option('--mapping <json>', 'canonical field → source header, as JSON (a field paired with "" stays unmapped)')
  .option('--delimiter <char>', 'the field delimiter instead of the detected one: , ; tab |')
  .option('--decimal <char>', 'the decimal separator instead of the detected one: . or ,', oneOf(['.', ',']))
  .option('--date-order <order>', 'day-first | month-first, for dates such as 03/04/2025', oneOf(['day-first', 'month-first']))
  .option('--sheet <name>', "a workbook's sheet to read instead of the one with the most rows")
  .option('--save-mapping', 'remember this mapping and format for files with the same header')
  .option('--preview', 'print what would be imported (detection, mapping, 20 rows) and write nothing')
  .action(async (file: string, options: ImportCliOptions) => {
    const settings = readSettings();
    const db = await Database.open({ path: settings.databasePath, threads: settings.threads, memoryLimit: settings.memoryLimit });
    try {
      const request = {
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
      };
      if (options.preview) {
        console.log(JSON.stringify(await previewFile(db, request), null, 2));
        return;
      }
      const report = await importFile(db, {
        ...request,
        mode: options.mode,
        saveMapping: options.saveMapping,
        onProgress: (p) => process.stderr.write(p.bytesRead === undefined ? `[inversa] ${p.phase}\n` : `[inversa] reading ${Math.round((100 * p.bytesRead) / (p.totalBytes || 1))}%\n`),
      });
      console.log(JSON.stringify(report, null, 2));
      const unmatched = report.unmatchedReturns > 0 ? `, ${report.unmatchedReturns} returns without their order in the data` : '';
      console.error(`[inversa] ${report.source} ${report.kind}: ${report.rowsImported} of ${report.rowsRead} rows imported, ${report.rowsRejected} rejected${unmatched}.`);
      for (const warning of report.warnings) console.error(`[inversa] note: ${warning.message}`);
    } catch (error) {
      if (!(error instanceof ImportError) && !(error instanceof ZodError) && !(error instanceof SyntaxError)) throw error;
      console.error(`[inversa] nothing imported: ${error.message}`);
      process.exitCode = 1;
    } finally {
      db.close();
    }
  });

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

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  console.error(`[inversa] ${error.message}`);
  process.exitCode = 1;
}
