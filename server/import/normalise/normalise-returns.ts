import { groupOfReason, reasons } from '../../domain/returns-vocabulary.ts';
import type { SqlSession } from '../../store/database.ts';
import { SqlFile } from '../../store/sql-file.ts';
import { returnedByReasonSql } from '../mapping/reason-signal.ts';
import { matchDisposition, matchResolution, matchReturnFlag, matchRequestStatus, recogniseReason } from '../vocabulary-matching.ts';
import { orderRefSql, wholeNumberSql } from '../values/value-sql.ts';
import { sqlString } from '../sql-text.ts';
import { check, parseFailure, problemsColumnSql, type FieldSql, type RowCheck } from './field-sql.ts';
import { orderLineParts, orderRowValues, pastedOrderRows, readableChecks } from './normalise-order-lines.ts';
import { addPastedPages, countPastedRows, createPastedRows, rejectPastedReturns } from './pasted-pages.ts';
import { stageVocabulary, vocabularyJoin } from './vocabulary-tables.ts';

export const unknownResolution = 'not a known resolution (refund, exchange, store credit, rejected, pending)';
export const unknownReturnFlag = 'says neither returned nor not returned';
export const withdrawnRequestReason = 'request withdrawn or expired: nothing came back';
export const earlierStatusReason = 'an earlier status of a return the file lists again: its latest row counts';

/** The reason group of a canonical reason code, as a SQL expression. */
function reasonGroupSql(reasonCode: string): string {
  return `CASE ${reasonCode} ${reasons.map((r) => `WHEN '${r}' THEN '${groupOfReason(r)}'`).join(' ')} END`;
}

/** Reason, resolution and disposition texts, matched once per distinct text. */
async function stageReturnVocabularies(session: SqlSession, f: FieldSql): Promise<string[]> {
  const joins: string[] = [];
  const reasonText = `coalesce(${f.text('reason_raw')}, ${f.text('reason')})`;
  await stageVocabulary(session, 'reason', reasonText, recogniseReason);
  joins.push(vocabularyJoin('reason', reasonText));
  for (const [name, match] of [['resolution', matchResolution], ['disposition', matchDisposition], ['request_status', matchRequestStatus]] as const) {
    if (!f.isMapped(name)) continue;
    await stageVocabulary(session, name, f.text(name), match);
    joins.push(vocabularyJoin(name, f.text(name)));
  }
  if (f.isMapped('return_flag')) {
    await stageVocabulary(session, 'return_flag', f.text('return_flag'), matchReturnFlag);
    joins.push(vocabularyJoin('return_flag', f.text('return_flag')));
  }
  return joins;
}

/**
 * A return column that says whether a row came back ("Returned: Yes/No"): the rows it keeps —
 * those that say returned, and those that say neither, to be rejected with the value named,
 * never quietly dropped — and that check. Every row when the file has no such column.
 */
function returnFlagParts(f: FieldSql) {
  if (!f.isMapped('return_flag')) return { keeps: 'true', typed: [] as string[], checks: [] as RowCheck[] };
  return {
    keeps: `(vocab_return_flag.code = 'returned' OR (${f.text('return_flag')} IS NOT NULL AND vocab_return_flag.code IS NULL))`,
    typed: ['vocab_return_flag.code AS return_flag_code', `${f.text('return_flag')} AS return_flag__text`],
    checks: [check('return_flag__text IS NOT NULL AND return_flag_code IS NULL', 'return_flag', 'return_flag__text', unknownReturnFlag)],
  };
}

/**
 * The return side that returns files and combined files share, over typed columns named alike.
 * `history` (historyParts): `superseded`, the rows that are an earlier status of a return listed
 * again, whose status decides nothing; `amountRepeated`, the rows whose history writes the same
 * amount on every row, the refund asked for rather than given.
 */
function returnColumnsAndProblems(f: FieldSql, quantityGiven: string, history: { superseded: string; amountRepeated: string } = { superseded: 'false', amountRepeated: 'false' }) {
  const quantity = wholeNumberSql(quantityGiven);
  // Without a resolution column, an amount paid back means a refund and none means pending
  // (docs/metrics.md); a file with neither says nothing of how returns ended: unknown, not open.
  const resolutionGiven = f.isMapped('resolution')
    ? `CASE WHEN resolution__text IS NULL THEN 'pending' ELSE resolution_code END`
    : f.isMapped('amount')
      ? `CASE WHEN amount IS NOT NULL AND amount <> 0 THEN 'refund' ELSE 'pending' END`
      : `'unknown'`;
  // a request whose status says declined is rejected, whatever else the row says
  const resolution = f.isMapped('request_status') ? `CASE WHEN request_status_code = 'rejected' THEN 'rejected' ELSE ${resolutionGiven} END` : resolutionGiven;
  const columns = [
    'return_id',
    'order_id',
    'sku',
    `${quantity} AS quantity`,
    'reason_raw',
    `coalesce(reason_code, 'other') AS reason`,
    `${reasonGroupSql(`coalesce(reason_code, 'other')`)} AS reason_group`,
    'requested_at',
    'received_at',
    'resolved_at',
    `${resolution} AS resolution`,
    // an exchange or store credit gives goods or credit back, never nothing: its "Refund" of 0.00
    // (Loop, AfterShip) says no money went back, so its value is the line's (returned_value)
    `CASE WHEN amount = 0 AND (${resolution}) IN ('exchange', 'store_credit') THEN NULL ELSE amount END AS amount`,
    // an unknown disposition loses no money figure, so the row stays, with none
    'disposition_code AS disposition',
    'recovered_value',
    'shipping_cost',
    'return_carrier AS carrier',
  ];
  const moneyFields = ['amount', 'recovered_value', 'shipping_cost'].filter((field) => f.isMapped(field));
  const checks: RowCheck[] = [
    ...readableChecks(f, [
      ['requested_at', parseFailure.timestamp!],
      ['received_at', parseFailure.timestamp!],
      ['resolved_at', parseFailure.timestamp!],
    ]),
    ...(f.isMapped('received_at') ? [check('received_at < requested_at', 'received_at', 'received_at__text', 'received before it was requested')] : []),
    // a refund before the parcel is back is a policy (instant refunds, refunds on the carrier's
    // scan), not a wrong date: only a resolution before the request is
    ...(f.isMapped('resolved_at')
      ? [check('resolved_at < requested_at', 'resolved_at', 'resolved_at__text', 'resolved before it was requested or received')]
      : []),
    ...(f.isMapped('resolution') ? [check('resolution__text IS NOT NULL AND resolution_code IS NULL', 'resolution', 'resolution__text', unknownResolution)] : []),
    // withdrawn, unless money was given back for it all the same
    ...(f.isMapped('request_status')
      ? [
          // a refund written on every row of its history is what was asked for: none was given
          check(`NOT ${history.superseded} AND request_status_code = 'withdrawn' AND (coalesce(amount, 0) = 0 OR ${history.amountRepeated})`, 'request_status', 'request_status__text', withdrawnRequestReason),
        ]
      : []),
    ...readableChecks(f, moneyFields.map((field) => [field, parseFailure.money!] as [string, string])),
    ...moneyFields.map((field) => check(`${field} < 0`, field, `${field}__text`, 'cannot be negative')),
  ];
  return { columns, checks, quantity };
}

/**
 * The typed return columns. `signedRefunds`: the export writes refunds as negative amounts
 * (Mercado Libre's "-1500"), so the amount given back is the absolute value.
 */
function returnTyped(f: FieldSql, options: { carrierField: string; signedRefunds: boolean; perOrder?: boolean }) {
  const moneyFields = ['amount', 'recovered_value', 'shipping_cost'];
  // an order's refund cannot be told apart by line: normaliseOrderLevelReturns reads it for the
  // order, and it is not checked as a line's amount (its "0.00" was rejected as no number)
  const perOrderRefund = (field: string) => options.perOrder === true && field === 'amount';
  const money = (field: string) => {
    if (perOrderRefund(field)) return 'NULL::DECIMAL(18,4)';
    return field === 'amount' && options.signedRefunds ? `abs(${f.value(field)})` : f.value(field);
  };
  return [
    // an order's id would name each of its lines alike: they are keyed on (order, SKU, date). A
    // return id loses a leading '#' as an order id does: Shopify writes "#1003-R1", and another
    // tool's export of the same return "1003-R1"
    `${options.perOrder ? 'NULL::VARCHAR' : orderRefSql(f.text('return_id'))} AS return_id`,
    `coalesce(${f.text('reason_raw')}, ${f.text('reason')}) AS reason_raw`,
    'vocab_reason.code AS reason_code',
    `${f.isMapped('resolution') ? 'vocab_resolution.code' : 'NULL::VARCHAR'} AS resolution_code`,
    `${f.isMapped('disposition') ? 'vocab_disposition.code' : 'NULL::VARCHAR'} AS disposition_code`,
    `${f.isMapped('request_status') ? 'vocab_request_status.code' : 'NULL::VARCHAR'} AS request_status_code`,
    `${f.text('request_status')} AS request_status__text`,
    `${f.value('received_at')} AS received_at`,
    `${f.value('resolved_at')} AS resolved_at`,
    ...moneyFields.map((field) => `${money(field)} AS ${field}`),
    `${f.text(options.carrierField)} AS return_carrier`,
    ...['requested_at', 'received_at', 'resolved_at', 'resolution', ...moneyFields].map((field) => `${perOrderRefund(field) ? 'NULL::VARCHAR' : f.text(field)} AS ${field}__text`),
  ];
}

/**
 * A returns export may list a request's history, one row per status it went through ("Requested",
 * then "Cancelled" or "Refunded" under one id): its latest row is the return, counted once and
 * requested when its first row says (a later row may carry only its own event's date), and the
 * earlier rows are rejected, named. A history moves through statuses in progress to one outcome,
 * so the rows of one return (its id, else its order, SKU and request date) with the same SKU,
 * quantity and reason are one history only when no status repeats among them and they do not
 * contradict each other on how it ended: at most one kind of outcome (money or goods given back,
 * a rejection, a withdrawal), one resolution that gives something back, one amount. An export
 * that repeats the expected refund on every row, or the resolution asked for, is still one
 * history; two lines of one SKU under one RMA, alike to their status, or one refunded and one
 * rejected, stay two returns, and rows that tell neither apart are left as they are. The latest is
 * the one with the latest status date, else the latest of its dates (a row with none, such as an
 * undated "Cancelled", comes after the dated request it closes), else one that says how it ended,
 * else the later line. Without a status column nothing tells a history: the file is read row by row.
 */
function historyParts(f: FieldSql) {
  if (!f.isMapped('request_status')) return { over: (typed: string) => typed, superseded: 'false', amountRepeated: 'false', checks: [] as RowCheck[] };
  // the rows of a page pasted twice are a history of their own, rejected whole: among the first
  // page's they would repeat its statuses, and no history would be told
  const key = 'PARTITION BY return_id, order_id, sku, quantity_given, reason_raw, CASE WHEN return_id IS NULL THEN requested_at END, page_repeated';
  // the same resolution or amount on every row is what was asked for, not how it ended
  const repeated = (column: string) => `count(*) OVER history > 1 AND count(${column}) OVER history = count(*) OVER history AND count(DISTINCT ${column}) OVER history = 1`;
  const outcome = `CASE WHEN request_status_code = 'withdrawn' THEN 'withdrawn'
      WHEN request_status_code = 'rejected' OR resolution_code = 'rejected' THEN 'rejected'
      WHEN (resolution_code IN ('refund', 'exchange', 'store_credit') AND NOT resolution_repeated) OR (amount <> 0 AND NOT amount_repeated) THEN 'given' END`;
  const dated = 'greatest(requested_at, received_at, resolved_at)';
  // a row with no date of its own that says how it ended is a later status than the dated request it closes
  const latestFirst = `status_at DESC NULLS LAST, (${dated} IS NULL AND outcome IS NOT NULL) DESC, ${dated} DESC NULLS LAST, outcome IS NOT NULL DESC, file_row DESC`;
  const over = (typed: string) => `(
      SELECT * EXCLUDE (in_history, history_step, first_requested_at, outcome, resolution_repeated)
        REPLACE (CASE WHEN in_history THEN first_requested_at ELSE requested_at END AS requested_at),
        in_history AND history_step > 1 AS superseded
      FROM (
        SELECT *,
          count(*) OVER history > 1 AND count(DISTINCT lower(coalesce(request_status__text, ''))) OVER history = count(*) OVER history
            AND count(DISTINCT outcome) OVER history <= 1
            AND count(DISTINCT CASE WHEN resolution_code IN ('refund', 'exchange', 'store_credit') THEN resolution_code END) OVER history <= 1
            AND count(DISTINCT nullif(amount, 0)) OVER history <= 1 AS in_history,
          row_number() OVER (history ORDER BY ${latestFirst}) AS history_step,
          min(requested_at) OVER history AS first_requested_at
        FROM (
          SELECT *, ${outcome} AS outcome
          FROM (SELECT *, ${repeated('amount')} AS amount_repeated, ${repeated('resolution_code')} AS resolution_repeated FROM ${typed} WINDOW history AS (${key}))
        ) AS typed
        WINDOW history AS (${key})
      )
    )`;
  return {
    over,
    superseded: 'superseded',
    amountRepeated: 'amount_repeated',
    checks: [...readableChecks(f, [['status_at', parseFailure.timestamp!]]), check('superseded', 'request_status', 'request_status__text', earlierStatusReason)],
  };
}

/** A returns file: one row per returned line. */
export async function normaliseReturns(session: SqlSession, f: FieldSql): Promise<void> {
  const joins = await stageReturnVocabularies(session, f);
  const flag = returnFlagParts(f);
  const history = historyParts(f);
  const pasted = await findPastedReturns(session, f);
  const typed = [
    `${pasted ? `raw.file_row IN (SELECT file_row FROM ${pastedReturnRows})` : 'false'} AS page_repeated`,
    `${f.value('order_id')} AS order_id`,
    `${f.value('sku')} AS sku`,
    `${f.value('quantity')} AS quantity_given`,
    `${f.value('requested_at')} AS requested_at`,
    `${f.value('status_at')} AS status_at`,
    ...['order_id', 'sku', 'quantity', 'status_at'].map((field) => `${f.text(field)} AS ${field}__text`),
    ...flag.typed,
    ...returnTyped(f, { carrierField: 'carrier', signedRefunds: false }),
  ];
  const { columns, checks, quantity } = returnColumnsAndProblems(f, 'quantity_given', history);
  const own = [
    check('order_id__text IS NULL', 'order_id', "''", 'missing'),
    check('sku__text IS NULL', 'sku', "''", 'missing'),
    check('quantity__text IS NULL', 'quantity', "''", 'missing'),
    check(`quantity__text IS NOT NULL AND ${quantity} IS NULL`, 'quantity', 'quantity__text', parseFailure.integer!),
    check('quantity_given <= 0', 'quantity', 'quantity__text', 'must be more than zero'),
    // a later row of a history may leave the request date to its first row (historyParts)
    check('requested_at__text IS NULL AND requested_at IS NULL', 'requested_at', "''", 'missing'),
  ];
  const rows = `(SELECT raw.file_row, ${typed.join(',\n        ')} FROM staged_raw AS raw ${joins.join(' ')} WHERE ${flag.keeps})`;
  await session.run(`
    CREATE OR REPLACE TEMP TABLE normalised_returns AS
    SELECT file_row, ${columns.join(', ')}, false AS dated_at_order, ${problemsColumnSql([...own, ...flag.checks, ...checks, ...history.checks])}
    FROM ${history.over(rows)} AS typed`);
  if (pasted) await rejectPastedReturns(session, pastedReturnRows, "CASE WHEN n.return_id IS NULL THEN 'order_id' ELSE 'return_id' END", 'coalesce(n.return_id, n.order_id)');
  await flagReturnsBeforeTheirOrder(session);
  await session.run('DROP TABLE IF EXISTS refunds_repeated_per_return');
  if (f.isMapped('amount')) await countRefundsRepeatedPerReturn(session, f);
  await stageLinesStatingReturns(session, false);
}

const pastedReturnRows = 'pasted_return_rows';

/**
 * `pasted_return_rows` (file_row, reason): a returns file's rows of a page pasted twice
 * (pasted-pages.ts), blocks of one return (its id, else its order and request date) the same as an
 * earlier one. Only a row the file lists again, not beside itself, can be one: when there is none,
 * as in most files, no return is looked at. Read from the staged text, every column as the file
 * writes it, before the rows are typed: a history's statuses are told apart from the pages' repeats.
 * Says whether there are any.
 */
async function findPastedReturns(session: SqlSession, f: FieldSql): Promise<boolean> {
  await createPastedRows(session, pastedReturnRows);
  const wholeRow = 'hash(*COLUMNS(raw.* EXCLUDE (file_row)))';
  await session.run(`
    CREATE OR REPLACE TEMP TABLE repeated_return_rows AS
    SELECT ${wholeRow} AS row_hash FROM staged_raw AS raw GROUP BY ALL HAVING count(*) > 1 AND max(file_row) - min(file_row) >= count(*)`);
  const [{ n }] = (await session.all('SELECT count(*)::INTEGER AS n FROM repeated_return_rows')) as [{ n: number }];
  if (n > 0) {
    const key = `coalesce(${orderRefSql(f.text('return_id'))}, ${f.text('order_id')} || '|' || ${f.text('requested_at')})`;
    await addPastedPages(
      session,
      pastedReturnRows,
      `SELECT raw.file_row, ${key} AS block_key, struct_pack(*COLUMNS(raw.* EXCLUDE (file_row))) AS row_values FROM staged_raw AS raw
       WHERE ${key} IN (SELECT ${key} FROM staged_raw AS raw WHERE ${wholeRow} IN (SELECT row_hash FROM repeated_return_rows))`,
      'return',
    );
  }
  await session.run('DROP TABLE repeated_return_rows');
  return (await countPastedRows(session, pastedReturnRows)) > 0;
}

export const repeatedReturnRefund = 'the return’s refund, written on each of its lines and more than their value: the file does not say how much each line got back';

/**
 * A returns file's refund that is the whole return's, printed on each of its lines (a returns
 * app's export lists one row per item and repeats the return's own fields, its refund total among
 * them, on each): lines of one return (its id, else its order and request time) judged by
 * settleRepeatedRefunds. Summed per line it counted the return's refund once a line. A return
 * whose lines are not all in the data yet cannot be judged and keeps its amounts.
 */
async function countRefundsRepeatedPerReturn(session: SqlSession, f: FieldSql): Promise<void> {
  const key = f.isMapped('return_id') ? 'r.return_id' : "r.order_id || '|' || strftime(r.requested_at, '%Y-%m-%dT%H:%M:%S')";
  await settleRepeatedRefunds(session, f, {
    judged: 'refunds_repeated_per_return',
    refunded: `SELECT r.file_row, ${key} AS refund_key, r.amount, r.quantity * o.unit_price AS value
      FROM normalised_returns AS r
      LEFT JOIN order_lines AS o ON o.order_id = r.order_id AND o.sku = r.sku AND o.line_no = 1
      WHERE r.problems IS NULL AND r.amount > 0 AND ${key} IS NOT NULL`,
    reason: repeatedReturnRefund,
  });
}

export const repeatedOrderRefund = 'the order’s refund, written on each of its returned lines and more than their value: the file does not say how much each line got back';

export const orderNotInData = 'not in the data: a return of a whole order takes its lines from the order, so import the orders first (or in the same drop)';
export const partialOrderRefund = 'refunds part of the order: the file does not say which of its lines came back';
export const unclearOrderRefund = 'refunds more than the order’s lines are worth (with tax or shipping), so it may be part of the order or all of it: the file does not say which of its lines came back';

/**
 * A returns file that lists whole orders, with no product (Superstore's Returns.csv, Magento's
 * credit memos): every line of each order listed came back, whole, dated at its order unless the
 * file gives a date. The lines come from the orders already stored, one return per (order, SKU);
 * an order not in the data is rejected, named. A refund per order (a credit memo's total) cannot be
 * split by line: when it covers the order's lines, each line is refunded at its value; when it is
 * less (under 99 % of their value), it refunds part of the order, and which lines came back is not
 * in the file: the row is rejected, named, rather than counted as the whole order back. A refund
 * above the lines' value (over 101 %) carries tax or shipping too, and of an order of several units
 * it may be some of them with those (Magento pre-fills a credit memo's shipping with the order's
 * whatever items it refunds): rejected the same way. Of a one-unit order it is that unit back.
 */
export async function normaliseOrderLevelReturns(session: SqlSession, f: FieldSql): Promise<void> {
  const joins = await stageReturnVocabularies(session, f);
  const flag = returnFlagParts(f);
  const datedAtOrder = !f.isMapped('requested_at');
  const typed = [
    `${f.value('order_id')} AS order_id`,
    `${f.text('order_id')} AS order_id__text`,
    `${f.value('requested_at')} AS requested_given`,
    `abs(${f.value('amount')}) AS order_refund`,
    `${f.text('amount')} AS order_refund__text`,
    ...flag.typed,
    ...returnTyped(f, { carrierField: 'carrier', signedRefunds: false, perOrder: true }),
  ];
  const { columns, checks } = returnColumnsAndProblems(f, 'quantity_given');
  const own = [
    check('order_id__text IS NULL', 'order_id', "''", 'missing'),
    check('order_id__text IS NOT NULL AND sku IS NULL AND NOT partial_refund AND NOT unclear_refund AND NOT refund_unread', 'order_id', 'order_id__text', orderNotInData),
    check('partial_refund', 'amount', 'order_refund__text', partialOrderRefund),
    check('unclear_refund', 'amount', 'order_refund__text', unclearOrderRefund),
    // a refund it cannot read says nothing of whether the whole order came back
    check('refund_unread', 'amount', 'order_refund__text', parseFailure.money!),
    ...(datedAtOrder ? [] : [check('requested_at < ordered_at', 'requested_at', 'requested_at__text', 'requested before its order was placed')]),
  ];
  await session.run(`
    CREATE OR REPLACE TEMP TABLE normalised_returns AS
    WITH listed AS (
      SELECT raw.file_row, ${typed.join(',\n        ')} FROM staged_raw AS raw ${joins.join(' ')} WHERE ${flag.keeps}
      -- an order listed twice for the same day is one return of its lines, not two: the last row stands
      QUALIFY row_number() OVER (PARTITION BY order_id, requested_given ORDER BY raw.file_row DESC) = 1
    ),
    order_skus AS (
      SELECT order_id, sku, sum(quantity) AS quantity, sum(line_value) AS value, min(ordered_at) AS ordered_at,
        sum(sum(line_value)) OVER (PARTITION BY order_id) AS order_value, sum(sum(quantity)) OVER (PARTITION BY order_id) AS order_units
      FROM order_lines
      WHERE order_id IN (SELECT order_id FROM listed) GROUP BY order_id, sku
    ),
    judged AS (
      SELECT listed.*, coalesce(order_refund > 0 AND order_refund < 0.99 * v.order_value, false) AS partial_refund,
        coalesce(order_refund > 1.01 * v.order_value AND v.order_units > 1, false) AS unclear_refund,
        order_refund__text IS NOT NULL AND order_refund IS NULL AS refund_unread
      FROM listed LEFT JOIN (SELECT DISTINCT order_id, order_value, order_units FROM order_skus) AS v USING (order_id)
    )
    SELECT file_row, ${columns.join(', ')}, ${datedAtOrder} AS dated_at_order, ${problemsColumnSql([...own, ...flag.checks, ...checks])}
    FROM (
      SELECT judged.* REPLACE (CASE WHEN order_refund > 0 THEN o.value END AS amount),
        o.sku, o.quantity AS quantity_given, o.ordered_at,
        -- dated at the order only where the file gives no date: a date it gives but cannot be read
        -- is left unread, and the row rejected for it, rather than silently dated at the order
        CASE WHEN requested_at__text IS NULL THEN o.ordered_at ELSE judged.requested_given END AS requested_at
      -- a partial or unclear refund, or one it cannot read, takes no lines: its one row is rejected
      FROM judged LEFT JOIN order_skus AS o ON o.order_id = judged.order_id AND NOT judged.partial_refund AND NOT judged.unclear_refund AND NOT judged.refund_unread
    ) AS typed`);
  await stageLinesStatingReturns(session, false);
}

export const partialLineRefund = 'refunds less than the line is worth, and no whole number of its units: the file does not say how many came back, if any';

/**
 * Without a returned quantity, the units of a line that came back, as its refund (`amount`) counts
 * them in `price`, the line's unit price: the whole line when none is given, or when the refund is
 * the line's value (from 99 %) or more (with tax or shipping); below it, a refund of a whole number of unit prices
 * (within 1 % or a cent) is that many units: Mercado Libre refunds one unit of three at its price.
 * A refund below the line that is none (a partial refund for an item kept, "reembolso parcial", a
 * restocking fee, a discount) does not say how many came back, if any: NULL, and the return is
 * rejected, named (partialLineRefund), rather than counted as the whole line, or as none when the
 * buyer may have sent it back. Its sale stays. Only a one-unit line whose return flag says it came
 * back is that unit, whatever part of it was refunded.
 */
function unitsTheRefundPaysFor(price: string, flagged: boolean): string {
  const units = `round(amount / ${price})`;
  return `CASE
      WHEN coalesce(amount, 0) = 0 OR amount >= 0.99 * quantity_given * ${price} THEN quantity_given
      WHEN ${units} >= 1 AND abs(amount - ${units} * ${price}) <= greatest(0.01, 0.01 * ${units} * ${price}) THEN ${units}
      ${flagged ? 'WHEN quantity_given = 1 THEN 1' : ''}
    END`;
}

/**
 * A combined file: the returns in its order lines. A row holds a return when its return column
 * says so, or — without one — when it has a return quantity, a return date or a refund. Without a
 * return quantity column the line came back whole, or as many units as a refund below its value
 * pays for (unitsTheRefundPaysFor); where the file has one, a refund with no units
 * and no return date is money given back for goods kept (a price adjustment, a goodwill credit):
 * not a return, and counted in `refunds_without_units` for a warning. Without a return date column
 * the return is dated at its order (reported as a warning). Refunds are kept as positive amounts
 * whatever their sign.
 */
export async function normaliseCombinedReturns(session: SqlSession, f: FieldSql): Promise<void> {
  const joins = await stageReturnVocabularies(session, f);
  const order = orderLineParts(f);
  const flag = returnFlagParts(f);
  const unitsGiven = f.isMapped('return_quantity') ? `coalesce(${f.value('return_quantity')}, 0) <> 0` : 'false';
  const dated = f.isMapped('requested_at') ? `${f.text('requested_at')} IS NOT NULL` : 'false';
  const refunded = f.isMapped('amount') ? `coalesce(${f.value('amount')}, 0) <> 0` : 'false';
  const refundOnly = f.isMapped('return_quantity') && !f.isMapped('return_flag') ? `NOT (${unitsGiven}) AND NOT (${dated}) AND ${refunded}` : 'false';
  await session.run(`
    CREATE OR REPLACE TEMP TABLE refunds_without_units AS
    SELECT count(*)::INTEGER AS lines, coalesce(sum(abs(${f.value('amount')})), 0)::DOUBLE AS total
    FROM staged_raw AS raw WHERE ${refundOnly}`);
  // with no other return column, a reason on a line says it came back (mapping/reason-signal.ts)
  const hasReturn = f.isMapped('return_flag') ? flag.keeps : `(${unitsGiven} OR ${dated} OR ${refunded} OR ${returnedByReasonSql(f)}) AND NOT (${refundOnly})`;
  const datedAtOrder = !f.isMapped('requested_at');
  const typed = [
    ...order.typed,
    `abs(${f.value('return_quantity')}) AS return_quantity_given`,
    `${f.text('return_quantity')} AS return_quantity__text`,
    `${datedAtOrder ? f.value('ordered_at') : f.value('requested_at')} AS requested_at`,
    ...flag.typed,
    ...returnTyped(f, { carrierField: 'return_carrier', signedRefunds: true }),
  ];
  const refundCountsUnits = !f.isMapped('return_quantity') && f.isMapped('amount');
  const { columns, checks } = returnColumnsAndProblems(f, refundCountsUnits ? 'coalesce(units_refunded, quantity_given)' : 'coalesce(return_quantity_given, quantity_given)');
  const own = [
    ...flag.checks,
    ...(refundCountsUnits ? [check('units_refunded IS NULL AND line_unit_price IS NOT NULL AND quantity_given > 0', 'amount', 'amount__text', partialLineRefund)] : []),
    ...(f.isMapped('return_quantity')
      ? [
          check(`return_quantity__text IS NOT NULL AND ${wholeNumberSql('return_quantity_given')} IS NULL`, 'return_quantity', 'return_quantity__text', parseFailure.integer!),
          check('return_quantity_given > quantity_given', 'return_quantity', 'return_quantity__text', 'more than were ordered'),
          // a return date with no units: nothing came back to count
          check('return_quantity_given = 0', 'return_quantity', 'return_quantity__text', 'no units returned'),
        ]
      : []),
    ...(datedAtOrder
      ? []
      : [
          check('requested_at__text IS NULL', 'requested_at', "''", 'missing'),
          check('requested_at < ordered_at', 'requested_at', 'requested_at__text', 'requested before its order was placed'),
        ]),
  ];
  const rows = `SELECT raw.file_row, ${typed.join(',\n        ')} FROM staged_raw AS raw ${joins.join(' ')} WHERE ${hasReturn}`;
  // the line's unit price (net of its discount), and the units its refund pays for in it
  const counted = refundCountsUnits
    ? `SELECT *, ${order.unitPrice} AS line_unit_price, ${unitsTheRefundPaysFor('line_unit_price', f.isMapped('return_flag'))} AS units_refunded FROM (${rows})`
    : rows;
  await session.run(`
    CREATE OR REPLACE TEMP TABLE normalised_returns AS
    SELECT file_row, ${columns.join(', ')}, ${datedAtOrder} AS dated_at_order, ${problemsColumnSql([...order.checks, ...own, ...checks])}
    FROM (${counted}) AS typed`);
  await rejectPastedReturnedLines(session);
  await session.run('DROP TABLE IF EXISTS refunds_repeated_per_order');
  if (f.isMapped('amount')) await countRefundsRepeatedPerOrder(session, f);
  await stageLinesStatingReturns(session, true);
}

/**
 * A combined file's rows of a page pasted twice (pasted-pages.ts), among the orders with returns,
 * rejected on both sides before their refunds are judged: an order's refund written on each of its
 * returned lines, its lines counted twice, is worth less than they are and is no longer told for
 * the order's. A row is the same as another only with its return the same too (`order_row_values`).
 * Only an order with a returned (order, SKU) listed again, not beside itself, can hold one; the
 * other orders are looked at with the order lines (numberRepeatedLines).
 */
async function rejectPastedReturnedLines(session: SqlSession): Promise<void> {
  await session.run(`
    CREATE OR REPLACE TEMP VIEW ${orderRowValues} AS
    SELECT file_row, order_id, {'line': line_values, 'return': return_values} AS row_values
    FROM (
      SELECT o.file_row, o.order_id, struct_pack(*COLUMNS(o.* EXCLUDE (file_row, problems))) AS line_values,
        struct_pack(*COLUMNS(r.* EXCLUDE (file_row, problems))) AS return_values
      FROM written_order_lines AS o LEFT JOIN normalised_returns AS r USING (file_row)
    )`);
  const candidates = `SELECT file_row, order_id AS block_key, row_values FROM ${orderRowValues}
    WHERE order_id IN (SELECT order_id FROM normalised_returns GROUP BY order_id, sku HAVING count(*) > 1 AND max(file_row) - min(file_row) >= count(*))`;
  await addPastedPages(session, pastedOrderRows, candidates, 'order');
  await rejectPastedReturns(session, pastedOrderRows, "'order_id'", 'n.order_id');
}

/**
 * A combined file's refund that is its order's, written on each of its returned lines (as exports
 * print an order's fields on every line): the returned lines of one order judged by
 * settleRepeatedRefunds. Summed per line it counted the order's refund once a line.
 */
async function countRefundsRepeatedPerOrder(session: SqlSession, f: FieldSql): Promise<void> {
  await settleRepeatedRefunds(session, f, {
    judged: 'refunds_repeated_per_order',
    refunded: `SELECT r.file_row, r.order_id AS refund_key, r.amount, r.quantity * o.unit_price AS value
      FROM normalised_returns AS r JOIN normalised_order_lines AS o USING (file_row)
      WHERE r.problems IS NULL AND o.problems IS NULL AND r.amount > 0`,
    reason: repeatedOrderRefund,
  });
}

/**
 * One refund on each of two or more lines of a return or an order (`refunded`: file_row,
 * refund_key, amount, value; the value NULL for a line not in the data), at least their value
 * together, which no refund per line can be (each would be worth all of them). Each line is left
 * at its own value (the amount left to the line, its resolution kept) when the refund is their
 * value (within 1 %); when it is more (tax, shipping), how much each got is not in the file and
 * the lines are rejected with `reason`. A key with a line of no known value is not judged. The
 * lines found are kept in `judged` (file_row, refund_key, covers_lines, amount__text) for a warning.
 */
async function settleRepeatedRefunds(session: SqlSession, f: FieldSql, { judged, refunded, reason }: { judged: string; refunded: string; reason: string }): Promise<void> {
  await session.run(`
    CREATE OR REPLACE TEMP TABLE ${judged} AS
    WITH refunded AS (${refunded}),
    repeated AS (
      SELECT refund_key, min(amount) AS refund, sum(value) AS value FROM refunded
      GROUP BY refund_key
      HAVING count(*) > 1 AND count(value) = count(*) AND min(amount) = max(amount) AND min(amount) >= 0.99 * sum(value)
    )
    SELECT refunded.file_row, repeated.refund_key, repeated.refund <= 1.01 * repeated.value AS covers_lines, ${f.text('amount')} AS amount__text
    FROM refunded JOIN repeated USING (refund_key) JOIN staged_raw AS raw ON raw.file_row = refunded.file_row`);
  await session.run(`
    UPDATE normalised_returns AS n
    SET amount = NULL,
        problems = CASE WHEN p.covers_lines THEN n.problems
          ELSE list_append(coalesce(n.problems, []), {'field': 'amount', 'value': coalesce(p.amount__text, ''), 'reason': ${sqlString(reason)}}) END
    FROM ${judged} AS p
    WHERE n.file_row = p.file_row`);
}

const stageLinesStating = SqlFile.in('import', 'stage_lines_stating_returns');

/**
 * `lines_stating_returns`: the order lines whose returns the file states whole, which its returns
 * replace (stage_lines_stating_returns.sql): a combined file's (`states`), none for a returns file
 * or a ledger, whose credits are documents of their own, dated apart from the sale they return.
 * Made for every file with returns, so that none reads the table an earlier file of a drop left.
 */
export async function stageLinesStatingReturns(session: SqlSession, states: boolean): Promise<void> {
  if (states) await session.run(stageLinesStating.sql);
  else await session.run('CREATE OR REPLACE TEMP TABLE lines_stating_returns (order_id VARCHAR, sku VARCHAR)');
}

const stageWithdrawn = SqlFile.in('import', 'stage_withdrawn_requests');

/** `withdrawn_requests`: the return ids the normalised returns say were withdrawn (stage_withdrawn_requests.sql). */
export async function stageWithdrawnRequests(session: SqlSession, f: FieldSql): Promise<void> {
  await session.run(stageWithdrawn.sql, stageWithdrawn.bind({ saysStatus: f.isMapped('request_status'), reason: withdrawnRequestReason }));
}

/** A return requested before its stored order was placed is dirty data, reported rather than counted. */
async function flagReturnsBeforeTheirOrder(session: SqlSession): Promise<void> {
  await session.run(
    `UPDATE normalised_returns AS n
     SET problems = list_append(coalesce(n.problems, []), {'field': 'requested_at', 'value': strftime(n.requested_at, '%Y-%m-%d %H:%M:%S'), 'reason': 'requested before its order was placed'})
     FROM order_lines AS o
     WHERE o.order_id = n.order_id AND o.sku = n.sku AND o.line_no = 1 AND n.requested_at < o.ordered_at`,
  );
}

/**
 * The normalised returns, once they are staged to be written. Dropped before the write
 * transaction: memory dropped inside one is only freed at its commit.
 */
export async function dropNormalisedReturns(session: SqlSession): Promise<void> {
  await session.run('DROP TABLE IF EXISTS normalised_returns');
  await session.run('DROP TABLE IF EXISTS refunds_without_units');
  await session.run('DROP TABLE IF EXISTS refunds_repeated_per_order');
  await session.run('DROP TABLE IF EXISTS refunds_repeated_per_return');
  await session.run(`DROP TABLE IF EXISTS ${pastedReturnRows}`);
}
