import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { unknownBecause } from '../dataset/missing-fields.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import { AssumptionList } from './AssumptionList.tsx';
import { PolicyAnswerCard } from './PolicyAnswerCard.tsx';
import type { PolicySimulation } from './use-policy-simulation.ts';

/** The three answers side by side: the window, the fee and exchange first, each with its assumptions. */
export function PolicyAnswers({ simulation }: { simulation: UseQueryResult<PolicySimulation> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = simulation.data;
  // refunds are unknown, not 0, when no return in scope says how it ended
  const [resolutionMissing] = useMissingFields(['resolution']);
  // without returns there is nothing to simulate: say which file is missing, not that the data has nothing
  const unavailable = useMissingDataMessage(['returns']);
  // a window is counted from each return's delivery or order date: when no return has one (returns
  // imported without their orders), what it would have saved is unknown, not 0
  const windowUnknown = answer !== undefined && answer.scope.returns > 0 && answer.scope.returnsWithoutDate >= answer.scope.returns;
  const windowFigure = (figure: string) => (windowUnknown ? '—' : figure);
  return (
    <ChartFrame
      title={t('policy.answers.title')}
      description={
        answer &&
        t('policy.answers.description', {
          returns: format.number(answer.scope.returns),
          from: format.date(answer.period.from),
          to: format.date(answer.period.to),
          refunded: format.money(answer.scope.refundedValue),
        })
      }
      query={simulation}
      isEmpty={answer?.scope.returns === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={320}
    >
      {answer && (
        <div className="policy-answers">
          <PolicyAnswerCard
            title={t('policy.window.title', { days: format.number(answer.window.windowDays) })}
            figure={windowFigure(format.money(answer.window.refundsSaved))}
            figureLabel={t('policy.window.figure')}
            facts={[
              { label: t('policy.window.returns'), value: windowFigure(t('policy.window.returnsValue', { n: format.number(answer.window.returns), share: format.percent(answer.window.shareOfReturns) })) },
              { label: t('policy.window.units'), value: windowFigure(format.number(answer.window.unitsReturned)) },
              { label: t('policy.window.value'), value: windowFigure(format.money(answer.window.returnedValue)) },
            ]}
            assumptions={<AssumptionList codes={answer.window.assumptions} answer={answer} />}
          />
          <PolicyAnswerCard
            title={t('policy.fee.title', { fee: format.money(answer.fee.returnFee) })}
            figure={format.money(answer.fee.perMonth.feeIncome)}
            figureLabel={t('policy.fee.figure')}
            facts={[
              { label: t('policy.fee.income'), value: format.money(answer.fee.feeIncome) },
              { label: t('policy.fee.deterred'), value: t('policy.fee.deterredValue', { n: format.number(answer.fee.deterredReturns, 1), share: format.percent(answer.fee.deterredShare) }) },
              { label: t('policy.fee.refundsSaved'), value: format.money(answer.fee.refundsSaved) },
            ]}
            assumptions={<AssumptionList codes={answer.fee.assumptions} answer={answer} />}
          />
          <PolicyAnswerCard
            title={t('policy.exchange.title', { share: format.percent(answer.exchange.exchangeShare) })}
            figure={format.money(answer.exchange.netRetainedValue)}
            figureLabel={t('policy.exchange.figure')}
            facts={[
              { label: t('policy.exchange.retained'), value: format.money(answer.exchange.retainedValue) },
              { label: t('policy.exchange.bonusCost'), value: format.money(answer.exchange.bonusCreditCost) },
              { label: t('policy.exchange.refundsAfter'), value: format.money(answer.exchange.refundsAfter) },
            ]}
            assumptions={<AssumptionList codes={answer.exchange.assumptions} answer={answer} />}
          />
          {answer.scope.refundedValue === null && <p className="policy-answers__unknown muted">{unknownBecause(resolutionMissing, t)}</p>}
        </div>
      )}
    </ChartFrame>
  );
}
