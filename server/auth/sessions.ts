import { createHash, randomBytes } from 'node:crypto';
import type { RequestUser } from '../http/request-user.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { roleSchema } from './user-fields.ts';
import { utcNow } from './utc-now.ts';

const statement = (name: string) => SqlFile.in('auth', name);
const create = statement('create_session');
const userOf = statement('session_user');
const remove = statement('delete_session');
const removeExpired = statement('delete_expired_sessions');
const removeAll = statement('delete_all_sessions');

/** The database keeps this, never the cookie: reading a copy of the database signs nobody in. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session id: 32 random bytes, base64url. Every sign-in draws one, so a planted id never becomes valid. */
export async function startSession(db: Database, name: string, hours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db.all(removeExpired.sql, removeExpired.bind({ now: utcNow(now) }));
  await db.all(create.sql, create.bind({ tokenHash: tokenHash(token), name, now: utcNow(now), expiresAt: utcNow(now + hours * 3_600_000) }));
  return token;
}

/** The user a cookie signs in, if the server issued it, it has not expired and its user is enabled. */
export async function sessionUser(db: Database, token: string): Promise<RequestUser | undefined> {
  const [row] = await db.all(userOf.sql, userOf.bind({ tokenHash: tokenHash(token), now: utcNow() }));
  return row ? { name: String(row.name), role: roleSchema.parse(row.role) } : undefined;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.all(remove.sql, remove.bind({ tokenHash: tokenHash(token) }));
}

/** Everyone signs in again: see delete_all_sessions.sql. */
export async function endAllSessions(db: Database): Promise<void> {
  await db.all(removeAll.sql);
}
