import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { BenchmarkSource } from './BenchmarkSource.tsx';
import { useMercadoLibreClaims } from './use-benchmarks.ts';

// Mercado Libre's sites; the data's own country (its currency) is the default
const countries = ['AR', 'BR', 'MX', 'CL', 'CO', 'UY', 'PE'] as const;

/** The seller's Mercado Libre claim rate over the last 60 days of the data, against the threshold of the country. */
export function MercadoLibreClaims() {
  const { t } = useTranslation();
  const format = useFormat();
  const [country, setCountry] = useState<string | null>(null);
  const claims = useMercadoLibreClaims(country);
  const data = claims.data;

  const countryPicker = (
    <label className="benchmarks-page__actions">
      <span>{t('benchmarks.ml.country')}</span>
      <select className="input" value={country ?? ''} onChange={(e) => setCountry(e.target.value || null)}>
        <option value="">{t('benchmarks.ml.countryFromData')}</option>
        {countries.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ChartFrame
      title={t('benchmarks.ml.title')}
      description={t('benchmarks.ml.description')}
      query={claims}
      isEmpty={!data || data.ordersEver === 0}
      emptyState={<p className="muted">{t('benchmarks.ml.none')}</p>}
      actions={countryPicker}
      placeholderHeight={120}
    >
      {data && (
        <div className="benchmarks-page__claims">
          <p>
            {t('benchmarks.ml.window', { from: format.date(data.window.from), to: format.date(data.window.to), days: data.window.days })}
          </p>
          <p>
            {t('benchmarks.ml.rate', { claims: format.number(data.claims), sales: format.number(data.sales) })}{' '}
            <strong data-testid="ml-claim-rate">{format.percent(data.claimRate)}</strong>
          </p>
          {data.threshold ? (
            <p>
              <span className="benchmark-badge">{t('benchmarks.badge')}</span>{' '}
              {t('benchmarks.ml.threshold', { country: data.country, threshold: format.percent(data.threshold.value) })} <BenchmarkSource entry={data.threshold} />
              {data.aboveThreshold !== null && (
                <span className={data.aboveThreshold ? 'benchmarks-page__status--above' : undefined}>
                  {' — '}
                  {t(data.aboveThreshold ? 'benchmarks.ml.above' : 'benchmarks.ml.within')}
                </span>
              )}
            </p>
          ) : (
            <p className="muted">{t('benchmarks.ml.noThreshold', { country: data.country ?? '—' })}</p>
          )}
          <p className="muted">{t(`benchmarks.ml.countrySource.${data.countrySource}`)}</p>
          <p className="muted">{t('benchmarks.ml.caveat')}</p>
        </div>
      )}
    </ChartFrame>
  );
}
