import type { FileKind } from './canonical-fields.ts';
import type { ColumnMapping } from './mapping/propose-mapping.ts';
import { returnFlagFromIdSql } from './mapping/return-id-signal.ts';
import { FieldSql } from './normalise/field-sql.ts';
import { noDateYetSql } from './values/value-sql.ts';
import type { ValueFormats } from './values/value-formats.ts';

/** How the import reads some of a file's columns, beyond what its mapping and formats say. */
export interface FieldReadings {
  /** A combined file's return id is its only return column: its flag is read from it (mapping/return-id-signal.ts). */
  returnIdIsFlag: boolean;
  /** Optional date fields whose "no date yet" placeholders ("9999-12-31") are read as blank (values/no-date-yet.ts). */
  datesReadAsBlank: ReadonlySet<string>;
}

/** The SQL of each field of one file (FieldSql), with the readings above. */
export class FileFieldSql extends FieldSql {
  constructor(
    kind: FileKind,
    mapping: ColumnMapping,
    formats: ValueFormats,
    constants: FieldSql['constants'],
    private readonly readings: FieldReadings,
  ) {
    super(kind, mapping, formats, constants);
  }

  override isMapped(field: string): boolean {
    return (field === 'return_flag' && this.readings.returnIdIsFlag) || super.isMapped(field);
  }

  override text(field: string): string {
    if (field === 'return_flag' && this.readings.returnIdIsFlag) return returnFlagFromIdSql(super.text('return_id'));
    const text = super.text(field);
    return this.readings.datesReadAsBlank.has(field) ? `(CASE WHEN ${noDateYetSql(text, this.formats.dates[field]!)} THEN NULL ELSE ${text} END)` : text;
  }
}
