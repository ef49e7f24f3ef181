import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositions, resolutions } from '../../../server/domain/returns-vocabulary.ts';

const resolutionCodes: readonly string[] = resolutions;
const dispositionCodes: readonly string[] = [...dispositions, 'unknown'];

/** The reader's words for the API's resolution and disposition codes; an unknown code shows as is. */
export function useCodeLabels() {
  const { t } = useTranslation();
  const resolutionLabel = useCallback(
    (code: string) => (resolutionCodes.includes(code) ? t(`codes.resolution.${code as (typeof resolutions)[number]}`) : code),
    [t],
  );
  const dispositionLabel = useCallback(
    (code: string | null) =>
      dispositionCodes.includes(code ?? 'unknown') ? t(`codes.disposition.${(code ?? 'unknown') as (typeof dispositions)[number] | 'unknown'}`) : (code ?? ''),
    [t],
  );
  return { resolutionLabel, dispositionLabel };
}
