import type { SqlSession } from '../../store/database.ts';
import type { ColumnMapping } from '../mapping/propose-mapping.ts';
import { columnText } from '../normalise/field-sql.ts';
import type { DateStyle } from './date-styles.ts';
import type { FormatOverrides, ValueFormats } from './value-formats.ts';
import { orderRefSql, timestampSql } from './value-sql.ts';

/**
 * When every order date of a file reads both as day/month and as month/day, the export's language
 * picks the order (value-formats.ts), and an English header over Argentine dates picks wrong:
 * the next export then moves the orders it lists again to other months. Those the store holds
 * already say which reading is right: the one that puts them on the days they were stored. Each
 * date column that could not tell follows it, as one export writes every date one way; the style
 * keeps how many stored orders agreed, for the warning. Nothing changes when the person chose the
 * order, when no stored order is in the file, or when the two readings agree as often.
 */
export async function settleDatesByStoredOrders(session: SqlSession, mapping: ColumnMapping, formats: ValueFormats, overrides: FormatOverrides): Promise<ValueFormats> {
  const style = formats.dates.ordered_at;
  if (!style?.ambiguous || overrides.dateOrder !== undefined || mapping.order_id === undefined || mapping.ordered_at === undefined) return formats;
  const date = columnText(mapping.ordered_at);
  const read = (order: DateStyle['order']) => `${timestampSql(date, { ...style, order })}::DATE`;
  const [row] = await session.all(
    `SELECT count(*) FILTER (o.order_date = f.day_first)::INTEGER AS day_first, count(*) FILTER (o.order_date = f.month_first)::INTEGER AS month_first
     FROM (SELECT DISTINCT ${orderRefSql(columnText(mapping.order_id))} AS order_id, ${read('day-first')} AS day_first, ${read('month-first')} AS month_first FROM staged_raw AS raw) AS f
     JOIN orders AS o USING (order_id)`,
  );
  const [dayFirst, monthFirst] = [Number(row!.day_first), Number(row!.month_first)];
  if (dayFirst === monthFirst) return formats;
  const order: DateStyle['order'] = dayFirst > monthFirst ? 'day-first' : 'month-first';
  const settled = (s: DateStyle): DateStyle => (s.family === 'numeric' && s.ambiguous ? { ...s, order, ambiguous: false, storedOrdersAgree: Math.max(dayFirst, monthFirst) } : s);
  return { ...formats, dates: Object.fromEntries(Object.entries(formats.dates).map(([field, s]) => [field, settled(s)])) };
}
