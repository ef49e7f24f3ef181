import { Hono } from 'hono';
import { validate } from '../http/validate.ts';
import type { MetricsService } from '../metrics/metrics-service.ts';
import { policySimulationParams } from '../policy/policy-params.ts';
import { PolicySimulator } from '../policy/policy-simulator.ts';
import type { Database } from '../store/database.ts';

export function policyRoutes({ db, metrics, returnWindowDays }: { db: Database; metrics: MetricsService; returnWindowDays: number }) {
  const simulator = new PolicySimulator(db, metrics, returnWindowDays);
  return new Hono().get('/simulation', validate('query', policySimulationParams), async (c) => {
    const { windowDays, returnFee, feeElasticity, exchangeShare, bonusCreditRate, ...filters } = c.req.valid('query');
    return c.json(await simulator.simulate(filters, { windowDays, returnFee, feeElasticity, exchangeShare, bonusCreditRate }));
  });
}
