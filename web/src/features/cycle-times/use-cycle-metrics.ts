import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { parseResponse, type InferResponseType } from 'hono/client';
import { apiClient } from '../../lib/api-client.ts';
import type { ReturnField } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';

const getCycleTimes = apiClient.api.metrics['cycle-times'].$get;
const getSla = apiClient.api.metrics.sla.$get;
const getOpenReturns = apiClient.api.metrics['open-returns'].$get;
const getHistogram = apiClient.api.rows['cycle-histogram'].$get;

export const stages = ['requestToReceived', 'receivedToResolved', 'requestToResolved'] as const;
export type Stage = (typeof stages)[number];
/** The timestamps a stage runs between, beside the request every return has. */
export const stageNeeds: Record<Stage, readonly ReturnField[]> = {
  requestToReceived: ['receivedAt'],
  receivedToResolved: ['receivedAt', 'resolvedAt'],
  requestToResolved: ['resolvedAt'],
};
export type CycleBy = 'month' | 'category' | 'carrier' | 'returnCarrier';
export type CycleRow = InferResponseType<typeof getCycleTimes, 200>['rows'][number];
export type SlaMonth = InferResponseType<typeof getSla, 200>['months'][number];
export type OpenReturn = InferResponseType<typeof getOpenReturns, 200>['rows'][number];
export type HistogramBin = InferResponseType<typeof getHistogram, 200>['bins'][number];

/** p50, p90, p95 and mean of each stage, by month or by a dimension. */
export function useCycleTimes(filters: Filters | null, by: CycleBy) {
  return useQuery({
    queryKey: ['metrics', 'cycle-times', by, filters],
    queryFn: filters ? () => parseResponse(getCycleTimes({ query: { ...filters, by } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** Received → resolved within the SLA: on time, late, open and late, by month. */
export function useSla(filters: Filters | null, slaDays: number) {
  return useQuery({
    queryKey: ['metrics', 'sla', slaDays, filters],
    queryFn: filters ? () => parseResponse(getSla({ query: { ...filters, slaDays: String(slaDays), compare: 'previous' } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** The open returns, oldest first, one server page at a time. */
export function useOpenReturns(filters: Filters | null, page: { pageIndex: number; pageSize: number }) {
  return useQuery({
    queryKey: ['metrics', 'open-returns', page, filters],
    queryFn: filters
      ? () =>
          parseResponse(
            getOpenReturns({ query: { ...filters, limit: String(page.pageSize), offset: String(page.pageIndex * page.pageSize) } }),
          )
      : skipToken,
    placeholderData: keepPreviousData,
  });
}

/** How one stage's durations are spread, in bins of days. */
export function useCycleHistogram(filters: Filters | null, stage: Stage) {
  return useQuery({
    queryKey: ['rows', 'cycle-histogram', stage, filters],
    queryFn: filters ? () => parseResponse(getHistogram({ query: { ...filters, stage } })) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export type StageStats = NonNullable<CycleRow[Stage]>;
const noStats: StageStats = { p50: null, p90: null, p95: null, mean: null, n: 0 };

/** A row's figures for one stage; a month without returns has none, read as n = 0. */
export function statsOf(row: CycleRow, stage: Stage): StageStats {
  return row[stage] ?? noStats;
}
