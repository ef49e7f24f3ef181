import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';
import type { PolicyInputParams } from './policy-inputs.ts';

const getSimulation = apiClient.api.policy.simulation.$get;

export type PolicySimulation = InferResponseType<typeof getSimulation, 200>;
export type CurveSeries = PolicySimulation['curve']['series'][number];
export type CategoryOutside = PolicySimulation['categories'][number];
/** Every assumption code an answer may name, for the catalogue's `policy.assumptions.*`. */
export type AssumptionCode =
  | PolicySimulation['window']['assumptions'][number]
  | PolicySimulation['fee']['assumptions'][number]
  | PolicySimulation['exchange']['assumptions'][number]
  | PolicySimulation['curve']['assumptions'][number];

/** What a window, a fee and an exchange-first push would have changed, for the filters in force. */
export function policySimulationOptions(filters: Filters | null, inputs: PolicyInputParams) {
  return queryOptions({
    queryKey: ['policy', 'simulation', inputs, filters],
    queryFn: filters ? () => parseResponse(getSimulation({ query: { ...filters, ...inputs } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function usePolicySimulation(filters: Filters | null, inputs: PolicyInputParams) {
  return useQuery(policySimulationOptions(filters, inputs));
}
