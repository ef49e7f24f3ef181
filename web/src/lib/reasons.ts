// The canonical reason codes and groups are the server's vocabulary; the web app reads the
// same definitions rather than keeping a copy that could drift.
import { groupOfReason, reasonGroups, reasons, type Reason, type ReasonGroup } from '../../../server/domain/returns-vocabulary.ts';

export { groupOfReason, reasonGroups, reasons, type Reason, type ReasonGroup };

export function isReason(code: string): code is Reason {
  return (reasons as readonly string[]).includes(code);
}

/** Reason codes in the vocabulary's order (grouped, preventable first), unknown codes last. */
export function inVocabularyOrder(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const index = (reasons as readonly string[]).indexOf(code);
    return index === -1 ? reasons.length : index;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b));
}
