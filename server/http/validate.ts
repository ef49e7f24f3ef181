import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { errorBody } from './api-error.ts';

/** zValidator whose failures answer 400 in the API's error shape, naming each bad parameter. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ param: i.path.join('.'), message: i.message }));
      const message = issues.map((i) => (i.param ? `${i.param}: ${i.message}` : i.message)).join('; ');
      return c.json(errorBody(`invalid_${target}`, message, issues), 400);
    }
  });
}
