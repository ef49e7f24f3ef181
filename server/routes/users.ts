import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../auth/audit.ts';
import { newUserNameSchema, passwordSchema, roleSchema, userNameSchema } from '../auth/user-fields.ts';
import { addUser, changeUser, userListQuery } from '../auth/users.ts';
import { auditEntry } from '../http/audit-entry.ts';
import { requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import type { Database } from '../store/database.ts';

const newUserBody = z.object({ name: newUserNameSchema, role: roleSchema, password: passwordSchema });
const userChangeBody = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional(), password: passwordSchema.optional() })
  .refine((change) => Object.values(change).some((value) => value !== undefined), { message: 'give a role, disabled or a password' });
const userParam = z.object({ name: userNameSchema });

/** Managing who may sign in: admins only. The trail records what changed, never a password. */
export function userRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => c.json({ rows: await userListQuery.run(db) }))
    .post('/', validate('json', newUserBody), async (c) => {
      const body = c.req.valid('json');
      const user = await addUser(db, body);
      await recordAudit(db, auditEntry(c, 'user_added', user));
      return c.json({ user }, 201);
    })
    .patch('/:name', validate('param', userParam), validate('json', userChangeBody), async (c) => {
      const { name } = c.req.valid('param');
      const { password, ...change } = c.req.valid('json');
      const user = await changeUser(db, name, { ...change, password });
      await recordAudit(db, auditEntry(c, 'user_changed', { name, ...change, ...(password === undefined ? {} : { passwordReset: true }) }));
      return c.json({ user });
    });
}
