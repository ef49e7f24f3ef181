import type { TrendRow } from './use-trend.ts';

// Stable accessors for the monthly charts (a new function each render would redo their point lists).
export const monthOf = (row: TrendRow) => row.month;
export const isProvisional = (row: TrendRow) => !row.mature;
