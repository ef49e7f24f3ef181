import type { ParseKeys } from 'i18next';

// The server explains each rejected value in a short English phrase (server/import/normalise/
// and the record scanner in server/import/source/). The phrases it is known to send are
// translated; any other is shown as sent, so a new server check is never hidden, only left
// untranslated.
const knownReasons = {
  missing: 'import.rejectReasons.missing',
  'not a whole number': 'import.rejectReasons.notWholeNumber',
  'not a number': 'import.rejectReasons.notNumber',
  'not a valid date': 'import.rejectReasons.notDate',
  'not a known resolution (refund, exchange, store credit, rejected, pending)': 'import.rejectReasons.unknownResolution',
  'must be more than zero': 'import.rejectReasons.notPositive',
  'cannot be negative': 'import.rejectReasons.negative',
  'delivered before it was ordered': 'import.rejectReasons.deliveredBeforeOrdered',
  'received before it was requested': 'import.rejectReasons.receivedBeforeRequested',
  'resolved before it was requested or received': 'import.rejectReasons.resolvedBeforeReceived',
  'requested before its order was placed': 'import.rejectReasons.requestedBeforeOrder',
  'more than were ordered': 'import.rejectReasons.moreThanOrdered',
  'has text after a closing quote': 'import.rejectReasons.textAfterQuote',
  'holds bytes that are not text in the file\u2019s encoding': 'import.rejectReasons.notText',
  'cannot be zero': 'import.rejectReasons.zero',
  'says neither returned nor not returned': 'import.rejectReasons.neitherReturned',
  'a stock adjustment (no customer and no price), not a return': 'import.rejectReasons.stockAdjustment',
  'not in the data: a return of a whole order takes its lines from the order, so import the orders first (or in the same drop)': 'import.rejectReasons.orderNotInData',
  'cancelled order, not a sale': 'import.rejectReasons.cancelledOrder',
  'shipping, a tip, a fee, interest or a service (protection, gift wrap), not a product': 'import.rejectReasons.chargeLine',
  'request withdrawn or expired: nothing came back': 'import.rejectReasons.withdrawnRequest',
  'an earlier status of a return the file lists again: its latest row counts': 'import.rejectReasons.earlierStatus',
  'refunds part of the order: the file does not say which of its lines came back': 'import.rejectReasons.partialOrderRefund',
  'refunds less than the line is worth, and no whole number of its units: the file does not say how many came back, if any': 'import.rejectReasons.partialLineRefund',
  'refunds more than the order\u2019s lines are worth (with tax or shipping), so it may be part of the order or all of it: the file does not say which of its lines came back':
    'import.rejectReasons.unclearOrderRefund',
  'the order\u2019s refund, written on each of its returned lines and more than their value: the file does not say how much each line got back':
    'import.rejectReasons.repeatedOrderRefund',
  'the return\u2019s refund, written on each of its lines and more than their value: the file does not say how much each line got back':
    'import.rejectReasons.repeatedReturnRefund',
} as const satisfies Record<string, ParseKeys>;

type PatternedKey =
  | 'import.rejectReasons.wrongWidth'
  | 'import.rejectReasons.tooLong'
  | 'import.rejectReasons.pastedOrderRow'
  | 'import.rejectReasons.pastedOrderRows'
  | 'import.rejectReasons.pastedReturnRow'
  | 'import.rejectReasons.pastedReturnRows';
export type RejectReasonKey = (typeof knownReasons)[keyof typeof knownReasons] | PatternedKey;

// Phrases with figures in them: the figures are carried into the translation.
const patternedReasons: { pattern: RegExp; key: PatternedKey; names: readonly string[] }[] = [
  { pattern: /^has (\d+) values where the header has (\d+)$/, key: 'import.rejectReasons.wrongWidth', names: ['values', 'expected'] },
  { pattern: /^is longer than (\d+) MiB$/, key: 'import.rejectReasons.tooLong', names: ['size'] },
  // a page of an export pasted twice (server/import/normalise/pasted-pages.ts)
  { pattern: /^repeats line (\d+), the same order’s row: a page of the export pasted twice$/, key: 'import.rejectReasons.pastedOrderRow', names: ['line'] },
  { pattern: /^repeats lines (\d+)–(\d+), the same order’s rows: a page of the export pasted twice$/, key: 'import.rejectReasons.pastedOrderRows', names: ['first', 'last'] },
  { pattern: /^repeats line (\d+), the same return’s row: a page of the export pasted twice$/, key: 'import.rejectReasons.pastedReturnRow', names: ['line'] },
  { pattern: /^repeats lines (\d+)–(\d+), the same return’s rows: a page of the export pasted twice$/, key: 'import.rejectReasons.pastedReturnRows', names: ['first', 'last'] },
];

export interface RejectReasonText {
  key: RejectReasonKey;
  values: Record<string, string>;
}

/** The catalogue key (and the figures) for a reason the server sent, or null when the text is not one we know. */
export function rejectReasonKey(reason: string): RejectReasonText | null {
  const text = reason.trim().replace(/'/g, '\u2019');
  const lower = text.toLowerCase();
  if (Object.hasOwn(knownReasons, lower)) return { key: knownReasons[lower as keyof typeof knownReasons], values: {} };
  for (const { pattern, key, names } of patternedReasons) {
    const match = pattern.exec(text);
    if (match) return { key, values: Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) };
  }
  return null;
}
