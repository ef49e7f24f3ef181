// Names and texts written into SQL that is built here (column names come from the file's header).
// Values from the data are never written into SQL: they are bound as parameters or stay in tables.

/** A column name as a quoted identifier: `Precio "final"` → `"Precio ""final"""`. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A fixed text as a string literal: `it's` → `'it''s'`. */
export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
