import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../lib/api-error.ts';
import { NoDataMessage } from './NoDataMessage.tsx';
import { useDataset } from './use-dataset.ts';

/**
 * A page's content once there is data to ask about. Without the dataset no period can be
 * resolved, so its failure or emptiness is said once here instead of by every chart.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const dataset = useDataset();

  if (dataset.isError) {
    const reason = apiErrorMessage(dataset.error);
    return (
      <div className="page-message" role="alert">
        <p>{t('states.datasetError')}</p>
        {reason && <p className="muted">{reason}</p>}
        <button type="button" className="button" onClick={() => void dataset.refetch()}>
          {t('states.retry')}
        </button>
      </div>
    );
  }
  if (dataset.data?.empty) {
    return (
      <div className="page-message">
        <NoDataMessage />
      </div>
    );
  }
  return children;
}
