import { fieldsOfKind, missingRequiredFields, returnSignalFields, skuFallbackField, unitPriceFallbackField, type FileKind } from '../canonical-fields.ts';
import { ImportError } from '../import-error.ts';
import { knownLayouts } from '../layouts/known-layouts.ts';
import type { Layout } from '../layouts/layout.ts';
import type { CreditRule } from '../normalise/ledger-credits.ts';
import { foldText } from '../vocabulary-matching.ts';
import { synonymsOfKind } from './field-synonyms.ts';
import { contradiction, type ColumnEvidence, type FieldKindForEvidence } from './column-evidence.ts';
import { currencyInHeader, foldHeader, headerScore, matchHeaders, meaningful, type FieldMatch } from './header-matching.ts';

/** canonical field → source header */
export type ColumnMapping = Record<string, string>;

export type MappingOrigin = 'detected' | 'saved' | 'explicit';

export interface MappingProposal {
  kind: FileKind;
  /** The export the header was recognised as: a layout's id, `canonical`, `returns-export`, `combined-export` or `generic-synonyms`. */
  source: string;
  sourceLabel: string;
  mapping: ColumnMapping;
  /** canonical field → how sure the pairing is (1 for a pairing the person made). */
  confidence: Record<string, number>;
  origin: MappingOrigin;
  /** Required fields nothing is mapped to. */
  missing: string[];
  layout: Layout | undefined;
  /** The currency named in a money header ("(ARS)"), used when no column gives it. */
  currencyFromHeader: string | undefined;
  /** Header matches the values contradicted, not taken. */
  refused: RefusedPairing[];
  /** A sales ledger's credit lines, read as its returns: how they were told apart, and how many. */
  credits?: { rules: CreditRule[]; count: number };
}

export interface MappingRequest {
  headers: readonly string[];
  kind: FileKind | 'auto';
  /** The person's pairings; a field paired with "" is left unmapped on purpose. */
  explicit?: ColumnMapping;
  /** What each column's sampled values look like; without it, headers alone decide. */
  evidence?: Record<string, ColumnEvidence>;
  saved?: { kind: FileKind; mapping: ColumnMapping };
  /** The rows the evidence was counted on: which of an order's lines name a return. */
  rows?: ReadonlyArray<Record<string, string | null>>;
}

const genericLabels: Record<string, string> = {
  canonical: 'Inversa canonical CSV',
  'sales-ledger': 'Sales ledger with credit notes',
  'returns-export': 'Returns export (platform or ERP)',
  'combined-export': 'Orders with returns in one file',
  'generic-synonyms': 'Orders export (columns matched by name)',
};

/** The layout whose signature the header carries best, allowing one missing or misspelt name. */
export function recogniseLayout(headers: readonly string[]): Layout | undefined {
  const folded = headers.map(foldHeader);
  let best: { layout: Layout; share: number } | undefined;
  for (const layout of knownLayouts) {
    for (const signature of layout.signatures) {
      const found = signature.filter((name) => folded.some((h) => headerScore(h, foldText(name)) >= 0.85)).length;
      const share = found / signature.length;
      if (found >= signature.length - 1 && (!best || share > best.share)) best = { layout, share };
    }
  }
  return best?.layout;
}

/** In a combined file "Amount" or "Shipping cost" more likely describe the order than its return. */
const ambiguousInCombined = new Set(['amount', 'shipping_cost']);

const orderFieldNames = new Set(fieldsOfKind.orders.map((f) => f.name));
const isReturnSideOfCombined = (field: string) => !orderFieldNames.has(field);

/** Names a field is known by, its own name first unless its synonyms place it (after the return's own words). */
function namesFor(kind: FileKind): Record<string, readonly string[]> {
  const synonyms: Record<string, readonly string[]> = synonymsOfKind[kind];
  return Object.fromEntries(
    fieldsOfKind[kind].map((f) => {
      const name = f.name.replaceAll('_', ' ');
      const listed = synonyms[f.name] ?? [];
      // listed as it is, or as exactly it ("=" or "~", header-matching.ts)
      const own = (kind === 'combined' && ambiguousInCombined.has(f.name)) || listed.some((n) => n.replace(/^[=~]/, '') === name) ? [] : [name];
      return [f.name, [...own, ...listed]];
    }),
  );
}

function toMapping(matches: FieldMatch[]): { mapping: ColumnMapping; confidence: Record<string, number> } {
  return {
    mapping: Object.fromEntries(matches.map((m) => [m.field, m.header])),
    confidence: Object.fromEntries(matches.map((m) => [m.field, Math.round(m.confidence * 100) / 100])),
  };
}

/**
 * A layout's own names first, then the dictionary for the order fields it does not name. The
 * return side of a shop's export comes from the layout only: a shop column that happens to be
 * called "Reembolso" is not taken for a refund per line on a guess.
 */
function matchLayout(match: Match, layout: Layout, kind: FileKind): FieldMatch[] {
  const wanted = new Set(fieldsOfKind[kind].map((f) => f.name));
  const layoutNames = Object.fromEntries(Object.entries(layout.fields).filter(([field]) => wanted.has(field)));
  const own = match(layoutNames);
  const taken = new Set(own.map((m) => m.header));
  const covered = new Set(own.map((m) => m.field));
  const dictionaryKind = kind === 'combined' ? 'orders' : kind;
  const rest = Object.fromEntries(Object.entries(namesFor(dictionaryKind)).filter(([field]) => !covered.has(field) && !(field in layout.fields)));
  return [...own, ...match(rest, taken)];
}

/** Pairs headers with the fields named, skipping headers already taken and pairings the values refute. */
type Match = (names: Record<string, readonly string[]>, taken?: ReadonlySet<string>) => FieldMatch[];

/** A header match the column's values contradict, and why: shown so the person sees what was not taken. */
export interface RefusedPairing {
  field: string;
  header: string;
  why: string;
}

const fieldTypes = new Map(Object.values(fieldsOfKind).flat().map((f) => [f.name, f.type]));

function evidenceKindOf(field: string): FieldKindForEvidence {
  if (field === 'customer_id') return 'customer';
  const type = fieldTypes.get(field);
  return type === 'timestamp' || type === 'integer' || type === 'money' || type === 'flag' ? type : 'other';
}

/** The matcher for one file: the header dictionary, with every pairing checked against the values. */
function valueCheckedMatch(headers: readonly string[], evidence: Record<string, ColumnEvidence> | undefined, refused: RefusedPairing[]): Match {
  const fits = (field: string, header: string, confidence: number) => {
    const why = contradiction(evidenceKindOf(field), header, evidence?.[header], confidence);
    if (why && !refused.some((r) => r.field === field && r.header === header)) refused.push({ field, header, why });
    return why === undefined;
  };
  return (names, taken) => matchHeaders(headers, names, taken, fits);
}

/**
 * In a combined file, a column refused as the return flag because it holds counts ("Returned
 * Qty": 0, 1, 2, 3) is the returned quantity, when nothing else is.
 */
function countsAsReturnQuantity(kind: FileKind, matches: FieldMatch[], refused: readonly RefusedPairing[]): FieldMatch[] {
  if (kind !== 'combined' || matches.some((m) => m.field === 'return_quantity' || m.field === 'return_flag')) return matches;
  const counts = refused.find((r) => r.field === 'return_flag' && r.why.includes('counts') && !matches.some((m) => m.header === r.header));
  return counts ? [...matches, { field: 'return_quantity', header: counts.header, confidence: 0.7 }] : matches;
}

/** The fields by which a combined file's row says its line came back (normaliseCombinedReturns). */
export const combinedReturnSignals = ['return_flag', 'return_quantity', 'requested_at', 'amount'];

/**
 * Whether the sampled rows that name an order all name a return too (a returns file's id column).
 * Ids that repeat over four rows each on average are no return's own ("-", "0", "N/A" written on a
 * combined file's lines that did not come back): a return has a few lines, not dozens. Nor is an
 * id on more rows than any one order has: a return is of one order, a placeholder of many (the
 * average alone let one through when a quarter of the lines came back, each under its own id).
 */
function returnIdOnEveryRow(matches: FieldMatch[], evidence: Record<string, ColumnEvidence> | undefined): boolean {
  const header = (field: string) => matches.find((m) => m.field === field)?.header;
  const ids = evidence?.[header('return_id') ?? ''];
  const orders = evidence?.[header('order_id') ?? ''];
  return ids !== undefined && orders !== undefined && orders.values > 0 && ids.values >= orders.values && ids.distinct * 4 >= ids.values && ids.mostRepeated <= orders.mostRepeated;
}

/**
 * Whether a return id, or with no id a return reason, on some lines and not on others says which
 * lines came back, as a combined export's does when no other column says it (return-id-signal.ts,
 * reason-signal.ts): at least half the sampled orders have no line with one (blank, or for an id a
 * placeholder as above), and no other return column (a reason, a resolution) is filled on a line
 * without one. A returns export names its return on each row, or on a return's first row only
 * (each order then has one), and a return it left without an id still has its reason: read as
 * combined, its returns would be sales. A reason is no placeholder however many rows share it:
 * many returns are "Too small".
 */
function signalOnReturnedLinesOnly(field: 'return_id' | 'reason_raw', matches: FieldMatch[], evidence: Record<string, ColumnEvidence> | undefined, rows: MappingRequest['rows']): boolean {
  const header = (f: string) => matches.find((m) => m.field === f)?.header;
  const [signalHeader, orderHeader] = [header(field), header('order_id')];
  if (!rows || signalHeader === undefined || orderHeader === undefined) return false;
  const [ids, orders] = [evidence?.[signalHeader], evidence?.[orderHeader]];
  const placeholder = field === 'return_id' && ids && orders && ids.mostRepeated > orders.mostRepeated ? ids.mostRepeatedValue : undefined;
  const otherReturnColumns = matches.filter((m) => isReturnSideOfCombined(m.field) && m.field !== field && m.field !== 'order_refund').map((m) => m.header);
  const seen = new Set<string>();
  const returned = new Set<string>();
  for (const row of rows) {
    const order = row[orderHeader]?.trim();
    if (!order) continue;
    seen.add(order);
    const signal = row[signalHeader]?.trim();
    if (signal && signal !== placeholder) returned.add(order);
    else if (otherReturnColumns.some((h) => row[h]?.trim())) return false;
  }
  return seen.size > 0 && (seen.size - returned.size) * 2 >= seen.size;
}

const hasReturnSide = (matches: FieldMatch[]) => matches.some((m) => isReturnSideOfCombined(m.field) && m.field !== 'order_refund');

/** For `auto` without a layout: an orders file with a return side is combined; return fields without prices are returns. */
function inferKind(match: Match, evidence: Record<string, ColumnEvidence> | undefined, rows: MappingRequest['rows']): { kind: FileKind; matches: FieldMatch[] } {
  const orders = match(namesFor('orders'));
  const returns = match(namesFor('returns'));
  const combined = match(namesFor('combined'));
  const complete = (kind: FileKind, m: FieldMatch[]) => missingRequiredFields(kind, (f) => m.some((x) => x.field === f)).length === 0;
  // a date alone says nothing ("Date" matches a return's request date as well as an order's)
  const returnish = returns.some((m) => returnSignalFields.includes(m.field) && m.field !== 'requested_at');
  const readsAsReturns = complete('returns', returns) && returnish;
  // A combined row holds a return when a column says so: a flag, a returned quantity, a return date
  // or a refund. With none, a combined reading finds no return at all: a returns export that prints
  // its order's side too (Loop's "Created At" and "Price" beside "Return ID", "Outcome", "Return
  // Reason") was read as orders, its returns as sales. Nor is a file whose every row names its return
  // (a return id on each row with an order) a combined one, whose lines not returned have none:
  // with a "Refund" column too, it took its returns for sales and its exchanges for no return.
  // A flag, a returned quantity or a return date says of each line whether it came back, whatever
  // the sample: an export sorted by its return column has a return id on each of its first rows.
  // With none of those, a return id on the returned lines only says it, or with no id a return
  // reason on them only ("Return Reason" blank on the lines kept): read as returns, every line of
  // such a file was a return and none a sale, dated by its "Order Date".
  const saysWhichCameBack = combined.some((m) => combinedReturnSignals.includes(m.field));
  const saysPerLine = combined.some((m) => combinedReturnSignals.includes(m.field) && m.field !== 'amount');
  const everyRowAReturn = returnIdOnEveryRow(returns, evidence);
  const hasId = combined.some((m) => m.field === 'return_id');
  const signalSaysPerLine = !saysWhichCameBack && signalOnReturnedLinesOnly(hasId ? 'return_id' : 'reason_raw', combined, evidence, rows);
  if (complete('orders', orders) && hasReturnSide(combined) && (saysPerLine || signalSaysPerLine || (saysWhichCameBack && !everyRowAReturn) || !readsAsReturns)) {
    return { kind: 'combined', matches: combined };
  }
  if (readsAsReturns) return { kind: 'returns', matches: returns };
  if (complete('orders', orders)) return { kind: 'orders', matches: orders };
  // an orders file that lacks a field but has a return column is still combined: the refusal
  // then names the field it lacks, not the return columns an orders import would ignore
  if (hasReturnSide(combined) && !returnish && orders.some((m) => m.field === 'ordered_at')) return { kind: 'combined', matches: combined };
  return returnish ? { kind: 'returns', matches: returns } : { kind: 'orders', matches: orders };
}

/**
 * A returns app's export prints each return's order beside it ("Order number", "Order date", "SKU",
 * "Quantity", "Price"), enough of an orders layout's names to be taken for it (WooCommerce's, one
 * name short), and was read as orders though "Return ID" and "Return reason" are in its header: each
 * order it lists replaced by its returned lines. The layout is not taken, and the file is read as
 * returns, when the dictionary reads it whole as a returns export with a return id or reason and
 * either the layout's reading lacks a required field or every row names its own return.
 */
function returnsExportLikeOrdersLayout(
  request: MappingRequest,
  layoutMatches: FieldMatch[],
): { kind: FileKind; matches: FieldMatch[]; refused: RefusedPairing[] } | undefined {
  const refused: RefusedPairing[] = [];
  const read = inferKind(valueCheckedMatch(request.headers, request.evidence, refused), request.evidence, request.rows);
  if (read.kind !== 'returns' || missingRequiredFields('returns', (f) => read.matches.some((m) => m.field === f)).length > 0) return undefined;
  if (!read.matches.some((m) => m.field === 'return_id' || m.field === 'reason_raw')) return undefined;
  const layoutComplete = missingRequiredFields('orders', (f) => layoutMatches.some((m) => m.field === f)).length === 0;
  return layoutComplete && !returnIdOnEveryRow(read.matches, request.evidence) ? undefined : { ...read, refused };
}

function genericSource(kind: FileKind, mapping: ColumnMapping): string {
  const canonical = Object.entries(mapping).every(([field, header]) => foldHeader(header) === foldText(field));
  if (canonical) return 'canonical';
  return kind === 'returns' ? 'returns-export' : kind === 'combined' ? 'combined-export' : 'generic-synonyms';
}

function checkExplicit(kind: FileKind, headers: readonly string[], explicit: ColumnMapping): void {
  const known = new Set(fieldsOfKind[kind].map((f) => f.name));
  const unknownFields = Object.keys(explicit).filter((f) => !known.has(f));
  if (unknownFields.length > 0) {
    throw new ImportError(422, 'invalid_mapping', `The mapping names fields that ${kind} files do not have: ${unknownFields.join(', ')}.`, {
      fields: [...known],
    });
  }
  const missingHeaders = Object.values(explicit).filter((h) => h !== '' && !headers.includes(h));
  if (missingHeaders.length > 0) {
    throw new ImportError(422, 'invalid_mapping', `The mapping names columns the file does not have: ${missingHeaders.join(', ')}.`, {
      headersSeen: headers,
    });
  }
}

/**
 * Proposes what each column means: the person's own pairings first, then a mapping saved for this
 * header, else the recognised layout, else the synonym dictionary. Never throws for a missing
 * field (the preview shows what is missing); `requireComplete` does.
 */
export function proposeMapping(request: MappingRequest): MappingProposal {
  const { headers } = request;
  let layout = recogniseLayout(headers);
  const refused: RefusedPairing[] = [];
  const match = valueCheckedMatch(headers, request.evidence, refused);
  let kind: FileKind;
  let matches: FieldMatch[];
  if (layout) {
    // an orders layout is read as combined first: its refund columns, when present, make it so
    kind = request.kind !== 'auto' ? request.kind : layout.kind === 'orders' ? 'combined' : layout.kind;
    matches = matchLayout(match, layout, kind);
    if (request.kind === 'auto' && layout.kind === 'orders' && !hasReturnSide(matches)) {
      kind = 'orders';
      matches = matches.filter((m) => orderFieldNames.has(m.field));
      const returns = returnsExportLikeOrdersLayout(request, matches);
      if (returns) {
        layout = undefined;
        ({ kind, matches } = returns);
        refused.push(...returns.refused);
      }
    }
  } else if (request.kind === 'auto') {
    ({ kind, matches } = inferKind(match, request.evidence, request.rows));
  } else {
    kind = request.kind;
    matches = match(namesFor(kind));
  }
  matches = countsAsReturnQuantity(kind, matches, refused);
  if (request.saved && !request.explicit) {
    kind = request.kind === 'auto' ? request.saved.kind : request.kind;
  }
  let { mapping, confidence } = toMapping(matches);
  let origin: MappingOrigin = 'detected';
  if (request.saved && !request.explicit) {
    mapping = { ...request.saved.mapping };
    confidence = Object.fromEntries(Object.keys(mapping).map((f) => [f, 1]));
    origin = 'saved';
  }
  if (request.explicit) {
    if (request.kind === 'auto' && !layout) kind = kindOfExplicit(request.explicit, kind);
    checkExplicit(kind, headers, request.explicit);
    for (const [field, header] of Object.entries(request.explicit)) {
      // the person's pairing replaces any detected use of that header
      for (const [f, h] of Object.entries(mapping)) if (h === header) delete mapping[f];
      if (header === '') {
        delete mapping[field];
        delete confidence[field];
      } else {
        mapping[field] = header;
        confidence[field] = 1;
      }
    }
    for (const field of Object.keys(confidence)) if (!(field in mapping)) delete confidence[field];
    origin = 'explicit';
  }
  const known = new Set(fieldsOfKind[kind].map((f) => f.name));
  for (const field of Object.keys(mapping)) {
    if (!known.has(field)) {
      delete mapping[field];
      delete confidence[field];
    }
  }
  const source = layout?.source ?? genericSource(kind, mapping);
  const moneyHeaders = Object.entries(mapping)
    .filter(([field]) => ['unit_price', 'line_total', 'amount'].includes(field))
    .map(([, header]) => header);
  return {
    kind,
    source,
    sourceLabel: layout?.label ?? genericLabels[source]!,
    mapping,
    confidence,
    origin,
    missing: missingRequiredFields(kind, (f) => mapping[f] !== undefined),
    layout,
    currencyFromHeader: mapping.currency === undefined ? moneyHeaders.map(currencyInHeader).find((c) => c !== undefined) : undefined,
    refused,
  };
}

/** An explicit mapping for `auto` says the kind through the fields it pairs. */
function kindOfExplicit(explicit: ColumnMapping, detected: FileKind): FileKind {
  const fields = Object.keys(explicit).filter((f) => explicit[f] !== '');
  const orderSide = fields.some((f) => f === 'ordered_at' || f === 'unit_price');
  const returnSide = fields.some((f) => returnSignalFields.includes(f));
  if (orderSide && returnSide) return 'combined';
  if (returnSide) return 'returns';
  if (orderSide) return 'orders';
  return detected;
}

/** A required field a file lacks, and the field that can stand in for it. */
const fallbackOf: Record<string, string> = { sku: skuFallbackField, unit_price: unitPriceFallbackField };

/**
 * For a file refused for a missing field: the unused header that shares the most words with the
 * names of that field or of its stand-in (a line total for a unit price), as a guess for the
 * person to confirm, never to import on. "Total_Renglon" shares "total" with a line total's names.
 */
export function closestHeaders(proposal: MappingProposal, headers: readonly string[]): Record<string, string> {
  const names = namesFor(proposal.kind);
  const used = new Set(Object.values(proposal.mapping));
  // words of three letters or more: "at" and "id" say nothing of which field a column is
  const words = (folded: string) => meaningful(folded).filter((w) => w.length >= 3);
  const headerWords = headers.map((h) => new Set(words(foldHeader(h))));
  const guesses: Record<string, string> = {};
  for (const missing of proposal.missing) {
    let best: { field: string; header: string; shared: number } | undefined;
    for (const field of [missing, fallbackOf[missing]].filter((f): f is string => f !== undefined)) {
      const fieldWords = new Set((names[field] ?? []).flatMap((n) => words(foldText(n))));
      headers.forEach((header, i) => {
        if (used.has(header)) return;
        const shared = [...headerWords[i]!].filter((w) => fieldWords.has(w)).length;
        if (shared > 0 && (!best || shared > best.shared)) best = { field, header, shared };
      });
    }
    if (best) {
      guesses[best.field] = best.header;
      used.add(best.header);
    }
  }
  return guesses;
}

/**
 * A file that cannot fill a required field is refused before anything is read into the tables,
 * with the field, the closest headers, the three ways to pair them, the headers seen, and — when
 * the file fits another kind — that hint.
 */
export function requireComplete(proposal: MappingProposal, headers: readonly string[], requestedKind: FileKind | 'auto'): void {
  if (proposal.missing.length === 0) return;
  let hint = '';
  let suggestedKind: FileKind | undefined;
  if (requestedKind !== 'auto') {
    const other = proposeMapping({ headers, kind: 'auto' });
    if (other.kind !== proposal.kind && other.missing.length === 0) {
      suggestedKind = other.kind;
      hint = ` It looks like a ${other.kind} file: import it as ${other.kind} (or auto).`;
    }
  }
  const closest = closestHeaders(proposal, headers);
  const guesses = Object.entries(closest).map(([field, header]) => `"${header}" → ${field}?`);
  const example = JSON.stringify(Object.keys(closest).length > 0 ? closest : Object.fromEntries(proposal.missing.map((field) => [field, '…'])));
  throw new ImportError(
    422,
    'missing_columns',
    `This ${proposal.kind} file has no column for ${proposal.missing.join(', ')}.` +
      (guesses.length > 0 ? ` Closest columns: ${guesses.join(', ')}` : '') +
      ` Pair them in the Import page's column mapping, with --mapping '${example}' in the CLI, or with the mapping field of POST /api/imports.` +
      ` Columns seen: ${headers.join(', ')}.${hint}`,
    { missing: proposal.missing, headersSeen: headers, closestHeaders: closest, ...(suggestedKind ? { suggestedKind } : {}) },
  );
}

/** An orders file, or a combined one without a return column (a ledger's saved mapping), may be a ledger. */
export function mayHoldCredits(proposal: MappingProposal): boolean {
  return proposal.kind === 'orders' || (proposal.kind === 'combined' && !Object.keys(proposal.mapping).some(isReturnSideOfCombined));
}

/** A file found to hold credit lines fills both tables: its sales and, from its credits, its returns. */
export function asLedger(proposal: MappingProposal, credits: { rules: CreditRule[]; count: number }): MappingProposal {
  const source = proposal.layout ? proposal.source : 'sales-ledger';
  return {
    ...proposal,
    kind: 'combined',
    source,
    sourceLabel: proposal.layout?.label ?? genericLabels[source]!,
    credits: { rules: credits.rules, count: credits.count },
  };
}
