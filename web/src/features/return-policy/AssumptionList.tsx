import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import type { AssumptionCode, PolicySimulation } from './use-policy-simulation.ts';

/** The assumptions a block of figures rests on, written out with the figures they use. */
export function AssumptionList({ codes, answer }: { codes: readonly AssumptionCode[]; answer: PolicySimulation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = {
    days: format.number(answer.inputs.windowDays),
    n: format.number(answer.scope.agedFromOrder),
    without: format.number(answer.scope.returnsWithoutDate),
    asOf: format.date(answer.asOf?.slice(0, 10)),
    elasticity: format.number(answer.inputs.feeElasticity, 2),
    price: format.money(answer.scope.averageItemPrice),
    periodDays: format.number(answer.scope.days),
    share: format.percent(answer.inputs.exchangeShare),
    bonus: format.percent(answer.inputs.bonusCreditRate),
    maxDay: format.number(answer.curve.maxDay),
  };
  return (
    <div className="policy-assumptions">
      <h4 className="policy-assumptions__title">{t('policy.assumptions.title')}</h4>
      <ul>
        {codes.map((code) => (
          <li key={code}>{t(`policy.assumptions.${code}`, values)}</li>
        ))}
      </ul>
    </div>
  );
}
