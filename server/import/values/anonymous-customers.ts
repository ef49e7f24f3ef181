import type { SqlSession } from '../../store/database.ts';
import type { ColumnMapping } from '../mapping/propose-mapping.ts';
import { columnText } from '../normalise/field-sql.ts';

/**
 * `anonymous_customers` (text, lines): the customer values of the file that are a placeholder for an
 * anonymous buyer ("Consumidor Final", "Invitado": the macro anonymous_customer, schema.sql), read as no customer, and on
 * how many lines, for the warning that says so. Staged while the file's text is: the normalised lines
 * keep only the customer read. Empty when the file has no customer column.
 */
export async function stageAnonymousCustomers(session: SqlSession, mapping: ColumnMapping): Promise<void> {
  const header = mapping.customer_id;
  await session.run(
    header === undefined
      ? 'CREATE OR REPLACE TEMP TABLE anonymous_customers (text VARCHAR, lines INTEGER)'
      : `CREATE OR REPLACE TEMP TABLE anonymous_customers AS
         SELECT text, count(*)::INTEGER AS lines FROM (SELECT ${columnText(header)} AS text FROM staged_raw AS raw) WHERE anonymous_customer(text) GROUP BY text`,
  );
}
