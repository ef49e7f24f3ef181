import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isReason } from '../lib/reasons.ts';

/** The reader's words for a canonical reason code; a code the app does not know is shown as is. */
export function useReasonLabel(): (code: string | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (code: string | null) => {
      if (code === null) return t('states.noValue');
      return isReason(code) ? t(`reasons.${code}`) : code;
    },
    [t],
  );
}
