import { isReason } from '../../lib/reasons.ts';
import { defaultPeriodPreset, isIsoDate, presetPeriod, type DataBounds } from './period-presets.ts';

// The view lives in the URL so a link reproduces it and back/forward walk through it.
// This module is the only place that knows the parameter names.

export const dimensionParams = ['category', 'channel', 'region', 'carrier', 'reason', 'sku'] as const;
export type DimensionParam = (typeof dimensionParams)[number];

export const bases = ['order', 'return'] as const;
export type Basis = (typeof bases)[number];

export type Filters = {
  from: string;
  to: string;
  basis: Basis;
  /** Only the returns requested by then: an earlier period counted at the same age (never in the URL). */
  requestedBy?: string;
} & Partial<Record<DimensionParam, string>>;

/** What the KPIs are compared with: the period just before, of the same length, or a year earlier. */
export const comparisons = ['previous', 'year'] as const;
export type Comparison = (typeof comparisons)[number];

export type FilterParam = 'from' | 'to' | 'basis' | 'compare' | DimensionParam;

/** Every parameter the filter bar owns; a page's own parameters (a chosen month, a sort) are not among them. */
const filterParamNames: readonly string[] = ['from', 'to', 'basis', 'compare', ...dimensionParams];

function isBasis(value: string | null): value is Basis {
  return (bases as readonly (string | null)[]).includes(value);
}

/**
 * The filters a URL asks for; a missing or malformed period falls back to the default one. Data
 * without orders is counted by return date: by order date no return would link to an order placed
 * in the period, and every figure would read 0 as if measured.
 */
export function readFilters(params: URLSearchParams, bounds: DataBounds, data: { hasOrders: boolean } = { hasOrders: true }): Filters {
  const fallback = presetPeriod(defaultPeriodPreset, bounds);
  const from = params.get('from');
  const to = params.get('to');
  const period =
    isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : fallback;
  const basis = params.get('basis');
  const filters: Filters = { ...period, basis: !data.hasOrders ? 'return' : isBasis(basis) ? basis : 'order' };
  for (const dimension of dimensionParams) {
    const value = params.get(dimension);
    // The API accepts canonical reason codes only; a mistyped one in a link is dropped, not sent.
    if (value && (dimension !== 'reason' || isReason(value))) filters[dimension] = value;
  }
  return filters;
}

export function readComparison(params: URLSearchParams): Comparison {
  return params.get('compare') === 'year' ? 'year' : 'previous';
}

/** Only the filter bar's parameters: what moving to another page carries along. */
export function filterParamsOnly(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of params) if (filterParamNames.includes(name)) kept.append(name, value);
  return kept;
}

/** The URL parameters after a change; an empty value removes its parameter. */
export function withFilterChanges(
  params: URLSearchParams,
  changes: Partial<Record<FilterParam, string | null>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  // The defaults are implied, so a shared link stays short.
  if (next.get('basis') === 'order') next.delete('basis');
  if (next.get('compare') === 'previous') next.delete('compare');
  return next;
}

export function activeDimensions(filters: Filters): DimensionParam[] {
  return dimensionParams.filter((dimension) => filters[dimension] !== undefined);
}

/** Whether the filters leave part of the data out: a period shorter than the data's, or a dimension. */
export function narrowsTheData(filters: Filters, bounds: DataBounds): boolean {
  return filters.from > bounds.firstDate || filters.to < bounds.lastDate || activeDimensions(filters).length > 0;
}
