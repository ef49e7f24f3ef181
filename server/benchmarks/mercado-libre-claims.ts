import { z } from 'zod';
import type { Database } from '../store/database.ts';
import { SqlQuery } from '../store/sql-query.ts';
import type { BenchmarkTable, ShownBenchmark } from './benchmark-table.ts';

/** Mercado Libre's API reports a seller's claims over the last 60 days (developers.mercadolibre.com.ar, "Reputación de vendedores"). */
export const claimWindowDays = 60;

export const mercadoLibreClaimsQuery = new SqlQuery(
  'mercado_libre_claims',
  z.object({
    firstDay: z.string().nullable(),
    lastDay: z.string().nullable(),
    ordersEver: z.number().int(),
    sales: z.number().int(),
    claims: z.number().int(),
    country: z.string().nullable(),
    currency: z.string().nullable(),
  }),
);

// Each Mercado Libre site sells in its own currency, so the report's currency names the seller's
// country when the file has no country column.
const siteCountryByCurrency: Record<string, string> = { ARS: 'AR', BRL: 'BR', MXN: 'MX', CLP: 'CL', COP: 'CO', UYU: 'UY', PEN: 'PE' };

/** How the seller's country was chosen: asked for, the orders' country column, or the site's currency. */
export type CountrySource = 'request' | 'country_column' | 'currency' | 'unknown';

export interface MercadoLibreClaims {
  window: { days: number; from: string | null; to: string | null };
  /** Mercado Libre orders in the data at all: none means the shop does not sell there (or not through this report). */
  ordersEver: number;
  sales: number;
  claims: number;
  claimRate: number | null;
  country: string | null;
  countrySource: CountrySource;
  /** The claim-rate threshold for that country in the table in use; null when the table has none. */
  threshold: ShownBenchmark | null;
  aboveThreshold: boolean | null;
}

function chooseCountry(requested: string | undefined, column: string | null, currency: string | null): { country: string | null; countrySource: CountrySource } {
  if (requested) return { country: requested, countrySource: 'request' };
  const fromColumn = column?.trim().toUpperCase();
  if (fromColumn && /^[A-Z]{2}$/.test(fromColumn)) return { country: fromColumn, countrySource: 'country_column' };
  const fromCurrency = currency ? siteCountryByCurrency[currency.toUpperCase()] : undefined;
  if (fromCurrency) return { country: fromCurrency, countrySource: 'currency' };
  return { country: null, countrySource: 'unknown' };
}

/** The seller's claim rate over the last 60 days of the data, against the threshold of the seller's country. */
export async function mercadoLibreClaims(db: Database, table: BenchmarkTable, requestedCountry?: string): Promise<MercadoLibreClaims> {
  const [row] = await mercadoLibreClaimsQuery.run(db, { windowDays: claimWindowDays });
  const facts = row!;
  const { country, countrySource } = chooseCountry(requestedCountry, facts.country, facts.currency);
  const threshold = country ? ((await table.entries()).find((e) => e.kind === 'claim_threshold' && e.scope.country === country) ?? null) : null;
  const claimRate = facts.sales > 0 ? facts.claims / facts.sales : null;
  return {
    window: { days: claimWindowDays, from: facts.firstDay, to: facts.lastDay },
    ordersEver: facts.ordersEver,
    sales: facts.sales,
    claims: facts.claims,
    claimRate,
    country,
    countrySource,
    threshold,
    aboveThreshold: claimRate === null || !threshold ? null : claimRate > threshold.value,
  };
}
