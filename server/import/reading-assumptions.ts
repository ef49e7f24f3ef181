import { isOrderLevelReturns } from './canonical-fields.ts';
import type { MappingProposal } from './mapping/propose-mapping.ts';
import { reasonIsTheSignal } from './mapping/reason-signal.ts';
import type { CreditRule } from './normalise/ledger-credits.ts';

const creditRuleWords: Record<CreditRule, string> = {
  negative_quantity: 'a negative quantity',
  credit_prefix: 'an invoice number starting with C',
  document_type: 'a document type that says credit note',
};

const column = (header: string) => `"${header}"`;

/**
 * How much of a line came back where no returned quantity says: the whole line, or what a refund
 * below its value pays for (normaliseCombinedReturns). `wholeLine` says the first part.
 */
function unitsOfEachLine(mapping: MappingProposal['mapping'], wholeLine: string): string {
  if (!mapping.amount) return wholeLine;
  const line = mapping.return_flag ? 'a line of several units' : 'a line';
  return `${wholeLine}, or as many units as its refund pays back when that is less than the line’s value and a whole number of unit prices; a refund for less than ${line} that is no whole number of them is rejected, as how many units came back${mapping.return_flag ? '' : ', if any,'} is not in the file`;
}

/** How the file says which lines came back, in one line. */
function howReturnsWereFound(proposal: MappingProposal): string {
  const { kind, mapping, credits } = proposal;
  if (kind === 'orders') return 'Returns: none read; this file holds orders only.';
  if (credits) {
    const rules = credits.rules.map((r) => creditRuleWords[r]).join(', or ');
    return `Returns: the ${credits.count} credit line(s), told apart by ${rules}; each is matched to the latest sale of the same customer and product at or before it, and one with no such sale keeps its own number and counts as unmatched.`;
  }
  const flag = mapping.return_flag ? `, only those whose ${column(mapping.return_flag)} says returned (Yes, Sí, 1, Returned…)` : '';
  if (kind === 'returns') {
    if (isOrderLevelReturns(kind, (f) => mapping[f] !== undefined)) {
      return `Returns: every line of each order listed in ${column(mapping.order_id!)}${flag}; the file names orders, not products, so each of their lines came back whole.`;
    }
    return `Returns: one per row${flag}.`;
  }
  if (mapping.return_flag) return `Returns: the lines whose ${column(mapping.return_flag)} says returned (Yes, Sí, 1, Returned…)${mapping.return_quantity ? `, ${column(mapping.return_quantity)} units each` : unitsOfEachLine(mapping, ', each line whole')}.`;
  const signals = [
    mapping.return_quantity && `a quantity in ${column(mapping.return_quantity)} (that many units)`,
    mapping.requested_at && `a date in ${column(mapping.requested_at)}`,
    mapping.amount && `a refund in ${column(mapping.amount)}`,
  ].filter(Boolean);
  // with none of those, the lines with an id of their own (mapping/return-id-signal.ts), else with a reason (mapping/reason-signal.ts)
  if (signals.length === 0 && mapping.return_id) signals.push(`a return id of their own in ${column(mapping.return_id)}`);
  if (reasonIsTheSignal(kind, (f) => mapping[f] !== undefined)) signals.push(`a return reason in ${column(mapping.reason_raw ?? mapping.reason!)}`);
  return `Returns: the lines with ${signals.join(', or ')}${mapping.return_quantity ? '' : unitsOfEachLine(mapping, '; each line came back whole')}.`;
}

/**
 * What an import read the file as, one line each: how returns were identified, and every
 * assumption made where the file is silent. The report and the preview state them; the page shows them.
 */
export function readingAssumptions(proposal: MappingProposal): string[] {
  const { kind, mapping, credits } = proposal;
  const lines = [howReturnsWereFound(proposal)];
  const hasReturns = kind !== 'orders';
  if (hasReturns && !credits && !mapping.requested_at) lines.push("No return date: each return is dated at its order's date.");
  // WooCommerce's "Refund Date": made once the parcel is back, it is the only date the file gives
  if (hasReturns && !credits && mapping.requested_at && /refund|reembols|reembolso/i.test(mapping.requested_at)) {
    lines.push(
      `${column(mapping.requested_at)} is the refund's date, made once the parcel is back: it stands for the request, which came days earlier, so times from the request and the return curve read each return later than it was asked for. A returns app's return of the same line is counted once with it (warning refunds_of_stored_returns).`,
    );
  }
  if (hasReturns && !credits && !mapping.resolution && !mapping.amount) {
    lines.push('No resolution and no refund amount: how each return ended is unknown, so refunded, exchanged and store-credit values are not given.');
  } else if (hasReturns && !credits && !mapping.amount) {
    lines.push("No refund amount: a return's value is its line's unit price × the quantity returned.");
  }
  if (hasReturns && isOrderLevelReturns(kind, (f) => mapping[f] !== undefined) && mapping.amount) {
    lines.push(
      `${column(mapping.amount)} is per order and cannot be split by line: an order refunded in full has each line refunded at its value; one refunded for less than its lines' value had only some of them back, which the file does not say, so it is rejected.`,
    );
  }
  if (mapping.line_total) lines.push(`${column(mapping.line_total)} is each line's total: the unit price is it ÷ ${column(mapping.quantity ?? 'quantity')}.`);
  for (const refused of proposal.refused) lines.push(`${column(refused.header)} was not taken as ${refused.field}: ${refused.why}.`);
  return lines;
}
