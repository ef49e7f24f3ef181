import { foldText } from '../vocabulary-matching.ts';
import { highConfidence, minimumConfidence } from './confidence.ts';

/** A source header paired with a canonical field, and how sure the pairing is (0–1). */
export interface FieldMatch {
  field: string;
  header: string;
  confidence: number;
}

/** Words that carry no meaning in a header: "Número de orden" and "Número orden" are the same column. */
const fillerWords = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'da', 'do', 'das', 'dos', 'the', 'of', 'a', 'o', 'e', 'y', 'and', 'n', 'no', 'nro', 'num']);

/** Money headers may end with their currency: "Ingresos por productos (ARS)". */
const currencySuffix = /\s*\(([A-Z]{3})\)\s*$/;

export function currencyInHeader(header: string): string | undefined {
  return currencySuffix.exec(header)?.[1];
}

/**
 * The header as compared: words split where the case turns ("InvoiceDate", "CustomerID",
 * "SKUCode": ledgers and BI samples name columns so), folded, without a currency suffix.
 */
export function foldHeader(header: string): string {
  const words = header.replace(currencySuffix, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2');
  return foldText(words);
}

export const meaningful = (folded: string) => folded.split(' ').filter((w) => w !== '' && !fillerWords.has(w));

/** Edit distance with transpositions, capped: above `max` the exact value does not matter. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Words two letters apart that name different things: "Fecha devolución" (the return's date) is
 * no typo of "fecha de resolución", which a returns export then took for the resolution date.
 */
const lookAlikeWords: ReadonlyArray<readonly [string, string]> = [
  ['devolucion', 'resolucion'],
  ['devolucao', 'resolucao'],
];

function spelledAsItsLookAlike(headerWords: readonly string[], nameWords: readonly string[]): boolean {
  return lookAlikeWords.some(([a, b]) => (headerWords.includes(a) && nameWords.includes(b)) || (headerWords.includes(b) && nameWords.includes(a)));
}

/**
 * How well a folded header stands for a folded name: 1 when equal, 0.9 when equal but for filler
 * words, 0.85 for the same words in another order, 0.85/0.75 for one or two typos ("Cantidad del prodcuto"), and less when the header holds
 * the name plus a word or two ("Lineitem sku" for "sku"). 0 when unrelated.
 */
export function headerScore(header: string, name: string): number {
  if (header === name) return 1;
  const headerWords = meaningful(header);
  const nameWords = meaningful(name);
  if (nameWords.length === 0 || headerWords.length === 0) return 0;
  const headerCore = headerWords.join(' ');
  const nameCore = nameWords.join(' ');
  if (headerCore === nameCore) return 0.9;
  // the same words in another order: "Returned Qty" is "qty returned", not the flag "returned"
  if (headerWords.length === nameWords.length && [...headerWords].sort().join(' ') === [...nameWords].sort().join(' ')) return 0.85;
  const allowed = nameCore.length >= 12 ? 2 : nameCore.length >= 5 ? 1 : 0;
  if (allowed > 0 && !spelledAsItsLookAlike(headerWords, nameWords)) {
    const distance = editDistance(headerCore, nameCore, allowed);
    if (distance <= allowed) return distance === 1 ? 0.85 : 0.75;
  }
  // a one-word name inside a longer header is weak evidence ("Days to return" is no return id)
  const extra = headerWords.length - nameWords.length;
  const extraAllowed = nameWords.length >= 2 ? 2 : 1;
  if (extra > 0 && extra <= extraAllowed && nameWords.every((w) => headerWords.includes(w))) return 0.75 - 0.05 * extra;
  return 0;
}


/**
 * Pairs fields with headers: every (field, header) scored against the field's names, then the
 * surest pairings taken first, each header and each field used once. A pairing that `fits`
 * refuses (its values say otherwise) is never taken, so the field can go to another header. On equal scores an earlier
 * name in the field's list, then an earlier column, wins.
 *
 * A name marked "~" is a bare word ("~fecha"): its pairings rank after every sure pairing by
 * another name. A returns export prints its order's date as a bare "Fecha" beside the order
 * number: the header that names the request ("Fecha devolución", "Submitted at") is the request
 * date, the bare word only when none does.
 */
export function matchHeaders(
  headers: readonly string[],
  namesByField: Record<string, readonly string[]>,
  taken: ReadonlySet<string> = new Set(),
  fits: (field: string, header: string, confidence: number) => boolean = () => true,
): FieldMatch[] {
  const folded = headers.map(foldHeader);
  const candidates: Array<FieldMatch & { rank: number; column: number; sure: boolean }> = [];
  for (const [field, names] of Object.entries(namesByField)) {
    names.forEach((name, rank) => {
      // a name marked "=" stands only for a header that says exactly it: "=status" is not "Payment Status"
      const exactly = name.startsWith('=');
      const bare = name.startsWith('~');
      const foldedName = foldText(exactly || bare ? name.slice(1) : name);
      folded.forEach((header, column) => {
        if (taken.has(headers[column]!)) return;
        const confidence = exactly ? Number(header === foldedName) : headerScore(header, foldedName);
        const sure = !bare && confidence >= highConfidence;
        if (confidence >= minimumConfidence && fits(field, headers[column]!, confidence)) candidates.push({ field, header: headers[column]!, confidence, rank, column, sure });
      });
    });
  }
  candidates.sort((a, b) => Number(b.sure) - Number(a.sure) || b.confidence - a.confidence || a.rank - b.rank || a.column - b.column);
  const usedFields = new Set<string>();
  const usedHeaders = new Set<string>(taken);
  const matches: FieldMatch[] = [];
  for (const c of candidates) {
    if (usedFields.has(c.field) || usedHeaders.has(c.header)) continue;
    usedFields.add(c.field);
    usedHeaders.add(c.header);
    matches.push({ field: c.field, header: c.header, confidence: c.confidence });
  }
  return matches;
}
