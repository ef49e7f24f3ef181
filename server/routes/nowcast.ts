import { Hono } from 'hono';
import type { NowcastService } from '../curve/nowcast-service.ts';
import { validate } from '../http/validate.ts';
import { nowcastParams } from '../metrics/metric-params.ts';

/** GET /api/metrics/nowcast: the provisional months' expected final figures (docs/api.md). */
export function nowcastRoutes(nowcast: NowcastService) {
  return new Hono().get('/', validate('query', nowcastParams), async (c) => c.json(await nowcast.nowcast(c.req.valid('query'))));
}
