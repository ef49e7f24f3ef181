// The returned units of a scope still waiting for their outcome (queries/pending_units.sql): the
// `threshold` rule leaves them out of its rate until they are settled, for some will be rejected,
// and a rejected return is in no rate (docs/metrics.md, "Alerts").
import { z } from 'zod';
import { scopeParams, type MetricFilters, type Period } from '../metrics/metric-filters.ts';
import type { Database } from '../store/database.ts';
import { SqlQuery } from '../store/sql-query.ts';

export const pendingUnitsQuery = new SqlQuery('pending_units', z.object({ pendingUnits: z.number().int() }));

/** Counts the pending returned units of the filters' scope over `period`. */
export const pendingUnitsIn = (db: Database) => async (filters: MetricFilters, period: Period) =>
  (await pendingUnitsQuery.run(db, scopeParams(filters, period)))[0]!.pendingUnits;
