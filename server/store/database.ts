import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { roundMoneyMacroSql } from '../domain/money-rounding.ts';
import { parameterTypes } from './parameter-types.ts';
import { SqlFile } from './sql-file.ts';
import { undoInterruptedFirstImport } from './first-import.ts';

export type SqlParams = Record<string, DuckDBValue>;
export type JsonRow = Record<string, unknown>;

export interface DatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  path: string;
  threads?: number;
  memoryLimit?: string;
  /** The only folders DuckDB may read or write besides its own database file. */
  allowedDirectories?: string[];
  /** Readers run side by side on their own connections; imports take one more. */
  readers?: number;
}

/** DuckDB lets one process at a time open a database file; another already has this one. */
export class DatabaseInUseError extends Error {}

/** A write asked for once the server began to shut down: refused before it wrote anything. */
export class DatabaseClosingError extends Error {
  readonly status = 503;
  readonly code = 'shutting_down';
  constructor() {
    super('The server is shutting down: nothing was written. Send it again once the server is back.');
  }
}

/** Reads refused after a first import failed and could not be undone: only a restart can. */
export class DatabaseHalfWrittenError extends Error {
  readonly status = 503;
  readonly code = 'restart_needed';
  constructor() {
    super('An import failed half-way and could not be taken out: restart the server, which takes it out before it answers anything.');
  }
}

function inUseError(file: string, error: unknown): DatabaseInUseError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Could not set lock on file/.test(message)) return undefined;
  const pid = /\(PID (\d+)\)/.exec(message)?.[1];
  return new DatabaseInUseError(
    `The database ${file} is open in another process${pid ? ` (PID ${pid})` : ''}, most likely an Inversa server. ` +
      'Use that server (its Import page, or POST /api/imports), stop it first, or set INVERSA_DB to another file.',
  );
}

const schema = SqlFile.in('store', 'schema');

/** Runs SQL on one connection; what both the read pool and a transaction hand out. */
export class SqlSession {
  constructor(private readonly connection: DuckDBConnection) {}

  async all(sql: string, params: SqlParams = {}): Promise<JsonRow[]> {
    const reader = await this.connection.runAndReadAll(sql, params, parameterTypes(params));
    return reader.getRowObjectsJson() as JsonRow[];
  }

  async run(sql: string, params: SqlParams = {}): Promise<void> {
    await this.connection.run(sql, params, parameterTypes(params));
  }

  close(): void {
    this.connection.closeSync();
  }

  /** Runs `work` inside BEGIN … COMMIT; any error rolls everything back and is rethrown. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (error) {
      await this.run('ROLLBACK');
      throw error;
    }
  }
}

/** A first import the last process died in is taken out before anything reads (store/first-import.ts). */
async function undoInterruptedWrite(instance: DuckDBInstance): Promise<void> {
  const connection = await instance.connect();
  try {
    if (await undoInterruptedFirstImport(new SqlSession(connection))) {
      console.error('[inversa] the first import into this database stopped before it finished: what it had written was taken out');
    }
  } finally {
    connection.closeSync();
  }
}

/**
 * The one DuckDB instance of the process. Reads share a small pool of connections so that
 * requests run side by side.
 */
export class Database {
  private readonly idle: SqlSession[] = [];
  private readonly waiting: Array<(session: SqlSession) => void> = [];
  /** The last write in line; the next one starts when it has ended, whether it failed or not. */
  private lastWrite: Promise<unknown> = Promise.resolve();
  /** Set while a write that commits step by step runs (holdingReads): reads wait for it. */
  private readsHeld: Promise<void> | null = null;
  /** Set when such a write could not be undone: what is stored is half of it, and no read is answered. */
  private readsRefused: DatabaseHalfWrittenError | null = null;
  private closing = false;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly readers: SqlSession[],
  ) {
    this.idle.push(...readers);
  }

  static async open(options: DatabaseOptions): Promise<Database> {
    if (options.path !== ':memory:') fs.mkdirSync(path.dirname(options.path), { recursive: true });
    const config: Record<string, string> = {};
    if (options.threads) config.threads = String(options.threads);
    if (options.memoryLimit) config.memory_limit = options.memoryLimit;
    // DuckDB's default, pinned: an import numbers the rows it staged by their place in the table,
    // which is the file's order only while insertion order is kept (import/stage-csv.ts)
    config.preserve_insertion_order = 'true';
    const instance = await DuckDBInstance.create(options.path, config).catch((error: unknown) => {
      throw inUseError(options.path, error) ?? error;
    });
    const setup = await instance.connect();
    await setup.run(schema.sql);
    await setup.run(roundMoneyMacroSql());
    if (options.allowedDirectories) {
      const dirs = options.allowedDirectories.map((d) => `'${d.replaceAll("'", "''")}${d.endsWith('/') ? '' : '/'}'`);
      await setup.run(`SET allowed_directories = [${dirs.join(', ')}]`);
      await setup.run('SET enable_external_access = false');
    }
    await undoInterruptedWrite(instance);
    const readers = [new SqlSession(setup)];
    for (let i = 1; i < (options.readers ?? 4); i++) readers.push(new SqlSession(await instance.connect()));
    return new Database(instance, readers);
  }

  async all(sql: string, params: SqlParams = {}): Promise<JsonRow[]> {
    const session = await this.acquireToRead();
    try {
      return await session.all(sql, params);
    } finally {
      this.release(session);
    }
  }

  /**
   * A connection of its own for a whole import: its temp tables stage the file, and its
   * transaction swaps the rows in, while readers keep seeing the last committed data.
   */
  async withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const connection = await this.instance.connect();
    try {
      return await work(new SqlSession(connection));
    } finally {
      connection.closeSync();
    }
  }

  /**
   * Runs `work` when every write asked for before it has ended. An import's transaction derives
   * the rollups and links returns to orders from what was committed when it began: two at once
   * each miss the other's rows (returns imported beside their orders stayed unlinked), so writes
   * wait their turn. Reading and staging a file need no turn.
   */
  inWriteTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new DatabaseClosingError());
    const turn = this.lastWrite.then(work);
    this.lastWrite = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Runs `work`, a write that commits step by step (the first import, store/first-import.ts), while
   * reads asked for meanwhile wait: they see the database before it or after it, never half of it.
   * Reads already running hold the data as it was when they began.
   */
  async holdingReads<T>(work: () => Promise<T>): Promise<T> {
    if (this.readsRefused) throw this.readsRefused;
    let release!: () => void;
    this.readsHeld = new Promise<void>((resolve) => (release = resolve));
    try {
      return await work();
    } finally {
      this.readsHeld = null;
      release();
    }
  }

  /**
   * What a write that commits step by step calls when it could not undo itself: from then on every
   * read is refused, rather than answered from half of it, until a restart undoes it
   * (store/first-import.ts).
   */
  refuseReads(): void {
    this.readsRefused = new DatabaseHalfWrittenError();
  }

  /** False once shutting down began: what the readiness probe answers. */
  get isOpen(): boolean {
    return !this.closing;
  }

  /**
   * The start of a shutdown: writes already in line still run to their commit or rollback, and a
   * write asked for from now on is refused (DatabaseClosingError) rather than started, so that
   * no new import can hold the shutdown up.
   */
  refuseNewWrites(): void {
    this.closing = true;
  }

  /**
   * Closes once every write in line has committed or rolled back and every read has handed its
   * connection back; DuckDB checkpoints its WAL into the file as the last connection closes, so
   * the next start replays nothing.
   */
  async closeWhenIdle(): Promise<void> {
    this.refuseNewWrites();
    await this.lastWrite;
    for (const _ of this.readers) await this.acquire();
    this.close();
  }

  /**
   * The instance lets go of the file (its lock, and DuckDB's own checkpoint) only once no
   * connection is left open, so the readers are closed first.
   */
  close(): void {
    for (const reader of this.readers) reader.close();
    this.instance.closeSync();
  }

  /**
   * A connection to read on, once no write that commits step by step is running: a read that
   * waited for a connection checks again once it has one, as such a write may have begun meanwhile.
   */
  private async acquireToRead(): Promise<SqlSession> {
    if (this.readsRefused) throw this.readsRefused;
    for (;;) {
      while (this.readsHeld) await this.readsHeld;
      const session = await this.acquire();
      if (!this.readsHeld) return session;
      this.release(session);
    }
  }

  private acquire(): Promise<SqlSession> {
    const session = this.idle.pop();
    if (session) return Promise.resolve(session);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(session: SqlSession): void {
    const next = this.waiting.shift();
    if (next) next(session);
    else this.idle.push(session);
  }
}
