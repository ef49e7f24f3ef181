import { fieldSpec, skuFallbackField, type FileKind } from '../canonical-fields.ts';
import type { ColumnMapping } from '../mapping/propose-mapping.ts';
import type { ValueFormats } from '../values/value-formats.ts';
import { quoteIdentifier, sqlString } from '../sql-text.ts';
import { countAsDecimalSql, customerRefSql, moneySql, orderRefSql, timestampSql } from '../values/value-sql.ts';

/** What a value is trimmed of: spaces, and the no-break ones a spreadsheet or a web page writes. */
const spaces = ' \u00a0\u202f';

/**
 * A column of staged_raw as trimmed text, NULL when blank (DuckDB already reads an empty field
 * as NULL). Trimming only the values that start or end with a space halves the cost on ten
 * million rows: exports rarely pad. A no-break space (U+00A0, or the narrow U+202F) is trimmed as
 * a space is: a value copied from a web page or a spreadsheet cell ends in one ("R1\u00a0"), the
 * same id to whoever reads it.
 */
export function columnText(header: string): string {
  const column = `raw.${quoteIdentifier(header)}`;
  const padded = [...spaces].flatMap((space) => [`${column} LIKE '${space}%'`, `${column} LIKE '%${space}'`]).join(' OR ');
  return `(CASE WHEN ${padded} THEN nullif(trim(${column}, '${spaces}'), '') ELSE ${column} END)`;
}

/**
 * The SQL for each mapped field of one file, as text and as a typed value. Unmapped fields are
 * NULL. This is the one place that knows how a field's type is read in this file's formats.
 */
export class FieldSql {
  constructor(
    readonly kind: FileKind,
    readonly mapping: ColumnMapping,
    readonly formats: ValueFormats,
    readonly constants: { currency?: string; lineTotalBeforeDiscount?: boolean } = {},
  ) {}

  isMapped(field: string): boolean {
    return this.mapping[field] !== undefined;
  }

  /** The source text, NULL when unmapped or blank. A missing SKU is the product's name. */
  text(field: string): string {
    if (field === 'sku' && this.isMapped(skuFallbackField)) return `coalesce(${this.ownText('sku')}, ${this.ownText(skuFallbackField)})`;
    if (field === 'currency' && this.constants.currency) return `coalesce(${this.ownText('currency')}, ${sqlString(this.constants.currency)})`;
    return this.ownText(field);
  }

  private ownText(field: string): string {
    const header = this.mapping[field];
    return header === undefined ? 'NULL::VARCHAR' : columnText(header);
  }

  /** The typed value; counts come as DECIMAL, to be checked whole by the caller. */
  value(field: string): string {
    const spec = fieldSpec(this.kind, field);
    const text = this.text(field);
    if (!this.isMapped(field) && !(field === 'sku' && this.isMapped(skuFallbackField)) && !(field === 'currency' && this.constants.currency)) {
      return typedNull[spec?.type ?? 'text'];
    }
    switch (spec?.type) {
      case 'order_ref':
        return orderRefSql(text);
      case 'customer_ref':
        return customerRefSql(text);
      case 'integer':
        return countAsDecimalSql(text, this.formats.numbers);
      case 'money':
        return moneySql(text, this.formats.numbers);
      case 'timestamp':
        return timestampSql(text, this.formats.dates[field]!);
      default:
        return text;
    }
  }
}

const typedNull: Record<string, string> = {
  text: 'NULL::VARCHAR',
  order_ref: 'NULL::VARCHAR',
  customer_ref: 'NULL::VARCHAR',
  integer: 'NULL::DECIMAL(18,4)',
  money: 'NULL::DECIMAL(18,4)',
  timestamp: 'NULL::TIMESTAMP',
  vocabulary: 'NULL::VARCHAR',
  flag: 'NULL::VARCHAR',
};

/** A check on a row: when `condition` holds, the row has this problem. */
export interface RowCheck {
  condition: string;
  field: string;
  /** SQL for the value to report, NULL read as ''. */
  value: string;
  reason: string;
}

export function check(condition: string, field: string, value: string, reason: string): RowCheck {
  return { condition, field, value, reason };
}

/**
 * The `problems` column: NULL for a row that passes every check (nearly all of them), else the
 * list of what is wrong. The list is only built for the rows that need it: on ten million rows,
 * building an empty list for each is most of the normaliser's time.
 */
export function problemsColumnSql(checks: readonly RowCheck[]): string {
  if (checks.length === 0) return 'NULL::STRUCT(field VARCHAR, value VARCHAR, reason VARCHAR)[] AS problems';
  const any = checks.map((c) => `(${c.condition})`).join(' OR ');
  const items = checks.map((c) => `CASE WHEN ${c.condition} THEN {'field': ${sqlString(c.field)}, 'value': coalesce(${c.value}, ''), 'reason': ${sqlString(c.reason)}} END`);
  return `CASE WHEN ${any} THEN list_filter([${items.join(',\n        ')}], p -> p IS NOT NULL) END AS problems`;
}

export const parseFailure: Record<string, string> = {
  integer: 'not a whole number',
  money: 'not a number',
  timestamp: 'not a valid date',
};
