import fs from 'node:fs/promises';
import type { SqlSession } from '../store/database.ts';
import { ImportError } from './import-error.ts';

export interface CsvFormat {
  encoding: string;
  delimiter: string;
  decimalSeparator: string;
  dateFormat: string;
}

export interface StagedCsv {
  headers: string[];
  rowsRead: number;
  format: CsvFormat;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** NUL bytes never occur in a UTF-8 or Latin-1 text file: a renamed image or spreadsheet does. */
async function assertLooksLikeText(filePath: string): Promise<void> {
  const handle = await fs.open(filePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    if (bytesRead === 0) throw new ImportError(422, 'empty_file', 'The file is empty.');
    if (buffer.subarray(0, bytesRead).includes(0)) {
      throw new ImportError(415, 'not_text', 'This is not a text file. Export the data as CSV and try again.');
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads the whole CSV as text into the session's temp table `staged_raw`, keeping each row's
 * position (`file_row`, 1 = first data row) so rejects can name their line. Every value stays
 * VARCHAR here; parsing is the normaliser's job, where a bad value rejects one row, not the file.
 */
export async function stageCsv(session: SqlSession, filePath: string): Promise<StagedCsv> {
  // a gzipped file is decompressed by DuckDB itself
  if (!filePath.endsWith('.gz')) await assertLooksLikeText(filePath);
  const path = sqlString(filePath);
  let delimiter: string;
  try {
    const [sniffed] = await session.all(`SELECT "Delimiter" AS delimiter FROM sniff_csv(${path}, sample_size = 20480)`);
    delimiter = String(sniffed?.delimiter ?? ',');
    await session.run(
      `CREATE OR REPLACE TEMP TABLE staged_raw AS
       SELECT row_number() OVER () AS file_row, *
       FROM read_csv(${path}, all_varchar = true, header = true, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
                     strict_mode = true, null_padding = false, comment = '', sample_size = -1)`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/"[^"]*\/[^"]*"/g, 'the file') : String(error);
    throw new ImportError(422, 'unreadable_file', `The file could not be read as CSV: ${reason}`);
  }
  const columns = await session.all(`SELECT column_name FROM (DESCRIBE staged_raw) WHERE column_name <> 'file_row'`);
  const [{ n }] = (await session.all('SELECT count(*)::INTEGER AS n FROM staged_raw')) as [{ n: number }];
  return {
    headers: columns.map((c) => String(c.column_name)),
    rowsRead: n,
    format: { encoding: 'utf-8', delimiter, decimalSeparator: '.', dateFormat: 'iso' },
  };
}
