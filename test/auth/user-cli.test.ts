import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.ts';
import { checkCredentials } from '../../server/auth/users.ts';
import { Database } from '../../server/store/database.ts';
import { smallShop } from '../support/test-store.ts';

// `inversa user …` through the published entry point, against a database file of its own.

const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-users-'));
const dbPath = path.join(dbDir, 'inversa.duckdb');
afterAll(() => fs.rmSync(dbDir, { recursive: true, force: true }));

function inversa(args: string[], stdin = '', database = dbPath): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['server/bin/inversa.mjs', ...args], { env: { ...process.env, INVERSA_DB: database } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (text: Buffer) => (stdout += text.toString()));
  child.stderr.on('data', (text: Buffer) => (stderr += text.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Opens the file between two commands, as the server would, to see what they left. */
async function inDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await Database.open({ path: dbPath, readers: 1 });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

describe('inversa user', () => {
  it('adds, lists, disables users and resets passwords, each recorded in the audit trail', async () => {
    const add = await inversa(['user', 'add', 'marta', '--role', 'admin', '--password-stdin'], 'marta-password-1\n');
    expect([add.code, add.stdout.trim()]).toEqual([0, '[inversa] added marta (admin)']);
    expect((await inversa(['user', 'add', 'luis', '--role', 'viewer', '--password-stdin'], 'luis-password-1\n')).code).toBe(0);

    const taken = await inversa(['user', 'add', 'luis', '--role', 'admin', '--password-stdin'], 'another-password\n');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already a user named luis/);
    const short = await inversa(['user', 'add', 'pia', '--role', 'viewer', '--password-stdin'], 'short\n');
    expect([short.code, short.stderr.trim()]).toEqual([1, '[inversa] nothing changed: a password has at least 10 characters']);
    // the audit trail's name for the bearer token: a user so named would pass for it
    const reserved = await inversa(['user', 'add', 'token', '--role', 'viewer', '--password-stdin'], 'token-password-1\n');
    expect([reserved.code, reserved.stderr]).toEqual([1, expect.stringMatching(/token and environment are not user names/)]);
    const badRole = await inversa(['user', 'add', 'pia', '--role', 'owner', '--password-stdin'], 'pia-password-1\n');
    expect(badRole.code).not.toBe(0);

    const list = await inversa(['user', 'list']);
    expect(list.stdout.trim().split('\n').map((line) => line.split('\t').slice(0, 3))).toEqual([
      ['luis', 'viewer', 'enabled'],
      ['marta', 'admin', 'enabled'],
    ]);

    expect((await inversa(['user', 'reset-password', 'luis', '--password-stdin'], 'luis-password-2\n')).code).toBe(0);
    expect((await inversa(['user', 'disable', 'luis'])).code).toBe(0);
    // marta is the only admin: disabling her is refused
    const lastAdmin = await inversa(['user', 'disable', 'marta']);
    expect([lastAdmin.code, lastAdmin.stderr]).toEqual([1, expect.stringMatching(/only enabled admin/)]);
    expect((await inversa(['user', 'disable', 'nobody'])).stderr).toMatch(/no user named nobody/);
    // an import from the command line is signed by the machine's user too
    expect((await inversa(['import', smallShop.orders, '--kind', 'orders', '--yes'])).code).toBe(0);

    await inDatabase(async (db) => {
      expect(await checkCredentials(db, 'marta', 'marta-password-1')).toEqual({ name: 'marta', role: 'admin' });
      // disabled: even the new password signs luis in no more
      expect(await checkCredentials(db, 'luis', 'luis-password-2')).toBeUndefined();
      const [luis] = await db.all("SELECT password_hash, disabled FROM users WHERE name = 'luis'");
      expect(luis!.disabled).toBe(true);
      const hash = String(luis!.password_hash);
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect([await verifyPassword('luis-password-2', hash), await verifyPassword('luis-password-1', hash)]).toEqual([true, false]);
      const trail = await db.all('SELECT who, action, details::VARCHAR AS details FROM audit ORDER BY audit_id');
      const who = `cli:${os.userInfo().username}`;
      expect(trail).toEqual([
        { who, action: 'user_added', details: '{"name":"marta","role":"admin"}' },
        { who, action: 'user_added', details: '{"name":"luis","role":"viewer"}' },
        { who, action: 'user_changed', details: '{"name":"luis","passwordReset":true}' },
        { who, action: 'user_changed', details: '{"name":"luis","disabled":true}' },
        // the small shop's 22 order lines, none rejected
        { who, action: 'import', details: '{"importId":1,"fileName":"orders.csv","kind":"orders","mode":"append","rowsImported":22,"rowsRejected":0}' },
      ]);
      expect(await db.all('SELECT file_name, imported_by FROM imports')).toEqual([{ file_name: 'orders.csv', imported_by: who }]);
    });
    // twelve commands, each starting Node, tsx and DuckDB
  }, 120_000);

  it('refuses clearly while a server holds the database file', async () => {
    // a file of its own: POSIX drops a process's lock on a file when any of its handles on it
    // closes, and the test above opened and closed this one
    const held = path.join(dbDir, 'held.duckdb');
    const db = await Database.open({ path: held, readers: 1 });
    try {
      const res = await inversa(['user', 'list'], '', held);
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/is open in another process/);
    } finally {
      db.close();
    }
  });
});
