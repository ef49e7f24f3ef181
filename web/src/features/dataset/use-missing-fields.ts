import { missingFields, type MissingField } from './missing-fields.ts';
import { useDataset } from './use-dataset.ts';

/** The fields, of those a chart or figure is made of, that the loaded data has none of. */
export function useMissingFields(needs: readonly MissingField[]): MissingField[] {
  return missingFields(useDataset().data, needs);
}
