// The canonical reason codes and groups are the server's vocabulary; the web app reads the
// same definitions rather than keeping a copy that could drift.
import { groupOfReason, reasonGroups, reasons, type Reason, type ReasonGroup } from '../../../server/domain/returns-vocabulary.ts';

export { groupOfReason, reasonGroups, type Reason, type ReasonGroup };

export function isReason(code: string): code is Reason {
  return (reasons as readonly string[]).includes(code);
}
