import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { Filters } from '../filters/filter-params.ts';

const getForecast = apiClient.api.forecast.$get;

export const forecastBreakdowns = ['total', 'category', 'carrier'] as const;
export type ForecastBy = (typeof forecastBreakdowns)[number];
export const forecastMeasures = ['returns', 'units'] as const;
export type ForecastMeasure = (typeof forecastMeasures)[number];

export type Forecast = InferResponseType<typeof getForecast, 200>;
export type ForecastSeries = Forecast['series'][number];
export type ForecastWeek = ForecastSeries['rows'][number];

/**
 * The returns expected in each of the next eight weeks. Only the dimension filters narrow it: the
 * weeks always follow the data's latest timestamp, whatever period the page shows. The SKU and
 * reason are sent too, so that the answer names them as not applied and the page says so.
 */
export function forecastOptions(filters: Filters | null, by: ForecastBy) {
  const query = filters && {
    category: filters.category,
    channel: filters.channel,
    region: filters.region,
    carrier: filters.carrier,
    sku: filters.sku,
    reason: filters.reason,
    by,
  };
  return queryOptions({
    queryKey: ['forecast', query],
    queryFn: query ? () => parseResponse(getForecast({ query })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function useForecast(filters: Filters | null, by: ForecastBy) {
  return useQuery(forecastOptions(filters, by));
}
