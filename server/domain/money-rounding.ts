import { data as currencies } from 'currency-codes';

/**
 * The SQL macro `round_money(amount, currency)`: an amount rounded to its currency's minor unit
 * (ISO 4217: cents for most, none for JPY or CLP, three places for KWD); two places when the
 * currency is unknown or absent. Money the import computes (a line's value, a return's value at
 * its line's price) is rounded with it, so that a line total of 10 for 3 units is not stored as
 * 9.9999 and sums carry no residue past the cents the file had. DuckDB rounds to a constant
 * number of places only, hence one branch per minor unit.
 */
export function roundMoneyMacroSql(): string {
  const byDigits = new Map<number, string[]>();
  for (const { code, digits } of currencies) {
    if (digits === 2) continue;
    byDigits.set(digits, [...(byDigits.get(digits) ?? []), code]);
  }
  const branches = [...byDigits].map(([digits, codes]) => `WHEN upper(currency) IN (${codes.map((c) => `'${c}'`).join(', ')}) THEN round(amount, ${digits})`);
  return `CREATE OR REPLACE MACRO round_money(amount, currency) AS CAST(CASE ${branches.join(' ')} ELSE round(amount, 2) END AS DECIMAL(18,4))`;
}
