import type { ParseKeys } from 'i18next';

// The server explains each rejected value in a short English phrase (server/import/normalise-rows.ts).
// The phrases it is known to send are translated; any other is shown as sent, so a new server
// check is never hidden, only left untranslated.
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
} as const satisfies Record<string, ParseKeys>;

/** The catalogue key for a reason the server sent, or null when the text is not one we know. */
export function rejectReasonKey(reason: string): ParseKeys | null {
  const key = reason.trim().toLowerCase();
  return Object.hasOwn(knownReasons, key) ? knownReasons[key as keyof typeof knownReasons] : null;
}
