import type { FileKind } from '../canonical-fields.ts';

/**
 * A known export: how to recognise it from its header and what its columns mean. Everything a
 * layout says is a default the person can override on the Import page.
 */
export interface Layout {
  /** Reported as the import's `source`. */
  source: string;
  label: string;
  /**
   * Header names (as the export writes them) that together identify it; one list per language
   * or version. A list counts as found when all but one of its names are there, typos allowed.
   */
  signatures: ReadonlyArray<readonly string[]>;
  /** What `auto` imports it as; an orders layout whose return fields are present imports as `combined`. */
  kind: FileKind;
  /** canonical field → the layout's header names for it, preferred first. */
  fields: Readonly<Record<string, readonly string[]>>;
  /** Dates such as 03/04/2025 in this export are day first (false: month first). */
  dayFirst?: boolean;
  /** Amounts such as 1.234 in this export use a decimal comma. */
  decimalComma?: boolean;
  /** A refund the export gives per order, not per line: reported, not turned into returns. */
  orderRefundField?: string;
  /** The line's total is before its discount (Amazon's item-price), which is then taken off it; otherwise a line total is net. */
  lineTotalBeforeDiscount?: boolean;
}
