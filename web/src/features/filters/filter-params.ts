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
} & Partial<Record<DimensionParam, string>>;

export type FilterParam = 'from' | 'to' | 'basis' | DimensionParam;

function isBasis(value: string | null): value is Basis {
  return (bases as readonly (string | null)[]).includes(value);
}

/** The filters a URL asks for; a missing or malformed period falls back to the default one. */
export function readFilters(params: URLSearchParams, bounds: DataBounds): Filters {
  const fallback = presetPeriod(defaultPeriodPreset, bounds);
  const from = params.get('from');
  const to = params.get('to');
  const period =
    isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : fallback;
  const basis = params.get('basis');
  const filters: Filters = { ...period, basis: isBasis(basis) ? basis : 'order' };
  for (const dimension of dimensionParams) {
    const value = params.get(dimension);
    // The API accepts canonical reason codes only; a mistyped one in a link is dropped, not sent.
    if (value && (dimension !== 'reason' || isReason(value))) filters[dimension] = value;
  }
  return filters;
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
  // The default basis is implied, so a shared link stays short.
  if (next.get('basis') === 'order') next.delete('basis');
  return next;
}

export function activeDimensions(filters: Filters): DimensionParam[] {
  return dimensionParams.filter((dimension) => filters[dimension] !== undefined);
}
