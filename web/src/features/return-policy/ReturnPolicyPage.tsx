import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { PolicyAnswers } from './PolicyAnswers.tsx';
import { PolicyCategoryTable } from './PolicyCategoryTable.tsx';
import { PolicyControls } from './PolicyControls.tsx';
import { PolicyCurve } from './PolicyCurve.tsx';
import { usePolicyInputs } from './policy-inputs.ts';
import { usePolicySimulation } from './use-policy-simulation.ts';
import './ReturnPolicyPage.css';

/** Política de devoluciones: what another window, a fee or exchange first would have changed, from the shop's own returns. */
export function ReturnPolicyPage() {
  const { t } = useTranslation();
  const { filters } = useFilters();
  const { inputs, setInput } = usePolicyInputs();
  const simulation = usePolicySimulation(filters, inputs);
  useDocumentTitle(t('pages.returnPolicy.title'));
  // What the controls show: the URL's choice, else the default the answer states.
  const inForce = { ...simulation.data?.inputs, ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, Number(value)])) };
  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.returnPolicy.title')}</h1>
      <p className="muted policy-intro">{t('policy.intro')}</p>
      <DatasetGate>
        <PolicyControls inputs={inForce} setInput={setInput} />
        <PolicyAnswers simulation={simulation} />
        <PolicyCurve simulation={simulation} />
        <PolicyCategoryTable simulation={simulation} />
      </DatasetGate>
    </div>
  );
}
