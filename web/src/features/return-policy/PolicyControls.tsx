import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { useDataset } from '../dataset/use-dataset.ts';
import type { PolicyInputName } from './policy-inputs.ts';
import { PolicyNumberField } from './PolicyNumberField.tsx';
import type { PolicySimulation } from './use-policy-simulation.ts';

const offeredWindows = ['15', '30', '45', '60', '90'] as const;

/** The inputs that are shares, typed in percent. */
const shareInputs = [
  { name: 'exchangeShare', label: 'policy.controls.exchangeShare' },
  { name: 'bonusCreditRate', label: 'policy.controls.bonusCredit' },
] as const;

/** A share as the boxes show it, in percent, without the float noise of × 100. */
const asPercent = (share: number | undefined) => (share === undefined ? undefined : Math.round(share * 10_000) / 100);

interface PolicyControlsProps {
  /** The inputs in force: the URL's, else the defaults the last answer states. */
  inputs: Partial<PolicySimulation['inputs']>;
  setInput: (name: PolicyInputName, value: number | null) => void;
}

/** What to simulate: the window, a fee per return and its deterrence, and an exchange-first push. */
export function PolicyControls({ inputs, setInput }: PolicyControlsProps) {
  const { t } = useTranslation();
  const currency = useDataset().data?.currency ?? undefined;
  const windowLabelId = useId();
  return (
    <section className="policy-controls" aria-label={t('policy.controls.label')}>
      <div className="policy-controls__group">
        <span id={windowLabelId} className="filter-field__label">
          {t('policy.controls.window')}
        </span>
        <SegmentedControl
          label={t('policy.controls.window')}
          labelledBy={windowLabelId}
          value={inputs.windowDays === undefined ? '' : String(inputs.windowDays)}
          options={offeredWindows.map((days) => ({ value: days, label: t('policy.controls.days', { count: Number(days) }) }))}
          onChange={(days) => setInput('windowDays', Number(days))}
        />
        <PolicyNumberField
          label={t('policy.controls.otherWindow')}
          value={inputs.windowDays}
          onCommit={(days) => setInput('windowDays', days)}
          min={1}
          max={365}
          integer
          unit={t('policy.controls.daysUnit')}
        />
      </div>
      <div className="policy-controls__group">
        <PolicyNumberField label={t('policy.controls.fee')} value={inputs.returnFee} onCommit={(fee) => setInput('returnFee', fee)} min={0} max={1_000_000} unit={currency} />
        <PolicyNumberField
          label={t('policy.controls.elasticity')}
          value={inputs.feeElasticity}
          onCommit={(elasticity) => setInput('feeElasticity', elasticity)}
          min={0}
          max={100}
        />
      </div>
      <div className="policy-controls__group">
        {shareInputs.map(({ name, label }) => (
          <PolicyNumberField
            key={name}
            label={t(label)}
            value={asPercent(inputs[name])}
            onCommit={(percent) => setInput(name, percent / 100)}
            min={0}
            max={100}
            unit="%"
          />
        ))}
      </div>
    </section>
  );
}
