import { z } from 'zod';
import type { Settings } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import type { RequestUser } from '../http/request-user.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { recordAudit } from './audit.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { Role } from './roles.ts';
import { roleSchema } from './user-fields.ts';
import { utcNow } from './utc-now.ts';

const statement = (name: string) => SqlFile.in('auth', name);
const add = statement('add_user');
const update = statement('update_user');
const credentials = statement('user_credentials');
const count = statement('count_users');
const otherAdmins = statement('other_enabled_admins');
const signOutEverywhere = statement('delete_user_sessions');

export const userListQuery = new SqlQuery(
  'list_users',
  z.object({ name: z.string(), role: roleSchema, disabled: z.boolean(), createdAt: z.string() }),
  'auth',
);

export async function addUser(db: Database, user: { name: string; role: Role; password: string }): Promise<RequestUser> {
  const passwordHash = await hashPassword(user.password);
  const added = await db.all(add.sql, add.bind({ name: user.name, role: user.role, passwordHash, now: utcNow() }));
  if (added.length === 0) throw new ApiError(409, 'user_exists', `There is already a user named ${user.name}.`);
  return { name: user.name, role: user.role };
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
  password?: string;
}

/**
 * Changes a user's role, disabled flag or password, and signs them out everywhere, so that the
 * change holds from their next request. A change that would leave no enabled admin is refused:
 * nobody could manage users any more.
 */
export async function changeUser(db: Database, name: string, change: UserChange) {
  const losesAdmin = change.disabled === true || (change.role !== undefined && change.role !== 'admin');
  const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
  // The check and the change take one write turn: two admins demoting each other at once would
  // otherwise both find the other still enabled, and leave none.
  const row = await db.inWriteTurn(async () => {
    if (losesAdmin) {
      const [current] = await db.all(credentials.sql, credentials.bind({ name }));
      const [others] = await db.all(otherAdmins.sql, otherAdmins.bind({ name }));
      if (current?.role === 'admin' && !current.disabled && Number(others!.admins) === 0) {
        throw new ApiError(409, 'last_admin', `${name} is the only enabled admin: make another admin first.`);
      }
    }
    const [changed] = await db.all(update.sql, update.bind({ name, role: change.role ?? null, disabled: change.disabled ?? null, passwordHash }));
    return changed;
  });
  if (!row) throw new ApiError(404, 'not_found', `There is no user named ${name}.`);
  await db.all(signOutEverywhere.sql, signOutEverywhere.bind({ name }));
  return { name: String(row.name), role: roleSchema.parse(row.role), disabled: Boolean(row.disabled) };
}

/** The user these credentials sign in, if any: an unknown or disabled name answers as a wrong password does, in the same time. */
export async function checkCredentials(db: Database, name: string, password: string): Promise<RequestUser | undefined> {
  const [row] = await db.all(credentials.sql, credentials.bind({ name }));
  const matches = await verifyPassword(password, row ? String(row.password_hash) : undefined);
  return row && matches && !row.disabled ? { name: String(row.name), role: roleSchema.parse(row.role) } : undefined;
}

/**
 * At start, in a database without users: the admin of INVERSA_ADMIN_NAME / INVERSA_ADMIN_PASSWORD,
 * or, in team mode with no token either, a word in the log that nobody can sign in yet.
 */
export async function ensureFirstAdmin(db: Database, settings: Pick<Settings, 'firstAdmin' | 'teamMode' | 'token'>): Promise<void> {
  const [row] = await db.all(count.sql);
  if (Number(row!.users) > 0) return;
  if (settings.firstAdmin) {
    const user = await addUser(db, { ...settings.firstAdmin, role: 'admin' });
    await recordAudit(db, { who: 'environment', from: null, action: 'user_added', details: user });
  } else if (settings.teamMode && !settings.token) {
    console.warn('[inversa] team mode is on and nobody can sign in yet: stop the server and run `npx inversa user add NAME --role admin`, or set INVERSA_ADMIN_NAME and INVERSA_ADMIN_PASSWORD.');
  }
}
