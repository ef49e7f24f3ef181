import { Hono } from 'hono';
import { forecastParams } from '../forecast/forecast-params.ts';
import type { ForecastService } from '../forecast/forecast-service.ts';
import { validate } from '../http/validate.ts';

/** The returns expected in each of the next eight weeks (docs/api.md, "Return forecast"). */
export function forecastRoutes(forecast: ForecastService) {
  return new Hono().get('/', validate('query', forecastParams), async (c) => {
    const { by, ...filters } = c.req.valid('query');
    return c.json(await forecast.forecast(filters, by));
  });
}
