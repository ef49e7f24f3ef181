import type { SqlSession } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import type { FileKind } from './canonical-fields.ts';
import type { ProblemTally } from './collect-problems.ts';
import type { MappingProposal } from './mapping/propose-mapping.ts';
import type { PreparedSource } from './source/prepare-source.ts';
import { chargeLineReason } from './normalise/normalise-order-lines.ts';
import { earlierStatusReason } from './normalise/normalise-returns.ts';
import { dateStyleLabel } from './values/date-styles.ts';
import type { ValueFormats } from './values/value-formats.ts';

const countOverReturned = SqlFile.in('import', 'count_over_returned');
const unmatchedLookAlikes = SqlFile.in('import', 'unmatched_look_alikes');
const ordersLookAlikeStored = SqlFile.in('import', 'orders_look_alike_stored');
const unmatchedSkuLookAlikes = SqlFile.in('import', 'unmatched_sku_look_alikes');
const returnsStoredUnderOtherIds = SqlFile.in('import', 'returns_stored_under_other_ids');
const orderLinesTakenOff = SqlFile.in('import', 'order_lines_taken_off');
const returnsRequestedOnOrderDay = SqlFile.in('import', 'returns_requested_on_order_day');
const returnsRequestedFarAhead = SqlFile.in('import', 'returns_requested_far_ahead');
const refundsOfStoredReturns = SqlFile.in('import', 'refunds_of_stored_returns');

/** Something the import decided that the person should know, though no row was rejected for it. */
export interface ImportWarning {
  code: string;
  message: string;
  count?: number;
  examples?: string[];
}

/** The first five texts quoted, and how many more there are of `total`: a count never disagrees with its list. */
export function quotedSome(texts: readonly string[], total = texts.length): string {
  const shown = texts.slice(0, 5).map((t) => `"${t}"`).join(', ');
  return total > 5 ? `${shown} and ${total - 5} more` : shown;
}

/** Whether the import staged a table of its own (a ledger's document types only when it may hold credits). */
async function staged(session: SqlSession, table: string): Promise<boolean> {
  const [row] = await session.all('SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE temporary AND table_name = $name', { name: table });
  return Number(row!.n) > 0;
}

async function unmatchedTexts(session: SqlSession, vocabulary: string): Promise<string[]> {
  const rows = await session.all(`SELECT raw FROM vocab_${vocabulary} WHERE code IS NULL ORDER BY raw`);
  return rows.map((r) => String(r.raw));
}

/**
 * The warnings of one import, from the detection and the normalised tables: choices made when
 * the values could not tell (day/month order, decimal separator), values kept but not
 * understood, and figures the export gives in a way that cannot be counted per line.
 */
export async function collectWarnings(
  session: SqlSession,
  kind: FileKind,
  prepared: PreparedSource,
  proposal: MappingProposal,
  formats: ValueFormats,
): Promise<ImportWarning[]> {
  const warnings: ImportWarning[] = [];
  for (const header of prepared.repeatedHeaders) {
    warnings.push({ code: 'repeated_header', message: `The column "${header}" appears more than once; the others are named "${header} (2)"… and can be mapped by that name.` });
  }
  warnings.push(...sheetsLeftOutWarning(prepared));
  for (const [field, style] of Object.entries(formats.dates)) {
    if (!style.ambiguous) continue;
    const header = proposal.mapping[field];
    warnings.push({
      code: 'ambiguous_dates',
      message: `Every date in "${header}" reads both as day/month and as month/day; they were read as ${dateStyleLabel(style)}. Change the date format if that is wrong.`,
    });
  }
  for (const [field, style] of Object.entries(formats.dates)) {
    if (!style.storedOrdersAgree) continue;
    warnings.push({
      code: 'dates_read_as_stored',
      message: `Every date in "${proposal.mapping[field]}" reads both as day/month and as month/day; they were read as ${dateStyleLabel(style)}, which puts ${style.storedOrdersAgree} order(s) of the file already stored on the days they were stored. Change the date format if that is wrong.`,
      count: style.storedOrdersAgree,
    });
  }
  for (const [field, style] of Object.entries(formats.dates)) {
    if (!style.mixedOrdersFitBoth) continue;
    const header = proposal.mapping[field];
    const other = dateStyleLabel({ ...style, order: style.order === 'day-first' ? 'month-first' : 'day-first' });
    warnings.push({
      code: 'mixed_date_orders',
      message: `"${header}" holds dates written both ways, as when two exports are pasted into one file: most of those that tell read only as ${dateStyleLabel(style)}, and those only ${other} reads are rejected. ${style.mixedOrdersFitBoth} date(s) fit both and were read as ${dateStyleLabel(style)}: any of them written the other way is on the wrong day. Import each export on its own.`,
      count: style.mixedOrdersFitBoth,
    });
  }
  warnings.push(...(await datesReadAsBlankWarnings(session, proposal)));
  const doubt = formats.ambiguousSeparator;
  if (doubt) {
    const role = doubt === formats.numbers.decimalSeparator ? 'the decimal separator' : 'the thousands separator';
    warnings.push({
      code: 'ambiguous_decimals',
      message: `No amount tells whether "${doubt}" separates thousands or decimals (every one reads like "1${doubt}234"); it was taken as ${role}. Change the decimal separator if that is wrong.`,
    });
  }
  // a ledger's credit lines carry no reason or disposition texts
  if (kind !== 'orders' && !proposal.credits) {
    for (const [vocabulary, what] of [['reason', 'reason'], ['disposition', 'disposition']] as const) {
      if (vocabulary === 'disposition' && proposal.mapping.disposition === undefined) continue;
      const texts = await unmatchedTexts(session, vocabulary);
      if (texts.length > 0) {
        const outcome = vocabulary === 'reason' ? 'count as "other", their text kept' : 'are kept without a disposition';
        warnings.push({ code: `unknown_${what}s`, message: `${texts.length} ${what} text(s) match no canonical ${what} and ${outcome}: ${quotedSome(texts)}.`, count: texts.length, examples: texts.slice(0, 20) });
      }
    }
  }
  // a ledger's document types that say neither sale nor credit ("NCX", "Remito") stay sales: said
  if (proposal.mapping.document_type !== undefined && (await staged(session, 'vocab_document_type'))) {
    const texts = await unmatchedTexts(session, 'document_type');
    if (texts.length > 0) {
      warnings.push({
        code: 'unknown_document_types',
        message: `${texts.length} document type(s) say neither a sale nor a credit note and their lines are kept as sales: ${quotedSome(texts)}. If some are credit notes, import the file with those lines as returns.`,
        count: texts.length,
        examples: texts.slice(0, 20),
      });
    }
  }
  warnings.push(...(await scientificOrderIdsWarning(session, kind)), ...(await scientificSkusWarning(session, kind)));
  if (kind !== 'returns') {
    warnings.push(...(await anonymousCustomersWarning(session)), ...(await cancelledOrdersWarning(session)), ...(await chargeLinesWarning(session)));
  }
  if (kind === 'returns') warnings.push(...(await returnHistoriesWarning(session, proposal)), ...(await refundsRepeatedWarning(session, 'return')));
  if (kind !== 'orders') {
    const [row] = await session.all('SELECT count(*)::INTEGER AS n FROM normalised_returns WHERE dated_at_order AND problems IS NULL');
    const n = Number(row!.n);
    if (n > 0) {
      warnings.push({ code: 'returns_dated_at_order', message: `The export has no return or refund date: ${n} return(s) are dated on their order's date.`, count: n });
    }
  }
  if (kind === 'returns') warnings.push(...(await requestedOnOrderDayWarning(session, proposal)), ...(await requestedFarAheadWarning(session)));
  if (kind === 'combined' && !proposal.credits) warnings.push(...(await refundsRepeatedWarning(session, 'order')));
  if (kind === 'combined' && !proposal.credits) {
    const [row] = await session.all('SELECT lines, total FROM refunds_without_units');
    const lines = Number(row!.lines);
    if (lines > 0) {
      warnings.push({
        code: 'refunds_without_return',
        message: `${lines} line(s) show a refund (${Number(row!.total).toFixed(2)} in all) with no units returned and no return date: money given back for goods the customer kept (a price adjustment, a goodwill credit), so they are not counted as returns.`,
        count: lines,
      });
    }
  }
  if (proposal.layout?.orderRefundField && proposal.mapping[proposal.layout.orderRefundField] !== undefined) {
    const [row] = await session.all(
      `SELECT count(*)::INTEGER AS orders, coalesce(sum(refund), 0)::DOUBLE AS total
       FROM (SELECT order_id, max(order_refund) AS refund FROM normalised_order_lines WHERE problems IS NULL GROUP BY order_id)
       WHERE refund > 0`,
    );
    const orders = Number(row!.orders);
    if (orders > 0) {
      warnings.push({
        code: 'refunds_per_order',
        message: `${orders} order(s) show a refunded amount (${Number(row!.total).toFixed(2)} in all) that this export does not tie to products, so they are not counted as returns. Import a returns export to count them.`,
        count: orders,
      });
    }
  }
  return warnings;
}

/**
 * A returns file whose request column holds the order's date (a bare "Fecha" beside the order
 * number, the real request date under a header the mapping did not pair): every linked return of
 * it (3 at least, fewer may be same-day returns) requested on its order line's day. The returns
 * without a request column are said by returns_dated_at_order; returns of orders not stored yet
 * cannot be judged.
 */
async function requestedOnOrderDayWarning(session: SqlSession, proposal: MappingProposal): Promise<ImportWarning[]> {
  const [found] = (await session.all(returnsRequestedOnOrderDay.sql)) as [{ linked: number; on_order_day: number; examples: string[] }];
  if (found.linked < 3 || found.on_order_day < found.linked) return [];
  return [
    {
      code: 'returns_requested_on_order_day',
      message: `Every one of the ${found.linked} return(s) that link to a stored order was requested on its order's day, by "${proposal.mapping.requested_at}" (${quotedSome(found.examples, found.linked)}): that column is most likely the order's date, and every cycle time, the return curve and the returns by request date read from the order. Map the return's own date (requested, created) to requested_at and import the file again.`,
      count: found.linked,
      examples: found.examples,
    },
  ];
}

/**
 * Returns requested far beyond the rest of the data (returns_requested_far_ahead.sql): named, not
 * refused. A return a year after its order can be a real warranty claim, and a refusal could not be
 * overridden; a year typed wrong is corrected in the file, which is imported again.
 */
async function requestedFarAheadWarning(session: SqlSession): Promise<ImportWarning[]> {
  const [found] = (await session.all(returnsRequestedFarAhead.sql)) as [{ returns: number; examples: string[] }];
  if (found.returns === 0) return [];
  return [
    {
      code: 'returns_requested_far_ahead',
      message: `${found.returns} return(s) were requested far beyond the rest of the data, more than a year after their order or months after every other date of it (${quotedSome(found.examples, found.returns)}): often a year typed wrong (2026 for 2025). Kept, such a date is the data's latest: every month is judged final against it, the learnt return window stretches and the trend runs on empty months. If the year is wrong, correct it and import the file again (a file without return ids in replace mode: its returns are known by their request date, and the mistyped one would stay).`,
      count: found.returns,
      examples: found.examples,
    },
  ];
}

/** The distinct values of a text column a spreadsheet saved in scientific notation ("2.00001E+15", "7,79123E+12"). */
async function inScientificNotation(session: SqlSession, table: 'normalised_order_lines' | 'normalised_returns', column: 'order_id' | 'sku'): Promise<string[]> {
  const rows = await session.all(
    `SELECT ${column} AS value FROM ${table}
     WHERE problems IS NULL AND contains(${column}, '+') AND regexp_full_match(${column}, '[0-9]([.,][0-9]+)?[eE]\\+[0-9]+')
     GROUP BY ${column} ORDER BY ${column}`,
  );
  return rows.map((r) => String(r.value));
}

/**
 * A spreadsheet shows a long order number as 2.00001E+15 (1,23457E+15 in a language with a decimal
 * comma) and saves it so: orders that differed in the digits it dropped now share one id, and
 * returns of them point at one order that may be several. The order ids of the file's own order
 * lines, else of its returns.
 */
async function scientificOrderIdsWarning(session: SqlSession, kind: FileKind): Promise<ImportWarning[]> {
  const ids = await inScientificNotation(session, kind === 'returns' ? 'normalised_returns' : 'normalised_order_lines', 'order_id');
  if (ids.length === 0) return [];
  const outcome =
    kind === 'returns'
      ? 'returns of orders whose numbers differed only in the digits it dropped share one order id, so none of them can be told apart or linked to its own order'
      : 'orders whose numbers differed only in the digits it dropped are merged into one';
  return [
    {
      code: 'order_ids_in_scientific_notation',
      message: `${ids.length} order number(s) were saved by a spreadsheet in scientific notation (${quotedSome(ids)}): ${outcome}. Export the file again with the order column formatted as text.`,
      count: ids.length,
      examples: ids.slice(0, 20),
    },
  ];
}

/**
 * The same for product codes: an EAN barcode (13 digits) shows as 7,79123E+12, so products whose
 * codes differed only in the digits dropped are one SKU, their sales and returns one figure.
 */
async function scientificSkusWarning(session: SqlSession, kind: FileKind): Promise<ImportWarning[]> {
  const skus = await inScientificNotation(session, kind === 'returns' ? 'normalised_returns' : 'normalised_order_lines', 'sku');
  if (skus.length === 0) return [];
  return [
    {
      code: 'skus_in_scientific_notation',
      message: `${skus.length} SKU(s) were saved by a spreadsheet in scientific notation (${quotedSome(skus)}): products whose codes (barcodes) differed only in the digits it dropped are counted as one, and their returns may not link to their own lines. Export the file again with the SKU column formatted as text.`,
      count: skus.length,
      examples: skus.slice(0, 20),
    },
  ];
}

/**
 * A workbook of one sheet per month, each with the same columns: the import reads one sheet (the
 * one with the most rows), so the others' rows are in no figure unless each is imported too.
 */
function sheetsLeftOutWarning(prepared: PreparedSource): ImportWarning[] {
  const left = prepared.workbook?.sheetsLeftOut ?? [];
  if (left.length === 0) return [];
  const rows = left.reduce((sum, sheet) => sum + sheet.rows, 0);
  const names = left.map((sheet) => `"${sheet.name}" (${sheet.rows} row(s))`).join(', ');
  return [
    {
      code: 'sheets_left_out',
      message: `Only the sheet "${prepared.workbook!.sheet}" was read, but ${left.length} other sheet(s) of the workbook have the same columns and ${rows} row(s) below them: ${names}. They are in no figure: import the workbook again for each, naming it in the sheet field.`,
      count: left.length,
      examples: left.map((sheet) => sheet.name).slice(0, 20),
    },
  ];
}

/** Optional dates written as "no date yet" ("9999-12-31", "0000-00-00"), read as blank (values/no-date-yet.ts): one warning per column. */
async function datesReadAsBlankWarnings(session: SqlSession, proposal: MappingProposal): Promise<ImportWarning[]> {
  if (!(await staged(session, 'dates_read_as_blank'))) return [];
  const rows = (await session.all('SELECT field, n FROM dates_read_as_blank ORDER BY field')) as Array<{ field: string; n: number }>;
  return rows.map(({ field, n }) => ({
    code: 'dates_read_as_blank',
    message: `${n} value(s) of "${proposal.mapping[field]}" (${field}) are no real date but one written for "no date yet" (such as 9999-12-31, 1900-01-01 or 0000-00-00): they were read as blank.`,
    count: n,
  }));
}

/**
 * Customer values that are a placeholder for an anonymous buyer, read as no customer
 * (values/anonymous-customers.ts): said, with the texts and their lines, as a blank needs no word.
 */
async function anonymousCustomersWarning(session: SqlSession): Promise<ImportWarning[]> {
  if (!(await staged(session, 'anonymous_customers'))) return [];
  const [row] = (await session.all(
    `SELECT coalesce(sum(lines), 0)::INTEGER AS lines, count(*)::INTEGER AS texts, coalesce(list(text ORDER BY lines DESC, text)[1:20], [])::VARCHAR[] AS examples FROM anonymous_customers`,
  )) as [{ lines: number; texts: number; examples: string[] }];
  if (row.lines === 0) return [];
  return [
    {
      code: 'anonymous_customers',
      message: `${row.lines} line(s) are sold to a placeholder for an anonymous buyer (${quotedSome(row.examples, row.texts)}), not to one customer: they were read as no customer, so they are in no repeat purchase or serial returner, and a credit note to one matches no sale (an unmatched return).`,
      count: row.lines,
      examples: row.examples,
    },
  ];
}

/** The cancelled orders left out as no sales (cancelled_orders): said apart from rows left out for a misread. */
async function cancelledOrdersWarning(session: SqlSession): Promise<ImportWarning[]> {
  const [row] = (await session.all(
    `SELECT count(*)::INTEGER AS orders, coalesce(sum(lines), 0)::INTEGER AS lines,
            coalesce(list(order_id ORDER BY order_id)[1:20], [])::VARCHAR[] AS examples
     FROM cancelled_orders`,
  )) as [{ lines: number; orders: number; examples: string[] }];
  if (row.orders === 0) return [];
  return [
    {
      code: 'cancelled_orders_left_out',
      message: `${row.orders} cancelled order(s) (${quotedSome(row.examples, row.orders)}), ${row.lines} line(s), were left out: a cancelled order is no sale, and no return comes of it. They are listed with the rejected rows, and any lines of them an earlier import stored are taken out.`,
      count: row.orders,
      examples: row.examples,
    },
  ];
}

/** The returns the file lists with their history (normalise-returns.ts): counted once each, at their latest row. */
async function returnHistoriesWarning(session: SqlSession, proposal: MappingProposal): Promise<ImportWarning[]> {
  const [row] = (await session.all(
    `SELECT count(*)::INTEGER AS rows, count(DISTINCT label)::INTEGER AS returns, coalesce(list(DISTINCT label ORDER BY label)[1:20], [])::VARCHAR[] AS examples
     FROM (SELECT coalesce(return_id, order_id || ' / ' || sku) AS label FROM normalised_returns WHERE has_problem(problems, $reason::VARCHAR))`,
    { reason: earlierStatusReason },
  )) as [{ rows: number; returns: number; examples: string[] }];
  if (row.rows === 0) return [];
  const statusAt = proposal.mapping.status_at;
  const latest = statusAt === undefined ? 'its latest date, else its last line' : `"${statusAt}", else its latest date, else its last line`;
  return [
    {
      code: 'return_histories_folded',
      message: `${row.returns} return(s) are listed with their history, a row per status (${quotedSome(row.examples, row.returns)}): each counts once, as its latest row says (by ${latest}). The ${row.rows} earlier row(s) are listed with the rejected rows, and a return last withdrawn, cancelled or expired is no return.`,
      count: row.returns,
      examples: row.examples,
    },
  ];
}

/**
 * A refund of a whole return, or order, printed on each of its lines (settleRepeatedRefunds in
 * normalise-returns.ts, which keeps them in `refunds_repeated_per_<whole>`): counted once.
 */
async function refundsRepeatedWarning(session: SqlSession, whole: 'return' | 'order'): Promise<ImportWarning[]> {
  const judged = `refunds_repeated_per_${whole}`;
  if (!(await staged(session, judged))) return [];
  const [row] = (await session.all(
    `SELECT count(DISTINCT refund_key)::INTEGER AS n, coalesce(list(DISTINCT refund_key ORDER BY refund_key)[1:20], [])::VARCHAR[] AS examples FROM ${judged}`,
  )) as [{ n: number; examples: string[] }];
  if (row.n === 0) return [];
  const lines = whole === 'order' ? 'returned lines' : 'lines';
  return [
    {
      code: judged,
      message: `${row.n} ${whole}(s) have one refund written on each of their ${lines}, at least the value of those lines together: the ${whole}'s refund, not each line's (${quotedSome(row.examples, row.n)}). It was counted once, each line at its own value where it is their value; where it is more, the lines were rejected, since how much each got back is not in the file.`,
      count: row.n,
      examples: row.examples,
    },
  ];
}

/** Lines that charge for shipping, a tip, a fee, interest or a service sold beside the products, left out as no products sold. */
async function chargeLinesWarning(session: SqlSession): Promise<ImportWarning[]> {
  const [row] = (await session.all(
    `SELECT count(*)::INTEGER AS lines, coalesce(list(DISTINCT sku ORDER BY sku)[1:20], [])::VARCHAR[] AS examples
     FROM normalised_order_lines
     WHERE has_problem(problems, $reason::VARCHAR)`,
    { reason: chargeLineReason },
  )) as [{ lines: number; examples: string[] }];
  if (row.lines === 0) return [];
  return [
    {
      code: 'charge_lines_left_out',
      message: `${row.lines} line(s) charge for shipping, a tip, a fee, interest or a service such as a protection or gift wrap (${quotedSome(row.examples)}), not for a product: they were left out of the units and sales, and are listed with the rejected rows.`,
      count: row.lines,
      examples: row.examples,
    },
  ];
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.001 ? 2 : 1)} %`;

/**
 * Before anything is written: the share of the rows read with values the import would leave out
 * (the whole row, or a combined row's return), and why, so that a file losing half its rows to one misread column is stopped at the preview.
 */
export function rowsLeftOutWarning(rows: number, rowsRead: number, tallies: readonly ProblemTally[]): ImportWarning | undefined {
  if (rows === 0 || rowsRead === 0) return undefined;
  const causes = tallies.slice(0, 3).map((t) => `${t.rows} with ${t.field} ${t.reason}`);
  const more = tallies.length > 3 ? `; ${tallies.length - 3} other problem(s)` : '';
  return {
    code: 'rows_left_out',
    message: `${rows} of the ${rowsRead} rows read (${percent(rows / rowsRead)}) have values the import would leave out: ${causes.join('; ')}${more}. Check the mapping and the formats before importing.`,
    count: rows,
  };
}

/**
 * What only the stored data tells of an import's returns, once written and linked: the order lines
 * it returns that now have more units returned than sold, with every import's returns, and its
 * returns that another import stored under another id.
 */
export async function storedReturnsWarnings(session: SqlSession, importId: number): Promise<ImportWarning[]> {
  return [...(await overReturnedWarnings(session, importId)), ...(await otherIdsWarnings(session, importId))];
}

async function otherIdsWarnings(session: SqlSession, importId: number): Promise<ImportWarning[]> {
  const [found] = (await session.all(returnsStoredUnderOtherIds.sql, returnsStoredUnderOtherIds.bind({ importId }))) as [{ returns: number; examples: string[] }];
  if (found.returns === 0) return [];
  return [
    {
      code: 'returns_stored_under_other_ids',
      message: `${found.returns} return(s) of this file are stored already under another id, of the same order line, for the same units, asked for in the same second (${quotedSome(found.examples, found.returns)}, this file / stored): two tools number returns each their own way, and both are counted, so each is counted twice if they are one. Import the returns of one tool, or bring the exports to one numbering, and import again.`,
      count: found.returns,
      examples: found.examples,
    },
  ];
}

async function overReturnedWarnings(session: SqlSession, importId: number): Promise<ImportWarning[]> {
  const [over] = (await session.all(countOverReturned.sql, countOverReturned.bind({ importId }))) as [{ lines: number; examples: string[] }];
  if (over.lines === 0) return [];
  return [
    {
      code: 'returned_more_than_sold',
      message: `${over.lines} order line(s) that the file returns now have more units returned than sold (${quotedSome(over.examples, over.lines)}, order / SKU), with the returns stored already: every row counts as a return, so a quantity typed wrong, a return listed on each step of its history (unless a status column tells the steps apart), or the same return exported by two tools under two ids each counts in full, and the line's return rate is above 100 %. Check the returns exports for these lines.`,
      count: over.lines,
      examples: over.examples,
    },
  ];
}

/**
 * Unmatched returns whose order id is in the data written another way ("123" in one file, "00123"
 * in the other), or whose order is in the data with their SKU written another way: importing the
 * orders again would not link them, so the report's advice to do so would mislead. A returns
 * file's against every order; an orders file's orders against every return.
 */
export async function lookAlikeWarnings(session: SqlSession, file: { returnsOf: number } | { ordersOf: number }): Promise<ImportWarning[]> {
  const params = 'returnsOf' in file ? { importId: file.returnsOf, ordersImportId: null } : { importId: null, ordersImportId: file.ordersOf };
  return [...(await orderIdLookAlikes(session, params)), ...(await skuLookAlikes(session, params))];
}

type LookAlikeParams = { importId: number | null; ordersImportId: number | null };

async function orderIdLookAlikes(session: SqlSession, params: LookAlikeParams): Promise<ImportWarning[]> {
  const [found] = (await session.all(unmatchedLookAlikes.sql, unmatchedLookAlikes.bind(params))) as [{ returns: number; orders: number; examples: string[] }];
  if (found.returns === 0) return [];
  return [
    {
      code: 'order_ids_written_differently',
      message: `${found.returns} return(s) link to no order, though their order id is in the data written another way (${quotedSome(found.examples, found.orders)}, return / order): leading zeros, decimals or thousands separators ("1.001" against "1001") differ between the files. Export the ids the same way in both files and import again.`,
      count: found.returns,
      examples: found.examples,
    },
  ];
}

async function skuLookAlikes(session: SqlSession, params: LookAlikeParams): Promise<ImportWarning[]> {
  const [found] = (await session.all(unmatchedSkuLookAlikes.sql, unmatchedSkuLookAlikes.bind(params))) as [{ returns: number; lines: number; examples: string[] }];
  if (found.returns === 0) return [];
  return [
    {
      code: 'skus_written_differently',
      message: `${found.returns} return(s) link to no sale, though their order is in the data with their SKU written another way (${quotedSome(found.examples, found.lines)}, order: return / order): leading zeros, decimals or capitals differ between the files. By order they count nowhere, and by request date without a value. Export the SKUs the same way in both files and import again.`,
      count: found.returns,
      examples: found.examples,
    },
  ];
}

/**
 * An orders file's orders stored already, placed the same day under an id written another way
 * ("1002" against "1002.0", "123" against "00123"): both are counted, the sale twice if they are one.
 */
export async function ordersLookAlikeWarnings(session: SqlSession, importId: number): Promise<ImportWarning[]> {
  const [found] = (await session.all(ordersLookAlikeStored.sql, ordersLookAlikeStored.bind({ importId }))) as [{ orders: number; examples: string[] }];
  if (found.orders === 0) return [];
  return [
    {
      code: 'orders_written_differently',
      message: `${found.orders} order(s) of this file are stored already under an id written another way, placed the same day (${quotedSome(found.examples, found.orders)}, this file / stored): leading zeros, decimals or thousands separators differ between the exports, so each is counted twice if they are one order. Export the ids the same way as before and import again.`,
      count: found.orders,
      examples: found.examples,
    },
  ];
}

/**
 * Before the next export replaces the stored orders it lists whole: the units of them it no longer
 * lists, taken out with the rest (order_lines_taken_off.sql). Right for an order edited since; a
 * file that lists only part of its orders (filtered by product or category) would lose them silently.
 */
export async function orderLinesTakenOffWarning(session: SqlSession, dropFirstImportId: number): Promise<ImportWarning[]> {
  const [taken] = (await session.all(orderLinesTakenOff.sql, orderLinesTakenOff.bind({ dropFirstImportId }))) as [{ lines: number; orders: number; units: bigint; value: number; examples: string[] }];
  if (taken.lines === 0) return [];
  return [
    {
      code: 'order_lines_taken_off',
      message: `${taken.orders} order(s) of this file were stored with products it no longer lists (${quotedSome(taken.examples, taken.lines)}, order / SKU): ${Number(taken.units)} unit(s), ${taken.value.toFixed(2)} of sales, were taken out, since an export lists each of its orders whole, as it stands now (a product taken off an order since is no sale; lines the file rejects go too). If the file lists only part of its orders (filtered by product, category or status), import the whole export of those orders to put them back.`,
      count: taken.lines,
      examples: taken.examples,
    },
  ];
}

/**
 * A platform's refund without a return id and a returns app's returns of the same line, units and
 * amount, refunded after their requests (stage_refunds_of_stored_returns.sql): counted once, as the
 * app's returns, and said, since the refund's row is left out.
 */
export async function refundsOfStoredReturnsWarning(session: SqlSession): Promise<ImportWarning[]> {
  const [found] = (await session.all(refundsOfStoredReturns.sql)) as [{ count: number; examples: string[] }];
  if (found.count === 0) return [];
  return [
    {
      code: 'refunds_of_stored_returns',
      message: `${found.count} return(s) are both a refund of an export without return ids and a returns app's return with its id, or two or more of them (${quotedSome(found.examples, found.count)}): the same order line, and the same units and amount together (a line's refund states its units refunded so far), refunded on or after each app request, by its resolution or within 30 days of it. A platform refunds once the parcel is back, days after the request, so the two dates differ; each is counted once, as the app's return (its reason, request and receipt), and the refund's row was left out.`,
      count: found.count,
      examples: found.examples,
    },
  ];
}

/** A report of returned lines leaves the sales stored as they were (keep_stored_order_lines.sql): said, with how many of its lines. */
export function salesKeptAsStoredWarning(lines: number): ImportWarning[] {
  if (lines === 0) return [];
  return [
    {
      code: 'sales_kept_as_stored',
      message: `Every line of this file came back: it is a report of returned lines, not an export of whole orders. Its returns were added; ${lines} of its order line(s) were stored already and were kept as stored (their quantities, prices and categories), and the other lines of those orders were left in. Only its lines not stored yet were added as sales.`,
      count: lines,
    },
  ];
}

/**
 * The stored order lines in several currencies, once the import is written: every figure adds
 * their amounts as one currency (data_facts; the dashboard says so on every page too).
 */
export async function mixedCurrenciesWarning(session: SqlSession): Promise<ImportWarning[]> {
  const [facts] = (await session.all('SELECT currencies, currency FROM data_facts')) as [{ currencies: string[] | null; currency: string | null } | undefined];
  const currencies = facts?.currencies ?? [];
  if (currencies.length < 2) return [];
  return [
    {
      code: 'mixed_currencies',
      message: `The orders stored are in ${currencies.length} currencies (${quotedSome(currencies)}): every amount adds them as if they were one, labelled ${facts!.currency}. Import each currency into its own database.`,
      count: currencies.length,
      examples: currencies,
    },
  ];
}
