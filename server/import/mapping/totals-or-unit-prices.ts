import type { SqlSession } from '../../store/database.ts';
import type { FieldSql } from '../normalise/field-sql.ts';
import type { MappingProposal } from './propose-mapping.ts';

/** Products sold in two quantities or more that it takes to tell totals from unit prices. */
const productsToJudge = 3;
/** Share of those products that must agree. */
const agreement = 0.8;
/** Rows read to judge: the head of a ten-million-line file says as much as all of it, in a tenth of the time. */
const rowsToJudge = 500_000;

/**
 * Whether the money column a header named is a line total or a unit price, from the values: a
 * unit price stays put for a product whatever the quantity, a total moves with it. Over every
 * product sold in two quantities or more in the file's first rows, the steadier of value and value ÷ quantity says which
 * it is (Superstore's "Sales" is a total; a "Price" column of totals is not a price). When most
 * products agree against the header, the pairing is swapped and the refusal says why.
 */
export async function totalsOrUnitPrices(session: SqlSession, f: FieldSql, proposal: MappingProposal): Promise<MappingProposal> {
  const { mapping } = proposal;
  const field = mapping.unit_price !== undefined && mapping.line_total === undefined ? 'unit_price' : mapping.line_total !== undefined && mapping.unit_price === undefined ? 'line_total' : undefined;
  if (!field || !f.isMapped('quantity') || !f.isMapped('sku')) return proposal;
  const [row] = await session.all(`
    WITH sold AS (
      SELECT ${f.text('sku')} AS sku, ${f.value('quantity')} AS q, ${f.value(field)} AS v FROM staged_raw AS raw WHERE file_row <= ${rowsToJudge}
    ),
    spread AS (
      SELECT (max(v) - min(v)) / nullif(avg(v), 0) AS of_value, (max(v / q) - min(v / q)) / nullif(avg(v / q), 0) AS of_unit
      FROM sold WHERE q > 0 AND v > 0 GROUP BY sku HAVING count(DISTINCT q) >= 2
    )
    SELECT count(*)::INTEGER AS products, count(*) FILTER (WHERE of_unit < of_value)::INTEGER AS totals, count(*) FILTER (WHERE of_value < of_unit)::INTEGER AS prices
    FROM spread`);
  const products = Number(row!.products);
  if (products < productsToJudge) return proposal;
  const header = mapping[field]!;
  const totals = Number(row!.totals);
  const prices = Number(row!.prices);
  const swap = (to: 'unit_price' | 'line_total', why: string): MappingProposal => {
    const { [field]: _mapped, ...rest } = mapping;
    const { [field]: _sure, ...confidence } = proposal.confidence;
    return { ...proposal, mapping: { ...rest, [to]: header }, confidence: { ...confidence, [to]: 0.7 }, refused: [...proposal.refused, { field, header, why }] };
  };
  if (field === 'unit_price' && totals >= agreement * products) {
    return swap('line_total', `it moves with the quantity (in ${totals} of ${products} products sold in several quantities, value ÷ quantity holds steady), so it is each line's total`);
  }
  if (field === 'line_total' && prices >= agreement * products) {
    return swap('unit_price', `it stays put whatever the quantity (in ${prices} of ${products} products sold in several quantities), so it is the unit price`);
  }
  return proposal;
}
