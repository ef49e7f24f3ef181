import { z } from 'zod';
import { roles } from './roles.ts';

export const roleSchema = z.enum(roles);

/** A sign-in name: what the audit trail shows, so plain characters a person can read back. */
export const userNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a name is 1–64 letters, digits, dots, dashes, underscores or @');

/** Long enough that the rate limit, not guessing, is what stops a burst; short of a hashing DoS. */
export const passwordSchema = z.string().min(10, 'a password has at least 10 characters').max(200);
