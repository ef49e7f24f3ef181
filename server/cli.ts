import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { readSettings } from './config.ts';
import { importFile } from './import/import-file.ts';
import { ImportError } from './import/import-error.ts';
import { startServer } from './serve.ts';
import { Database } from './store/database.ts';
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

const oneOf = (values: string[]) => (value: string) => {
  if (!values.includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
  return value;
};

program
  .command('import')
  .description('import a CSV export into the database named by INVERSA_DB')
  .argument('<file>', 'the CSV file')
  .option('--kind <kind>', 'orders | returns | auto', oneOf(['orders', 'returns', 'auto']), 'auto')
  .option('--mode <mode>', 'append | replace', oneOf(['append', 'replace']), 'append')
  .option('--mapping <json>', 'canonical field → source header, as JSON')
  .action(async (file: string, options: { kind: 'orders' | 'returns' | 'auto'; mode: 'append' | 'replace'; mapping?: string }) => {
    const settings = readSettings();
    const db = await Database.open({ path: settings.databasePath, threads: settings.threads, memoryLimit: settings.memoryLimit });
    try {
      const report = await importFile(db, {
        filePath: path.resolve(file),
        fileName: path.basename(file),
        kind: options.kind,
        mode: options.mode,
        mapping: options.mapping ? JSON.parse(options.mapping) : undefined,
        onPhase: (phase) => process.stderr.write(`[inversa] ${phase}\n`),
      });
      console.log(JSON.stringify(report, null, 2));
      console.error(`[inversa] ${report.kind}: ${report.rowsImported} of ${report.rowsRead} rows imported, ${report.rowsRejected} rejected.`);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
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

await program.parseAsync();
