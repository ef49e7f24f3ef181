import type { SqlSession } from '../../store/database.ts';
import { columnText } from '../normalise/field-sql.ts';
import type { MappingProposal } from './propose-mapping.ts';

/**
 * The sample said the return column is a yes/no flag; every staged value has the last word. A
 * column of whole numbers that reaches 2 somewhere past the sample ("Returned Qty") counts units:
 * read as a flag, its 2s and 3s would be lost. It becomes the returned quantity, and the refusal
 * says why.
 */
export async function flagHoldingCounts(session: SqlSession, proposal: MappingProposal): Promise<MappingProposal> {
  const header = proposal.mapping.return_flag;
  if (proposal.kind !== 'combined' || header === undefined || proposal.mapping.return_quantity !== undefined) return proposal;
  const text = columnText(header);
  const [row] = await session.all(
    `SELECT count(*) FILTER (WHERE NOT regexp_full_match(${text}, '\\d+'))::BIGINT AS other, max(TRY_CAST(${text} AS BIGINT))::BIGINT AS top
     FROM staged_raw AS raw WHERE ${text} IS NOT NULL`,
  );
  const top = row!.top === null ? 0 : Number(row!.top);
  if (Number(row!.other) > 0 || top <= 1) return proposal;
  const { return_flag: _flag, ...mapping } = proposal.mapping;
  const { return_flag: _confidence, ...confidence } = proposal.confidence;
  return {
    ...proposal,
    mapping: { ...mapping, return_quantity: header },
    confidence: { ...confidence, return_quantity: 0.7 },
    refused: [...proposal.refused, { field: 'return_flag', header, why: `its values are counts up to ${top}, not a yes/no flag` }],
  };
}
