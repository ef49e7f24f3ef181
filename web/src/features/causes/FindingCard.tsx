import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ReasonCell } from '../../components/ReasonCell.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { unknownBecause } from '../dataset/missing-fields.ts';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import { netReturnCostNeeds } from '../../metrics/kpi-definitions.ts';
import { RateVsBaseline } from './RateVsBaseline.tsx';
import type { Finding } from './use-causes.ts';

const dimensionKeys = {
  sku: 'causes.dimensions.sku',
  category: 'causes.dimensions.category',
  channel: 'causes.dimensions.channel',
  region: 'causes.dimensions.region',
  carrier: 'causes.dimensions.carrier',
  carrier_region: 'causes.dimensions.carrier_region',
  category_channel: 'causes.dimensions.category_channel',
} as const satisfies Record<string, ParseKeys>;

function dimensionKey(dimension: string) {
  return Object.hasOwn(dimensionKeys, dimension) ? dimensionKeys[dimension as keyof typeof dimensionKeys] : undefined;
}

/** Below this a q-value reads as "< 0.001": more digits would be false precision. */
const smallestQ = 0.001;

/** One finding: where, what, the evidence, the money at stake, when it started, and its rows. */
export function FindingCard({ finding, compact = false }: { finding: Finding; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The net cost saved is made of refunds, shipping and recovered value: null when the data lacks
  // one of them, and the title says which.
  const [netCostMissing] = useMissingFields(netReturnCostNeeds);
  const { evidence, money, test, timing } = finding;
  const q = test.q < smallestQ ? `q < ${format.number(smallestQ, 3)}` : `q = ${format.number(test.q, 3)}`;
  return (
    <article className={compact ? 'finding is-compact' : 'finding'}>
      <header className="finding__head">
        <span className="finding__rank" aria-label={t('causes.rank', { rank: finding.rank })}>
          {finding.rank}
        </span>
        <div>
          <h3 className="finding__sentence">{finding.sentence}</h3>
          <p className="finding__where muted">
            {dimensionKey(finding.dimension) ? t(dimensionKey(finding.dimension)!) : finding.dimension}: {finding.label}
            {finding.reason && (
              <>
                {' · '}
                <ReasonCell code={finding.reason} />
              </>
            )}
          </p>
        </div>
        <div className="finding__money">
          <strong title={money.netCostSaved === null && netCostMissing ? unknownBecause(netCostMissing, t) : undefined}>
            {format.compactMoney(money.netCostSaved)}
          </strong>
          <span className="muted">{t('causes.atStake')}</span>
        </div>
      </header>
      <div className="finding__body">
        <dl className="finding__evidence">
          <div>
            <dt>{t('causes.rate')}</dt>
            <dd>
              {format.percent(evidence.rate)} <span className="muted">{t('causes.against', { baseline: format.percent(evidence.baselineRate) })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('causes.lift')}</dt>
            <dd>{t('products.times', { lift: format.number(evidence.lift, 1) })}</dd>
          </div>
          <div>
            <dt>{t('causes.sample')}</dt>
            <dd>{t('causes.sampleValue', { returned: format.number(evidence.unitsReturned), sold: format.number(evidence.unitsSold) })}</dd>
          </div>
          <div>
            <dt>{t('causes.excess')}</dt>
            <dd>{t('causes.excessValue', { units: format.number(money.excessUnits), value: format.compactMoney(money.excessValue) })}</dd>
          </div>
          {!compact && (
            <div>
              <dt>{t('causes.qValue')}</dt>
              <dd>{q}</dd>
            </div>
          )}
          {timing.startMonth && (
            <div>
              <dt>{t('causes.since')}</dt>
              <dd>{format.month(timing.startMonth)}</dd>
            </div>
          )}
        </dl>
        <div className="finding__chart">
          <RateVsBaseline series={finding.series} />
          <span className="finding__legend muted">{t('causes.chartLegend')}</span>
        </div>
      </div>
      <p className="finding__actions">
        <DrillLink target={{ view: 'returns', filters: finding.filters as Record<string, string> }}>{t('causes.openRows')}</DrillLink>
      </p>
    </article>
  );
}
