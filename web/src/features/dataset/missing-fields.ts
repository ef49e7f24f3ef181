import type { TFunction } from 'i18next';
import type { Dataset } from './use-dataset.ts';

/** Optional fields of the returns, as GET /api/dataset counts them in `coverage`. */
export type ReturnField = keyof Dataset['coverage'];
/** What the data lacks for a figure: a field none of its returns has, or returns or orders altogether. */
export type MissingField = ReturnField | 'returns' | 'orders';

/**
 * What a return rate is made of: returns over the sales. Orders-only data lacks the returns (0 %
 * would read as measured); returns-only data lacks the sales, which no selection of it can mend.
 */
export const rateNeeds: readonly MissingField[] = ['returns', 'orders'];

/**
 * The fields, of those a figure is made of, that the loaded data has none of: the figure cannot be
 * shown, whatever the period or filters (docs/metrics.md, "Figures the data cannot give"). Data
 * without any return lacks them all, which is said once, as `returns`; a figure that needs only
 * returns (a return rate) says `returns` of orders-only data: 0 % would read as measured; one that
 * needs the sales says `orders` of returns-only data.
 */
export function missingFields(dataset: Dataset | undefined, needs: readonly MissingField[]): MissingField[] {
  if (!dataset || dataset.empty || needs.length === 0) return [];
  if (dataset.returns === 0) return ['returns'];
  if (needs.includes('orders') && dataset.orderLines === 0) return ['orders'];
  return needs.filter((field): field is ReturnField => field !== 'returns' && field !== 'orders' && dataset.coverage[field] === 0);
}

/** Why a figure is unknown, in a sentence: the field the data lacks, else that no return in the selection has it. */
export function unknownBecause(missing: MissingField | undefined, t: TFunction): string {
  return missing ? t(`missing.${missing}`) : t('missing.inScope');
}
