import { z } from 'zod';
import { roles } from './roles.ts';

export const roleSchema = z.enum(roles);

/** A sign-in name: what the audit trail shows, so plain characters a person can read back. */
export const userNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a name is 1–64 letters, digits, dots, dashes, underscores or @');

/**
 * The names the audit trail and the import log give the bearer token and the first admin of
 * INVERSA_ADMIN_NAME: a user so named would pass for them. Only new names are refused, so that an
 * admin can still disable a user given one before.
 */
const reservedNames = ['token', 'environment'];
export const newUserNameSchema = userNameSchema.refine((name) => !reservedNames.includes(name.toLowerCase()), {
  message: `${reservedNames.join(' and ')} are not user names: the audit trail uses them for the bearer token and the first admin of INVERSA_ADMIN_NAME`,
});

/** Long enough that the rate limit, not guessing, is what stops a burst; short of a hashing DoS. */
export const passwordSchema = z.string().min(10, 'a password has at least 10 characters').max(200);
